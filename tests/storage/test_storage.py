"""Durability pragmas, migrations at start-up, refusal of newer or foreign files, the golden database."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drivekit.errors import BadFile, DatabaseTooNew
from drivekit.services import build_services
from drivekit.storage import migrate, sqlite_driver
from drivekit.storage.db import Database

DATA = Path(__file__).resolve().parents[1] / "data"


def test_every_connection_is_durable(services) -> None:  # type: ignore[no-untyped-def]
    with services.db.engine.connect() as conn:
        pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") >= 5000
        assert pragma("secure_delete") == 1


def test_a_database_from_a_newer_drivekit_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    db.dispose()
    with sqlite_driver.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = path.read_bytes()
    db = Database(f"sqlite:///{path}")
    with pytest.raises(DatabaseTooNew, match="newer version of DriveKit"):
        migrate.upgrade(db)
    db.dispose()
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("shopping list: milk, eggs\n" * 200)
    db = Database(f"sqlite:///{path}")
    with pytest.raises(BadFile, match="not a DriveKit database"):
        migrate.upgrade(db)
    db.dispose()


def golden_files() -> list[Path]:
    return sorted(DATA.glob("schema-*.sqlite3"))


def test_there_is_a_golden_database_for_the_first_schema() -> None:
    assert DATA / "schema-0001.sqlite3" in golden_files()


@pytest.mark.parametrize("golden", golden_files(), ids=lambda p: p.name)
def test_every_golden_database_opens_upgrades_and_keeps_its_data(golden: Path, tmp_path: Path) -> None:
    path = tmp_path / golden.name
    shutil.copy(golden, path)
    db = Database(f"sqlite:///{path}")
    was = migrate.current_revision(db)
    migrate.upgrade(db)
    assert migrate.current_revision(db) == migrate.head_revision()
    if was != migrate.head_revision():
        assert list(tmp_path.glob(f"{path.stem}.before-*")), "a backup is made before upgrading"
    svc = build_services(db)
    (campaign,) = svc.campaigns.list()
    assert campaign.title == "Golden campaign"
    stats = svc.stats.stats(campaign.id)
    assert (stats.total, stats.unique_signers, stats.duplicates, stats.withdrawn) == (5, 3, 1, 1)
    assert {r.last_name for r in svc.signatures.list(campaign.id, search="lukas")} == {"Łukasiewicz", "Lukasiewicz"}
    db.dispose()


def test_schema_head_constant_matches_the_migration_scripts() -> None:
    assert migrate.SCHEMA_HEAD == migrate.head_revision()
