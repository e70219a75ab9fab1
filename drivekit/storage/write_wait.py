"""A writer is waiting: the cross-process signal a long writer (a sync import) watches to let others in.

SQLite tells a writer that the lock is taken, never that someone else wants it. So a writer that
finds the lock taken (`db.begin_write`) touches a file beside the database, `<database>-wait`,
every time it asks again; the import, which holds the lock for many small steps in one
transaction, compares the file's modification time with what it was when its transaction began
and commits after the step in hand as soon as it changes. With no one waiting it keeps writing
(large transactions: fewer commits, index pages and search-index segments written once); with
someone waiting, the wait is one small step.

The file is empty and holds nothing but its time. Touching it costs a system call (microseconds),
made only while a writer is actually kept waiting; watching it costs one `stat`. A writer that
cannot touch it (a read-only folder: no write would succeed there anyway) waits as before.
Times are compared for change, never for order, so clocks of different processes never matter.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

SUFFIX = "-wait"


def signal_path(database: Path | str) -> Path:
    return Path(f"{database}{SUFFIX}")


def raise_signal(path: Path) -> None:
    """Say that a writer is waiting for the lock now (touch the file, making it if missing)."""
    now = time.time_ns()
    try:
        os.utime(path, ns=(now, now))
    except FileNotFoundError:
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
            os.utime(path, ns=(now, now))
        except OSError:
            pass
    except OSError:
        pass


def stamp(path: Path) -> int | None:
    """What the signal says now; compare a later stamp with it (`raised_since`)."""
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None


def raised_since(path: Path, before: int | None) -> bool:
    """Whether a writer has asked for the lock since `before` was read."""
    return stamp(path) != before
