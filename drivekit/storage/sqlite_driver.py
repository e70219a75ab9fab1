"""The one SQLite library every DriveKit connection goes through: sqlean.py, not Python's sqlite3.

Python's own sqlite3 carries whatever SQLite the interpreter was built with (3.40 on Debian 12,
older on some Windows and macOS installs). Erasing a withdrawn signer from the search index
without rebuilding it needs FTS5 `secure-delete` (SQLite >= 3.44). sqlean.py is a maintained,
drop-in build of the sqlite3 module with a current SQLite (3.50) on every platform, so the
same SQLite runs on every laptop whatever Python it has. See docs/privacy.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlean.dbapi2 as dbapi

# The module SQLAlchemy is given (create_engine(module=...)) and raw connections use.
DBAPI: Any = dbapi
Connection = Any  # sqlean's Connection has no type stubs
OperationalError: type[Exception] = dbapi.OperationalError
DatabaseError: type[Exception] = dbapi.DatabaseError
VERSION: str = dbapi.sqlite_version
VERSION_INFO: tuple[int, ...] = tuple(dbapi.sqlite_version_info)
# SQLite's default host-parameter limit since 3.32; sqlean's module has no getlimit() to ask.
DEFAULT_VARIABLE_LIMIT = 32766


def has_fts_secure_delete() -> bool:
    """FTS5 `secure-delete` (3.44): a deleted row's terms are removed from the index at once."""
    return VERSION_INFO >= (3, 44, 0)


def connect(path: str | Path, **kwargs: Any) -> Any:
    """A raw connection through the same SQLite as the engine's."""
    return dbapi.connect(str(path), **kwargs)


def variable_limit(raw: Any) -> int:
    """How many `?` one statement may hold on this connection."""
    getlimit = getattr(raw, "getlimit", None)
    if getlimit is not None:
        return int(getlimit(9))  # SQLITE_LIMIT_VARIABLE_NUMBER
    return DEFAULT_VARIABLE_LIMIT
