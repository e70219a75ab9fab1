"""Schema 0010 -> 0011: a campaign a laptop installed before is known as installed (sealing applies there)."""

from __future__ import annotations

from pathlib import Path

from drivekit.storage import migrate
from tests.storage.revisions import database_at, insert_campaign

KEYS = '[{"sign": "AAAA", "box": "AAAA", "fingerprint": "AAAA-AAAA-AAAA-AAAA-AAAA"}]'


def test_campaigns_installed_from_a_file_before_0011_are_marked_installed(tmp_path: Path) -> None:
    def at_0010(conn) -> None:  # type: ignore[no-untyped-def]
        for cid in ("laptop", "organiser", "local"):
            insert_campaign(conn, cid, title=cid)
        conn.exec_driver_sql(f"UPDATE campaign SET organiser_keys = '{KEYS}' WHERE id IN ('laptop', 'organiser')")
        conn.exec_driver_sql("INSERT INTO audit_entry (at, campaign_id, action, details) "
                             "VALUES ('2026-12-01 10:00:00', 'organiser', 'campaign.exported', '{}')")

    db = database_at(tmp_path / "old.sqlite3", "0010", at_0010)
    assert migrate.upgrade(db) == migrate.SCHEMA_HEAD
    with db.engine.connect() as conn:
        rows = dict(conn.exec_driver_sql("SELECT id, installed_at IS NOT NULL FROM campaign").all())
        sealed = {r[0] for r in conn.exec_driver_sql("SELECT sealed FROM campaign")}
    assert rows == {"laptop": 1, "organiser": 0, "local": 0}
    assert sealed == {0}  # nobody seals until the organiser says so
    db.dispose()
