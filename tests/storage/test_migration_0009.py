"""Schema 0008 -> 0009: the dashboard's tallies are filled from the signatures already there, and
kept by triggers from then on."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from drivekit.domain.validation import SignerInput
from drivekit.services import build_services
from drivekit.storage import migrate
from tests.storage.revisions import database_at
from tests.tallies import assert_tallies_match


def test_upgrade_from_0008_counts_the_signatures_already_collected(tmp_path: Path) -> None:
    db = database_at(tmp_path / "old.sqlite3", "0008")
    svc = build_services(db)
    c = svc.campaigns.create("Pool", "Keep the pool open.", 4, "Swimmers", "GB")
    rally = svc.campaigns.add_event(c.id, "Rally")
    for i, (first, email) in enumerate([("Ann", "ann@example.org"), ("Bob", ""), ("ANN", "Ann@example.org"),
                                        ("Cy", "")]):
        saved = svc.signatures.save(c.id, SignerInput(
            first_name=first, last_name="Lee", email=email, postcode="SW1A 1AA", petition_consent=True,
            signed_at=datetime(2026, 11, 2 + i, 12, tzinfo=timezone.utc)), event_id=rally.id if i else None)
    svc.signatures.withdraw(saved.uuid)  # Cy
    assert migrate.upgrade(db) == migrate.SCHEMA_HEAD
    assert_tallies_match(db)
    st = svc.stats.stats(c.id, tz=timezone.utc)
    assert (st.total, st.unique_signers, st.duplicates, st.withdrawn) == (4, 2, 1, 1)
    assert st.by_day == {"2026-11-02": 1, "2026-11-03": 1} and st.by_event == {"Rally": 1, "(no event)": 1}
    svc.signatures.save(c.id, SignerInput(first_name="Di", last_name="Lee", petition_consent=True))
    assert svc.stats.stats(c.id).unique_signers == 3
    assert_tallies_match(db)
    db.dispose()
