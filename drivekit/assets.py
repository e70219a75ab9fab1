"""One locator for the files in resources/ (fonts, icons, stylesheets, translations), without Qt.

The folder is installed as the package ``drivekit.resources`` (see setup.py), so the same lookup
works from a source checkout, an editable install, a wheel and a PyInstaller build.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The installed resources folder; always a real folder (reportlab and Qt need file paths)."""
    root = files("drivekit.resources")
    path = Path(str(root))
    if not path.is_dir():  # e.g. run from a zip: we never ship that way, so say so plainly
        raise RuntimeError(f"DriveKit's resources are not a folder on disk ({root}); reinstall DriveKit.")
    return path


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
