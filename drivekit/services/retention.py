"""Retention: after a campaign's retention date, purge its signers and keep only the counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import select

from drivekit.domain.retention import is_due
from drivekit.errors import BadInput
from drivekit.i18n import _
from drivekit.services.common import audit, campaign as get_campaign
from drivekit.storage import duplicate_marks
from drivekit.storage.anonymise import anonymise_campaign, personal_rows
from drivekit.storage.db import Database
from drivekit.storage.models import Campaign


@dataclass(frozen=True)
class RetentionStatus:
    campaign_id: str
    title: str
    retention_until: date | None
    purged_at: datetime | None
    personal: int  # signatures that still hold a signer's data
    due: bool  # the date has passed and signers' data is still here


@dataclass(frozen=True)
class PurgeResult:
    campaign_id: str
    title: str
    anonymised: int
    retention_until: date | None
    purged_at: datetime


def _today() -> date:
    return datetime.now(timezone.utc).date()


def refuse_if_purged(c: Campaign, what: str) -> None:
    """A purged campaign holds counts only: exports of people and new signers are refused. `what`
    is in the reader's language ("collecting signatures")."""
    if c.purged_at is not None:
        raise BadInput(_("The campaign “{campaign}” was purged on {purged_at:%Y-%m-%d} after its retention date; "
                         "it holds only counts now, so {what} is not possible.").format(campaign=c.title, purged_at=c.purged_at, what=what))


def _check_purge(c: Campaign, early: bool, day: date) -> None:
    if early or is_due(c.retention_until, day):
        return
    if c.retention_until is None:
        raise BadInput(_("The campaign “{campaign}” has no retention date; to purge it anyway, add "
                         "--before-retention-date.").format(campaign=c.title))
    raise BadInput(_("The campaign “{campaign}” keeps its signers until {retention_until}; to purge it before that "
                     "date, add --before-retention-date.").format(campaign=c.title, retention_until=c.retention_until.isoformat()))


class RetentionService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def status(self, campaign_id: str, today: date | None = None) -> RetentionStatus:
        with self._db.session() as s:
            c = get_campaign(s, campaign_id)
            personal = personal_rows(s, c.id)
            return RetentionStatus(c.id, c.title, c.retention_until, c.purged_at, personal,
                                   is_due(c.retention_until, today or _today()) and personal > 0)

    def due(self, today: date | None = None) -> list[RetentionStatus]:
        """Campaigns past their retention date that still hold signers' data (the GUI's reminder)."""
        day = today or _today()
        with self._db.session() as s:
            out = []
            for c in s.scalars(select(Campaign).where(Campaign.retention_until.isnot(None))
                               .order_by(Campaign.retention_until)):
                if is_due(c.retention_until, day):
                    personal = personal_rows(s, c.id)
                    if personal:
                        out.append(RetentionStatus(c.id, c.title, c.retention_until, c.purged_at, personal, True))
            return out

    def set_retention(self, campaign_id: str, retain_until: date | None) -> RetentionStatus:
        """Set (or clear, with None) the day until which signers' data is kept."""
        with self._db.session() as s:
            c = get_campaign(s, campaign_id)
            c.retention_until = retain_until
            audit(s, "campaign.retention_set", c.id, retain_until=retain_until.isoformat() if retain_until else None)
        return self.status(campaign_id)

    def check_purge(self, campaign_id: str, early: bool = False, today: date | None = None) -> None:
        """BadInput unless the campaign may be purged: its retention date has passed, or `early`."""
        with self._db.session() as s:
            _check_purge(get_campaign(s, campaign_id), early, today or _today())

    def purge(self, campaign_id: str, early: bool = False, today: date | None = None) -> PurgeResult:
        """Anonymise every signature of the campaign in place (drivekit.storage.anonymise); refused
        before the retention date (or without one) unless `early`."""
        day = today or _today()
        with self._db.session() as s:
            c = get_campaign(s, campaign_id)
            _check_purge(c, early, day)
            duplicate_marks.serialize_writers(s)
            anonymised = anonymise_campaign(s, c)
            c.purged_at = c.purged_at or datetime.now(timezone.utc)
            audit(s, "campaign.purged", c.id, anonymised=anonymised, early=not is_due(c.retention_until, day),
                  retain_until=c.retention_until.isoformat() if c.retention_until else None)
            result = PurgeResult(c.id, c.title, anonymised, c.retention_until, c.purged_at)
        from drivekit.services.signatures import SignatureService

        SignatureService(self._db).purge_erased()
        return result

    def reapply(self, campaign_ids: set[str]) -> int:
        """After an import: anonymise what arrived in campaigns already purged (old bundles, late
        laptops), so a purge stays a purge. Returns the rows anonymised."""
        changed = 0
        with self._db.session() as s:
            for cid in sorted(campaign_ids):
                c = s.get(Campaign, cid)
                if c is not None and c.purged_at is not None:
                    n = anonymise_campaign(s, c, every_row=False)
                    if n:
                        audit(s, "campaign.purged", c.id, anonymised=n, reapplied=True)
                    changed += n
        if changed:
            from drivekit.services.signatures import SignatureService

            SignatureService(self._db).purge_erased()
        return changed
