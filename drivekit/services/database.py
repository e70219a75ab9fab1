"""The database itself: where it is and which schema it has."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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

    @staticmethod
    def hub_url(host: str, port: int | None, database: str, user: str, service: str = "") -> str:
        """The URL of a shared PostgreSQL database, without a password (PGPASSWORD, ~/.pgpass or a
        service file give it; docs/postgresql-hub.md)."""
        from drivekit.storage.pg import hub_url

        return hub_url(host.strip(), port, database.strip(), user.strip(), service.strip())

    @staticmethod
    def hub_parts(url: str) -> dict[str, Any]:
        """host, port, database and user of a PostgreSQL URL (to show it in a form)."""
        from sqlalchemy.engine import make_url

        u = make_url(url)
        service = u.query.get("service", "")
        return {"host": u.host or "", "port": u.port, "database": u.database or "", "user": u.username or "",
                "service": service if isinstance(service, str) else service[0]}

    @staticmethod
    def without_password(url: str) -> tuple[str, bool]:
        from drivekit.storage.pg import without_password

        return without_password(url)

    @staticmethod
    def probe(url: str) -> DatabaseInfo:
        """Connect to the database at `url` and say what it holds, changing nothing; a KnownError
        in plain words when the server cannot be reached or refuses (the settings' Test button)."""
        db = Database(url)
        try:
            with db.engine.connect():
                pass
            return DatabaseService(db).info()
        finally:
            db.dispose()

    def info(self) -> DatabaseInfo:
        from drivekit.storage import sqlite_driver

        engine = f"SQLite {sqlite_driver.VERSION}" if self._db.is_sqlite else "PostgreSQL"
        return DatabaseInfo(self._db.display_name, current_revision(self._db), engine)
