"""Applying a checked bundle to a database: idempotent, order-independent, withdrawals win.

Every step is safe to repeat: signatures are inserted only when their uuid is new, corrections
win by a version that does not depend on arrival, and tombstones erase and block forever. That
lets the work run in short transactions (a volunteer's save waits at most one batch), with the
bundle recorded as imported only in the last one; an interrupted import is finished by
importing the same file again. See docs/sync-format.md, "Import guarantees".
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from operator import itemgetter
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from drivekit.errors import BadFile, Cancelled
from drivekit.progress import NullProgress, Progress
from drivekit.services import dedupe
from drivekit.services.common import audit
from drivekit.storage.db import WAL_AUTOCHECKPOINT_PAGES
from drivekit.storage.models import (
    WITHDRAWN, Campaign, Device, Event, Signature, SyncImport, SyncRange, Volunteer, Withdrawal,
)
from drivekit.sync.container import fingerprint
from drivekit.sync.reader import DecodedBundle
from drivekit.sync.records import ERASED, add_keys, erase, tombstone_order, version

BATCH = 500  # records in the first batch; later ones are sized to hold the lock about LOCK_TARGET
MIN_BATCH, MAX_BATCH = 50, 5_000
LOCK_TARGET = 0.03  # seconds; a volunteer's save waits at most about this long for a batch
IMPORT_CACHE_KIB = -65536
_IN = 500
TIME_COLUMNS = ("signed_at", "edited_at")
CORRECTED = ("first_name", "last_name", "email", "phone", "address", "postcode", "city", "region", "country",
             "comment", "contact_consent", "email_key", "person_key", "search_text", "edited_at", "edit_device_id",
             "edit_seq")


@dataclass
class Counts:
    new: int = 0
    present: int = 0
    corrections: int = 0
    withdrawals: int = 0
    possible_duplicates: int = 0
    erased: int = field(default=0, repr=False)

    def as_dict(self) -> dict[str, int]:
        return {"new": self.new, "already_present": self.present, "corrections": self.corrections,
                "withdrawals": self.withdrawals, "possible_duplicates": self.possible_duplicates}


def _insert(is_sqlite: bool, table: Any) -> Any:
    if is_sqlite:
        from sqlalchemy.dialects.sqlite import insert
    else:
        from sqlalchemy.dialects.postgresql import insert
    return insert(table)


IDS = bindparam("ids", expanding=True)


def _in_chunks(s: Session, stmt: Any, keys: list[str]) -> list[Any]:
    """Run `stmt` (filtering with `IN IDS`) for `keys`, a few hundred at a time."""
    out: list[Any] = []
    for i in range(0, len(keys), _IN):
        out += s.execute(stmt, {"ids": keys[i:i + _IN]}).all()
    return out


def already_imported(s: Session, bundle_id: str) -> SyncImport | None:
    return s.scalars(select(SyncImport).where(SyncImport.bundle_id == bundle_id)).first()


def check(s: Session, b: DecodedBundle) -> None:
    """Everything that can refuse the bundle, checked before any change (read-only)."""
    if s.get(Campaign, b.campaign_id) is None:
        raise BadFile(f"{b.name}: it belongs to campaign {b.campaign_id}, which is not in this database; "
                      "import the campaign file first.")
    claims = [(b.device_id, b.device_key), *((d["id"], d["public_key"]) for d in b.devices if d["public_key"])]
    for device_id, key in claims:
        known = s.get(Device, device_id)
        if known is not None and known.is_self and known.public_key != key:
            raise BadFile(f"{b.name}: it claims to come from this very device, with another key; refused.")
        if known is not None and known.public_key and known.public_key != key:
            raise BadFile(f"{b.name}: device {device_id[:8]} presents key {fingerprint(key)}, but this database "
                          f"knows it with key {fingerprint(known.public_key)}; refused.")
    for attr, model, listed in (("event_id", Event, b.events), ("volunteer_id", Volunteer, b.volunteers)):
        wanted = {r[attr] for r in b.signatures if r[attr]} - {x["id"] for x in listed}
        if wanted:
            have = {r[0] for r in _in_chunks(s, select(model.id).where(model.id.in_(IDS)), sorted(wanted))}
            if wanted - have:
                raise BadFile(f"{b.name}: the records refer to an {attr.split('_')[0]} the file does not describe; "
                              "the file is damaged.")


def _prepare(s: Session, b: DecodedBundle, is_sqlite: bool) -> None:
    """Devices, events and volunteers the records refer to."""
    devices = {d["id"]: d for d in b.devices}
    devices.setdefault(b.device_id, {"id": b.device_id, "name": str(b.manifest["device"].get("name", "")),
                                     "public_key": b.device_key})
    devices[b.device_id]["public_key"] = b.device_key
    for device_id in {r["device_id"] for r in b.signatures} | {c[0] for c in b.coverage}:
        devices.setdefault(device_id, {"id": device_id, "name": "", "public_key": None})
    for d in devices.values():
        known = s.get(Device, d["id"])
        if known is None:
            s.add(Device(id=d["id"], name=d["name"][:300], public_key=d["public_key"], is_self=False))
        elif known.public_key is None and d["public_key"]:
            known.public_key = d["public_key"]
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


def _apply_withdrawals(s: Session, cid: str, batch: list[dict[str, Any]], is_sqlite: bool, counts: Counts) -> None:
    uuids = [w["signature_uuid"] for w in batch]
    known = {r.signature_uuid: r for r in _in_chunks(s, select(
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
    live = _in_chunks(s, select(Signature.uuid, Signature.email_key, Signature.person_key)
                      .where(Signature.uuid.in_(IDS), Signature.status != WITHDRAWN), uuids)
    if live:
        blank = erase({})
        for i in range(0, len(live), _IN):
            s.execute(update(Signature).where(Signature.uuid.in_([r.uuid for r in live[i:i + _IN]]))
                      .values(**{f: blank[f] for f in (*ERASED, "contact_consent", "status", "duplicate_of")}))
        dedupe.resolve(s, cid, [], also=_keys(live))
        counts.erased += len(live)


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, datetime):  # the text form UTCDateTime stores on SQLite
        return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")
    return value


def _insert_signatures(s: Session, rows: list[dict[str, Any]], is_sqlite: bool) -> None:
    """Insert new signatures, skipping uuids already there.

    On SQLite as few multi-row statements as the driver allows, straight through it: the search
    index writes its pending entries at the end of every statement (row-by-row inserts cost ten
    times more), and per-row type processing in Python costs as much as SQLite's own work.
    """
    conn = s.connection()
    if not is_sqlite:
        conn.execute(_insert(False, Signature.__table__).on_conflict_do_nothing(index_elements=["uuid"]), rows)
        return
    now = _sqlite_value(datetime.now(timezone.utc))
    cols = list(rows[0])
    width = len(cols) + 2
    times = [i for i, c in enumerate(cols) if c in TIME_COLUMNS]
    get = itemgetter(*cols)
    raw = conn.connection.dbapi_connection
    assert raw is not None
    per = max(1, raw.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // width)
    head = f"INSERT INTO signature ({', '.join(cols)}, created_at, updated_at) VALUES "
    one = f"({', '.join('?' * width)})"
    for i in range(0, len(rows), per):
        chunk = rows[i:i + per]
        params: list[Any] = []
        for r in chunk:
            values = [*get(r), now, now]
            for t in times:
                values[t] = _sqlite_value(values[t])
            params += values
        raw.execute(f"{head}{', '.join([one] * len(chunk))} ON CONFLICT (uuid) DO NOTHING", params)


@dataclass
class _Sorted:
    """A batch's records sorted by what the database holds: new, corrections, already present."""

    new: list[dict[str, Any]]
    corrections: list[tuple[dict[str, Any], Any]]
    present: int
    keyed: dict[str, dict[str, Any]]  # uuid -> the record with its keys; reused if the batch is sorted again


