"""The dashboard's figures: one read snapshot of the tallies (storage/tallies.py), shaped by
domain/figures.py. Also behind `drivekit stats`."""

from __future__ import annotations

import io
from datetime import datetime, timezone, tzinfo
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from drivekit import files
from drivekit.domain import figures
from drivekit.services.common import audit, campaign as get_campaign
from drivekit.services.records import Dashboard, Figure
from drivekit.storage import tallies
from drivekit.storage.db import Database, begin_snapshot
from drivekit.storage.models import DUPLICATE, POSSIBLE_DUPLICATE, VALID, WITHDRAWN, Campaign, Event, Target, Volunteer

NO_EVENT = "(no event)"
NO_VOLUNTEER = "(no volunteer)"
UNKNOWN_VOLUNTEER = "(unknown volunteer)"


def _event_figures(s: Session, campaign_id: str) -> tuple[Figure, ...]:
    """Every event of the campaign (none left out for having no signature yet), by date; a name used
    twice carries its date."""
    counts = tallies.by_event(s, campaign_id)
    events = sorted(s.execute(select(Event.id, Event.name, Event.date).where(Event.campaign_id == campaign_id)).all(),
                    key=lambda e: (e.date is None, e.date, e.name))
    names = [e.name for e in events]
    merged: dict[str, int] = {}
    for e in events:
        label = e.name if names.count(e.name) == 1 or e.date is None else f"{e.name} ({e.date.isoformat()})"
        merged[label] = merged.get(label, 0) + counts.pop(e.id, 0)
    rest = sum(counts.values())  # no event, or an event since deleted
    if rest:
        merged[NO_EVENT] = merged.get(NO_EVENT, 0) + rest
    return tuple(Figure(label, n) for label, n in merged.items())


def _volunteer_figures(s: Session, campaign_id: str) -> tuple[Figure, ...]:
    counts = tallies.by_volunteer(s, campaign_id)
    names = dict(s.execute(select(Volunteer.id, Volunteer.name).where(Volunteer.id.in_(
        [v for v in counts if v != tallies.NONE]))).all()) if counts else {}
    merged: dict[str, int] = {}
    for ident, n in counts.items():
        # Volunteers of the same name (one per laptop, say) are one line of the leaderboard.
        label = NO_VOLUNTEER if ident == tallies.NONE else names.get(ident, UNKNOWN_VOLUNTEER)
        merged[label] = merged.get(label, 0) + n
    return tuple(Figure(label, n) for label, n in figures.ranked(merged))


def _target_figures(s: Session, campaign_id: str) -> tuple[Figure, ...]:
    targets = s.scalars(select(Target).where(Target.campaign_id == campaign_id).order_by(Target.name)).all()
    merged: dict[str, int] = {}
    for t in targets:
        merged[t.name] = merged.get(t.name, 0) + tallies.in_areas(s, campaign_id, list(t.postcode_prefixes or []))
    return tuple(Figure(label, n) for label, n in merged.items())


def read_dashboard(s: Session, c: Campaign, tz: tzinfo | None = None) -> Dashboard:
    """All figures of campaign `c` from the session's snapshot (begin it before the first read)."""
    by_status = tallies.status_totals(s, c.id)
    total = sum(by_status.values())
    unique = by_status.get(VALID, 0)
    days, hours = figures.local_days_and_hours(tallies.by_day_hour(s, c.id), tz)
    return Dashboard(
        campaign_id=c.id, title=c.title, organisation=c.organisation, goal=c.goal,
        total=total, valid=total - by_status.get(WITHDRAWN, 0) - by_status.get(DUPLICATE, 0),
        unique_signers=unique, possible_duplicates=by_status.get(POSSIBLE_DUPLICATE, 0),
        duplicates=by_status.get(DUPLICATE, 0), withdrawn=by_status.get(WITHDRAWN, 0),
        percent=figures.percent_of_goal(unique, c.goal), milestones=figures.milestones_passed(unique, c.goal),
        next_milestone=figures.next_milestone(unique, c.goal),
        by_day=tuple(figures.day_series(days)), by_hour=tuple(hours),
        by_event=_event_figures(s, c.id), by_volunteer=_volunteer_figures(s, c.id),
        by_target=_target_figures(s, c.id), generated_at=datetime.now(timezone.utc),
    )


class DashboardService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def dashboard(self, campaign_id: str, tz: tzinfo | None = None) -> Dashboard:
        """Progress of a campaign; days and hours in `tz` (None: this computer's time zone)."""
        with self._db.session() as s:
            begin_snapshot(s)
            return read_dashboard(s, get_campaign(s, campaign_id), tz)

    def export_report(self, campaign_id: str, path: Path, *, force: bool = False, tz: tzinfo | None = None) -> Path:
        """The organiser's progress report (PDF) of the dashboard's figures; returns where it was written."""
        from drivekit.export.report import write_report

        path = files.check_destination(path, force)  # before any work: the database, an existing file
        figures = self.dashboard(campaign_id, tz)
        buffer = io.BytesIO()
        pages = write_report(figures, buffer)
        files.write_bytes(path, buffer.getvalue(), force=force)
        with self._db.session() as s:
            audit(s, "report.exported", figures.campaign_id, file=path.name, pages=pages,
                  unique_signers=figures.unique_signers)
        return path

