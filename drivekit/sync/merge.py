"""Applying a checked bundle to a database: idempotent, order-independent, withdrawals win.

Every step is safe to repeat: signatures are inserted only when their uuid is new, corrections
win by a version that does not depend on arrival, and tombstones erase and block forever. That
lets the work run in short transactions (a volunteer's save waits at most one batch), with the
bundle recorded as imported only in the last one; an interrupted import is finished by
importing the same file again. See docs/sync-format.md, "Import guarantees".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from operator import itemgetter
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from drivekit.errors import BadFile, Cancelled
from drivekit.progress import NullProgress, Progress
from drivekit.services import dedupe
from drivekit.services.common import audit
from drivekit.storage.models import (
    WITHDRAWN, Campaign, Device, Event, Signature, SyncImport, SyncRange, Volunteer, Withdrawal,
)
from drivekit.sync.container import fingerprint
from drivekit.sync.reader import DecodedBundle
from drivekit.sync.records import ERASED, add_keys, erase, tombstone_order, version

BATCH = 500
IMPORT_CACHE_KIB = -65536
CHECKPOINT_EVERY = 2  # batches; keeps the WAL short so a volunteer's save never folds in a huge one
_IN = 500
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


def _in_chunks(s: Session, stmt_for: Callable[[list[str]], Any], keys: list[str]) -> list[Any]:
    out: list[Any] = []
    for i in range(0, len(keys), _IN):
        out += s.execute(stmt_for(keys[i:i + _IN])).all()
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
            have = {r[0] for r in _in_chunks(s, lambda ids, m=model: select(m.id).where(m.id.in_(ids)), sorted(wanted))}
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
    known = {r.signature_uuid: r for r in _in_chunks(s, lambda ids: select(
        Withdrawal.signature_uuid, Withdrawal.withdrawn_at, Withdrawal.device_id, Withdrawal.device_seq)
        .where(Withdrawal.signature_uuid.in_(ids)), uuids)}
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
    live = _in_chunks(s, lambda ids: select(Signature.uuid, Signature.email_key, Signature.person_key)
                      .where(Signature.uuid.in_(ids), Signature.status != WITHDRAWN), uuids)
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
    """Insert new signatures, skipping uuids already there. On SQLite straight through the driver
    (per-row type processing in Python costs as much as SQLite's own work)."""
    if not is_sqlite:
        s.connection().execute(_insert(False, Signature.__table__).on_conflict_do_nothing(index_elements=["uuid"]),
                               rows)
        return
    now = _sqlite_value(datetime.now(timezone.utc))
    cols = list(rows[0])
    sql = (f"INSERT INTO signature ({', '.join(cols)}, created_at, updated_at) "
           f"VALUES ({', '.join('?' * (len(cols) + 2))}) ON CONFLICT (uuid) DO NOTHING")
    get = itemgetter(*cols)
    s.connection().exec_driver_sql(sql, [(*map(_sqlite_value, get(r)), now, now) for r in rows])


def _apply_signatures(s: Session, cid: str, batch: list[dict[str, Any]], is_sqlite: bool, counts: Counts) -> None:
    uuids = [r["uuid"] for r in batch]
    stored = {r.uuid: r for r in _in_chunks(s, lambda ids: select(
        Signature.uuid, Signature.status, Signature.edited_at, Signature.edit_device_id, Signature.edit_seq,
        Signature.email_key, Signature.person_key).where(Signature.uuid.in_(ids)), uuids)}
    tombs = {r[0] for r in _in_chunks(s, lambda ids: select(Withdrawal.signature_uuid)
                                      .where(Withdrawal.signature_uuid.in_(ids)), uuids)}
    new, corrections = [], []
    for row in batch:
        old = stored.get(row["uuid"])
        if old is None:
            new.append(erase(dict(row)) if row["uuid"] in tombs and row["status"] != WITHDRAWN else add_keys(row))
        elif old.status != WITHDRAWN and row["status"] != WITHDRAWN and version(row) > version(old._mapping):
            corrections.append((add_keys(row), old))
        else:
            counts.present += 1
    if new:
        counts.possible_duplicates += dedupe.resolve(s, cid, [r for r in new if r["status"] != WITHDRAWN])
        _insert_signatures(s, new, is_sqlite)
        counts.new += sum(r["status"] != WITHDRAWN for r in new)
        counts.present += sum(r["status"] == WITHDRAWN for r in new)
    if corrections:
        for row, _old in corrections:
            s.execute(update(Signature).where(Signature.uuid == row["uuid"]).values(**{f: row[f] for f in CORRECTED}))
        old_rows = [o for _, o in corrections]
        also = _keys(old_rows)
        for k in also:
            also[k] |= {r[k] for r, _ in corrections if r[k]}
        dedupe.resolve(s, cid, [], also=also)
        counts.corrections += len(corrections)


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
            conn.commit()  # no transaction may stay open: each batch must commit its own
        try:
            yield conn
        finally:
            if conn.in_transaction():
                conn.rollback()
            if db.is_sqlite:
                conn.exec_driver_sql("PRAGMA synchronous=FULL")
                conn.exec_driver_sql("PRAGMA cache_size=-2000")
                conn.commit()


def _batch(conn: Any, work: Callable[[Session], None]) -> None:
    assert not conn.in_transaction()
    with Session(bind=conn) as s:
        try:
            work(s)
            s.commit()
        except BaseException:
            s.rollback()
            raise


def apply_bundle(db: Any, b: DecodedBundle, progress: Progress | None = None) -> Counts:
    """Apply a decoded bundle in short transactions; the last one records it as imported."""
    progress = progress or NullProgress()
    counts = Counts()
    is_sqlite, cid = db.is_sqlite, b.campaign_id
    with db.session() as s:
        _prepare(s, b, is_sqlite)
    progress.start(len(b.withdrawals) + len(b.signatures), f"Importing {b.name}")
    with _batch_connection(db) as conn:
        for i in range(0, len(b.withdrawals), BATCH):
            part = b.withdrawals[i:i + BATCH]
            _batch(conn, lambda s, part=part: _apply_withdrawals(s, cid, part, is_sqlite, counts))
            _advance(progress, len(part))
        for n, i in enumerate(range(0, len(b.signatures), BATCH), start=1):
            part = b.signatures[i:i + BATCH]
            _batch(conn, lambda s, part=part: _apply_signatures(s, cid, part, is_sqlite, counts))
            if is_sqlite and n % CHECKPOINT_EVERY == 0:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
                conn.commit()
            _advance(progress, len(part))
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