@dataclass
class _Plan:
    """What a batch of signature records will do, decided from reads only."""

    new: list[dict[str, Any]]
    corrections: list[tuple[dict[str, Any], Any]]
    present: int
    duplicates: dedupe.Decision


_STORED = select(Signature.uuid, Signature.status, Signature.edited_at, Signature.edit_device_id, Signature.edit_seq,
                 Signature.email_key, Signature.person_key).where(Signature.uuid.in_(IDS))
_TOMBS = select(Withdrawal.signature_uuid).where(Withdrawal.signature_uuid.in_(IDS))


def _sort_signatures(s: Session, batch: list[dict[str, Any]], keyed: dict[str, dict[str, Any]] | None = None) -> _Sorted:
    """Look the batch's uuids up and work out the keys of the rows to write (on copies: the batch
    is kept). Keys already worked out (`keyed`) are reused: they depend on the record alone."""
    uuids = [r["uuid"] for r in batch]
    stored = {r.uuid: r for r in _in_chunks(s, _STORED, uuids)}
    tombs = {r[0] for r in _in_chunks(s, _TOMBS, uuids)}
    keyed = dict(keyed or {})

    def with_keys(row: dict[str, Any]) -> dict[str, Any]:
        done = keyed.get(row["uuid"])
        if done is None:
            done = keyed[row["uuid"]] = add_keys(dict(row))
        return dict(done)

    new, corrections, present = [], [], 0
    for row in batch:
        old = stored.get(row["uuid"])
        if old is None:
            new.append(erase(dict(row)) if row["uuid"] in tombs and row["status"] != WITHDRAWN else with_keys(row))
        elif old.status != WITHDRAWN and row["status"] != WITHDRAWN and version(row) > version(old._mapping):
            corrections.append((with_keys(row), old))
        else:
            present += 1
    return _Sorted(new, corrections, present, keyed)


