"""What the safety net remembers beside the database file (`<database>.safety.json`, and the
withdrawal log `<database>.tombstones.jsonl`).

Withdrawal tombstones (signature ids only) and purged campaigns (ids) so that restoring an older backup re-applies every
withdrawal made since; this device's sequence high-water mark so that a restore never reuses a
number already sent in a bundle; where backups go and how many are kept; when the last backup was
made; and the file's size and time at its last good integrity check. Never personal data.
It lives outside the database on purpose: it must survive the database being damaged or replaced.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drivekit.storage.backup import FILE_MODE, Tombstone

KIND = "drivekit-safety"
VERSION = 1
DEFAULT_KEEP = 10


@dataclass
class SafetyState:
    latest_ns: int = 0  # when the newest withdrawal was recorded here (a copy older than this is stale)
    withdrawal_rowid: int = 0  # the database's withdrawal rows up to this id are in the tombstone log
    next_seq: dict[str, int] = field(default_factory=dict)  # this device's id -> next sequence number
    purged: dict[str, int] = field(default_factory=dict)  # campaign id -> when its purge was recorded here
    keep: int = DEFAULT_KEEP
    second_folder: str = ""
    last_backup: str = ""  # ISO 8601 UTC
    last_good: dict[str, int] = field(default_factory=dict)  # file size and mtime at the last good check
    backed_up: dict[str, int] = field(default_factory=dict)  # file size and mtime when the last backup was made

    def latest_withdrawal_ns(self) -> int:
        return max([self.latest_ns, *self.purged.values()])

    def latest_purge_ns(self) -> int:
        return max(self.purged.values(), default=0)

    def to_json(self) -> dict[str, Any]:
        return {"kind": KIND, "version": VERSION,
                "latest_ns": self.latest_ns, "withdrawal_rowid": self.withdrawal_rowid,
                "next_seq": self.next_seq, "purged": self.purged, "keep": self.keep, "second_folder": self.second_folder,
                "last_backup": self.last_backup, "last_good": self.last_good, "backed_up": self.backed_up}

    @classmethod
    def from_json(cls, doc: Any) -> SafetyState:
        state = cls()
        if not isinstance(doc, dict) or doc.get("kind") != KIND:
            return state
        state.latest_ns = int(doc.get("latest_ns") or 0)
        state.withdrawal_rowid = int(doc.get("withdrawal_rowid") or 0)
        state.next_seq = {str(k): int(v) for k, v in (doc.get("next_seq") or {}).items()}
        state.purged = {str(k): int(v) for k, v in (doc.get("purged") or {}).items()}
        state.keep = max(1, int(doc.get("keep") or DEFAULT_KEEP))
        state.second_folder = str(doc.get("second_folder") or "")
        state.last_backup = str(doc.get("last_backup") or "")
        state.last_good = {str(k): int(v) for k, v in (doc.get("last_good") or {}).items()}
        state.backed_up = {str(k): int(v) for k, v in (doc.get("backed_up") or {}).items()}
        return state


def state_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".safety.json")


def tombstones_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".tombstones.jsonl")


def load_tombstones(db_path: Path) -> dict[str, Tombstone]:
    """Every withdrawal recorded beside the database, by signature id (the log only grows, one line
    a withdrawal: [signature, campaign, withdrawn_at, device, seq]; a damaged line is skipped)."""
    found: dict[str, Tombstone] = {}
    try:
        with open(tombstones_path(db_path), encoding="utf-8") as fh:
            for line in fh:
                try:
                    signature, campaign, at, device, seq = json.loads(line)
                    found.setdefault(str(signature), Tombstone(str(signature), str(campaign), str(at), device, seq))
                except (ValueError, TypeError):
                    continue
    except OSError:
        pass
    return found


def append_tombstones(db_path: Path, tombstones: list[Tombstone]) -> None:
    """Add withdrawals to the log: appended and flushed to the disk, so recording one costs the
    same however many came before. Call under `updating` (one writer at a time)."""
    if not tombstones:
        return
    lines = "".join(json.dumps([t.signature, t.campaign, t.withdrawn_at, t.device, t.seq]) + "\n" for t in tombstones)
    fd = os.open(tombstones_path(db_path), os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
    try:
        os.write(fd, lines.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


def _read(db_path: Path) -> str:
    try:
        return state_path(db_path).read_text(encoding="utf-8")
    except OSError:
        return ""


def _parse(text: str) -> SafetyState:
    try:
        return SafetyState.from_json(json.loads(text)) if text else SafetyState()
    except ValueError:
        return SafetyState()


def load(db_path: Path) -> SafetyState:
    """The remembered state; a missing or unreadable file gives the defaults (never an error)."""
    return _parse(_read(db_path))


def _dumps(state: SafetyState) -> str:
    return json.dumps(state.to_json(), ensure_ascii=False, separators=(",", ":"))


def _write(path: Path, text: str) -> None:
    """Whole file or nothing: a temporary file in the same folder, fsynced, renamed into place."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        try:
            os.unlink(tmp)
        except OSError:
            pass


@contextmanager
def _locked(db_path: Path) -> Iterator[None]:
    """One writer of the state file at a time (the GUI and a command may both be running)."""
    lock = db_path.with_name(db_path.name + ".safety.lock")
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, FILE_MODE)
    try:
        try:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
        except ImportError:  # Windows: the GUI and a command rarely write it at the same moment
            pass
        yield
    finally:
        os.close(fd)


@contextmanager
def updating(db_path: Path) -> Iterator[SafetyState]:
    """Read, change and write back the state under a lock (not written when nothing changed: every
    command ends by remembering, and most change nothing)."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with _locked(db_path):
        before = _read(db_path)
        state = _parse(before)
        yield state
        after = _dumps(state)
        if after != before:
            _write(state_path(db_path), after)


def now_ns() -> int:
    return time.time_ns()


class InUse:
    """Held (shared) by every DriveKit process using a database file, for as long as it does, so
    that a restore (which needs it alone) is refused while the app or a command has it open."""

    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".inuse.lock")
        self._fd: int | None = None

    def _lock(self, exclusive: bool) -> bool:
        try:
            import fcntl
        except ImportError:  # Windows: the file itself cannot be replaced while open there
            return True
        if self._fd is None:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        try:
            fcntl.flock(self._fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def share(self) -> bool:
        """Take the shared hold; False if a restore holds it alone right now."""
        try:
            return self._lock(exclusive=False)
        except OSError:  # a read-only folder: nothing to hold, nothing can be restored there either
            return True

    def alone(self) -> bool:
        """Take it alone; False while any other DriveKit process uses the database."""
        return self._lock(exclusive=True)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
