"""An import runs in short batches while volunteers keep saving on the same database."""

from __future__ import annotations

import threading
from pathlib import Path

from drivekit.services import build_services
from drivekit.storage.db import Database
from drivekit.storage.models import POSSIBLE_DUPLICATE, VALID
from tests.sync.conftest import signer


def _statuses(svc, campaign_id: str) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(r.status for r in svc.signatures.list(campaign_id, limit=100))


def test_a_save_made_while_a_batch_is_being_decided_is_not_counted_twice(drive, make_services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The organiser's own desk saves the same person while the import is deciding duplicates:
    the import notices the new row under the write lock, decides again, and one of the two counts."""
    from drivekit.sync import merge

    lap = drive.laptop("laptop", make_services)
    lap.signatures.save(drive.campaign_id, signer("Ann", "Lee", "ann@example.org"))
    bundle = Path(lap.sync.export_bundle(drive.tmp / "b.dkb", drive.campaign_id).path)
    desk = build_services(Database(drive.org.db.url))  # another connection to the organiser's file
    real = merge._plan_signatures
    saved: list[object] = []

    def plan_while_the_desk_saves(*args, **kwargs):  # type: ignore[no-untyped-def]
        plan = real(*args, **kwargs)
        if not saved:  # between deciding and writing, before the import holds the lock
            saved.append(desk.signatures.save(drive.campaign_id, signer("ANN", "Lee", "Ann@Example.org")))
        return plan

    monkeypatch.setattr(merge, "_plan_signatures", plan_while_the_desk_saves)
    try:
        [report] = drive.org.sync.import_bundles([bundle], key_path=drive.key)
    finally:
        desk.db.dispose()
    assert (report.outcome, report.new, report.possible_duplicates) == ("imported", 1, 0)
    # The laptop signed first, so its row counts and the desk's later one waits for review.
    assert _statuses(drive.org, drive.campaign_id) == [POSSIBLE_DUPLICATE, VALID]
    assert drive.org.stats.stats(drive.campaign_id).unique_signers == 1


def test_a_save_waits_for_a_batch_and_then_goes_through(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    """While another program holds the write lock, saving waits for it instead of failing."""
    import sqlite3
    import time

    holder = sqlite3.connect(drive.org.db.sqlite_path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    released = threading.Event()

    def release_soon() -> None:
        time.sleep(0.3)
        holder.execute("COMMIT")
        released.set()

    threading.Thread(target=release_soon).start()
    saved = drive.org.signatures.save(drive.campaign_id, signer("Tui", "Ngata"))
    assert released.is_set()  # it really had to wait, and still saved
    holder.close()
    assert saved.status == VALID
    assert [r.last_name for r in drive.org.signatures.list(drive.campaign_id, limit=10)] == ["Ngata"]
