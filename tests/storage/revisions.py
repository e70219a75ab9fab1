"""Databases left at an older schema revision, as an earlier DriveKit wrote them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from alembic import command

from drivekit.storage import migrate
from drivekit.storage.db import Database


def database_at(path: Path, revision: str, fill: Callable[[Any], None] | None = None) -> Database:
    """A new SQLite file migrated only up to `revision`; `fill(connection)` adds rows in the same transaction."""
    db = Database(f"sqlite:///{path}")
    cfg = migrate._alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        if fill is not None:
            fill(conn)
    return db


def database_at_url(url: str, revision: str, fill: Callable[[Any], None] | None = None) -> Database:
    """`database_at` for any database URL (a PostgreSQL hub left at an older revision)."""
    db = Database(url)
    cfg = migrate._alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        if fill is not None:
            fill(conn)
    return db


def downgrade_to(db: Database, revision: str) -> None:
    cfg = migrate._alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
