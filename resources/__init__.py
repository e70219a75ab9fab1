"""Icons, stylesheets, translations and fonts, installed as the package ``drivekit.resources``."""
