"""Applying a checked bundle to a database: idempotent, order-independent, withdrawals win.

Every step is safe to repeat: signatures are inserted only when their uuid is new, corrections
win by a version that does not depend on arrival, and tombstones erase and block forever. That
lets the work run in several transactions, each ended early when another writer waits (a
volunteer's save waits at most one small plan), with the bundle recorded as imported only in
the last one; an interrupted import is finished by importing the same file again. See
docs/sync-format.md, "Import guarantees".

On PostgreSQL (a hub several organisers import into at once) the bundle is one transaction
instead (hub_merge): a killed importer or a dropped connection leaves nothing of it.
"""

from __future__ import annotations

import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from drivekit.domain.signer_fields import EDITABLE_FIELDS
from drivekit.errors import BadFile, Cancelled
from drivekit.i18n import N_, _
from drivekit.progress import NullProgress, Progress
from drivekit.storage import duplicate_marks, search
from drivekit.storage.audit import audit
from drivekit.storage.models import (
    WITHDRAWN,
    Campaign,
    Device,
    Event,
    Signature,
    SyncImport,
    SyncRange,
    Volunteer,
    Withdrawal,
)
from drivekit.sync.engine import batches, plans, trust
from drivekit.sync.engine.plans import (
    IDS,
    IN_CHUNK,
    Plan,
    in_chunks,
    insert_statements,
    plan_signatures,
    raw_connection,
    sort_signatures,
)
from drivekit.sync.fileformat.bundle_records import ERASED, erase, tombstone_order
from drivekit.sync.fileformat.container import fingerprint
from drivekit.sync.fileformat.reader import DecodedBundle

BATCH = 200  # records in the first plan; later ones are sized by time (batches.next_size)
TOMBS_BATCH = 500  # withdrawals in one transaction
# Index each transaction's new signatures in one statement (storage.search.BulkFeed) rather than
# row by row through the trigger: the same index (tests/sync/test_bulk_search_feed.py).
BULK_SEARCH_FEED = True
# What a correction changes: the editable fields, what is worked out from them, and its version.
CORRECTED = (*EDITABLE_FIELDS, "email_key", "person_key", "search_text", "edited_at", "edit_device_id", "edit_seq")


@dataclass
class Counts:
    new: int = 0
    present: int = 0
    corrections: int = 0
    withdrawals: int = 0
    possible_duplicates: int = 0
    erased: int = field(default=0, repr=False)
    # Signatures this import brought tombstones for: arriving erased, they count as withdrawals.
    tombstoned: set[str] = field(default_factory=set, repr=False)

    def as_dict(self) -> dict[str, int]:
        return {"new": self.new, "already_present": self.present, "corrections": self.corrections,
                "withdrawals": self.withdrawals, "possible_duplicates": self.possible_duplicates}


# Refusals about the events and volunteers a bundle's records point to (translated when shown).
OTHER_CAMPAIGN = {"event_id": N_("{name}: it names an event of another campaign; refused."),
                  "volunteer_id": N_("{name}: it names a volunteer of another campaign; refused.")}
UNDESCRIBED = {"event_id": N_("{name}: the records refer to an event the file does not describe; the file is damaged."),
               "volunteer_id": N_("{name}: the records refer to a volunteer the file does not describe; the file is "
                                  "damaged.")}

def _insert(is_sqlite: bool, table: Any) -> Any:
    if is_sqlite:
        from sqlalchemy.dialects.sqlite import insert
    else:
        from sqlalchemy.dialects.postgresql import insert
    return insert(table)


class AlreadyImported(Exception):
    """Another importer recorded this bundle first (both started at once); `done` is its record."""

    def __init__(self, done: SyncImport) -> None:
        super().__init__(done.bundle_id)
        # Plain values: the session it was read in is rolled back on the way out.
        self.file_name, self.device_id, self.campaign_id = done.file_name, done.device_id, done.campaign_id or ""
        self.seq_from, self.seq_to = done.seq_from, done.seq_to


def already_imported(s: Session, bundle_id: str) -> SyncImport | None:
    return s.scalars(select(SyncImport).where(SyncImport.bundle_id == bundle_id)).first()


