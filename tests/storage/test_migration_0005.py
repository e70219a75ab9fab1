"""Schema 0004 -> 0005: postcodes saved as typed get their one stored form, and search finds them by it."""

from __future__ import annotations

from pathlib import Path

from drivekit.domain.validation import SignerInput
from drivekit.services import build_services
from drivekit.storage import migrate
from tests.storage.revisions import database_at


def test_postcodes_stored_as_typed_before_get_their_one_form(tmp_path: Path) -> None:
    db = database_at(tmp_path / "old.sqlite3", "0004", lambda conn: conn.exec_driver_sql(
        "INSERT INTO device (id, name, is_self, next_seq, exported_seq, created_at, relay) "
        "VALUES ('00000000-0000-4000-8000-000000000001', 'old', 1, 1, 0, '2026-12-01 10:00:00', 0)"))
    svc = build_services(db)
    c = svc.campaigns.create("Pool", "Keep the pool open.", 10, "Swimmers", "SE")
    typed = {"Astrid": "114 55", "Britt": "１１４５５", "Cecil": "SW1A 1AA 1AA", "Dagny": "11455"}
    saved = {}
    for first in typed:
        saved[first] = svc.signatures.save(c.id, SignerInput(first_name=first, last_name="Lind", postcode="11455",
                                                             city="Stockholm", petition_consent=True)).uuid
    with db.engine.begin() as conn:  # what DriveKit at 0004 stored: the postcode as it was typed
        for first, postcode in typed.items():
            country = "GB" if first == "Cecil" else "SE"
            conn.exec_driver_sql("UPDATE signature SET postcode = ?, country = ?, search_text = ?, person_key = ? "
                                 "WHERE uuid = ?", (postcode, country, f"{first.lower()} lind {postcode}",
                                                    f"{first.lower()}lind|{postcode.replace(' ', '')}", saved[first]))

    assert migrate.upgrade(db) == migrate.SCHEMA_HEAD == "0005"
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
