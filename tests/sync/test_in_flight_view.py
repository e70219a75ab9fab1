"""The plans of an import's open transaction, as the helper thread counts them while it plans the
next one (plans.Beside): grown plan by plan instead of rebuilt for every plan, with the same rows,
marks and matches, and the same database at the end."""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path
from typing import Any

from drivekit.domain.duplicate_rule import MATCH_KEYS
from drivekit.services import build_services
from drivekit.storage import duplicate_marks
from drivekit.storage.db import Database
from drivekit.storage.models import POSSIBLE_DUPLICATE, VALID
from drivekit.sync.engine import batches, plans
from drivekit.sync.engine.plans import Plan, Sorted
from tests.sync.conftest import batches_of, canonical


def _row(uid: str, email: str | None, person: str | None) -> dict[str, Any]:
    return {"uuid": uid, "signed_at": f"2026-05-01 10:00:{len(uid):02d}.000000", "email_key": email,
            "person_key": person, "status": VALID, "reviewed": False, "duplicate_of": None}


def _written(rows: list[dict[str, Any]], marks: list[tuple[str, str, str | None]] = (),  # type: ignore[assignment]
             corrections: bool = False) -> Future[Plan | None]:
    """A plan already written, as the helper thread receives it."""
    sorted_ = Sorted(rows, [({}, None)] if corrections else [], 0, {})  # type: ignore[list-item]
    future: Future[Plan | None] = Future()
    future.set_result(Plan(sorted_, duplicate_marks.Decision(0, list(marks))))
    return future


def _same(view: Any, parts: list[Future[Plan | None]]) -> None:
    """`view` holds what an Uncommitted built afresh from the same plans holds."""
    fresh = duplicate_marks.Uncommitted([plans._in_flight(f.result()) for f in parts])  # type: ignore[misc, arg-type]
    assert view.rows == fresh.rows
    assert view.marks == fresh.marks
    for name in MATCH_KEYS:
        values = {r[name] for r in fresh.rows.values() if r[name]} | {"nobody"}
        assert sorted(r["uuid"] for r in view.matching(name, values)) == sorted(
            r["uuid"] for r in fresh.matching(name, values))


def test_the_view_grows_with_the_transaction_and_starts_again_with_the_next() -> None:
    a = _written([_row("a1", "ann@x", "annlee|sw1"), _row("a2", None, "bobray|e1")])
    b = _written([_row("b1", "ann@x", None)], marks=[("a1", POSSIBLE_DUPLICATE, "b1")])
    c = _written([_row("c1", None, "bobray|e1")], marks=[("a1", VALID, None)])
    beside = plans.Beside()
    assert beside.in_flight([]) == (True, None)
    ok, view = beside.in_flight([a])
    assert ok and view is not None and set(view.rows) == {"a1", "a2"}
    ok, view = beside.in_flight([a, b])
    _same(view, [a, b])
    assert sorted(r["uuid"] for r in view.matching("email_key", {"ann@x"})) == ["a1", "b1"]
    ok, view = beside.in_flight([a, b, c])
    _same(view, [a, b, c])
    assert view is not None and view.marks["a1"] == (VALID, None)  # the later plan's mark wins
    d = _written([_row("d1", "ann@x", None)])
    ok, view = beside.in_flight([d])  # the next transaction: the plans before it are committed
    _same(view, [d])
    assert view is not None and set(view.rows) == {"d1"}


def test_a_plan_that_corrects_stored_rows_sends_the_next_to_be_decided_under_the_lock() -> None:
    a = _written([_row("a1", "ann@x", None)])
    fixing = _written([_row("f1", None, None)], corrections=True)
    beside = plans.Beside()
    assert beside.in_flight([a])[0]
    assert beside.in_flight([a, fixing]) == (False, None)
    ok, view = beside.in_flight([a])  # a new transaction after it is decided beside again
    assert ok
    _same(view, [a])


