"""Backup copies of a SQLite database file: made online, checked, rotated, restored, erased.

A copy is made with SQLite's online backup API from a connection of its own, so it is consistent
(one snapshot, WAL included) while the app keeps saving. It is written under a temporary name in
the destination folder, switched to a single-file journal, fsynced, and only then renamed: a copy
that exists is always a whole database.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from drivekit.errors import BadFile, DiskFull, KnownError
from drivekit.files import fsync_file, fsync_folder
from drivekit.i18n import _
from drivekit.storage import sqlite_driver

STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)\.sqlite3$")
FILE_MODE = 0o600
# Tables every DriveKit database has had since schema 0001.
REQUIRED_TABLES = ("alembic_version", "campaign", "signature", "withdrawal", "device")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime  # from the file name (UTC)
    size: int


def connect(path: Path | str, read_only: bool = False) -> Any:
    """A raw connection to a database file, outside the app's engine (copies, checks, repairs)."""
    if read_only:
        uri = Path(path).absolute().as_uri() + "?mode=ro"
        return sqlite_driver.connect(uri, uri=True, timeout=10)
    return sqlite_driver.connect(path, timeout=10)


def plain_os_error(err: OSError, path: Path) -> KnownError:
    import errno

    if err.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return DiskFull(_("The disk holding {parent} is full; the backup was not written.").format(parent=path.parent))
    return BadFile(_("Cannot write {path} ({reason}).").format(path=path, reason=err.strerror or err))


def backup_name(stem: str, when: datetime) -> str:
    return f"{stem}-{when.astimezone(timezone.utc).strftime(STAMP)}.sqlite3"


def list_backups(folder: Path, stem: str) -> list[BackupFile]:
    """The rotating backups of the database named `stem` in `folder`, newest first."""
    found: list[BackupFile] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        m = _NAME.match(entry.name)
        if m is None or m["stem"] != stem or not entry.is_file():
            continue
        made = datetime.strptime(m["stamp"], STAMP).replace(tzinfo=timezone.utc)
        found.append(BackupFile(Path(entry.path), made, entry.stat().st_size))
    found.sort(key=lambda b: b.made_at, reverse=True)
    return found


