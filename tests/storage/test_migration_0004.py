"""Schema 0003 -> 0004: devices that already sent bundles stay trusted, with the key they were seen with."""

from __future__ import annotations

from pathlib import Path

from drivekit.services import build_services
from drivekit.storage import migrate
from drivekit.storage.db import Database
from tests.storage.revisions import database_at
from tests.sync.conftest import signer


def test_laptops_that_sent_bundles_before_enrolment_existed_are_enrolled_with_their_key(make_services,  # type: ignore[no-untyped-def]
                                                                                         tmp_path: Path) -> None:
    from drivekit.sync.fileformat.keys import generate_organiser_keys

    # A laptop of today, whose first bundle an organiser imported before enrolment existed.
    setup = make_services("setup")
    c = setup.campaigns.create("Pool", "Keep the pool open.", 10)
    generate_organiser_keys(tmp_path / "keys")
    key = tmp_path / "keys" / "organiser.key"
    setup.sync.export_campaign(c.id, tmp_path / "c.dkc", key)
    lap = make_services("laptop")
    lap.sync.import_campaign(tmp_path / "c.dkc")
    lap.signatures.save(c.id, signer("Ann", "Lee"))
    lap.sync.export_bundle(tmp_path / "1.dkb", c.id)
    me = lap.sync.identity()

    def old_organiser(conn) -> None:  # type: ignore[no-untyped-def]
        at = "'2026-11-30 09:00:00'"
        conn.exec_driver_sql("INSERT INTO device (id, name, public_key, is_self, next_seq, exported_seq, created_at) "
                             f"VALUES ('org', 'desk', NULL, 1, 1, 0, {at})")
        rows = [(me.id, me.name, me.public_key), ("relay", "other organiser", b"r" * 32),
                ("seen", "laptop seen only through the relay", b"s" * 32), ("nokey", "", None)]
        for device_id, name, public in rows:
            conn.exec_driver_sql("INSERT INTO device (id, name, public_key, is_self, next_seq, exported_seq, "
                                 f"created_at) VALUES (?, ?, ?, 0, 1, 0, {at})", (device_id, name, public))
        for bundle, device_id, ranges in (("b1", me.id, [(me.id, 1, 1)]),
                                          ("b2", "relay", [("relay", 1, 3), ("seen", 1, 9)])):
            conn.exec_driver_sql("INSERT INTO sync_import (bundle_id, device_id, campaign_id, seq_from, seq_to, "
                                 f"file_name, imported_at, counts) VALUES (?, ?, 'c', 1, 1, 'f.dkb', {at}, '{{}}')",
                                 (bundle, device_id))
            for ranged, lo, hi in ranges:
                conn.exec_driver_sql("INSERT INTO sync_range (device_id, campaign_id, seq_from, seq_to, bundle_id) "
                                     "VALUES (?, 'c', ?, ?, ?)", (ranged, lo, hi, bundle))

    db = database_at(tmp_path / "old-org.sqlite3", "0003", old_organiser)
    assert migrate.upgrade(db) == migrate.SCHEMA_HEAD
    db.dispose()
    org = build_services(Database(f"sqlite:///{tmp_path / 'old-org.sqlite3'}"))
    trust = {d.id: d.trust for d in org.sync.devices()}
    assert trust == {"org": "this device", me.id: "enrolled", "relay": "relay", "seen": "not enrolled",
                     "nokey": "not enrolled"}
    # The laptop's next bundle goes straight in, with no question asked.
    org.sync.import_campaign(tmp_path / "c.dkc")
    lap.signatures.save(c.id, signer("Bob", "Ray"))
    [report] = org.sync.import_bundles([Path(lap.sync.export_bundle(tmp_path / "2.dkb", c.id).path)], key_path=key)
    assert (report.outcome, report.enrolment, report.new) == ("imported", "", 1)
    org.db.dispose()