def check_campaign(s: Session, b: DecodedBundle) -> None:
    if s.get(Campaign, b.campaign_id) is None:
        raise BadFile(_("{name}: it belongs to campaign {campaign_id}, which is not in this database; import the "
                        "campaign file first.").format(name=b.name, campaign_id=b.campaign_id))


def check(s: Session, b: DecodedBundle, relay: bool = False) -> None:
    """Everything that can refuse the bundle, checked before any change (read-only). The device
    itself was admitted (trust.admit) before the bundle was opened."""
    cid = b.campaign_id
    check_campaign(s, b)
    trust.bind_records(s, b, relay)
    for d in b.devices:
        known = s.get(Device, d["id"]) if d["public_key"] else None
        if known is not None and known.public_key and known.public_key != d["public_key"]:
            raise BadFile(_("{name}: device {id} presents key {fingerprint}, but this database knows it with key "
                            "{fingerprint2}; refused.").format(name=b.name, id=d['id'][:8], fingerprint=fingerprint(d['public_key']), fingerprint2=fingerprint(known.public_key)))
    for attr, model, listed in (("event_id", Event, b.events), ("volunteer_id", Volunteer, b.volunteers)):
        ids = sorted({x["id"] for x in listed})
        if ids and in_chunks(s, select(model.id).where(model.id.in_(IDS), model.campaign_id != cid), ids):
            raise BadFile(_(OTHER_CAMPAIGN[attr]).format(name=b.name))
        wanted = {r[attr] for r in b.signatures if r[attr]} - set(ids)
        if wanted:
            have = {r[0] for r in in_chunks(s, select(model.id).where(model.id.in_(IDS), model.campaign_id == cid),
                                            sorted(wanted))}
            if wanted - have:
                raise BadFile(_(UNDESCRIBED[attr]).format(name=b.name))


def _prepare(s: Session, b: DecodedBundle, is_sqlite: bool) -> None:
    """Devices, events and volunteers the records refer to."""
    devices = {d["id"]: d for d in b.devices}
    devices.setdefault(b.device_id, {"id": b.device_id, "name": str(b.manifest["device"].get("name", "")),
                                     "public_key": b.device_key})
    devices[b.device_id]["public_key"] = b.device_key
    for device_id in {r["device_id"] for r in b.signatures} | {c[0] for c in b.coverage}:
        devices.setdefault(device_id, {"id": device_id, "name": "", "public_key": None})
    reached = s.scalar(select(func.max(SyncRange.seq_to)).where(SyncRange.device_id == b.device_id))
    # Inserted only where missing: an importer of another bundle may bring the same device at once.
    s.execute(_insert(is_sqlite, Device).on_conflict_do_nothing(index_elements=["id"]),
              [{"id": d["id"], "name": d["name"][:300], "public_key": d["public_key"], "is_self": False}
               for d in sorted(devices.values(), key=lambda d: str(d["id"]))])
    for d in devices.values():
        known = s.get(Device, d["id"])
        if known is not None and known.public_key is None and d["public_key"]:
            known.public_key = d["public_key"]
    # The device's own (signed) name: a rename takes a sequence number, so the bundle reaching
    # furthest carries the newest name, whatever order bundles arrive in.
    name = str(b.manifest["device"].get("name") or "")[:300]
    own = s.get(Device, b.device_id)
    if own is not None and name and own.name != name and (reached is None or b.seq_to >= reached):
        own.name = name
    s.flush()
    if b.events:
        s.execute(_insert(is_sqlite, Event).on_conflict_do_nothing(index_elements=["id"]),
                  [{**e, "campaign_id": b.campaign_id, "date": date.fromisoformat(e["date"]) if e["date"] else None}
                   for e in b.events])
    if b.volunteers:
        s.execute(_insert(is_sqlite, Volunteer).on_conflict_do_nothing(index_elements=["id"]),
                  [{**v, "campaign_id": b.campaign_id} for v in b.volunteers])


def _keys(rows: list[Any]) -> dict[str, set[str]]:
    return {"email_key": {r.email_key for r in rows if r.email_key},
            "person_key": {r.person_key for r in rows if r.person_key}}


def _add_keys(into: dict[str, set[str]], keys: dict[str, set[str]]) -> None:
    for name, values in keys.items():
        into.setdefault(name, set()).update(values)


