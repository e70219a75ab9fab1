"""Schema 0008 -> 0009: the dashboard's tallies are filled from the signatures already there, and
kept by triggers from then on."""

from __future__ import annotations

from datetime import timezone
from pathlib import Path
from types import SimpleNamespace

from drivekit.domain.validation import SignerInput
from drivekit.services import build_services
from drivekit.storage import migrate
from tests.storage.revisions import OLD_DEVICE, database_at, insert_campaign, insert_signature
from tests.tallies import assert_tallies_match


def test_upgrade_from_0008_counts_the_signatures_already_collected(tmp_path: Path) -> None:
    cid = "c0000000-0000-4000-8000-000000000001"

    def at_0008(conn) -> None:  # type: ignore[no-untyped-def]  # as DriveKit at 0008 saved them (today's model has more)
        conn.exec_driver_sql("INSERT INTO device (id, name, is_self, next_seq, exported_seq, created_at, relay) "
                             f"VALUES ('{OLD_DEVICE}', 'old', 1, 6, 0, '2026-11-28 10:00:00', 0)")
        insert_campaign(conn, cid)
        conn.exec_driver_sql(f"INSERT INTO event (id, campaign_id, name, location) VALUES ('rally', '{cid}', "
                             "'Rally', '')")
        ann = insert_signature(conn, cid, 1, "Ann", "Lee", "ann@example.org", "SW1A 1AA",
                               signed_at="2026-11-02 12:00:00")
        insert_signature(conn, cid, 2, "Bob", "Lee", None, "SW1A 1AA", event_id="rally",
                         signed_at="2026-11-03 12:00:00")
        insert_signature(conn, cid, 3, "ANN", "Lee", "Ann@example.org", "SW1A 1AA", status="possible_duplicate",
                         duplicate_of=ann, event_id="rally", signed_at="2026-11-04 12:00:00")
        insert_signature(conn, cid, 4, None, None, status="withdrawn", event_id="rally",
                         signed_at="2026-11-05 12:00:00")  # Cy, withdrawn

    db = database_at(tmp_path / "old.sqlite3", "0008", at_0008)
    svc = build_services(db)
    c = SimpleNamespace(id=cid)
    assert migrate.upgrade(db) == migrate.SCHEMA_HEAD
    assert_tallies_match(db)
    st = svc.stats.stats(c.id, tz=timezone.utc)
    assert (st.total, st.unique_signers, st.duplicates, st.withdrawn) == (4, 2, 1, 1)
    assert st.by_day == {"2026-11-02": 1, "2026-11-03": 1} and st.by_event == {"Rally": 1, "(no event)": 1}
    svc.signatures.save(c.id, SignerInput(first_name="Di", last_name="Lee", petition_consent=True))
    assert svc.stats.stats(c.id).unique_signers == 3
    assert_tallies_match(db)
    db.dispose()