def _sort_beside(db: Any, batch: list[dict[str, Any]]) -> _Sorted:
    """`_sort_signatures` on a connection of its own (run on a helper thread while a batch is written)."""
    with Session(db.engine) as s:
        return _sort_signatures(s, batch)


def _plan_signatures(s: Session, cid: str, done: _Sorted) -> _Plan:
    duplicates = dedupe.decide(s, cid, [r for r in done.new if r["status"] != WITHDRAWN])
    return _Plan(done.new, done.corrections, done.present, duplicates)


def _write_signatures(s: Session, cid: str, plan: _Plan, is_sqlite: bool, counts: Counts) -> None:
    """Apply a plan; runs under the writers' lock, with the plan made from what the database holds now."""
    if plan.new:
        _insert_signatures(s, plan.new, is_sqlite)
        dedupe.apply(s, plan.duplicates)
    if plan.corrections:
        for row, _old in plan.corrections:
            s.execute(update(Signature).where(Signature.uuid == row["uuid"]).values(**{f: row[f] for f in CORRECTED}))
        also = _keys([old for _, old in plan.corrections])
        for k in also:
            also[k] |= {r[k] for r, _ in plan.corrections if r[k]}
        dedupe.resolve(s, cid, [], also=also)
    live = sum(r["status"] != WITHDRAWN for r in plan.new)
    counts.new += live
    counts.present += plan.present + len(plan.new) - live
    counts.possible_duplicates += plan.duplicates.possible_duplicates
    counts.corrections += len(plan.corrections)


def _advance(progress: Progress, n: int) -> None:
    """Once writing has begun the bundle is finished (stopping half way would only delay it)."""
    try:
        progress.advance(n)
    except Cancelled:
        pass


@contextmanager
def _batch_connection(db: Any) -> Iterator[Any]:
    """One connection for the batches. On SQLite its commits skip the fsync (synchronous=NORMAL: WAL
    order still keeps every batch or none of the later ones): a batch lost to a power cut is
    re-applied by importing the file again, which the final, fully synced "imported" mark requires."""
    with db.engine.connect() as conn:
        if db.is_sqlite:
            conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
            conn.exec_driver_sql(f"PRAGMA cache_size={IMPORT_CACHE_KIB}")  # the indexes of a large campaign
            conn.exec_driver_sql("PRAGMA wal_autocheckpoint=0")  # the _Checkpointer does it, beside
            conn.commit()  # no transaction may stay open: each batch must commit its own
        try:
            yield conn
        finally:
            if conn.in_transaction():
                conn.rollback()
            if db.is_sqlite:
                conn.exec_driver_sql("PRAGMA synchronous=FULL")
                conn.exec_driver_sql("PRAGMA cache_size=-2000")
                conn.exec_driver_sql(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
                conn.commit()


class _Checkpointer:
    """Folds the WAL into the database file on its own connection and thread while batches are
    written (SQLite works without the GIL, so on a second core), keeping the WAL short: a
    volunteer's save then never has to fold in a long one, and the import never waits for it."""

    def __init__(self, db: Any) -> None:
        self._db = db
        self._wake = threading.Event()
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="drivekit-checkpoint", daemon=True)

    def __enter__(self) -> _Checkpointer:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stopping = True
        self._wake.set()
        self._thread.join()

    def poke(self) -> None:
        self._wake.set()

    def _run(self) -> None:
        with self._db.engine.connect() as conn:
            while not self._stopping:
                self._wake.wait()
                self._wake.clear()
                try:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
                    conn.commit()
                except Exception:  # a busy or failed fold is retried after the next batch; nothing is lost
                    conn.rollback()


class _NoCheckpointer:
    def __enter__(self) -> _NoCheckpointer:
        return self

    def __exit__(self, *_exc: object) -> None:
        pass

    def poke(self) -> None:
        pass


def _on_file(db: Any) -> bool:
    """Helper threads need connections to the same database: an SQLite file (not :memory:)."""
    return bool(db.is_sqlite and db.sqlite_path is not None)


def _checkpointer(db: Any) -> _Checkpointer | _NoCheckpointer:
    return _Checkpointer(db) if _on_file(db) else _NoCheckpointer()


