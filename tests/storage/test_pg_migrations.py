"""The same alembic history makes and upgrades a PostgreSQL hub (schema, data and search)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from drivekit.services import build_services
from drivekit.storage import migrate
from drivekit.storage.db import Database
from tests.pg import fresh_database
from tests.storage.revisions import database_at_url, downgrade_to
from tests.sync.conftest import signer

pytestmark = pytest.mark.postgres


def _index_names(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(conn.execute(text("SELECT indexname FROM pg_indexes WHERE tablename = 'signature'")).scalars())


def _fill_0002(conn) -> None:  # type: ignore[no-untyped-def]
    """A hub as DriveKit with schema 0002 left it: a campaign, its organiser desk, a laptop that sent
    a bundle, and signatures (one with a postcode typed without its space)."""
    at = "TIMESTAMP '2026-11-30 09:00:00'"
    conn.exec_driver_sql(
        "INSERT INTO campaign (id, title, text, goal, organisation, country, consent_text, consent_version, "
        "required_fields, organiser_keys, revision, created_at, updated_at) VALUES ('c1', 'Old hub', 'text', 10, "
        f"'', 'GB', '', '', '[\"name\"]', '[]', 1, {at}, {at})")
    conn.exec_driver_sql("INSERT INTO device (id, name, public_key, is_self, next_seq, exported_seq, created_at) "
                         f"VALUES ('desk', 'hub', NULL, true, 1, 0, {at}), "
                         f"('lap', 'stall 1', '\\x{'ab' * 32}', false, 1, 0, {at})")
    rows = [("u1", "Zoë", "Łukasz", "SW1A1AA", "London", "zoe lukasz sw1a1aa sw1a1aa london", "valid"),
            ("u2", "Мария", "Иванова", "SW1A 2AA", "London", "мария иванова sw1a 2aa sw1a2aa london", "valid")]
    for n, (uuid, first, last, postcode, city, folded, status) in enumerate(rows, 1):
        conn.execute(text(
            "INSERT INTO signature (uuid, campaign_id, device_id, device_seq, signed_at, first_name, last_name, "
            "postcode, city, country, petition_consent, contact_consent, consent_version, source, status, reviewed, "
            f"search_text, created_at, updated_at) VALUES (:u, 'c1', 'lap', :n, {at}, :f, :l, :p, :c, 'GB', true, "
            f"false, '', 'volunteer', :s, false, :t, {at}, {at})"),
            {"u": uuid, "n": n, "f": first, "l": last, "p": postcode, "c": city, "s": status, "t": folded})
    conn.exec_driver_sql("INSERT INTO sync_import (bundle_id, device_id, campaign_id, seq_from, seq_to, file_name, "
                         f"imported_at, counts) VALUES ('b1', 'lap', 'c1', 1, 2, 'stall-1.dkb', {at}, '{{}}')")
    conn.exec_driver_sql("INSERT INTO sync_range (device_id, campaign_id, seq_from, seq_to, bundle_id) "
                         "VALUES ('lap', 'c1', 1, 2, 'b1')")


def test_a_hub_made_by_schema_0002_upgrades_to_head_and_keeps_its_data(tmp_path: Path) -> None:
    with fresh_database() as url:
        db = database_at_url(url, "0002", _fill_0002)
        assert migrate.current_revision(db) == "0002"
        assert migrate.upgrade(db) == migrate.SCHEMA_HEAD == migrate.head_revision()
        svc = build_services(db)
        rows = {r.uuid: r for r in svc.signatures.list("c1")}
        assert (rows["u1"].first_name, rows["u1"].last_name) == ("Zoë", "Łukasz")
        assert rows["u1"].postcode == "SW1A 1AA"  # 0005 gave the postcode its one stored form
        assert [r.uuid for r in svc.signatures.list("c1", search="LUKASZ")] == ["u1"]
        assert [r.uuid for r in svc.signatures.list("c1", search="иван")] == ["u2"]
        stats = svc.stats.stats("c1")
        assert (stats.total, stats.unique_signers) == (2, 2)
        # 0004: the laptop that sent a bundle before enrolment existed stays trusted.
        assert {d.id: d.trust for d in svc.sync.devices()} == {"desk": "this device", "lap": "enrolled"}
        # And the hub goes on working: a new signature, found by search.
        svc.signatures.save("c1", signer("Ana", "Núñez"))
        assert [r.last_name for r in svc.signatures.list("c1", search="nunez")] == ["Núñez"]
        assert "ix_signature_search_trgm" in _index_names(db)
        db.dispose()


def test_every_migration_goes_down_and_up_again_on_postgresql() -> None:
    with fresh_database() as url:
        db = Database(url)
        migrate.upgrade(db)
        downgrade_to(db, "0001")
        assert migrate.current_revision(db) == "0001"
        assert migrate.upgrade(db) == migrate.head_revision()
        db.dispose()


def test_the_owner_of_a_hub_database_who_is_no_superuser_gets_the_search_index(tmp_path: Path) -> None:
    """pg_trgm is a trusted extension: the database's owner may create it (PostgreSQL 13 and later)."""
    with fresh_database() as url:
        admin_url = make_url(url)
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        role = f"owner_{admin_url.database}"[-60:]
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE ROLE "{role}" LOGIN')
            conn.exec_driver_sql(f'ALTER DATABASE "{admin_url.database}" OWNER TO "{role}"')
            conn.exec_driver_sql(f'GRANT CREATE ON SCHEMA public TO "{role}"')
        try:
            db = Database(admin_url.set(username=role).render_as_string(hide_password=False))
            migrate.upgrade(db)
            assert "ix_signature_search_trgm" in _index_names(db)
            svc = build_services(db)
            c = svc.campaigns.create("Hub", "text", 10)
            svc.signatures.save(c.id, signer("Chloé", "Dubois"))
            assert [r.first_name for r in svc.signatures.list(c.id, search="chloe dub")] == ["Chloé"]
            db.dispose()
        finally:
            with admin.connect() as conn:  # the role owns the database, the tables and pg_trgm: give them back
                conn.exec_driver_sql(f'REASSIGN OWNED BY "{role}" TO CURRENT_USER')
                conn.exec_driver_sql(f'DROP OWNED BY "{role}"')
                conn.exec_driver_sql(f'DROP ROLE "{role}"')
            admin.dispose()
