"""Text folding shared by search and duplicate detection."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
# Letters that Unicode does not decompose into a base letter plus an accent.
_SPECIAL_FOLDS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th"})


def clean(value: str | None) -> str:
    """Trim, collapse inner whitespace and use the composed (NFC) form; never changes letters."""
    if value is None:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", str(value))).strip()


def fold(value: str | None) -> str:
    """Case- and accent-insensitive form used for matching ("Zoë Łukasz" -> "zoe lukasz")."""
    once = _strip_marks(_strip_marks(clean(value)).casefold().translate(_SPECIAL_FOLDS))
    return clean(once)


def _strip_marks(text: str) -> str:
    """Compatibility-decompose and drop combining marks ("ﬁ" -> "fi", "é" -> "e", "𝖠" -> "A")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def name_key(first_name: str | None, last_name: str | None) -> str:
    """Key that is equal for the same name however it was typed (case, accents, spacing, hyphens)."""
    folded = fold(f"{first_name or ''} {last_name or ''}")
    return "".join(ch for ch in folded if ch.isalnum())


def postcode_key(postcode: str | None) -> str:
    return "".join(ch for ch in (postcode or "").upper() if ch.isalnum())