def _data_version(conn: Any) -> int:
    """Changes whenever another connection commits to the database (never for this one's own commits)."""
    raw = (conn.connection() if isinstance(conn, Session) else conn).connection.dbapi_connection
    return int(raw.execute("PRAGMA data_version").fetchone()[0])


def _batch(conn: Any, is_sqlite: bool, plan: Callable[[Session], Any] | None, replan: Callable[[Session], Any] | None,
           write: Callable[[Session, Any], None], seen: int | None = None) -> float:
    """One short transaction: plan from reads, take the writers' lock, write, commit.

    On SQLite `plan` runs before the lock (a volunteer's save is not kept waiting for it) from
    reads made after the writer connection's data_version was `seen`; if another connection has
    committed since, `replan` decides again from scratch under the lock. Returns how long the
    lock was held.
    """
    assert not conn.in_transaction()
    with Session(bind=conn) as s:
        try:
            planned = plan(s) if is_sqlite and plan is not None and seen is not None else None
            dedupe.serialize_writers(s)
            locked = time.perf_counter()
            if replan is not None and (planned is None or _data_version(s) != seen):
                planned = replan(s)
            write(s, planned)
            s.commit()
            return time.perf_counter() - locked
        except BaseException:
            s.rollback()
            raise


def _next_size(size: int, held: float) -> int:
    """The next batch's size, so that it holds the lock about LOCK_TARGET (never more than doubling)."""
    if held <= 0:
        return min(size * 2, MAX_BATCH)
    return max(MIN_BATCH, min(MAX_BATCH, size * 2, int(size * LOCK_TARGET / held)))


def apply_bundle(db: Any, b: DecodedBundle, progress: Progress | None = None) -> Counts:
    """Apply a decoded bundle in short transactions; the last one records it as imported."""
    progress = progress or NullProgress()
    counts = Counts()
    is_sqlite, cid = db.is_sqlite, b.campaign_id
    with db.session() as s:
        _prepare(s, b, is_sqlite)
    progress.start(len(b.withdrawals) + len(b.signatures), f"Importing {b.name}")
    with _batch_connection(db) as conn, _checkpointer(db) as checkpointer, \
            ThreadPoolExecutor(1, thread_name_prefix="drivekit-import") as helper:
        for i in range(0, len(b.withdrawals), BATCH):
            part = b.withdrawals[i:i + BATCH]
            _batch(conn, is_sqlite, None, None,
                   lambda s, _p, part=part: _apply_withdrawals(s, cid, part, is_sqlite, counts))
            checkpointer.poke()
            _advance(progress, len(part))

        def ahead(start: int, size: int) -> tuple[list[dict[str, Any]], Any, int | None]:
            """Start sorting a batch on the helper thread; it runs beside the writing of the batch
            before it (SQLite writes without the GIL). Which uuids are stored does not depend on
            that batch, and any other writer's commit from now on shows in data_version."""
            part = b.signatures[start:start + size]
            if not _on_file(db) or not part:
                return part, None, None
            seen = _data_version(conn)
            return part, helper.submit(_sort_beside, db, part), seen

        size = BATCH
        part, sorting, seen = ahead(0, size)
        done = 0
        while part:
            following = ahead(done + len(part), size)
            held = _batch(conn, is_sqlite,
                          lambda s, sorting=sorting: _plan_signatures(s, cid, sorting.result()),
                          lambda s, part=part, sorting=sorting: _plan_signatures(s, cid, _sort_signatures(
                              s, part, sorting.result().keyed if sorting is not None else None)),
                          lambda s, plan: _write_signatures(s, cid, plan, is_sqlite, counts), seen)
            checkpointer.poke()
            done += len(part)
            _advance(progress, len(part))
            size = _next_size(size, held)
            part, sorting, seen = following
    with db.session() as s:
        ranges = set(b.coverage)
        if b.seq_to >= b.seq_from:
            ranges.add((b.device_id, b.seq_from, b.seq_to))
        s.add(SyncImport(bundle_id=b.bundle_id, device_id=b.device_id, campaign_id=b.campaign_id,
                         seq_from=b.seq_from, seq_to=b.seq_to, file_name=b.name[:500], counts=counts.as_dict()))
        s.add_all(SyncRange(device_id=d, campaign_id=b.campaign_id, seq_from=lo, seq_to=hi, bundle_id=b.bundle_id)
                  for d, lo, hi in sorted(ranges))
        audit(s, "sync.imported", b.campaign_id, bundle=b.bundle_id, file=b.name, device=b.device_id,
              **counts.as_dict())
    return counts


def gaps(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sequence numbers not yet received between 1 and the highest received."""
    missing, upto = [], 0
    for lo, hi in sorted(ranges):
        if lo > upto + 1:
            missing.append((upto + 1, lo - 1))
        upto = max(upto, hi)
    return missing
