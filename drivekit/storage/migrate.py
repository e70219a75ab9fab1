"""Schema migrations run by the app at start-up: back up the file, upgrade, refuse newer schemas."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.exc import DatabaseError

from drivekit.errors import DatabaseTooNew
from drivekit.i18n import _
from drivekit.storage import sqlite_driver
from drivekit.storage.db import Database, translate_db_error

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest migration; checked against the scripts by a test. Lets start-up skip importing
# alembic (a fifth of a second) when the database is already current.
SCHEMA_HEAD = "0012"


def _alembic_config() -> AlembicConfig:
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every schema revision this DriveKit can read (and upgrade from)."""
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}


def current_revision(db: Database) -> str | None:
    try:
        with db.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            versions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
            return versions[0] if len(versions) == 1 else None
    except DatabaseError as err:
        known = translate_db_error(err, db.display_name)
        if known is not None:
            raise known from err
        raise


def backup_sqlite_file(path: Path, suffix: str) -> Path:
    """Consistent copy of a live SQLite file (WAL included) next to it."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.{suffix}-{stamp}{path.suffix}")
    src = sqlite_driver.connect(path)
    try:
        dst = sqlite_driver.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def upgrade(db: Database, backup: bool = True) -> str:
    """Bring the schema to head; returns the revision. Refuses a database from a newer DriveKit.
    `backup=False` for a copy that is itself being restored or repaired."""
    current = current_revision(db)
    if current == SCHEMA_HEAD:
        return current
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = _alembic_config()
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    assert head is not None  # the package always ships its migrations
    if current == head:
        return head
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseTooNew(
            _("The database {database} was written by a newer version of DriveKit (schema {current}); please "
              "install the newer version. Nothing was changed.").format(database=db.display_name, current=current)
        )
    path = db.sqlite_path
    if backup and current is not None and path is not None and path.exists():
        backup_sqlite_file(path, f"before-{head}")
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    assert head is not None
    return head

