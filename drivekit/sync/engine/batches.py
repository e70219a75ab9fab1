"""Writing a long import beside volunteers who keep saving on the same database.

The mechanism under `merge`: one connection for the import (fast commits, a large cache), a
thread that folds the WAL into the file beside the writing, plans sized by time (`next_size`),
and `WaitWatch`, which tells the import that another writer is waiting for the lock, so that it
commits after the plan in hand and lets that writer in (`let_in`): a volunteer's save waits for
one small plan, while with no one waiting the import writes thousands of records per commit.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import Session

from drivekit.storage import duplicate_marks, write_wait
from drivekit.storage.db import WAL_AUTOCHECKPOINT_PAGES

# The records of a bundle are written plan after plan, many plans in one transaction (fewer commits:
# index pages and search-index segments written once for thousands of rows, not per hundred). A
# plan is what a writer that asks for the lock meanwhile waits for at most: the transaction ends
# after the plan in hand as soon as one asks (write_wait). Plans are sized by time (next_size).
PLAN_TARGET_S = 0.02  # seconds of writing per plan, so a waiting volunteer's save waits about this
MIN_PLAN, MAX_PLAN = 50, 2_000
# Records in one transaction while no other writer waits. Each transaction rewrites the index
# pages its rows land on (the keys of names and emails land everywhere), into the WAL and then into
# the file: a 100,000-record import wrote 570 MB for a 131 MB database in transactions of 5,000,
# 313 MB in transactions of 25,000 (larger ones gain little more; docs/performance.md, fifth pass).
TX_ROWS = 25_000
# A writer that waited for the import's commit folds the WAL into the file itself when it commits
# (SQLite's automatic checkpoint) unless a fold is under way: after a transaction this long the
# import folds it before letting the writer in, so a volunteer's save never copies a 100 MB WAL.
FOLD_FOR_WAITER_ROWS = 2_000
# For a while after another writer waited, others are saving: each transaction will likely end
# after a plan or two, so plans aim shorter, and the search index is fed by its row trigger (the
# bulk feed's drop and remake of the trigger change the schema, which every other connection
# then reads again before its next statement).
SHARED_WINDOW_S = 1.0
SHARED_PLAN_TARGET_S = 0.01
# After committing for a waiting writer, how long the import waits for that writer's commit before
# it takes the lock again (the writer asks every millisecond; it is usually in within one).
WAITER_GRACE_S = 0.1
IMPORT_CACHE_KIB = -65536
# The import's connection keeps SQLite's temporary files in memory. A
# multi-row INSERT into a table with triggers keeps a statement journal (the pages it changes, as
# they were, in case it must be undone half way); past 64 KB SQLite writes it to a new temporary
# file, created and deleted for each statement: 0.6 s of system time in a 100,000-row import
# (docs/performance.md, fifth pass). In memory it costs at most the pages one plan's INSERT changes.
IMPORT_TEMP_STORE = "MEMORY"


# While the records are written, Python hands its lock between threads every 0.5 ms instead of
# every 5 ms: the writing thread gives the lock up for every SQLite statement and, each time the
# planning thread holds it on its return, waited up to the whole interval before it could go on.
# A 100,000-record import: its writing 6.6-7.1 s -> 5.8-5.9 s (three alternating pairs, load 2-3;
# docs/performance.md, fifth pass).
HANDOFF_S = 0.0005


@contextmanager
def quick_handoffs() -> Iterator[None]:
    """Python's thread switch interval at HANDOFF_S for the block (the GUI thread, if any, gets
    the lock sooner too); the interval before is put back afterwards."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(min(before, HANDOFF_S))
    try:
        yield
    finally:
        sys.setswitchinterval(before)


@contextmanager
def batch_connection(db: Any) -> Iterator[Any]:
    """One connection for the batches. On SQLite its commits skip the fsync (synchronous=NORMAL: WAL
    order still keeps every batch or none of the later ones): a batch lost to a power cut is
    re-applied by importing the file again, which the final, fully synced "imported" mark requires."""
    with db.engine.connect() as conn:
        if db.is_sqlite:
            conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
            conn.exec_driver_sql(f"PRAGMA cache_size={IMPORT_CACHE_KIB}")  # the indexes of a large campaign
            conn.exec_driver_sql("PRAGMA wal_autocheckpoint=0")  # the Checkpointer does it, beside
            conn.exec_driver_sql(f"PRAGMA temp_store={IMPORT_TEMP_STORE}")
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
                conn.exec_driver_sql("PRAGMA temp_store=DEFAULT")
                conn.commit()


