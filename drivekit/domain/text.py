"""Text folding shared by search and duplicate detection, and the folded text search looks in."""

from __future__ import annotations

import functools
import re
import unicodedata

_SPACES = re.compile(r"\s+")
_NOT_ASCII_ALNUM = re.compile(r"[^a-z0-9]")  # on folded (lower-case) ASCII text
# Letters that Unicode does not decompose into a base letter plus an accent.
_SPECIAL_FOLDS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th"})


def clean(value: str | None) -> str:
    """Trim, collapse inner whitespace and use the composed (NFC) form; never changes letters."""
    if value is None:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", str(value))).strip()


def fold(value: str | None) -> str:
    """Case- and accent-insensitive form used for matching ("Zoë Łukasz" -> "zoe lukasz")."""
    if isinstance(value, str) and value.isascii():  # same answer, without Unicode tables (most names; bulk imports)
        return _SPACES.sub(" ", value).strip().lower()
    return fold_unicode(value)


def fold_unicode(value: str | None) -> str:
    """`fold` for any text, a word at a time (names repeat, so each word is folded once)."""
    return clean(" ".join(map(_fold_word, clean(value).split())))


@functools.lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    """Decompose, strip marks, case-fold and map the letters Unicode keeps whole."""
    return _strip_marks(_strip_marks(word).casefold().translate(_SPECIAL_FOLDS))


def _strip_marks(text: str) -> str:
    """Compatibility-decompose and drop combining marks ("ﬁ" -> "fi", "é" -> "e", "𝖠" -> "A")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=65536)
def fold_field(value: str) -> str:
    """`fold` of one field that repeats from signer to signer (a first name, a surname, a city)."""
    return fold(value)


def fold_fields(*values: str | None) -> str:
    """`fold` of the fields joined by spaces, each field folded once: folding works a word at a
    time, so this is the same text (property-tested)."""
    return " ".join([f for f in (fold_field(v) for v in values if v) if f])


def name_key(first_name: str | None, last_name: str | None) -> str:
    """Key that is equal for the same name however it was typed (case, accents, spacing, hyphens)."""
    folded = fold_fields(first_name, last_name)
    if folded.isascii():
        return _NOT_ASCII_ALNUM.sub("", folded)
    return "".join(ch for ch in folded if ch.isalnum())


def postcode_key(postcode: str | None) -> str:
    return "".join(ch for ch in (postcode or "").upper() if ch.isalnum())


def search_text(first: str | None, last: str | None, postcode: str | None, city: str | None) -> str:
    """The folded text the index holds; postcode also without its space, so "SW1A1" finds "SW1A 1AA"."""
    pc = postcode or ""
    places = fold(f"{pc} {pc.replace(' ', '').replace('-', '')}")  # postcodes rarely repeat: not cached
    return " ".join([p for p in (fold_fields(first, last), places, fold_fields(city)) if p])


_CJK_RANGES = ((0x1100, 0x11FF), (0x2E80, 0x9FFF), (0xA960, 0xA97F), (0xAC00, 0xD7FF), (0xF900, 0xFAFF),
               (0xFF66, 0xFF9F), (0x20000, 0x3FFFF))


# A character that is neither a space nor in _CJK_RANGES (`\s` is str.isspace's whitespace).
_NOT_CJK = re.compile("[^\\s" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _CJK_RANGES) + "]")


def is_cjk(text: str) -> bool:
    """Written in Chinese, Japanese or Korean characters (Han, kana, Hangul), not merely containing a space."""
    if text.isascii():  # most names: no character to look at
        return False
    return _NOT_CJK.search(text) is None and not text.isspace()


def display_name(first: str | None, last: str | None) -> str:
    """A signer's name as its owner writes it: Chinese, Japanese and Korean names family name first, with no
    space (王小明, 山田太郎, 김민준); other names given name first."""
    first, last = (first or "").strip(), (last or "").strip()
    if first and last:
        return last + first if is_cjk(first) and is_cjk(last) else f"{first} {last}"
    return first or last


# Bidirectional overrides and isolates can make a terminal show text in another order than it is.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def for_terminal(text: str) -> str:
    """`text` safe to print on a terminal: control and escape characters removed (ESC[2J would clear
    the screen, a carriage return would hide what came before), line breaks and tabs kept."""
    return "".join(ch for ch in text if ch in "\n\t" or (
        unicodedata.category(ch) != "Cc" and ch not in _BIDI_CONTROLS))
