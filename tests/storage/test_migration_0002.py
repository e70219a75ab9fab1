"""Schema 0001 -> 0002 (sync versions and ranges) keeps every row, the search index and its triggers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drivekit.services import build_services
from drivekit.storage import migrate
from drivekit.storage.db import Database
from tests.storage.revisions import database_at

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "schema-0001.sqlite3"


def _fill_0001(conn) -> None:  # type: ignore[no-untyped-def]
    conn.exec_driver_sql(
        "INSERT INTO campaign (id, title, text, goal, organisation, country, consent_text, consent_version, "
        "required_fields, organiser_keys, revision, created_at, updated_at) VALUES ('c1', 'Old', 'text', 10, '', "
        "'GB', '', '', '[\"name\"]', '[]', 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00')")
    conn.exec_driver_sql(
        "INSERT INTO device (id, name, is_self, next_seq, exported_seq, created_at) "
        "VALUES ('d1', 'old laptop', 1, 2, 0, '2026-01-01 00:00:00')")
    conn.exec_driver_sql(
        "INSERT INTO signature (uuid, campaign_id, device_id, device_seq, signed_at, first_name, last_name, "
        "postcode, city, country, petition_consent, contact_consent, consent_version, source, status, reviewed, "
        "search_text, created_at, updated_at) VALUES ('u1', 'c1', 'd1', 1, '2026-01-02 10:00:00', 'Olwen', "
        "'Oldrow', 'SW1A 1AA', 'London', 'GB', 1, 0, '', 'volunteer', 'valid', 0, 'olwen oldrow sw1a 1aa "
        "sw1a1aa london', '2026-01-02 10:00:00', '2026-01-02 10:00:00')")


def _db_at_0001_with_data(path: Path) -> None:
    database_at(path, "0001", _fill_0001).dispose()


@pytest.mark.parametrize("source", ["built", "golden"])
def test_upgrade_from_0001_keeps_data_and_syncs(source: str, tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    if source == "golden":
        if not GOLDEN.exists():
            pytest.skip("tests/data/schema-0001.sqlite3 is added by the lead")
        shutil.copy(GOLDEN, path)
    else:
        _db_at_0001_with_data(path)
    db = Database(f"sqlite:///{path}")
    assert migrate.current_revision(db) == "0001"
    assert migrate.upgrade(db) == migrate.head_revision()
    svc = build_services(db)
    [campaign] = svc.campaigns.list()
    rows = svc.signatures.list(campaign.id)
    assert rows
    if source == "built":
        assert (rows[0].first_name, rows[0].city) == ("Olwen", "London")
        assert [r.uuid for r in svc.signatures.list(campaign.id, search="oldro")] == ["u1"]
        svc.signatures.edit("u1", {"city": "Camden"})
        assert [r.uuid for r in svc.signatures.list(campaign.id, search="camden")] == ["u1"]
    result = svc.sync.export_bundle(tmp_path / "b.dkb", campaign.id, everything=True)
    assert result.signatures == len(rows)
    assert list(tmp_path.glob("old.before-*.sqlite3")), "a backup is made before upgrading"
    db.dispose()
