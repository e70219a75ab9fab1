"""Anonymising a campaign's signatures in place: the rows (and so every count) stay, the people go.

Rows are kept rather than deleted: their ids and device sequence numbers stop an old bundle,
imported again later, from bringing the purged signers back (it finds them already present), and
totals, statistics by day, event, postcode area and target, and the dashboard's tallies need no
second counting system. Which fields are erased and how the rest is cut: drivekit.domain.retention.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, bindparam, or_, select, update
from sqlalchemy.orm import Session

from drivekit.domain.retention import ERASED_DERIVED, ERASED_FIELDS, hour_of, kept_postcode
from drivekit.storage.models import Campaign, Signature, Target, Withdrawal

BATCH = 5000
_SIGNATURES = cast(Table, Signature.__table__)
# Blanked on every anonymised row, the sealed details (sealed collection) too.
_BLANK = (*ERASED_FIELDS, *ERASED_DERIVED, "sealed")


def _personal() -> ColumnElement[bool]:
    """Rows that still hold something of the signer (not yet anonymised)."""
    cols = [getattr(Signature, f) for f in _BLANK]
    return or_(*(c.isnot(None) for c in cols), Signature.contact_consent.is_(True))


def personal_rows(s: Session, campaign_id: str) -> int:
    from sqlalchemy import func

    return int(s.scalar(select(func.count()).select_from(Signature).where(
        Signature.campaign_id == campaign_id, _personal())) or 0)


def _batches(s: Session, campaign_id: str, every_row: bool) -> Iterator[list[Any]]:
    """Rows to anonymise, a batch at a time in id order (each batch read before it is changed)."""
    last = 0
    while True:
        stmt = (select(Signature.id, Signature.postcode, Signature.country, Signature.signed_at, Signature.created_at)
                .where(Signature.campaign_id == campaign_id, Signature.id > last))
        part = s.execute((stmt if every_row else stmt.where(_personal())).order_by(Signature.id).limit(BATCH)).all()
        if not part:
            return
        yield list(part)
        last = part[-1].id


def anonymise_campaign(s: Session, campaign: Campaign, every_row: bool = True) -> int:
    """Erase every signer's data in the campaign, keep the counts; returns how many rows held some.
    Idempotent. `every_row=False` visits only rows that still hold a signer's data (after an import
    into a purged campaign); withdrawn rows hold none but their time of day, cut here too.
    The caller then empties the WAL."""
    held = personal_rows(s, campaign.id)
    prefixes = [p for t in s.scalars(select(Target).where(Target.campaign_id == campaign.id))
                for p in (t.postcode_prefixes or [])]
    blank = dict.fromkeys(_BLANK)
    stmt = (update(_SIGNATURES).where(_SIGNATURES.c.id == bindparam("b_id"))
            .values(**blank, contact_consent=False, postcode=bindparam("b_postcode"),
                    signed_at=bindparam("b_signed_at"), created_at=bindparam("b_created_at")))
    for part in _batches(s, campaign.id, every_row):
        params = [{"b_id": r.id, "b_postcode": kept_postcode(r.postcode, r.country, prefixes),
                   "b_signed_at": hour_of(r.signed_at), "b_created_at": hour_of(r.created_at)} for r in part]
        s.connection().execute(stmt, params)
    # A reason given for a withdrawal may name the person ("asked by her son, Tom Smith").
    s.execute(update(Withdrawal).where(Withdrawal.campaign_id == campaign.id, Withdrawal.reason != "")
              .values(reason=""))
    return held
