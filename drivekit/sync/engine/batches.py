"""Writing in short transactions beside volunteers who keep saving on the same database.

The mechanism under `merge`: one connection for the batches (fast commits, a large cache), a
thread that folds the WAL into the file beside the writing, and `run_batch`, which plans from
reads, takes the writers' lock and writes, planning again under the lock only if another
connection committed meanwhile. Batches are sized by time (`next_size`), so a volunteer's save
never waits long for one.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from drivekit.storage import duplicate_marks
from drivekit.storage.db import WAL_AUTOCHECKPOINT_PAGES

MIN_BATCH, MAX_BATCH = 50, 5_000
# Seconds of write lock per batch while no one else writes; a volunteer's first save of a burst
# waits at most about this long (then batches shrink to SHARED_LOCK_TARGET). 30 ms gave batches of
# about 90 realistic rows on a loaded machine, and small batches cost SQLite itself 64 us a row
# against 45 us at 1,000 rows (search index segments, index pages written again per commit): an
# import of 20,000 realistic signatures 2.7-3.1 s of CPU at 30 ms, 2.0-2.3 s at 60 ms (issue 17).
LOCK_TARGET = 0.06
SHARED_LOCK_TARGET = 0.015  # the same while others are writing (their saves wait for the batch in hand)
YIELD_S = 0.002  # pause after a batch while others write: longer than their 1 ms between asks for the lock
SHARED_WINDOW_S = 1.0  # how long after another connection's commit the import keeps pacing for it
IMPORT_CACHE_KIB = -65536


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


def data_version(conn: Any) -> int:
    """Changes whenever another connection commits to the database (never for this one's own commits)."""
    raw = (conn.connection() if isinstance(conn, Session) else conn).connection.dbapi_connection
    assert raw is not None
    return int(raw.execute("PRAGMA data_version").fetchone()[0])


class Held(NamedTuple):
    """How long a batch held the write lock, and whether another connection wrote meanwhile."""

    seconds: float
    shared: bool


def run_batch(conn: Any, is_sqlite: bool, plan: Callable[[Session], Any] | None,
              replan: Callable[[Session], Any] | None, write: Callable[[Session, Any], None],
              seen: int | None = None) -> Held:
    """One short transaction: plan from reads, take the writers' lock, write, commit.

    On SQLite `plan` runs before the lock (a volunteer's save is not kept waiting for it) from
    reads made after the writer connection's data_version was `seen`; if another connection has
    committed since, `replan` decides again from scratch under the lock. `Held.shared` tells
    whether another connection committed since `seen` (or since this call began).
    """
    assert not conn.in_transaction()
    with Session(bind=conn) as s:
        try:
            planned = plan(s) if is_sqlite and plan is not None and seen is not None else None
            since = seen if seen is not None or not is_sqlite else data_version(s)
            duplicate_marks.serialize_writers(s)
            locked = time.perf_counter()
            others = is_sqlite and data_version(s) != since
            if replan is not None and (planned is None or others):
                planned = replan(s)
            write(s, planned)
            s.commit()
            held = time.perf_counter() - locked
        except BaseException:
            s.rollback()
            raise
    return Held(held, others)


class Pacing:
    """Sizes batches, and stands aside between them while others write.

    Once another connection has committed during a batch, for SHARED_WINDOW_S the batches aim
    at SHARED_LOCK_TARGET and the import pauses YIELD_S after each: without the pause it would
    take the lock again within microseconds, and a volunteer's save, which asks for it every
    millisecond, could wait for two batches instead of one.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._busy_until = 0.0

    @property
    def shared(self) -> bool:
        return time.monotonic() < self._busy_until

    def after(self, held: Held) -> None:
        if held.shared:
            self._busy_until = time.monotonic() + SHARED_WINDOW_S
        shared = self.shared
        if shared:
            time.sleep(YIELD_S)
        self.size = next_size(self.size, held.seconds, shared)


def next_size(size: int, held: float, shared: bool = False) -> int:
    """The next batch's size, so that it holds the lock about LOCK_TARGET, or SHARED_LOCK_TARGET
    while others write (never more than doubling)."""
    if held <= 0:
        return min(size * 2, MAX_BATCH)
    target = SHARED_LOCK_TARGET if shared else LOCK_TARGET
    return max(MIN_BATCH, min(MAX_BATCH, size * 2, int(size * target / held)))
