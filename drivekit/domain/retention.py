"""What a purge keeps of a signature once its campaign's retention date has passed: counts.

A purged signature keeps its id, campaign, event, device and sequence number, status, country and
consent flags; the time of signing is cut to the hour (the dashboard counts by day and hour) and
the postcode to its area, so totals, statistics by day, hour, event, postcode area and target stay
exactly as they were. Everything the signer wrote is erased.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timezone

from drivekit.domain.signer_fields import SIGNER_FIELDS

# Postcodes whose area is the outward code (the part before the last three characters).
OUTWARD_CODE_COUNTRIES = frozenset({"GB", "UK", "IM", "JE", "GG"})
AREA_CHARACTERS = 2  # elsewhere: the first two characters (a French département, a German Leitregion)
# The signer's own words; the postcode and the country are cut or kept, not erased.
ERASED_FIELDS = tuple(f for f in SIGNER_FIELDS if f not in ("postcode", "country"))
# What was made of them, or sits beside them.
ERASED_DERIVED = ("drawing", "drawing_format", "search_text", "email_key", "person_key", "sheet_number",
                  "sheet_line")


def _bare(postcode: str | None) -> str:
    return "".join(ch for ch in (postcode or "").upper() if ch.isalnum())


def kept_postcode(postcode: str | None, country: str | None, target_prefixes: Iterable[str] = ()) -> str | None:
    """The postcode cut to its area, never shorter than a target prefix it matches (so every
    target's count stays the same): 'SW1A 1AA' -> 'SW1A', '75011' -> '75' (or '750' for a target
    '750')."""
    bare = _bare(postcode)
    if not bare:
        return None
    if (country or "").upper() in OUTWARD_CODE_COUNTRIES and len(bare) > 4:
        keep = len(bare) - 3
    else:
        keep = min(len(bare), AREA_CHARACTERS)
    for prefix in target_prefixes:
        p = _bare(prefix)
        if p and bare.startswith(p):
            keep = max(keep, len(p))
    return bare[:keep]


def hour_of(moment: datetime) -> datetime:
    """The start of the UTC hour of `moment`: a purged signature keeps the day and the hour (what
    the dashboard's tallies count by), not the minute."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).replace(minute=0, second=0, microsecond=0)


def is_due(retention_until: date | None, today: date) -> bool:
    """A campaign may be purged without asking for an early purge once its date has passed."""
    return retention_until is not None and today > retention_until
