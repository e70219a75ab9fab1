"""An import runs in short batches while volunteers keep saving on the same database."""

from __future__ import annotations

import threading
from pathlib import Path

from drivekit.services import build_services
from drivekit.storage.db import Database
from drivekit.storage.models import POSSIBLE_DUPLICATE, VALID
from tests.sync.conftest import enrol, signer


def _statuses(svc, campaign_id: str) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(r.status for r in svc.signatures.list(campaign_id, limit=100))


def test_a_save_made_while_a_batch_is_being_decided_is_not_counted_twice(drive, make_services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The organiser's own desk saves the same person while the import is deciding duplicates:
    the import notices the new row under the write lock, decides again, and one of the two counts."""
    from drivekit.sync.engine import plans

    lap = drive.laptop("laptop", make_services)
    lap.signatures.save(drive.campaign_id, signer("Ann", "Lee", "ann@example.org"))
    bundle = Path(lap.sync.export_bundle(drive.tmp / "b.dkb", drive.campaign_id).path)
    desk = build_services(Database(drive.org.db.url))  # another connection to the organiser's file
    real = plans.plan_beside
    saved: list[object] = []

    def plan_while_the_desk_saves(*args, **kwargs):  # type: ignore[no-untyped-def]
        plan = real(*args, **kwargs)
        if not saved:  # between deciding and writing, before the import holds the lock
            saved.append(desk.signatures.save(drive.campaign_id, signer("ANN", "Lee", "Ann@Example.org")))
        return plan

    monkeypatch.setattr(plans, "plan_beside", plan_while_the_desk_saves)
    try:
        [report] = drive.org.sync.import_bundles([bundle], key_path=drive.key)
    finally:
        desk.db.dispose()
    # The laptop signed first, so its row counts and the desk's later one waits for review: the
    # import made one signature a possible duplicate.
    assert (report.outcome, report.new, report.possible_duplicates) == ("imported", 1, 1)
    assert _statuses(drive.org, drive.campaign_id) == [POSSIBLE_DUPLICATE, VALID]
    assert drive.org.stats.stats(drive.campaign_id).unique_signers == 1


def test_a_save_waits_for_a_batch_and_then_goes_through(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    """While another program holds the write lock, saving waits for it instead of failing."""
    import time

    from drivekit.storage import sqlite_driver

    holder = sqlite_driver.connect(drive.org.db.sqlite_path, isolation_level=None, check_same_thread=False)
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


def test_deciding_each_batch_beside_the_writing_of_the_one_before_gives_the_same_marks(drive, make_services,  # type: ignore[no-untyped-def]
                                                                                     monkeypatch) -> None:
    """A bundle written one record per batch (each batch decided on a helper thread while the one
    before it is still being written) ends with the same duplicates as written in one batch, also
    where a later record was signed earlier and where people are linked only through each other."""
    from dataclasses import replace
    from datetime import datetime, timedelta, timezone

    from drivekit.storage import duplicate_marks
    from tests.sync.conftest import batches_of, canonical

    lap = drive.laptop("laptop", make_services)
    start = datetime(2026, 5, 1, 12, tzinfo=timezone.utc)
    people = [("Ann", "Lee", "ann@example.org", "SW1A 1AA"), ("Bob", "Ray", "", "E1 6AN"),
              ("Ann", "Lee", "", "SW1A 1AA"),  # Ann again, by name and postcode
              ("Anne", "Lee", "ann@example.org", "N1 9GU"),  # Ann again, by email only
              ("Anne", "Lee", "", "N1 9GU"),  # linked to Ann only through the record before
              ("Bob", "Ray", "", "E1 6AN"), ("Cara", "Diaz", "cara@example.org", "E1 6AN")]
    for i, (first, last, email, postcode) in enumerate(people):
        person = replace(signer(first, last, email, postcode), signed_at=start - timedelta(minutes=i))
        lap.signatures.save(drive.campaign_id, person)  # each later record was signed earlier
    bundle = Path(lap.sync.export_bundle(drive.tmp / "b.dkb", drive.campaign_id).path)
    at_once = drive.laptop("at-once", make_services)
    enrol(at_once, lap)
    with batches_of(100):
        at_once.sync.import_bundles([bundle], key_path=drive.key)
    seen_in_flight: list[int] = []
    real = duplicate_marks.decide

    def decide(*args, **kwargs):  # type: ignore[no-untyped-def]
        if kwargs.get("in_flight") is not None:
            seen_in_flight.append(len(kwargs["in_flight"].rows))
        return real(*args, **kwargs)

    monkeypatch.setattr(duplicate_marks, "decide", decide)
    with batches_of(1):
        [report] = drive.org.sync.import_bundles([bundle], key_path=drive.key)
    assert len(seen_in_flight) == len(people) - 1  # every batch after the first was decided beside
    assert (report.new, report.possible_duplicates) == (7, 4)
    assert canonical(drive.org, drive.campaign_id) == canonical(at_once, drive.campaign_id)
    assert drive.org.stats.stats(drive.campaign_id).unique_signers == 3


def test_while_a_volunteer_keeps_saving_the_import_paces_itself_and_counts_everyone_once(  # type: ignore[no-untyped-def]
        drive, make_services, monkeypatch) -> None:
    """The desk saves between the import's batches (as a volunteer does during a long import):
    the import then plans its batches under the lock, in smaller batches with a pause after each
    so the saves get in; nothing is lost and a person saved at both places counts once."""
    from drivekit.sync.engine import batches, plans
    from tests.sync.conftest import batches_of

    lap = drive.laptop("laptop", make_services)
    for i in range(30):
        lap.signatures.save(drive.campaign_id, signer(f"Person{i}", "Test", f"p{i}@example.org"))
    bundle = Path(lap.sync.export_bundle(drive.tmp / "b.dkb", drive.campaign_id).path)
    desk = build_services(Database(drive.org.db.url))
    real_after, real_beside = batches.Pacing.after, plans.plan_beside
    seen: list[bool] = []
    beside: list[int] = []

    def after(self, held):  # type: ignore[no-untyped-def]
        seen.append(held.shared)
        if len(seen) <= 3:  # the desk saves right after each of the first batches
            desk.signatures.save(drive.campaign_id, signer(f"Desk{len(seen)}", "Walk-in"))
        real_after(self, held)
        assert self.shared == any(seen[1:])

    monkeypatch.setattr(batches.Pacing, "after", after)
    monkeypatch.setattr(plans, "plan_beside", lambda *a: beside.append(1) or real_beside(*a))
    try:
        desk.signatures.save(drive.campaign_id, signer("Person7", "Test", "P7@example.org"))  # also at the desk
        with batches_of(5):
            [report] = drive.org.sync.import_bundles([bundle], key_path=drive.key)
    finally:
        desk.db.dispose()
    assert report.new == 30 and len(seen) == 6
    assert seen[1:4] == [True, True, True]  # each batch after a desk save noticed it
    assert len(beside) < 6  # batches after a desk save were planned under the lock, not beside
    stats = drive.org.stats.stats(drive.campaign_id)
    assert (stats.total, stats.unique_signers) == (34, 33)
