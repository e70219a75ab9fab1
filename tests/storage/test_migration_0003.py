"""Schema 0002 -> 0003: narrow duplicate-key indexes that finding duplicates still uses."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from drivekit.domain.validation import SignerInput
from drivekit.services import build_services
from drivekit.storage import duplicate_marks, migrate
from drivekit.storage.db import Database
from tests.storage.revisions import OLD_DEVICE, database_at, insert_campaign, insert_signature


def _indexes(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='signature'")}


def test_upgrade_from_0002_keeps_signatures_and_finds_their_duplicates(tmp_path: Path) -> None:
    # This device, the campaign and a signature as DriveKit at 0002 saved them (today's model has
    # columns 0002 lacks).
    saved: list[str] = []

    def at_0002(conn) -> None:  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("INSERT INTO device (id, name, is_self, next_seq, exported_seq, created_at) "
                             f"VALUES ('{OLD_DEVICE}', 'old', 1, 2, 0, '2026-11-28 10:00:00')")
        insert_campaign(conn, "c0000000-0000-4000-8000-000000000001")
        saved.append(insert_signature(conn, "c0000000-0000-4000-8000-000000000001", 1, "Ann", "Lee",
                                      "ann@example.org", "SW1A 1AA"))

    db = database_at(tmp_path / "old.sqlite3", "0002", at_0002)
    svc = build_services(db)
    c, first = SimpleNamespace(id="c0000000-0000-4000-8000-000000000001"), SimpleNamespace(uuid=saved[0])
    assert "ix_signature_campaign_email_key" in _indexes(db)
    assert migrate.upgrade(db) == migrate.SCHEMA_HEAD
    assert {"ix_signature_email_key", "ix_signature_person_key"} <= _indexes(db)
    assert "ix_signature_campaign_email_key" not in _indexes(db)
    again = svc.signatures.save(c.id, SignerInput(first_name="ANN", last_name="Lee", email="Ann@Example.org",
                                                  petition_consent=True))
    assert (again.status, again.duplicate_of) == ("possible_duplicate", first.uuid)
    assert sorted(r.uuid for r in svc.signatures.list(c.id)) == sorted([first.uuid, again.uuid])
    db.dispose()


def test_finding_duplicates_looks_keys_up_in_their_own_index(make_services) -> None:  # type: ignore[no-untyped-def]
    """Not by walking every signature of the campaign: that would make every save and import
    slower the bigger the campaign."""
    svc = make_services()
    c = svc.campaigns.create("Pool", "Keep the pool open.", 10, "Swimmers", "GB")
    for i in range(30):
        svc.signatures.save(c.id, SignerInput(first_name=f"P{i}", last_name="Lee", email=f"p{i}@example.org",
                                              postcode="SW1A 1AA", petition_consent=True))
    statements: list[str] = []
    with svc.db.session() as s:
        raw = s.connection().connection.dbapi_connection
        raw.set_trace_callback(statements.append)
        duplicate_marks.decide(s, c.id, [], also={"email_key": {"p3@example.org", "p5@example.org", "x@example.org"},
                                          "person_key": {"p4lee|SW1A1AA", "p6lee|SW1A1AA", "xlee|E16AN"}})
        raw.set_trace_callback(None)
        lookups = [q for q in statements if q.lstrip().upper().startswith("SELECT") and "_key IN" in q]
        assert lookups
        for q in lookups:
            plan = " ".join(str(r[-1]) for r in raw.execute("EXPLAIN QUERY PLAN " + q))
            assert "ix_signature_email_key" in plan and "ix_signature_person_key" in plan, plan
            assert "campaign" not in plan and "SCAN" not in plan, plan
