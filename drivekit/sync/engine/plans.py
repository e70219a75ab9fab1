"""Planning a batch of signature records from reads only: which are new, which correct stored
ones, which are already there, their duplicate marks, and (on SQLite) their INSERTs made ready.

A plan can be made on a helper thread and connection while the batch before it is written
(`plan_beside`); `merge` writes it under the lock, or plans again there when another writer
came in between.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime, timezone
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import BindParameter, bindparam, select
from sqlalchemy.orm import Session

from drivekit.storage import duplicate_marks, sqlite_driver
from drivekit.storage.models import WITHDRAWN, Signature, Withdrawal
from drivekit.sync.fileformat.bundle_records import add_keys, erase, version, version_of

IN_CHUNK = 500  # uuids in one IN (...) lookup
TIME_COLUMNS = ("signed_at", "edited_at")
BOOL_COLUMNS = ("petition_consent", "contact_consent", "reviewed")

IDS: BindParameter[Any] = bindparam("ids", expanding=True)


def in_chunks(s: Session, stmt: Any, keys: list[str]) -> list[Any]:
    """Run `stmt` (filtering with `IN IDS`) for `keys`, a few hundred at a time."""
    out: list[Any] = []
    for i in range(0, len(keys), IN_CHUNK):
        out += s.execute(stmt, {"ids": keys[i:i + IN_CHUNK]}).all()
    return out


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, datetime):  # the text form UTCDateTime stores on SQLite (SQLAlchemy's, to the digit)
        if value.tzinfo is not timezone.utc:
            value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None).isoformat(" ", "microseconds")
    return value


def raw_connection(s: Session) -> sqlite_driver.Connection:
    raw = s.connection().connection.dbapi_connection
    assert raw is not None
    return raw


def insert_statements(s: Session, rows: list[dict[str, Any]]) -> list[tuple[str, list[Any]]]:
    """SQLite: new signatures as few multi-row INSERTs as the driver allows, skipping uuids already
    there. The search index writes its pending entries at the end of every statement (row-by-row
    inserts cost ten times more). Values are made plain here (text times, 0/1 for booleans), as
    the driver would one by one; columns no row fills are left out. Built before the lock is taken."""
    now = _sqlite_value(datetime.now(timezone.utc))
    cols = [c for c in rows[0] if any(r[c] is not None for r in rows)]
    width = len(cols) + 2
    times = [i for i, c in enumerate(cols) if c in TIME_COLUMNS]
    flags = [i for i, c in enumerate(cols) if c in BOOL_COLUMNS]
    get = itemgetter(*cols)
    per = max(1, sqlite_driver.variable_limit(raw_connection(s)) // width)
    head = f"INSERT INTO signature ({', '.join(cols)}, created_at, updated_at) VALUES "
    one = f"({', '.join('?' * width)})"
    out = []
    for i in range(0, len(rows), per):
        chunk = rows[i:i + per]
        params: list[Any] = []
        for r in chunk:
            values = [*get(r), now, now]
            for t in times:
                values[t] = _sqlite_value(values[t])
            for f in flags:
                values[f] = 1 if values[f] else 0
            params += values
        out.append((f"{head}{', '.join([one] * len(chunk))} ON CONFLICT (uuid) DO NOTHING", params))
    return out


class Stored(NamedTuple):
    """What the database holds of a signature a batch brings again."""

    uuid: str
    status: str
    edited_at: datetime | None
    edit_device_id: str | None
    edit_seq: int | None
    email_key: str | None
    person_key: str | None


@dataclass
class Sorted:
    """A batch's records sorted by what the database holds: new, corrections, already present."""

    new: list[dict[str, Any]]
    corrections: list[tuple[dict[str, Any], Stored]]
    present: int
    keyed: dict[str, dict[str, Any]]  # uuid -> the record with its keys; reused if the batch is sorted again


@dataclass
class Plan:
    """What a batch of signature records will do, decided from reads only (`duplicates` None:
    to be decided under the lock)."""

    sorted: Sorted
    duplicates: duplicate_marks.Decision | None
    statements: list[tuple[str, list[Any]]] | None = None  # SQLite: the INSERTs of `sorted.new`, ready
    in_flight: duplicate_marks.InFlight | None = None  # how later plans count it before it commits (_in_flight)


_STORED = select(*(getattr(Signature, f) for f in Stored._fields)).where(Signature.uuid.in_(IDS))
_STORED_SQL = f"SELECT {', '.join(Stored._fields)} FROM signature WHERE uuid IN "
_TOMBS = select(Withdrawal.signature_uuid).where(Withdrawal.signature_uuid.in_(IDS))


