"""Schema migrations run by the app at start-up: back up the file, upgrade, refuse newer schemas."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.exc import DatabaseError

from drivekit.errors import DatabaseTooNew
from drivekit.storage.db import Database, translate_db_error

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _alembic_config() -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    try:
        with db.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except DatabaseError as err:
        known = translate_db_error(err, db.display_name)
        if known is not None:
            raise known from err
        raise


def backup_sqlite_file(path: Path, suffix: str) -> Path:
    """Consistent copy of a live SQLite file (WAL included) next to it."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.{suffix}-{stamp}{path.suffix}")
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def upgrade(db: Database) -> str:
    """Bring the schema to head; returns the revision. Refuses a database from a newer DriveKit."""
    cfg = _alembic_config()
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    current = current_revision(db)
    if current == head:
        return head
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseTooNew(
            f"The database {db.display_name} was written by a newer version of DriveKit "
            f"(schema {current}); please install the newer version. Nothing was changed."
        )
    path = db.sqlite_path
    if current is not None and path is not None and path.exists():
        backup_sqlite_file(path, f"before-{head}")
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    assert head is not None
    return head

