"""Reading the signature tallies (tables kept by triggers, migrations 0009 and 0010) instead of the signatures.

A dashboard on a million signatures must answer in a fraction of a second: the tallies hold a few
thousand rows where the signature table holds a million, and every write path keeps them right
because the database itself does (triggers), not the code that writes.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from drivekit.storage.models import VALID, Signature, SignatureAreaTally, SignatureTally
from drivekit.storage.search import postcode_area_condition

# Letters and digits of a postcode the area tally keeps (migrations 0009 and 0010 use the same number).
# A target prefix up to this long is answered from the tally; a longer one from the signatures.
AREA_LENGTH = 5
NONE = ""  # the tallies' event_id / volunteer_id of a signature without one


def area_key(prefix: str) -> str:
    """A postcode prefix as the tallies and postcode_area_condition compare it."""
    return "".join(ch for ch in prefix.upper() if ch.isalnum())


def campaign_totals(s: Session, campaign_id: str | None = None) -> dict[str, int]:
    """Campaign id -> how many signatures it holds, whatever their status (one campaign if given)."""
    stmt = select(SignatureTally.campaign_id, func.sum(SignatureTally.n)).group_by(SignatureTally.campaign_id)
    if campaign_id is not None:
        stmt = stmt.where(SignatureTally.campaign_id == campaign_id)
    return {ident: int(n or 0) for ident, n in s.execute(stmt)}


def status_totals(s: Session, campaign_id: str) -> dict[str, int]:
    rows = s.execute(select(SignatureTally.status, func.sum(SignatureTally.n))
                     .where(SignatureTally.campaign_id == campaign_id).group_by(SignatureTally.status))
    return {status: int(n or 0) for status, n in rows if n}


def by_day_hour(s: Session, campaign_id: str, status: str = VALID) -> list[tuple[date, int, int]]:
    """(UTC day, UTC hour, count) of the campaign's signatures with `status`."""
    rows = s.execute(select(SignatureTally.day, SignatureTally.hour, func.sum(SignatureTally.n))
                     .where(SignatureTally.campaign_id == campaign_id, SignatureTally.status == status)
                     .group_by(SignatureTally.day, SignatureTally.hour))
    return [(day, int(hour), int(n)) for day, hour, n in rows if n]


def by_event(s: Session, campaign_id: str, status: str = VALID) -> dict[str, int]:
    """Event id ('' = none) -> count."""
    rows = s.execute(select(SignatureTally.event_id, func.sum(SignatureTally.n))
                     .where(SignatureTally.campaign_id == campaign_id, SignatureTally.status == status)
                     .group_by(SignatureTally.event_id))
    return {ident: int(n) for ident, n in rows if n}


def by_volunteer(s: Session, campaign_id: str, status: str = VALID) -> dict[str, int]:
    """Volunteer id ('' = none) -> count."""
    rows = s.execute(select(SignatureTally.volunteer_id, func.sum(SignatureTally.n))
                     .where(SignatureTally.campaign_id == campaign_id, SignatureTally.status == status)
                     .group_by(SignatureTally.volunteer_id))
    return {ident: int(n) for ident, n in rows if n}


def in_areas(s: Session, campaign_id: str, prefixes: list[str], status: str = VALID) -> int:
    """Signatures with `status` whose postcode starts with one of `prefixes`; no prefix = all of them."""
    keys = sorted({k for k in (area_key(p) for p in prefixes) if k})  # letters and digits: nothing to escape
    if any(len(k) > AREA_LENGTH for k in keys):  # finer than the tally: count the signatures
        cond = postcode_area_condition(keys)
        return int(s.scalar(select(func.count()).select_from(Signature).where(
            Signature.campaign_id == campaign_id, Signature.status == status, *([cond] if cond is not None else []))) or 0)
    stmt = select(func.sum(SignatureAreaTally.n)).where(
        SignatureAreaTally.campaign_id == campaign_id, SignatureAreaTally.status == status)
    if keys:
        stmt = stmt.where(or_(*(SignatureAreaTally.area.like(k + "%") for k in keys)))
    return int(s.scalar(stmt) or 0)
