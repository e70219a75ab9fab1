"""Schema 0004 -> 0005: postcodes saved as typed get their one stored form, and search finds them by it."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from drivekit.services import build_services
from drivekit.storage import migrate
from tests.storage.revisions import OLD_DEVICE, database_at, insert_campaign, insert_signature


def test_postcodes_stored_as_typed_before_get_their_one_form(tmp_path: Path) -> None:
    typed = {"Astrid": "114 55", "Britt": "１１４５５", "Cecil": "SW1A 1AA 1AA", "Dagny": "11455"}

    def at_0004(conn) -> None:  # type: ignore[no-untyped-def]  # what DriveKit at 0004 stored: the postcode as typed
        conn.exec_driver_sql("INSERT INTO device (id, name, is_self, next_seq, exported_seq, created_at, relay) "
                             f"VALUES ('{OLD_DEVICE}', 'old', 1, 5, 0, '2026-12-01 10:00:00', 0)")
        insert_campaign(conn, "c0000000-0000-4000-8000-000000000001", country="SE")
        for seq, (first, postcode) in enumerate(typed.items(), 1):
            insert_signature(conn, "c0000000-0000-4000-8000-000000000001", seq, first, "Lind", None, postcode,
                             "Stockholm", "GB" if first == "Cecil" else "SE", f"{first.lower()} lind {postcode}",
                             f"{first.lower()}lind|{postcode.replace(' ', '')}")

    db = database_at(tmp_path / "old.sqlite3", "0004", at_0004)
    svc = build_services(db)
    c = SimpleNamespace(id="c0000000-0000-4000-8000-000000000001")

    assert migrate.upgrade(db) == migrate.SCHEMA_HEAD
    with db.engine.connect() as conn:
        rows = {r[0]: r[1:] for r in conn.exec_driver_sql(
            "SELECT first_name, postcode, search_text, person_key FROM signature")}
    assert rows["Astrid"] == ("11455", "astrid lind 11455 11455 stockholm", "astridlind|11455")
    assert rows["Britt"] == ("11455", "britt lind 11455 11455 stockholm", "brittlind|11455")
    assert rows["Dagny"][0] == "11455"
    assert rows["Cecil"][0] == "SW1A 1AA 1AA"  # refused today: kept for review, never dropped
    found = {r.first_name for r in svc.signatures.list(c.id, search="11455")}
    assert found == {"Astrid", "Britt", "Dagny"}
    db.dispose()
