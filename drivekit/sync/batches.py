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
from typing import Any

from sqlalchemy.orm import Session

from drivekit.services import dedupe
from drivekit.storage.db import WAL_AUTOCHECKPOINT_PAGES

MIN_BATCH, MAX_BATCH = 50, 5_000
LOCK_TARGET = 0.03  # seconds of write lock per batch; a volunteer's save waits at most about this long
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
    return int(raw.execute("PRAGMA data_version").fetchone()[0])


def run_batch(conn: Any, is_sqlite: bool, plan: Callable[[Session], Any] | None,
              replan: Callable[[Session], Any] | None, write: Callable[[Session, Any], None],
              seen: int | None = None) -> float:
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
            if replan is not None and (planned is None or data_version(s) != seen):
                planned = replan(s)
            write(s, planned)
            s.commit()
            return time.perf_counter() - locked
        except BaseException:
            s.rollback()
            raise


def next_size(size: int, held: float) -> int:
    """The next batch's size, so that it holds the lock about LOCK_TARGET (never more than doubling)."""
    if held <= 0:
        return min(size * 2, MAX_BATCH)
    return max(MIN_BATCH, min(MAX_BATCH, size * 2, int(size * LOCK_TARGET / held)))
