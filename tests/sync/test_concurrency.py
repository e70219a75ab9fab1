"""An import runs in short batches while volunteers keep saving on the same database."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

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


def _imported_before(svc, last_name: str) -> list[int]:  # type: ignore[no-untyped-def]
    """For each signature with `last_name`, how many of the laptop's (Person0's device) were stored before it."""
    with svc.db.engine.connect() as conn:
        return [r[0] for r in conn.exec_driver_sql(
            "SELECT (SELECT count(*) FROM signature i WHERE i.id < d.id AND i.device_id = "
            "(SELECT device_id FROM signature WHERE first_name = 'Person0')) FROM signature d "
            "WHERE d.last_name = ? ORDER BY d.id", (last_name,))]


def _import_with_desk_saves(drive, make_services, monkeypatch, after_plans: tuple[int, ...], wait_for_signal: bool):  # type: ignore[no-untyped-def]
    """Import 40 records in plans of 5 (one transaction if no one waits); after each plan numbered
    in `after_plans` the desk (another connection, on a thread) starts a save, and the import goes
    on once the desk has said it waits for the lock (`wait_for_signal`) or at once."""
    import time

    from drivekit.storage import write_wait
    from drivekit.sync.engine import batches, merge
    from tests.sync.conftest import batches_of

    lap = drive.laptop("laptop", make_services)
    for i in range(40):
        lap.signatures.save(drive.campaign_id, signer(f"Person{i}", "Test", f"p{i}@example.org"))
    bundle = Path(lap.sync.export_bundle(drive.tmp / "b.dkb", drive.campaign_id).path)
    desk = build_services(Database(drive.org.db.url))
    desk.signatures.save(drive.campaign_id, signer("Person7", "Test", "P7@example.org"))  # also at the desk
    signal = write_wait.signal_path(drive.org.db.sqlite_path)
    real_write = merge._write_signatures
    plans_written: list[int] = []
    savers: list[threading.Thread] = []

    def write(*args, **kwargs):  # type: ignore[no-untyped-def]
        real_write(*args, **kwargs)
        plans_written.append(1)
        if len(plans_written) in after_plans:
            before = write_wait.stamp(signal)
            n = len(savers) + 1
            saver = threading.Thread(target=lambda: desk.signatures.save(drive.campaign_id, signer(f"Desk{n}", "Walk-in")))
            savers.append(saver)
            saver.start()
            deadline = time.monotonic() + 30
            while wait_for_signal and write_wait.stamp(signal) == before:  # the desk now waits for the lock
                assert time.monotonic() < deadline, "the desk never said it was waiting"
                time.sleep(0.001)

    monkeypatch.setattr(merge, "_write_signatures", write)
    monkeypatch.setattr(batches, "WAITER_GRACE_S", 30.0)  # the import waits for the desk's commit, however slow
    try:
        with batches_of(5):
            [report] = drive.org.sync.import_bundles([bundle], key_path=drive.key)
        for saver in savers:
            saver.join(30)
    finally:
        desk.db.dispose()
    assert report.new == 40 and len(plans_written) == 8
    return _imported_before(drive.org, "Walk-in")


def test_a_save_during_an_import_waits_for_the_plan_in_hand_not_the_whole_transaction(  # type: ignore[no-untyped-def]
        drive, make_services, monkeypatch) -> None:
    """The import writes its 40 records in one transaction while no one waits; a volunteer who
    saves meanwhile (another connection) says so beside the database, and the import commits
    after the plan in hand and lets the save in: each save is stored after exactly the plans
    written before it asked, and everyone counts once."""
    before = _import_with_desk_saves(drive, make_services, monkeypatch, after_plans=(2, 4, 6), wait_for_signal=True)
    assert before == [10, 20, 30]
    stats = drive.org.stats.stats(drive.campaign_id)
    assert (stats.total, stats.unique_signers) == (44, 43)  # 40 + Person7 again at the desk + 3 walk-ins
    # Transactions with and without the search index's bulk feed: everyone is found.
    assert len(drive.org.signatures.list(drive.campaign_id, search="person", limit=100)) == 41
    assert len(drive.org.signatures.list(drive.campaign_id, search="walk-in", limit=100)) == 3
    with drive.org.db.engine.connect() as conn:
        conn.exec_driver_sql("INSERT INTO signature_fts(signature_fts) VALUES ('integrity-check')")


def test_without_the_waiting_signal_a_save_waits_for_the_whole_transaction(  # type: ignore[no-untyped-def]
        drive, make_services, monkeypatch) -> None:
    """The same import when the desk cannot say it waits: its save gets in only after all 40."""
    from drivekit.storage import write_wait

    monkeypatch.setattr(write_wait, "raise_signal", lambda path: None)
    assert _import_with_desk_saves(drive, make_services, monkeypatch, after_plans=(2,), wait_for_signal=False) == [40]


@pytest.mark.parametrize(("fold_after", "folds"), [(10, 3), (11, 0)])
def test_the_import_folds_a_long_transaction_before_letting_a_waiting_save_in(  # type: ignore[no-untyped-def]
        drive, make_services, monkeypatch, fold_after: int, folds: int) -> None:
    """A save that waited for a long transaction would otherwise fold that transaction's WAL into
    the file itself when it commits (SQLite's automatic checkpoint): the import folds it first,
    beside the save's own work. Short transactions (others saving often) are left to the
    import's checkpoint thread."""
    from drivekit.sync.engine import batches

    folded: list[int] = []
    real = batches.fold
    monkeypatch.setattr(batches, "fold", lambda conn: folded.append(1) or real(conn))
    monkeypatch.setattr(batches, "FOLD_FOR_WAITER_ROWS", fold_after)
    assert _import_with_desk_saves(drive, make_services, monkeypatch, after_plans=(2, 4, 6),
                                   wait_for_signal=True) == [10, 20, 30]
    assert len(folded) == folds
