"""Schema 0011 -> 0012: the index that sorts a campaign by last name, on the signatures already there."""

from __future__ import annotations

from pathlib import Path

from drivekit.services import build_services
from drivekit.storage import migrate
from drivekit.storage.db import Database
from tests.storage.revisions import OLD_DEVICE, database_at, downgrade_to, insert_campaign, insert_signature


def _indexes(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='signature'")}


def test_upgrade_from_0011_sorts_the_signatures_already_there_by_last_name(tmp_path: Path) -> None:
    cid = "c0000000-0000-4000-8000-000000000001"
    names = ["Zoë", "Ødegaard", "Lee", "Łukasiewicz", "Adams", "Петров", "李"]

    def at_0011(conn) -> None:  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("INSERT INTO device (id, name, is_self, next_seq, exported_seq, created_at, relay) "
                             f"VALUES ('{OLD_DEVICE}', 'old', 1, 20, 0, '2026-11-28 10:00:00', 0)")
        insert_campaign(conn, cid)
        for seq, last in enumerate(names, start=1):
            insert_signature(conn, cid, seq, "Ann", last)
        insert_signature(conn, cid, 10, None, None, status="withdrawn")  # erased: stays last

    db = database_at(tmp_path / "old.sqlite3", "0011", at_0011)
    assert "ix_signature_last_name" not in _indexes(db)
    assert migrate.upgrade(db) == migrate.SCHEMA_HEAD
    assert "ix_signature_last_name" in _indexes(db)
    svc = build_services(db)
    shown = [r.last_name for r in svc.signatures.fetch(svc.signatures.ids(cid, order_by="last_name"))]
    assert shown == [*sorted(names), None]  # code points, as SQLite compares text; withdrawn last
    back = [r.last_name for r in svc.signatures.fetch(svc.signatures.ids(cid, order_by="last_name", descending=True))]
    assert back == [*sorted(names, reverse=True), None]
    downgrade_to(db, "0011")
    assert "ix_signature_last_name" not in _indexes(db)
    db.dispose()
