"""The database itself: where it is and which schema it has."""

from __future__ import annotations

from dataclasses import dataclass

from drivekit.storage.db import Database
from drivekit.storage.migrate import current_revision


@dataclass(frozen=True)
class DatabaseInfo:
    display_name: str  # the file, or the URL without its password
    schema: str | None  # the alembic revision it is at
    engine: str = ""  # e.g. "SQLite 3.50.4" (sqlean's, on every platform; docs/privacy.md)


class DatabaseService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def info(self) -> DatabaseInfo:
        from drivekit.storage import sqlite_driver

        engine = f"SQLite {sqlite_driver.VERSION}" if self._db.is_sqlite else "PostgreSQL"
        return DatabaseInfo(self._db.display_name, current_revision(self._db), engine)
