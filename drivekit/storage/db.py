"""The engine, its per-connection pragmas, and the session factory. Built by the composition root."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from drivekit import files
from drivekit.errors import BadFile, DatabaseLocked, DataFolderUnusable, DiskFull, KnownError
from drivekit.i18n import _
from drivekit.storage import pg, sqlite_driver, write_wait

BUSY_TIMEOUT_MS = 10_000
# A commit folds the WAL into the file once it holds this many pages. Above SQLite's 1000 so that a
# volunteer's save made during a sync import does not fold in the import's last batch itself (the
# import keeps the WAL short on a thread of its own); about 16 MB.
WAL_AUTOCHECKPOINT_PAGES = 4000
# How long a writer asks for the lock every millisecond before it falls back to SQLite's own wait,
# whose growing sleeps (up to 100 ms) would let a waiting save miss the short gaps between batches.
POLL_FOR_LOCK_S = 2.0


def sqlite_has_fts_secure_delete() -> bool:
    return sqlite_driver.has_fts_secure_delete()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
    cur.execute("PRAGMA foreign_keys=ON")
    # Erased (withdrawn) personal data is overwritten with zeros, not left in free pages.
    cur.execute("PRAGMA secure_delete=ON")
    cur.close()


def translate_db_error(err: Exception, where: str) -> KnownError | None:
    """Map low-level database failures to messages a person can act on."""
    text = str(getattr(err, "orig", err)).lower()
    if "database is locked" in text or "database table is locked" in text:
        return DatabaseLocked(_("The database {where} is in use by another program; close it and try again.").format(where=where))
    if "file is not a database" in text or "malformed" in text:
        return BadFile(_("{where} is not a DriveKit database or is damaged; restore it from a backup.").format(where=where))
    if "disk is full" in text or "no space" in text:
        return DiskFull(_("The disk holding {where} is full; free some space and try again.").format(where=where))
    if "readonly database" in text or "read-only" in text or "disk i/o error" in text:
        return DataFolderUnusable(_("The database {where} cannot be written (the disk or its folder is read-only, "
                                    "or the disk was removed); check it and try again.").format(where=where))
    if "unable to open database" in text:
        return BadFile(_("The database {where} cannot be opened; check that the folder exists and is writable.").format(where=where))
    return None


def begin_write(session: Session) -> None:
    """Start the session's transaction as a writer (SQLite BEGIN IMMEDIATE) unless it already is one.

    Taking the write lock before reading makes what is read and what is then written one
    consistent step. The lock is asked for every millisecond for a while, so a writer gets it
    within a millisecond of its release.
    """
    conn = session.connection()
    raw = conn.connection.dbapi_connection
    if conn.dialect.name != "sqlite" or raw is None or raw.in_transaction:
        return
    deadline = time.monotonic() + POLL_FOR_LOCK_S
    signal = None
    raw.execute("PRAGMA busy_timeout=0")
    try:
        while time.monotonic() < deadline:
            try:
                raw.execute("BEGIN IMMEDIATE")
                return
            except sqlite_driver.OperationalError as err:
                if "locked" not in str(err) and "busy" not in str(err):
                    raise
            if signal is None:
                signal = _wait_signal(conn)
            if signal is not None:  # a long writer (an import) then commits and lets this one in
                write_wait.raise_signal(signal)
            time.sleep(0.001)
    finally:
        raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.exec_driver_sql("BEGIN IMMEDIATE")  # SQLite's own wait, and its error if still locked


def _wait_signal(conn: Any) -> Path | None:
    path = sqlite_path_of(str(conn.engine.url))
    return write_wait.signal_path(path) if path is not None else None


def begin_snapshot(session: Session) -> None:
    """Make the session's reads one snapshot: what another connection commits from now on is not seen.

    Call it first in the session. SQLite's driver starts no transaction for reads, so each SELECT
    would see the latest commit: a deferred BEGIN makes the first read fix the snapshot. PostgreSQL
    reads at REPEATABLE READ for the same reason (READ COMMITTED gives each statement its own)."""
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        raw = conn.connection.dbapi_connection
        if raw is not None and not raw.in_transaction:
            raw.execute("BEGIN")
    else:
        conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")


def _create_private(path: Path) -> None:
    """A new database file readable by its owner only: it holds signers' details and this device's
    secret key (SQLite gives its -wal and -shm files the same mode)."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:  # made by an older DriveKit with the umask's mode: tighten it
        try:
            if path.stat().st_mode & 0o077:
                os.chmod(path, 0o600)
        except OSError:
            pass  # not ours to change (another user's file, a read-only disk)
    except OSError:  # cannot be made: SQLite says why when it opens it
        pass


def sqlite_path_of(url: str) -> Path | None:
    """The file of a SQLite URL; None for an in-memory database or another server."""
    if not url.startswith("sqlite"):
        return None
    rest = url.split("///", 1)[1] if "///" in url else ""
    if not rest or rest == ":memory:":
        return None
    return Path(rest)


class Database:
    """One engine per database; `session()` gives a transaction-scoped Session for one service call."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        kwargs: dict[str, Any] = {}
        if self.is_sqlite:
            path = self.sqlite_path
            if path is not None:
                if not path.parent.exists():
                    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                _create_private(path)
                files.protect(path)
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
            # Every connection goes through sqlean's SQLite, whatever the interpreter's (sqlite_driver).
            kwargs["module"] = sqlite_driver.DBAPI
        elif pg.is_postgresql(url):
            # A pooled connection the server dropped (restart, network) is replaced, not used.
            kwargs.update(connect_args=pg.connect_args(url), pool_pre_ping=True)
        # Parameters are signers' names and emails: never in an error's text, hence never in a log.
        self.engine: Engine = create_engine(url, future=True, hide_parameters=True, **kwargs)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        else:
            pg.install_error_translation(self.engine)
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def sqlite_path(self) -> Path | None:
        return sqlite_path_of(self.url)

    @property
    def display_name(self) -> str:
        path = self.sqlite_path
        if path is not None:
            return str(path)
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A Session inside one transaction: committed on success, rolled back on any error."""
        try:
            with self._factory.begin() as session:
                yield session
        except OperationalError as err:
            known = translate_db_error(err, self.display_name)
            if known is not None:
                raise known from err
            raise

    def checkpoint(self, wait: bool = True) -> bool:
        """Fold the WAL into the main file and truncate it, so erased data leaves no copy there.

        `wait=False`: only if no one reads an older snapshot or writes right now. A waiting
        checkpoint holds the write lock while it waits for readers, so a volunteer's save would
        wait behind a long read; returns whether the WAL was folded."""
        if not self.is_sqlite:
            return False
        with self.engine.connect() as conn:
            if wait:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                return True
            conn.exec_driver_sql("PRAGMA busy_timeout=0")
            try:
                busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
            finally:
                conn.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            return busy is not None and busy[0] == 0

    def dispose(self) -> None:
        self.engine.dispose()
        if self.sqlite_path is not None:
            files.unprotect(self.sqlite_path)