def test_an_import_of_many_plans_in_one_transaction_looks_at_each_plan_once(  # type: ignore[no-untyped-def]
        drive, make_services, monkeypatch) -> None:
    """400 realistic signers (duplicates among them) in plans of 10, all in one transaction: each
    plan is merged into the view once (not once per later plan: 40 plans made 780 merges), and the
    organiser ends up as one that imported them in a single plan."""
    lap = drive.laptop("laptop", make_services)
    lap.demo.add_signers(drive.campaign_id, 400, seed=5)
    bundle = Path(lap.sync.export_bundle(drive.tmp / "b.dkb", drive.campaign_id).path)
    drive.org.db.checkpoint()
    other_path = drive.tmp / "at-once.sqlite3"
    other_path.write_bytes(Path(drive.org.db.sqlite_path).read_bytes())
    at_once = build_services(Database(f"sqlite:///{other_path}"))
    merged: list[int] = []
    real_add = duplicate_marks.Uncommitted.add
    monkeypatch.setattr(duplicate_marks.Uncommitted, "add", lambda self, part: merged.append(1) or real_add(self, part))
    monkeypatch.setattr(batches, "TX_ROWS", 100_000)
    with batches_of(10):
        [report] = drive.org.sync.import_bundles([bundle], key_path=drive.key)
    plans_made = -(-len(lap.signatures.list(drive.campaign_id, limit=None)) // 10)
    assert plans_made >= 39
    assert len(merged) <= plans_made
    with batches_of(10_000):
        [single] = at_once.sync.import_bundles([bundle], key_path=drive.key)
    assert (report.new, report.possible_duplicates) == (single.new, single.possible_duplicates)
    assert report.possible_duplicates > 0
    assert canonical(drive.org, drive.campaign_id) == canonical(at_once, drive.campaign_id)
    at_once.db.dispose()


def test_the_import_keeps_temporary_files_in_memory_and_gives_its_connection_back_as_it_was(  # type: ignore[no-untyped-def]
        drive, make_services, monkeypatch) -> None:
    """Statement journals of the import's multi-row INSERTs stay in memory (no temporary file made
    and deleted for every statement); the pooled connection then goes back to SQLite's default."""
    from drivekit.sync.engine import merge

    lap = drive.laptop("laptop", make_services)
    lap.demo.add_signers(drive.campaign_id, 50, seed=6)
    bundle = Path(lap.sync.export_bundle(drive.tmp / "b.dkb", drive.campaign_id).path)
    seen: list[int] = []
    real = merge._write_signatures

    def write(s, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(plans.raw_connection(s).execute("PRAGMA temp_store").fetchone()[0])
        return real(s, *args, **kwargs)

    monkeypatch.setattr(merge, "_write_signatures", write)
    with batches_of(20):
        drive.org.sync.import_bundles([bundle], key_path=drive.key)
    assert seen and set(seen) == {2}  # 2 = MEMORY
    pool = drive.org.db.engine.pool
    held = [drive.org.db.engine.raw_connection() for _ in range(pool.checkedin() + 1)]
    try:
        assert {c.execute("PRAGMA temp_store").fetchone()[0] for c in held} == {0}
    finally:
        for c in held:
            c.close()


def test_threads_hand_over_quickly_while_the_records_are_written(drive, make_services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The writing thread gives Python's lock up for every statement; while it writes, the planning
    thread must hand it back within HANDOFF_S, not Python's 5 ms. The interval is put back after."""
    import sys

    from drivekit.sync.engine import merge

    lap = drive.laptop("laptop", make_services)
    lap.demo.add_signers(drive.campaign_id, 30, seed=7)
    bundle = Path(lap.sync.export_bundle(drive.tmp / "b.dkb", drive.campaign_id).path)
    seen: list[float] = []
    real = merge._write_signatures
    monkeypatch.setattr(merge, "_write_signatures",
                        lambda *a, **k: seen.append(sys.getswitchinterval()) or real(*a, **k))
    before = sys.getswitchinterval()
    with batches_of(10):
        drive.org.sync.import_bundles([bundle], key_path=drive.key)
    assert seen and set(seen) == {batches.HANDOFF_S}
    assert sys.getswitchinterval() == before