def _apply_withdrawals(s: Session, cid: str, batch: list[dict[str, Any]], is_sqlite: bool, counts: Counts,
                       keys_out: dict[str, set[str]] | None = None) -> None:
    """Tombstones, and the signatures they erase; the duplicate groups those leave are decided
    now, or (`keys_out`) collected for the caller to decide later under the writers' lock."""
    uuids = [w["signature_uuid"] for w in batch]
    known = {r.signature_uuid: r for r in in_chunks(s, select(
        Withdrawal.signature_uuid, Withdrawal.withdrawn_at, Withdrawal.device_id, Withdrawal.device_seq)
        .where(Withdrawal.signature_uuid.in_(IDS)), uuids)}
    fresh = [w for w in batch if w["signature_uuid"] not in known]
    if fresh:
        s.connection().execute(_insert(is_sqlite, Withdrawal.__table__)
                               .on_conflict_do_nothing(index_elements=["signature_uuid"]), fresh)
    for w in batch:  # the same signature withdrawn on two devices: the earliest tombstone is kept everywhere
        old = known.get(w["signature_uuid"])
        if old is not None and tombstone_order(w) < tombstone_order(old._mapping):
            s.execute(update(Withdrawal).where(Withdrawal.signature_uuid == w["signature_uuid"])
                      .values(withdrawn_at=w["withdrawn_at"], reason=w["reason"], device_id=w["device_id"],
                              device_seq=w["device_seq"]))
    counts.withdrawals += len(fresh)
    counts.tombstoned.update(w["signature_uuid"] for w in fresh)
    live = in_chunks(s, select(Signature.uuid, Signature.email_key, Signature.person_key)
                     .where(Signature.uuid.in_(IDS), Signature.status != WITHDRAWN), uuids)
    if live:
        blank = erase({})
        for i in range(0, len(live), IN_CHUNK):
            s.execute(update(Signature).where(Signature.uuid.in_([r.uuid for r in live[i:i + IN_CHUNK]]))
                      .values(**{f: blank[f] for f in (*ERASED, "contact_consent", "status", "duplicate_of")},
                              sealed=None))
        if keys_out is None:
            duplicate_marks.resolve(s, cid, [], also=_keys(live))
        else:
            _add_keys(keys_out, _keys(live))
        counts.erased += len(live)


def _insert_signatures(s: Session, rows: list[dict[str, Any]], is_sqlite: bool,
                       statements: list[tuple[str, list[Any]]] | None = None) -> None:
    """Insert new signatures, skipping uuids already there (on SQLite straight through the driver:
    per-row type processing in Python costs as much as SQLite's own work)."""
    if not is_sqlite:
        s.connection().execute(_insert(False, Signature.__table__).on_conflict_do_nothing(index_elements=["uuid"]),
                               rows)
        return
    raw = raw_connection(s)
    for sql, params in statements if statements is not None else insert_statements(s, rows):
        raw.execute(sql, params)


def _write_signatures(s: Session, cid: str, plan: Plan, is_sqlite: bool, counts: Counts) -> None:
    """Apply a plan; runs under the writers' lock, with the plan made from what the database holds now."""
    new, corrections = plan.sorted.new, plan.sorted.corrections
    assert plan.duplicates is not None  # a plan whose duplicates were not decided is made again
    if new:
        _insert_signatures(s, new, is_sqlite, plan.statements)
        duplicate_marks.apply(s, plan.duplicates)
    if corrections:
        for row, _old in corrections:
            s.execute(update(Signature).where(Signature.uuid == row["uuid"]).values(**{f: row[f] for f in CORRECTED}))
        also = _keys([old for _, old in corrections])
        for k in also:
            also[k] |= {r[k] for r, _ in corrections if r[k]}
        duplicate_marks.resolve(s, cid, [], also=also)
    live = sum(r["status"] != WITHDRAWN for r in new)
    counts.new += live
    # A signature arriving erased was already here as a tombstone, unless this import brought it.
    counts.present += plan.sorted.present + sum(r["status"] == WITHDRAWN and r["uuid"] not in counts.tombstoned
                                                for r in new)
    counts.possible_duplicates += plan.duplicates.possible_duplicates
    counts.corrections += len(corrections)


