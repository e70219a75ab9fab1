"""The consent wording signers agree to when a campaign sets none of its own.

A campaign stores the wording as written (its version hash is what each signature records). When it
is this default, the signer reads it in the language of the screen in front of them: the same
wording, translated, under the same version.
"""

from __future__ import annotations

from drivekit.i18n import N_, _

DEFAULT_CONSENT = N_(
    "I support this petition and agree that my name, postcode and town are shown to its recipients. "
    "My other details are kept by the organisers for this petition only."
)


def consent_wording(stored: str) -> str:
    """The wording to show for a campaign's stored consent text: the default in the current language,
    a campaign's own text exactly as it was written."""
    return _(DEFAULT_CONSENT) if stored.strip() == DEFAULT_CONSENT else stored


def stored_consent(typed: str) -> str:
    """What to store for the wording someone left or typed: the default (in any of our languages,
    unchanged) is stored as the default, so every reader gets it in their own language."""
    return DEFAULT_CONSENT if typed.strip() in (DEFAULT_CONSENT, _(DEFAULT_CONSENT)) else typed
