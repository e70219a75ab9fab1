"""Progress figures for a campaign: counts, by event, by target."""

from __future__ import annotations

from sqlalchemy import case, func, select

from drivekit.services.common import campaign as get_campaign
from drivekit.services.records import Stats
from drivekit.storage.db import Database
from drivekit.storage.models import DUPLICATE, POSSIBLE_DUPLICATE, VALID, WITHDRAWN, Event, Signature, Target
from drivekit.storage.search import postcode_area_condition

NO_EVENT = "(no event)"


class StatsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def stats(self, campaign_id: str) -> Stats:
        """`valid` counts signatures that stand (possible duplicates included until reviewed);
        `unique_signers` counts each person once and is what packets deliver."""
        with self._db.session() as s:
            c = get_campaign(s, campaign_id)
            by_status = dict(s.execute(
                select(Signature.status, func.count()).where(Signature.campaign_id == c.id).group_by(Signature.status)
            ).all())
            total = sum(by_status.values())
            withdrawn = by_status.get(WITHDRAWN, 0)
            confirmed = by_status.get(DUPLICATE, 0)
            unique = by_status.get(VALID, 0)
            events = s.execute(
                select(Event.name, Event.date, func.count(Signature.id))
                .outerjoin(Signature, (Signature.event_id == Event.id) & (Signature.status == VALID))
                .where(Event.campaign_id == c.id).group_by(Event.id).order_by(Event.date, Event.name)
            ).all()
            names = [e.name for e in events]
            by_event: dict[str, int] = {}
            for e in events:
                key = e.name if names.count(e.name) == 1 or e.date is None else f"{e.name} ({e.date.isoformat()})"
                by_event[key] = by_event.get(key, 0) + e[2]
            no_event = s.scalar(select(func.count()).select_from(Signature).where(
                Signature.campaign_id == c.id, Signature.status == VALID, Signature.event_id.is_(None))) or 0
            if no_event:
                by_event[NO_EVENT] = no_event
            targets = s.scalars(select(Target).where(Target.campaign_id == c.id).order_by(Target.name)).all()
            by_target: dict[str, int] = {}
            if targets:
                sums = []
                for t in targets:
                    cond = postcode_area_condition(list(t.postcode_prefixes or []))
                    sums.append(func.sum(case((cond, 1), else_=0)) if cond is not None else func.count())
                row = s.execute(select(*sums).where(Signature.campaign_id == c.id, Signature.status == VALID)).one()
                for t, n in zip(targets, row, strict=False):
                    by_target[t.name] = by_target.get(t.name, 0) + int(n or 0)
            return Stats(
                total=total, valid=total - withdrawn - confirmed, unique_signers=unique,
                duplicates=confirmed + by_status.get(POSSIBLE_DUPLICATE, 0), withdrawn=withdrawn, goal=c.goal,
                by_event=by_event, by_target=by_target,
            )