def _advance(progress: Progress, n: int) -> None:
    """Once writing has begun the bundle is finished (stopping half way would only delay it)."""
    try:
        progress.advance(n)
    except Cancelled:
        pass


def apply_bundle(db: Any, b: DecodedBundle, progress: Progress | None = None) -> Counts:
    """Apply a decoded bundle in short transactions; the last one records it as imported."""
    return BundleMerge(db, b, progress).run()


class BundleMerge:
    """One bundle's import, in named steps: devices, events and volunteers first; then withdrawals
    in batches, and signatures plan after plan (each planned on a helper thread while the one
    before it is written); last, the transaction that records the bundle as imported."""

    def __init__(self, db: Any, bundle: DecodedBundle, progress: Progress | None = None) -> None:
        self.db, self.bundle = db, bundle
        self.progress = progress or NullProgress()
        self.counts = Counts()
        self.is_sqlite, self.cid = db.is_sqlite, bundle.campaign_id

    def run(self) -> Counts:
        if not self.is_sqlite:  # a shared PostgreSQL hub: see hub_merge
            return self.run_in_one_transaction()
        b = self.bundle
        with self.db.session() as s:
            duplicate_marks.serialize_writers(s)
            _prepare(s, b, self.is_sqlite)
        self.progress.start(len(b.withdrawals) + len(b.signatures), _("Importing {file}").format(file=b.name))
        with batches.batch_connection(self.db) as conn, batches.checkpointer(self.db) as checkpointer, \
                ThreadPoolExecutor(1, thread_name_prefix="drivekit-import") as helper, batches.quick_handoffs():
            self._conn, self._checkpointer, self._helper = conn, checkpointer, helper
            self.apply_withdrawals()
            self.apply_signatures()
        self.record_import()
        return self.counts

    def run_in_one_transaction(self) -> Counts:
        from drivekit.sync.engine.hub_merge import HubMerge

        self.counts = HubMerge(self.db, self.bundle, self.progress).run()
        return self.counts

    # -- withdrawals ---------------------------------------------------------------------------
    def apply_withdrawals(self) -> None:
        tombs = self.bundle.withdrawals
        for i in range(0, len(tombs), TOMBS_BATCH):
            part = tombs[i:i + TOMBS_BATCH]
            batches.run_batch(self._conn, lambda s, part=part: _apply_withdrawals(s, self.cid, part, self.is_sqlite,
                                                                                  self.counts))
            self._checkpointer.poke()
            _advance(self.progress, len(part))

    # -- signatures ----------------------------------------------------------------------------
    def apply_signatures(self) -> None:
        """Plan after plan, many plans in one transaction. Each plan is made on the helper thread
        while the ones before it are written, and used under the lock unless another writer
        committed since it was asked for. A transaction ends after TX_ROWS records, or after the
        plan in hand as soon as another writer waits for the lock; the import then lets it in."""
        watch = batches.WaitWatch(self.db)
        self._beside = plans.Beside()
        self._bulk_feed = BULK_SEARCH_FEED and search.BulkFeed.available(self._conn.connection.dbapi_connection)
        size = BATCH
        part, planning, seen = self._ahead(0, size, [])
        done = 0
        while part:
            ready = self._planned(planning)  # the first plan of a transaction: waited for before the lock
            written_here: list[Future[Plan | None]] = []  # the plans of this transaction
            with Session(bind=self._conn) as s:
                try:
                    duplicate_marks.serialize_writers(s)
                    watch.begin()
                    since = batches.data_version(s)  # fixed while the lock is held
                    feed = search.BulkFeed(plans.raw_connection(s)) if self._bulk_feed and not watch.shared else None
                    if feed is not None:
                        feed.begin()
                    rows, waited = 0, False
                    while True:
                        started = time.perf_counter()
                        written: Future[Plan | None] = Future()
                        following = self._ahead(done + len(part), size, [*written_here, written])
                        written_here.append(written)
                        if ready is None or seen != since:  # not planned beside, or another writer came in
                            ready = self._replan(s, part, planning)
                        self._write(s, ready, written)
                        size = batches.next_size(size, time.perf_counter() - started, watch.shared)
                        done, rows = done + len(part), rows + len(part)
                        _advance(self.progress, len(part))
                        part, planning, seen = following
                        waited = watch.someone_waits()
                        if not part or waited or rows >= batches.TX_ROWS:
                            break
                        ready = self._planned(planning)
                    if feed is not None:
                        feed.finish()
                    s.commit()
                except BaseException:
                    s.rollback()
                    raise
                finally:
                    for future in written_here:
                        if not future.done():  # failed before writing: the helper must not wait for it
                            future.set_result(None)
            if waited and rows >= batches.FOLD_FOR_WAITER_ROWS:
                batches.fold(self._conn)  # before the waiting writer commits: it must not fold it itself
            self._checkpointer.poke()
            if waited:
                batches.let_in(self._conn, since)

    def _ahead(self, start: int, size: int, before: list[Future[Plan | None]]
               ) -> tuple[list[dict[str, Any]], Future[Plan] | None, int | None]:
        """A plan's records, and its plan started on the helper thread (with `before`, the plans
        its reads may not see); any other writer's commit from now on shows in data_version,
        and sends the records to be planned under the lock."""
        part = self.bundle.signatures[start:start + size]
        if not batches.on_file(self.db) or not part:
            return part, None, None
        seen = batches.data_version(self._conn)
        return part, self._helper.submit(plans.plan_beside, self.db, self.cid, part, before, self._beside), seen

    @staticmethod
    def _planned(planning: Future[Plan] | None) -> Plan | None:
        plan = planning.result() if planning is not None else None
        return plan if plan is not None and plan.duplicates is not None else None

    def _replan(self, s: Session, part: list[dict[str, Any]], planning: Future[Plan] | None) -> Plan:
        return plan_signatures(s, self.cid, sort_signatures(
            s, part, planning.result().sorted.keyed if planning is not None else None))

    def _write(self, s: Session, plan: Plan, written: Future[Plan | None]) -> None:
        written.set_result(plan)  # the next batch's plan can now count this one as stored
        _write_signatures(s, self.cid, plan, self.is_sqlite, self.counts)

    # -- the last transaction ------------------------------------------------------------------
    def record_import(self) -> None:
        """Mark the bundle imported, with the sequence ranges it covers, and audit it."""
        with self.db.session() as s:
            duplicate_marks.serialize_writers(s)  # two processes finishing the same file: one records it
            done = already_imported(s, self.bundle.bundle_id)
            if done is not None:
                raise AlreadyImported(done)
            self._record(s)

    def _record(self, s: Session) -> None:
        record(s, self.bundle, self.counts)