def copy_database(source: Path, target: Path, replace: bool = False) -> Path:
    """Copy the database file `source` (live or not) to `target` as one consistent, single-file
    database (rollback journal, not WAL), readable by its owner only. Never leaves half a file."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not replace and target.exists():
            raise BadFile(_("{target} already exists; it was not replaced.").format(target=target))
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        os.close(fd)
        src = connect(source, read_only=True)
        try:
            dst = sqlite_driver.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        os.chmod(tmp, FILE_MODE)
        fsync_file(tmp)
        os.replace(tmp, target)
        fsync_folder(target.parent)
    except sqlite_driver.DatabaseError as err:
        raise _sqlite_problem(err, source) from None
    except OSError as err:
        raise plain_os_error(err, target) from None
    finally:
        for side in ("", "-journal", "-wal", "-shm"):
            try:
                os.unlink(str(tmp) + side)
            except OSError:
                pass
    return target


def _sqlite_problem(err: Exception, path: Path) -> KnownError:
    text = str(err).lower()
    if "full" in text:
        return DiskFull(_("The disk is full; the copy of {name} was not written.").format(name=path.name))
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return BadFile(_("{path} is damaged ({err}); it cannot be copied.").format(path=path, err=err))
    return BadFile(_("{path} cannot be read as a database ({err}).").format(path=path, err=err))


def prune(folder: Path, stem: str, keep: int) -> list[Path]:
    """Delete the oldest rotating backups beyond the newest `keep`; returns what was deleted."""
    removed = []
    for old in list_backups(folder, stem)[max(1, keep):]:
        try:
            old.path.unlink()
            removed.append(old.path)
        except OSError:
            pass
    return removed


# -- checking ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class FileCheck:
    problems: tuple[str, ...]  # plain words, in the user's language; empty when the file is a sound DriveKit database
    schema: str | None
    damaged: bool = True  # False when the file is sound but not (or not yet) a DriveKit database

    @property
    def ok(self) -> bool:
        return not self.problems


def check_file(path: Path, full: bool = True, max_lines: int = 5) -> FileCheck:
    """Is `path` a sound DriveKit database? `full` runs integrity_check (reads every page and index),
    otherwise quick_check (page structure only: about ten times faster)."""
    path = Path(path)
    if not path.is_file():
        return FileCheck((_("{path} does not exist or is not a file").format(path=path),), None)
    try:
        with open(path, "rb") as fh:
            magic = fh.read(16)
    except OSError as err:
        return FileCheck((_("{path} cannot be read ({reason})").format(path=path, reason=err.strerror or err),), None)
    if magic != b"SQLite format 3\x00":
        return FileCheck((_("it is not an SQLite database file (its first bytes are wrong)"),), None)
    try:
        conn = connect(path, read_only=True)
    except sqlite_driver.DatabaseError as err:
        return FileCheck((_("it cannot be opened ({reason})").format(reason=err),), None)
    try:
        pragma = "integrity_check" if full else "quick_check"
        lines = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}({max_lines})")]
        if lines != ["ok"]:
            parts = [p.strip() for line in lines for p in line.splitlines()]
            parts = [p for p in parts if p and not p.startswith("***")]
            return FileCheck(tuple(_("damaged: {detail}").format(detail=p) for p in parts) or (_("damaged"),), None)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        missing = [t for t in REQUIRED_TABLES if t not in tables]
        if missing:
            return FileCheck((_("it is not a DriveKit database (no {tables} table)").format(tables=", ".join(missing)),),
                             None, damaged=False)
        versions = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
        if len(versions) != 1:
            return FileCheck((_("its schema version is missing"),), None, damaged=False)
        return FileCheck((), str(versions[0]))
    except sqlite_driver.DatabaseError as err:
        return FileCheck((_("damaged: {detail}").format(detail=" ".join(str(err).split())),), None)
    finally:
        conn.close()


# -- erasing withdrawn signers from a copy ----------------------------------------------------
@dataclass(frozen=True)
class Tombstone:
    """A withdrawal, as much as a copy needs to apply it: ids and times, never personal data."""

    signature: str
    campaign: str
    withdrawn_at: str  # ISO 8601, UTC
    device: str | None
    seq: int | None


def erase_in_file(path: Path, tombstones: Sequence[Tombstone], personal: Iterable[str],
                  secure_fts: bool) -> int:
    """Erase the signers of `tombstones` from the database file `path` in place (one transaction;
    freed space overwritten with zeros); returns how many rows held personal data. A tombstone is
    recorded for each, so that a later import cannot bring the signature back."""
    conn = connect(path)
    try:
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("PRAGMA journal_mode=DELETE")
        columns = {r[1] for r in conn.execute("PRAGMA table_info(signature)")}
        blank = [c for c in personal if c in columns] + [c for c in ("country", "duplicate_of") if c in columns]
        wcols = {r[1] for r in conn.execute("PRAGMA table_info(withdrawal)")}
        campaigns = {r[0] for r in conn.execute("SELECT id FROM campaign")}
        sets = ", ".join(f"{c} = NULL" for c in blank) + ", status = 'withdrawn', contact_consent = 0"
        has_fts = conn.execute("SELECT 1 FROM sqlite_master WHERE name='signature_fts'").fetchone() is not None
        erased = 0
        conn.execute("BEGIN IMMEDIATE")
        if has_fts and secure_fts:  # as migration 0006 does: an erased name leaves the index at once
            conn.execute("INSERT INTO signature_fts(signature_fts, rank) VALUES('secure-delete', 1)")
        for t in tombstones:
            cur = conn.execute(f"UPDATE signature SET {sets} WHERE uuid = ? AND status != 'withdrawn'", (t.signature,))
            erased += max(cur.rowcount, 0)
            if t.campaign in campaigns:
                row: dict[str, Any] = {"signature_uuid": t.signature, "campaign_id": t.campaign,
                                       "withdrawn_at": t.withdrawn_at, "reason": "",
                                       "device_id": t.device, "device_seq": t.seq}
                row = {k: v for k, v in row.items() if k in wcols}
                conn.execute(f"INSERT OR IGNORE INTO withdrawal ({', '.join(row)}) "
                             f"VALUES ({', '.join('?' for _ in row)})", tuple(row.values()))
        conn.execute("COMMIT")
        if erased and has_fts and not secure_fts:  # the old terms stay in the index's segments until merged
            conn.execute("INSERT INTO signature_fts(signature_fts) VALUES('optimize')")
            conn.commit()
        return erased
    except sqlite_driver.DatabaseError as err:
        raise _sqlite_problem(err, path) from None
    finally:
        conn.close()