class Checkpointer:
    """Folds the WAL into the database file on its own connection and thread while batches are
    written (SQLite works without the GIL, so on a second core), keeping the WAL short: a
    volunteer's save then never has to fold in a long one, and the import never waits for it."""

    def __init__(self, db: Any) -> None:
        self._db = db
        self._wake = threading.Event()
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="drivekit-checkpoint", daemon=True)

    def __enter__(self) -> Checkpointer:
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


class NoCheckpointer:
    def __enter__(self) -> NoCheckpointer:
        return self

    def __exit__(self, *_exc: object) -> None:
        pass

    def poke(self) -> None:
        pass


def on_file(db: Any) -> bool:
    """Helper threads need connections to the same database: an SQLite file (not :memory:)."""
    return bool(db.is_sqlite and db.sqlite_path is not None)


def checkpointer(db: Any) -> Checkpointer | NoCheckpointer:
    return Checkpointer(db) if on_file(db) else NoCheckpointer()


def fold(conn: Any) -> None:
    """Fold the WAL into the file now, on this connection, without waiting for anyone (PASSIVE):
    another connection may write meanwhile, and its own automatic checkpoint finds this one
    under way and leaves it."""
    try:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
        conn.commit()
    except Exception:  # a busy or failed fold: the Checkpointer folds after the next transaction
        conn.rollback()


def data_version(conn: Any) -> int:
    """Changes whenever another connection commits to the database (never for this one's own commits)."""
    raw = (conn.connection() if isinstance(conn, Session) else conn).connection.dbapi_connection
    assert raw is not None
    return int(raw.execute("PRAGMA data_version").fetchone()[0])


def run_batch(conn: Any, write: Callable[[Session], None]) -> None:
    """One short transaction: take the writers' lock, write, commit."""
    assert not conn.in_transaction()
    with Session(bind=conn) as s:
        try:
            duplicate_marks.serialize_writers(s)
            write(s)
            s.commit()
        except BaseException:
            s.rollback()
            raise


class WaitWatch:
    """Whether another writer has asked for the lock since this import's transaction began
    (storage.write_wait: a file beside the database it touches while it waits)."""

    def __init__(self, db: Any) -> None:
        self._path = write_wait.signal_path(db.sqlite_path) if on_file(db) else None
        self._stamp: int | None = None
        self._last_waiter = -SHARED_WINDOW_S

    def begin(self) -> None:
        """Read the signal as the transaction starts (with the lock held)."""
        if self._path is not None:
            self._stamp = write_wait.stamp(self._path)

    def someone_waits(self) -> bool:
        if self._path is None or not write_wait.raised_since(self._path, self._stamp):
            return False
        self._last_waiter = time.monotonic()
        return True

    @property
    def shared(self) -> bool:
        """Another writer waited within the last SHARED_WINDOW_S."""
        return time.monotonic() - self._last_waiter < SHARED_WINDOW_S


def let_in(conn: Any, before: int, grace: float | None = None) -> None:
    """After committing for a waiting writer: wait until another connection has committed (the
    data_version moved on from `before`, read while the lock was held), or `grace` seconds."""
    deadline = time.monotonic() + (WAITER_GRACE_S if grace is None else grace)
    while data_version(conn) == before and time.monotonic() < deadline:
        time.sleep(0.0005)


def next_size(size: int, seconds: float, shared: bool = False) -> int:
    """The next plan's size, so that writing it takes about PLAN_TARGET_S, or SHARED_PLAN_TARGET_S
    while others write (never more than doubling)."""
    if seconds <= 0:
        return min(size * 2, MAX_PLAN)
    target = SHARED_PLAN_TARGET_S if shared else PLAN_TARGET_S
    return max(MIN_PLAN, min(MAX_PLAN, size * 2, int(size * target / seconds)))