def record(s: Session, b: DecodedBundle, counts: Counts) -> None:
    """Mark the bundle imported, with the sequence ranges it covers, and audit it."""
    ranges = set(b.coverage)
    if b.seq_to >= b.seq_from:
        ranges.add((b.device_id, b.seq_from, b.seq_to))
    s.add(SyncImport(bundle_id=b.bundle_id, device_id=b.device_id, campaign_id=b.campaign_id,
                     seq_from=b.seq_from, seq_to=b.seq_to, file_name=b.name[:500], counts=counts.as_dict()))
    s.add_all(SyncRange(device_id=d, campaign_id=b.campaign_id, seq_from=lo, seq_to=hi, bundle_id=b.bundle_id)
              for d, lo, hi in sorted(ranges))
    audit(s, "sync.imported", b.campaign_id, bundle=b.bundle_id, file=b.name, device=b.device_id, **counts.as_dict())


def gaps(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sequence numbers not yet received between 1 and the highest received."""
    missing, upto = [], 0
    for lo, hi in sorted(ranges):
        if lo > upto + 1:
            missing.append((upto + 1, lo - 1))
        upto = max(upto, hi)
    return missing


def apply_tombstones(s: Session, campaign_id: str, tombstones: list[dict[str, Any]]) -> int:
    """Withdraw (erase, tombstone, decide duplicates again) as a bundle's withdrawals would; used when
    a restored backup catches up with withdrawals made after it. Returns how many rows were erased."""
    counts = Counts()
    for i in range(0, len(tombstones), IN_CHUNK):
        _apply_withdrawals(s, campaign_id, tombstones[i:i + IN_CHUNK], s.get_bind().dialect.name == "sqlite", counts)
    return counts.erased
