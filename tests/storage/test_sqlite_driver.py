"""Every connection runs on sqlean's SQLite (FTS5 secure-delete), never on the interpreter's own."""

from __future__ import annotations

import ast
from pathlib import Path

from drivekit.domain.validation import SignerInput
from drivekit.storage import migrate, sqlite_driver
from drivekit.storage.db import Database
from tests.storage.revisions import database_at

ROOT = Path(__file__).resolve().parents[2]


def _fts_secure_delete(db: Database) -> int:
    with db.engine.connect() as conn:
        value = conn.exec_driver_sql("SELECT v FROM signature_fts_config WHERE k = 'secure-delete'").scalar()
    return int(value or 0)


def test_the_engine_runs_on_an_sqlite_with_fts_secure_delete(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    migrate.upgrade(db)
    with db.engine.connect() as conn:
        version = conn.exec_driver_sql("SELECT sqlite_version()").scalar()
    assert tuple(int(p) for p in str(version).split(".")) >= (3, 44, 0)
    assert _fts_secure_delete(db) == 1
    db.dispose()


def test_nothing_opens_a_database_through_pythons_own_sqlite3() -> None:
    # Two SQLite libraries in one process do not see each other's locks: closing one's file
    # handle drops the other's, and a checkpoint can then run under a reader (corruption).
    offenders = []
    for folder in ("drivekit", "tests", "benchmarks", "packaging"):
        for path in (ROOT / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                    [node.module or ""] if isinstance(node, ast.ImportFrom) else []
                if any(n == "sqlite3" or n.startswith("sqlite3.") for n in names):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_a_database_made_on_an_older_sqlite_gets_secure_delete_and_withdrawals_rebuild_nothing(
        tmp_path: Path) -> None:
    from drivekit.services import build_services

    def as_old_sqlite_made_it(conn) -> None:  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("INSERT INTO signature_fts(signature_fts, rank) VALUES('secure-delete', 0)")

    db = database_at(tmp_path / "old.sqlite3", "0005", as_old_sqlite_made_it)
    assert _fts_secure_delete(db) == 0
    assert migrate.upgrade(db) == migrate.SCHEMA_HEAD
    assert _fts_secure_delete(db) == 1

    services = build_services(db)
    c = services.campaigns.create("Pool", "Keep the pool open.", 10)
    saved = services.signatures.save(c.id, SignerInput(first_name="Ottoline", last_name="Brambury",
                                                       petition_consent=True))
    statements: list[str] = []
    from sqlalchemy import event

    def seen(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    services.signatures.withdraw(saved.uuid)
    event.remove(db.engine, "before_cursor_execute", seen)
    assert not [s for s in statements if "optimize" in s or "rebuild" in s]
    assert any("wal_checkpoint(TRUNCATE)" in s for s in statements)
    assert services.signatures.list(c.id, search="Brambury") == []
    db.dispose()


def test_the_driver_reports_its_version() -> None:
    assert sqlite_driver.has_fts_secure_delete()
    assert sqlite_driver.VERSION.startswith(f"{sqlite_driver.VERSION_INFO[0]}.")
