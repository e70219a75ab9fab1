"""Applying a bundle on a PostgreSQL hub, where several organisers import at the same moment.

One transaction per bundle: a killed importer or a dropped connection leaves nothing of it, and
importing the file again applies it whole. Inside it, three steps (docs/postgresql-hub.md):

1. the advisory locks of the devices whose records the bundle carries, in a fixed order: bundles
   that could hold the same signatures (the same laptop's, or a relay's) go one at a time, and the
   second of two importers of one file finds it recorded ("already imported");
2. the writing, beside other importers: tombstones, new signatures (inserted as the file has them,
   not yet judged against others), corrections. Other importers do not see them until commit;
3. under the signature writers' lock, held to the commit: the duplicate groups of every key the
   bundle touched are decided from everything committed so far plus this bundle, as if the
   bundles had come one after another, then the bundle is recorded.

A deadlock between two importers (one waits for a row the other changed) makes PostgreSQL undo
one of them; that one simply runs again.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from drivekit.i18n import _
from drivekit.progress import NullProgress, Progress
from drivekit.storage import duplicate_marks
from drivekit.storage.models import POSSIBLE_DUPLICATE, WITHDRAWN, Signature
from drivekit.storage.pg import is_retryable, xact_lock
from drivekit.sync.engine import merge
from drivekit.sync.engine.plans import IDS, in_chunks, sort_signatures
from drivekit.sync.fileformat.reader import DecodedBundle

log = logging.getLogger(__name__)

STEP = 2_000  # records written per statement group
DECIDE = 2_000  # keys decided per call under the writers' lock
ATTEMPTS = 3  # a transaction undone by a deadlock runs again, this many times in all


def devices_of(b: DecodedBundle) -> list[str]:
    """Every device whose records the bundle carries (sorted: locks are always taken in this order)."""
    found = {b.device_id, *(r["device_id"] for r in b.signatures), *(w["device_id"] for w in b.withdrawals),
             *(c[0] for c in b.coverage)}
    return sorted(d for d in found if d)


class HubMerge:
    def __init__(self, db: Any, bundle: DecodedBundle, progress: Progress | None = None) -> None:
        self.db, self.bundle = db, bundle
        self.progress = progress or NullProgress()
        self.cid = bundle.campaign_id

    def run(self) -> merge.Counts:
        for attempt in range(1, ATTEMPTS + 1):
            self.counts = merge.Counts()
            self.keys: dict[str, set[str]] = {"email_key": set(), "person_key": set()}
            self.fresh: set[str] = set()  # uuids of the live signatures this transaction inserted
            try:
                with self.db.session() as s:
                    self._apply(s)
                return self.counts
            except DBAPIError as err:
                if not is_retryable(err) or attempt == ATTEMPTS:
                    raise
                log.info("import of %s undone by a deadlock; running it again (%d)", self.bundle.name, attempt)
        raise AssertionError("unreachable")

    def _apply(self, s: Session) -> None:
        b = self.bundle
        for device_id in devices_of(b):
            xact_lock(s, "device", device_id)
        done = merge.already_imported(s, b.bundle_id)
        if done is not None:
            raise merge.AlreadyImported(done)
        merge._prepare(s, b, False)
        self.progress.start(len(b.withdrawals) + len(b.signatures), _("Importing {file}").format(file=b.name))
        for i in range(0, len(b.withdrawals), STEP):
            part = b.withdrawals[i:i + STEP]
            merge._apply_withdrawals(s, self.cid, part, False, self.counts, keys_out=self.keys)
            merge._advance(self.progress, len(part))
        for i in range(0, len(b.signatures), STEP):
            part = b.signatures[i:i + STEP]
            self._write(s, sort_signatures(s, part))
            merge._advance(self.progress, len(part))
        duplicate_marks.serialize_writers(s)
        self._decide(s)
        merge.record(s, b, self.counts)

    def _write(self, s: Session, done: Any) -> None:
        new, corrections = done.new, done.corrections
        if new:
            merge._insert_signatures(s, new, False)
            live = [r for r in new if r["status"] != WITHDRAWN]
            self.fresh.update(r["uuid"] for r in live)
            merge._add_keys(self.keys, merge._keys([_Keys(r) for r in live]))
        for row, old in corrections:
            s.execute(update(Signature).where(Signature.uuid == row["uuid"])
                      .values(**{f: row[f] for f in merge.CORRECTED}))
            merge._add_keys(self.keys, merge._keys([old, _Keys(row)]))
        counts = self.counts
        counts.new += sum(r["status"] != WITHDRAWN for r in new)
        # A signature arriving erased was already here as a tombstone, unless this import brought it.
        counts.present += done.present + sum(r["status"] == WITHDRAWN and r["uuid"] not in counts.tombstoned
                                             for r in new)
        counts.corrections += len(corrections)

    def _decide(self, s: Session) -> None:
        """Duplicate marks of every group the bundle touched, from all that is committed plus it."""
        emails, people = sorted(self.keys["email_key"]), sorted(self.keys["person_key"])
        changed_elsewhere = 0
        for i in range(0, max(len(emails), len(people)), DECIDE):
            also = {"email_key": set(emails[i:i + DECIDE]), "person_key": set(people[i:i + DECIDE])}
            decision = duplicate_marks.decide(s, self.cid, [], also=also, fresh=self.fresh)
            duplicate_marks.apply(s, decision)
            changed_elsewhere += decision.possible_duplicates
        fresh = sorted(self.fresh)
        marked = sum(r[0] for r in in_chunks(s, select(func.count()).select_from(Signature).where(
            Signature.uuid.in_(IDS), Signature.status == POSSIBLE_DUPLICATE), fresh)) if fresh else 0
        self.counts.possible_duplicates = marked + changed_elsewhere


class _Keys:
    """A record's match keys where `merge._keys` expects a row's attributes."""

    def __init__(self, row: dict[str, Any]) -> None:
        self.email_key, self.person_key = row.get("email_key"), row.get("person_key")
