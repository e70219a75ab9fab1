"""A realistic, deterministic demo campaign, for trying the app; its signers are demo_data's,
the same as every benchmark's."""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from drivekit.domain.signer_fields import DEFAULT_REQUIRED
from drivekit.errors import BadInput
from drivekit.i18n import _
from drivekit.progress import NullProgress, Progress
from drivekit.services.campaigns import DEFAULT_CONSENT, consent_version
from drivekit.services.common import audit, campaign as get_campaign, new_id, take_sequence
from drivekit.services.demo_data import SignerData, Timeline, volunteer_names
from drivekit.storage import duplicate_marks
from drivekit.storage.db import Database
from drivekit.storage.models import WITHDRAWN, Campaign, Event, Signature, Target, Volunteer, Withdrawal
from drivekit.sync.engine.plans import insert_statements, raw_connection
from drivekit.sync.fileformat.bundle_records import erase

BATCH = 5000
DEMO_CACHE_KIB = -65536  # 64 MiB of page cache while the demo is written (the import's, see sync.engine.batches)


def insert_rows(s: Session, rows: list[dict[str, Any]]) -> None:
    """New signature rows as the import writes them (multi-row INSERTs on SQLite, the search index fed
    once per statement)."""
    if not rows:
        return
    if s.get_bind().dialect.name != "sqlite":
        s.execute(insert(Signature), rows)
        return
    raw = raw_connection(s)
    for sql, params in insert_statements(s, rows):
        raw.execute(sql, params)


@dataclass(frozen=True)
class DemoResult:
    campaign_id: str
    signatures: int


def _check_size(signatures: int) -> None:
    if signatures < 0 or signatures > 5_000_000:
        raise BadInput(_("The number of demo signatures must be between 0 and 5,000,000."))


class DemoService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def create(self, signatures: int, seed: int = 1, progress: Progress | None = None) -> DemoResult:
        """One campaign with targets, events over several days, volunteers and `signatures` signers
        (demo_data.SignerData: the benchmarks' data too), in one transaction."""
        _check_size(signatures)
        progress = progress or NullProgress()
        progress.start(signatures, _("Creating demo signatures"))
        rng = random.Random(seed)
        with self._db.session() as s, self._large_cache(s):
            campaign = self._campaign(s, rng)
            events = self._events(s, campaign.id, rng)
            volunteers = [Volunteer(id=new_id(), campaign_id=campaign.id, name=name) for name in volunteer_names(seed, 8)]
            s.add_all(volunteers)
            s.flush()
            timeline = Timeline([(e.id, e.date) for e in events if e.date is not None], [v.id for v in volunteers])
            self._sign(s, campaign, signatures, seed, timeline, progress)
            audit(s, "demo.created", campaign.id, signatures=signatures, seed=seed)
            cid = campaign.id
        return DemoResult(campaign_id=cid, signatures=signatures)

    def add_signers(self, campaign_id: str, signatures: int, seed: int = 1, progress: Progress | None = None) -> DemoResult:
        """`signatures` demo signers more in an existing campaign, collected by this device on collection
        days of their own (benchmarks fill their databases with this: the same data as the demo)."""
        _check_size(signatures)
        progress = progress or NullProgress()
        progress.start(signatures, _("Creating demo signatures"))
        with self._db.session() as s, self._large_cache(s):
            campaign = get_campaign(s, campaign_id)
            self._sign(s, campaign, signatures, seed, Timeline.plain(), progress)
            audit(s, "demo.signers_added", campaign.id, signatures=signatures, seed=seed)
            cid = campaign.id
        return DemoResult(campaign_id=cid, signatures=signatures)

    @contextmanager
    def _large_cache(self, s: Session) -> Iterator[None]:
        """The indexes of a large campaign stay in memory while it is written; the default after."""
        if self._db.is_sqlite:
            s.connection().exec_driver_sql(f"PRAGMA cache_size={DEMO_CACHE_KIB}")
        try:
            yield
        finally:
            if self._db.is_sqlite:
                s.connection().exec_driver_sql("PRAGMA cache_size=-2000")

    @staticmethod
    def _sign(s: Session, campaign: Campaign, signatures: int, seed: int, timeline: Timeline, progress: Progress) -> None:
        device_id, first_seq = take_sequence(s, signatures)
        data = SignerData(signatures, seed=seed, campaign_id=campaign.id, consent_version=campaign.consent_version,
                          device_id=device_id, first_seq=first_seq, timeline=timeline)
        rng = random.Random(seed + 4)
        withdrawn, tombstones, done = set(data.withdrawn), [], 0
        for rows in data.batches(BATCH):
            for i, row in enumerate(rows, done):
                if i in withdrawn:  # a signer who changed their mind: erased, a tombstone kept
                    tombstones.append((row["uuid"], row["signed_at"]))
                    erase(row)
            duplicate_marks.resolve(s, campaign.id, [r for r in rows if r["status"] != WITHDRAWN])
            insert_rows(s, rows)
            done += len(rows)
            progress.advance(len(rows))
        if tombstones:
            device_id, seq = take_sequence(s, len(tombstones))
            s.execute(insert(Withdrawal), [
                {"signature_uuid": uid, "campaign_id": campaign.id, "reason": "demo", "device_id": device_id,
                 "device_seq": seq + k, "withdrawn_at": signed_at + timedelta(days=1 + rng.randint(0, 20))}
                for k, (uid, signed_at) in enumerate(tombstones)])

    @staticmethod
    def _campaign(s: Any, rng: random.Random) -> Campaign:
        text = (
            "We, the undersigned, call on the council and the university board to keep the Riverside "
            "Library open seven days a week, to restore its evening hours, and to protect its budget "
            "for the next five years. The library is the only free, warm and quiet place in the "
            "district where students, families and older residents can read, study and get online."
        )
        c = Campaign(id=new_id(), title="Save the Riverside Library", text=text, goal=rng.choice([5000, 10000, 150000]),
                     organisation="Friends of Riverside Library", country="GB", consent_text=DEFAULT_CONSENT,
                     consent_version=consent_version(DEFAULT_CONSENT), required_fields=list(DEFAULT_REQUIRED), organiser_keys=[],
                     revision=1)
        s.add(c)
        s.flush()
        s.add_all([
            Target(id=new_id(), campaign_id=c.id, name="Councillor Jane Okafor", role="Leader of the City Council",
                   organisation="City Council", postcode_prefixes=[], regions=[]),
            Target(id=new_id(), campaign_id=c.id, name="Dr Samuel Reyes", role="Chair, University Board",
                   organisation="Riverside University", postcode_prefixes=["M", "L", "B"], regions=[]),
            Target(id=new_id(), campaign_id=c.id, name="Priya Natarajan MP", role="Member of Parliament",
                   organisation="House of Commons", postcode_prefixes=["N", "E", "W", "S"], regions=[]),
        ])
        return c

    @staticmethod
    def _events(s: Any, campaign_id: str, rng: random.Random) -> list[Event]:
        start = date(2026, 9, 5)
        places = ["Market Square stall", "Riverside Library steps", "Student Union fair", "Saturday rally",
                  "Farmers' market", "Town hall meeting"]
        events = [Event(id=new_id(), campaign_id=campaign_id, name=name, date=start + timedelta(days=7 * i + rng.randint(0, 2)),
                        location=name.split()[0]) for i, name in enumerate(places)]
        s.add_all(events)
        s.flush()
        return events
