"""What the safety net remembers beside the database file (`<database>.safety.json`).

Withdrawal tombstones (signature ids only) so that restoring an older backup re-applies every
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
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from drivekit.storage.backup import FILE_MODE, Tombstone

KIND = "drivekit-safety"
VERSION = 1
DEFAULT_KEEP = 10


@dataclass
class SafetyState:
    tombstones: dict[str, Tombstone] = field(default_factory=dict)  # by signature id
    recorded_ns: dict[str, int] = field(default_factory=dict)  # signature id -> when it was recorded here
    next_seq: dict[str, int] = field(default_factory=dict)  # this device's id -> next sequence number
    keep: int = DEFAULT_KEEP
    second_folder: str = ""
    last_backup: str = ""  # ISO 8601 UTC
    last_good: dict[str, int] = field(default_factory=dict)  # file size and mtime at the last good check
    backed_up: dict[str, int] = field(default_factory=dict)  # file size and mtime when the last backup was made

    def latest_withdrawal_ns(self) -> int:
        return max(self.recorded_ns.values(), default=0)

    def to_json(self) -> dict[str, Any]:
        return {"kind": KIND, "version": VERSION,
                "tombstones": [{**asdict(t), "recorded_ns": self.recorded_ns.get(t.signature, 0)}
                               for t in self.tombstones.values()],
                "next_seq": self.next_seq, "keep": self.keep, "second_folder": self.second_folder,
                "last_backup": self.last_backup, "last_good": self.last_good, "backed_up": self.backed_up}

    @classmethod
    def from_json(cls, doc: Any) -> SafetyState:
        state = cls()
        if not isinstance(doc, dict) or doc.get("kind") != KIND:
            return state
        for item in doc.get("tombstones") or []:
            try:
                t = Tombstone(str(item["signature"]), str(item["campaign"]), str(item["withdrawn_at"]),
                              item.get("device"), item.get("seq"))
            except (KeyError, TypeError):
                continue
            state.tombstones[t.signature] = t
            state.recorded_ns[t.signature] = int(item.get("recorded_ns") or 0)
        state.next_seq = {str(k): int(v) for k, v in (doc.get("next_seq") or {}).items()}
        state.keep = max(1, int(doc.get("keep") or DEFAULT_KEEP))
        state.second_folder = str(doc.get("second_folder") or "")
        state.last_backup = str(doc.get("last_backup") or "")
        state.last_good = {str(k): int(v) for k, v in (doc.get("last_good") or {}).items()}
        state.backed_up = {str(k): int(v) for k, v in (doc.get("backed_up") or {}).items()}
        return state


def state_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".safety.json")


def load(db_path: Path) -> SafetyState:
    """The remembered state; a missing or unreadable file gives the defaults (never an error)."""
    try:
        return SafetyState.from_json(json.loads(state_path(db_path).read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return SafetyState()


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
    """Read, change and write back the state under a lock."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with _locked(db_path):
        state = load(db_path)
        yield state
        _write(state_path(db_path), json.dumps(state.to_json(), indent=1, ensure_ascii=False))


def now_ns() -> int:
    return time.time_ns()
