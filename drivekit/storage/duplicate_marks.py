"""Duplicate marks in the database: the stored signatures a rule needs, the marks it changes, and the
lock that orders every writer of signatures. The rule itself is drivekit.domain.duplicate_rule."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, bindparam, literal_column, or_, select, text, update
from sqlalchemy.orm import Session

from drivekit.domain.duplicate_rule import MATCH_KEYS, duplicate_marks
from drivekit.storage.db import begin_write
from drivekit.storage.models import POSSIBLE_DUPLICATE, Signature

_CHUNK = 400
_SIGNATURES = cast(Table, Signature.__table__)
_MARK = (update(_SIGNATURES).where(_SIGNATURES.c.uuid == bindparam("u"))
         .values(status=bindparam("s"), duplicate_of=bindparam("d")))
_KEYS = MATCH_KEYS
WRITERS_LOCK = 0x44_4B_5349  # "DKSI": PostgreSQL advisory lock of signature writers


MATCH_FIELDS = ("uuid", "signed_at", "email_key", "person_key", "status", "reviewed", "duplicate_of")
_MATCH_COLUMNS = tuple(getattr(Signature, f) for f in MATCH_FIELDS)


@dataclass
class InFlight:
    """Rows this writer is inserting in a transaction a reader cannot see yet (a batch being
    committed on another connection), and the marks that transaction gives stored rows: `decide`
    counts them as stored, so the next batch can be decided while this one is written."""

    rows: dict[str, dict[str, Any]]  # uuid -> the MATCH_FIELDS of a live row being inserted
    marks: dict[str, tuple[str, str | None]]  # uuid of a stored row -> (status, duplicate_of) it is given
    _index: dict[tuple[str, str], list[str]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._index = {}
        for uid, row in self.rows.items():
            for name in _KEYS:
                if row[name]:
                    self._index.setdefault((name, row[name]), []).append(uid)

    def matching(self, name: str, values: set[str]) -> list[dict[str, Any]]:
        return [dict(self.rows[uid]) for v in values for uid in self._index.get((name, v), ())]


class Uncommitted:
    """Several InFlight parts at once: the batches an import has written in its open transaction
    (and the one being written), in the order they were written; a later part's marks win. Parts
    are added one by one (`add`), each merged into one index once: an import that plans batch
    after batch in a long transaction keeps one Uncommitted and adds each new part to it, so
    looking up its rows costs the same for the hundredth batch as for the second."""

    def __init__(self, parts: Sequence[InFlight] = ()) -> None:
        self.parts: list[InFlight] = []
        self.rows: dict[str, dict[str, Any]] = {}
        self.marks: dict[str, tuple[str, str | None]] = {}
        self._index: dict[tuple[str, str], list[str]] = {}
        for part in parts:
            self.add(part)

    def add(self, part: InFlight) -> None:
        self.parts.append(part)
        self.rows.update(part.rows)
        self.marks.update(part.marks)
        for key, uids in part._index.items():
            self._index.setdefault(key, []).extend(uids)

    def matching(self, name: str, values: set[str]) -> list[dict[str, Any]]:
        return [dict(self.rows[uid]) for v in values for uid in self._index.get((name, v), ())]


def _by_keys(campaign: Any) -> Any:
    return select(*_MATCH_COLUMNS).where(campaign == bindparam("cid"), or_(
        Signature.email_key.in_(bindparam("emails", expanding=True)),
        Signature.person_key.in_(bindparam("people", expanding=True))))


# Unary + keeps SQLite on the keys' own indexes instead of walking the campaign's.
_BY_KEYS = {"sqlite": _by_keys(literal_column("+signature.campaign_id")), None: _by_keys(Signature.campaign_id)}


def _load_matches(session: Session, campaign_id: str, keys: dict[str, set[str]],
                  in_flight: InFlight | Uncommitted | None = None) -> dict[str, dict[str, Any]]:
    """Stored signatures of the campaign sharing any key, followed transitively (rows `in_flight`
    count as stored)."""
    found: dict[str, dict[str, Any]] = {}
    seen: dict[str, set[str]] = {k: set() for k in _KEYS}
    todo = {k: set(keys.get(k, ())) for k in _KEYS}
    conn = session.connection()
    stmt = _BY_KEYS.get(conn.dialect.name, _BY_KEYS[None])
    while any(todo.values()):
        emails, people = sorted(todo["email_key"]), sorted(todo["person_key"])
        rows: list[dict[str, Any]] = []
        for i in range(0, max(len(emails), len(people)), _CHUNK):
            rows += [dict(r._mapping) for r in conn.execute(stmt, {
                "cid": campaign_id, "emails": emails[i:i + _CHUNK], "people": people[i:i + _CHUNK]})]
        if in_flight is not None:
            for name in _KEYS:
                rows += in_flight.matching(name, todo[name])
        for name in _KEYS:
            seen[name] |= todo[name]
        todo = {k: set() for k in _KEYS}
        for row in rows:
            if row["uuid"] in found:
                continue
            found[row["uuid"]] = row
            for name in _KEYS:
                value = row[name]
                if value and value not in seen[name]:
                    todo[name].add(value)
    if in_flight is not None:
        for uid, (status, dup_of) in in_flight.marks.items():
            if uid in found:
                found[uid]["status"], found[uid]["duplicate_of"] = status, dup_of
    return found


def group_marks(session: Session, campaign_id: str,
                keys: dict[str, set[str]] | set[str]) -> dict[str, tuple[str, str | None, bool]]:
    """(status, duplicate_of, reviewed) of the signatures sharing these keys (followed as duplicates
    are), or of these uuids when given a set: what a verdict may change, and what undoing it restores."""
    if isinstance(keys, set):
        rows = session.execute(select(Signature.uuid, Signature.status, Signature.duplicate_of, Signature.reviewed)
                               .where(Signature.uuid.in_(sorted(keys)))).all()
        return {r.uuid: (r.status, r.duplicate_of, bool(r.reviewed)) for r in rows}
    found = _load_matches(session, campaign_id, {k: {v for v in vs if v} for k, vs in keys.items()})
    return {uid: (r["status"], r["duplicate_of"], bool(r["reviewed"])) for uid, r in found.items()}


@dataclass
class Decision:
    """What `decide` found: the stored rows whose mark changes, and how many signatures it makes
    possible duplicates (new rows, and stored rows that were not). A later, earlier-signed record
    of the same person turns the stored one into the duplicate, so counting new rows alone would
    depend on the order records arrive in and on how an import is split into batches."""

    possible_duplicates: int = 0
    stored_changes: list[tuple[str, str, str | None]] = field(default_factory=list)  # (uuid, status, duplicate_of)


def serialize_writers(session: Session) -> None:
    """Take the lock that orders every writer of signatures, so no two decide duplicates at once.

    On SQLite the write lock (BEGIN IMMEDIATE, unless this transaction already wrote and so holds
    it); on PostgreSQL an advisory lock held to the end of the transaction. Without it, two
    writers could each miss the other's row of the same person and both count.
    """
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        begin_write(session)
    else:
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITERS_LOCK})


def decide(session: Session, campaign_id: str, new_rows: list[dict[str, Any]],
           also: dict[str, set[str]] | None = None, in_flight: InFlight | Uncommitted | None = None,
           fresh: frozenset[str] | set[str] = frozenset()) -> Decision:
    """Set status/duplicate_of on `new_rows` (dicts about to be inserted); reads only.

    `also` names extra keys whose groups must be re-decided (after an edit or withdrawal);
    `in_flight` rows count as stored; `fresh` stored rows were inserted by this very transaction
    (a hub import, decided after writing) and are left out of `possible_duplicates`: the caller
    counts them as new.
    """
    keys: dict[str, set[str]] = {k: {r[k] for r in new_rows if r.get(k)} for k in _KEYS}
    for name, values in (also or {}).items():
        keys[name] |= {v for v in values if v}
    result = Decision()
    if not any(keys.values()):
        return result
    stored = _load_matches(session, campaign_id, keys, in_flight)
    new_by_uuid = {r["uuid"]: r for r in new_rows}
    for uid, (status, dup_of) in duplicate_marks({**stored, **new_by_uuid}).items():
        if uid in new_by_uuid:
            new_by_uuid[uid]["status"], new_by_uuid[uid]["duplicate_of"] = status, dup_of
            result.possible_duplicates += status == POSSIBLE_DUPLICATE
        elif (stored[uid]["status"], stored[uid]["duplicate_of"]) != (status, dup_of):
            result.stored_changes.append((uid, status, dup_of))
            if uid not in fresh:
                result.possible_duplicates += (status == POSSIBLE_DUPLICATE
                                               and stored[uid]["status"] != POSSIBLE_DUPLICATE)
    return result


def apply(session: Session, decision: Decision) -> None:
    """Write the changed marks of stored rows (the new rows carry theirs)."""
    if decision.stored_changes:  # one executemany: a merge can re-mark tens of thousands of rows
        session.connection().execute(_MARK, [{"u": uid, "s": status, "d": dup_of}
                                             for uid, status, dup_of in decision.stored_changes])


def resolve(session: Session, campaign_id: str, new_rows: list[dict[str, Any]],
            also: dict[str, set[str]] | None = None) -> int:
    """Decide and write duplicate marks under the writers' lock; returns how many signatures it
    made possible duplicates (see Decision)."""
    serialize_writers(session)
    decision = decide(session, campaign_id, new_rows, also)
    apply(session, decision)
    return decision.possible_duplicates
