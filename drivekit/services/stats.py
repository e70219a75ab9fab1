"""Progress figures for a campaign: counts, by event, by target, by day (the dashboard's, as a dict)."""

from __future__ import annotations

from datetime import tzinfo

from drivekit.services.common import campaign as get_campaign
from drivekit.services.dashboard import NO_EVENT as NO_EVENT, read_dashboard
from drivekit.services.records import Stats, full_campaign_label
from drivekit.storage.db import Database, begin_snapshot


class StatsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def stats(self, campaign_id: str, tz: tzinfo | None = None) -> Stats:
        """`valid` counts signatures that stand (possible duplicates included until reviewed);
        `unique_signers` counts each person once and is what packets deliver; every `by_*` counts
        unique signers. Days in `tz` (None: this computer's time zone); days without one are left out."""
        with self._db.session() as s:
            begin_snapshot(s)
            c = get_campaign(s, campaign_id)
            label = full_campaign_label(c.id, c.title, c.organisation, c.created_at)
            d = read_dashboard(s, c, tz)
        return Stats(
            campaign_label=label,
            total=d.total, valid=d.valid, unique_signers=d.unique_signers,
            duplicates=d.duplicates + d.possible_duplicates, withdrawn=d.withdrawn, goal=d.goal,
            by_event={f.label: f.count for f in d.by_event}, by_target={f.label: f.count for f in d.by_target},
            by_day={day.isoformat(): n for day, n in d.by_day if n},
            by_volunteer={f.label: f.count for f in d.by_volunteer},
        )