def _stored(s: Session, uuids: list[str], is_sqlite: bool) -> dict[str, Stored]:
    """The stored rows of `uuids`. On SQLite straight through the driver: a re-imported bundle is
    all lookups, and the ORM's per-row type processing cost more than SQLite's search."""
    if not is_sqlite:
        return {r.uuid: Stored(*r) for r in in_chunks(s, _STORED, uuids)}
    raw, out = raw_connection(s), {}
    for i in range(0, len(uuids), IN_CHUNK):
        chunk = uuids[i:i + IN_CHUNK]
        for r in raw.execute(f"{_STORED_SQL}({','.join('?' * len(chunk))})", chunk):
            row = Stored._make(r)
            if row.edited_at is not None:  # the text UTCDateTime stores, read back as it would be
                row = row._replace(edited_at=datetime.fromisoformat(str(row.edited_at)).replace(tzinfo=timezone.utc))
            out[row.uuid] = row
    return out


def sort_signatures(s: Session, batch: list[dict[str, Any]], keyed: dict[str, dict[str, Any]] | None = None) -> Sorted:
    """Look the batch's uuids up and work out the keys of the rows to write (on copies: the batch
    is kept). Keys already worked out (`keyed`) are reused: they depend on the record alone."""
    is_sqlite = s.get_bind().dialect.name == "sqlite"
    stored = _stored(s, [r["uuid"] for r in batch], is_sqlite)
    unknown = [r["uuid"] for r in batch if r["uuid"] not in stored]
    tombs = {r[0] for r in in_chunks(s, _TOMBS, unknown)} if unknown else set()
    keyed = keyed if keyed is not None else {}

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
        elif (old.status != WITHDRAWN and row["status"] != WITHDRAWN
              and version(row) > version_of(old.edited_at, old.edit_device_id, old.edit_seq)):
            corrections.append((with_keys(row), old))
        else:
            present += 1
    return Sorted(new, corrections, present, keyed)


def _live(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in rows if r["status"] != WITHDRAWN]


def plan_signatures(s: Session, cid: str, done: Sorted) -> Plan:
    return Plan(done, duplicate_marks.decide(s, cid, _live(done.new)))


def _in_flight(plan: Plan) -> duplicate_marks.InFlight | None:
    """The batch `plan` writes, as `decide` sees it from another connection before it commits;
    None when it corrects stored rows (their keys change, and their marks are decided as written).
    Worked out once per plan (every later plan of the same transaction counts it)."""
    if plan.duplicates is None or plan.sorted.corrections:
        return None
    if plan.in_flight is None:
        rows = {r["uuid"]: {f: r[f] for f in duplicate_marks.MATCH_FIELDS} for r in _live(plan.sorted.new)}
        plan.in_flight = duplicate_marks.InFlight(
            rows, {uid: (status, dup_of) for uid, status, dup_of in plan.duplicates.stored_changes})
    return plan.in_flight


class Beside:
    """What the helper thread keeps from one plan to the next: the plans written in the import's
    open transaction as one Uncommitted, grown by the plans each later `before` adds. Built anew
    for every plan, it cost each plan a look at every plan before it in the transaction (a
    transaction of many plans cost their square). Used on the helper thread only."""

    def __init__(self) -> None:
        self._futures: list[Future[Plan | None]] = []
        self._view = duplicate_marks.Uncommitted()

    def in_flight(self, before: Sequence[Future[Plan | None]]) -> tuple[bool, duplicate_marks.Uncommitted | None]:
        """(whether a plan can be decided beside them, the rows and marks of the plans `before`)."""
        known = len(self._futures)
        if len(before) < known or any(a is not b for a, b in zip(before, self._futures, strict=False)):
            self._futures, self._view, known = [], duplicate_marks.Uncommitted(), 0  # another transaction
        for future in before[known:]:
            written = future.result()
            part = _in_flight(written) if written is not None else None
            if part is None:  # a plan that corrected stored rows, or was never written: decide under the lock
                self._futures, self._view = [], duplicate_marks.Uncommitted()
                return False, None
            self._futures.append(future)
            self._view.add(part)
        return True, self._view if self._futures else None


def plan_beside(db: Any, cid: str, batch: list[dict[str, Any]], before: Sequence[Future[Plan | None]],
                beside: Beside | None = None) -> Plan:
    """Plan a batch on a helper thread and connection while the batches `before` it are written
    (SQLite writes without holding the GIL). `before` holds every batch this connection's reads
    may not see: the ones written in the import's open transaction and the one being written
    (a superset is harmless: a row both stored and in flight counts once). Which uuids are stored
    does not depend on them (a bundle holds each uuid once); its duplicates are decided with them
    counted as stored, once the plans they are written with are known. `beside` carries what the
    plans before this one already gathered of them."""
    with Session(db.engine) as s:
        done = sort_signatures(s, batch)
        decidable, in_flight = (beside or Beside()).in_flight(before)
        if not decidable:
            return Plan(done, None)
        plan = Plan(done, duplicate_marks.decide(s, cid, _live(done.new), in_flight=in_flight))
        if done.new:  # the marks are final: the INSERTs can be made ready before the lock
            plan.statements = insert_statements(s, done.new)
        return plan
