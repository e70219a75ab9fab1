"""The import indexes each transaction's new signatures in one statement (storage.search.BulkFeed)
instead of row by row through the search index's trigger: the database must come out the same."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from drivekit.services import build_services
from drivekit.storage import search
from drivekit.storage.db import Database
from drivekit.sync.engine import batches, merge
from tests.sync.conftest import batches_of, canonical, signer


def _search_index(svc: Any) -> tuple[dict[str, list[str]], str]:
    """Which signatures the search index finds for every indexed word of every row, and the
    trigger's text afterwards; the index's own check is run too (it raises if the index and the
    rows disagree)."""
    with svc.db.engine.connect() as conn:
        conn.exec_driver_sql("INSERT INTO signature_fts(signature_fts) VALUES ('integrity-check')")
        words = sorted({w for (text,) in conn.exec_driver_sql(
            "SELECT search_text FROM signature WHERE search_text IS NOT NULL") for w in text.split() if len(w) >= 3})
        found = {w: sorted(r[0] for r in conn.exec_driver_sql(
            "SELECT uuid FROM signature WHERE id IN (SELECT rowid FROM signature_fts WHERE signature_fts MATCH ?)",
            (search.fts_match([w]),))) for w in words}
        [trigger] = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'signature_fts_ai'").one()
    return found, " ".join(trigger.split())


@pytest.fixture
def realistic_bundle(drive, make_services) -> tuple[Any, Path]:  # type: ignore[no-untyped-def]
    """A laptop's bundle of the demo's signers (many scripts, duplicates, withdrawals), and one
    signer the organiser already holds, so that the bundle's rows join a non-empty index."""
    lap = drive.laptop("laptop", make_services)
    lap.demo.add_signers(drive.campaign_id, 400, seed=3)
    drive.org.signatures.save(drive.campaign_id, signer("Ann", "Lee", "ann@example.org"))
    return lap, Path(lap.sync.export_bundle(drive.tmp / "b.dkb", drive.campaign_id).path)


def test_bulk_feed_gives_the_same_database_and_search_index_as_the_row_trigger(  # type: ignore[no-untyped-def]
        drive, realistic_bundle, monkeypatch) -> None:
    _lap, bundle = realistic_bundle
    drive.org.db.checkpoint()  # the same organiser database, twice
    shutil.copy(drive.org.db.sqlite_path, drive.tmp / "by-row.sqlite3")
    by_row = build_services(Database(f"sqlite:///{drive.tmp / 'by-row.sqlite3'}"))
    fed: list[int] = []
    real_finish = search.BulkFeed.finish
    monkeypatch.setattr(search.BulkFeed, "finish", lambda self: fed.append(1) or real_finish(self))
    monkeypatch.setattr(batches, "TX_ROWS", 150)  # several transactions of 3 plans, the last one short
    with batches_of(50):
        [bulk] = drive.org.sync.import_bundles([bundle], key_path=drive.key)
        monkeypatch.setattr(merge, "BULK_SEARCH_FEED", False)
        [slow] = by_row.sync.import_bundles([bundle], key_path=drive.key)
    assert len(fed) == 3  # 150 + 150 + 100 records: the fast path was taken for each transaction
    assert (bulk.new, bulk.possible_duplicates) == (slow.new, slow.possible_duplicates)
    assert bulk.new > 350
    assert canonical(drive.org, drive.campaign_id) == canonical(by_row, drive.campaign_id)
    fast_index, trigger = _search_index(drive.org)
    assert fast_index == _search_index(by_row)[0]
    by_row.db.dispose()
    assert len(fast_index) > 500 and all(fast_index.values())
    assert trigger == search.ROW_TRIGGER_SQL  # stood down for each transaction only


def test_a_save_after_an_import_that_failed_half_way_is_still_found(  # type: ignore[no-untyped-def]
        drive, make_services, realistic_bundle, monkeypatch) -> None:
    """A failure inside a transaction that stood the trigger down rolls the drop back with it:
    the rows committed before it and a volunteer's next save are found by search."""
    _lap, bundle = realistic_bundle
    real = merge._write_signatures
    calls: list[int] = []

    def fail_in_the_second_transaction(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 4:
            raise OSError("disk gone")
        return real(*args, **kwargs)

    monkeypatch.setattr(merge, "_write_signatures", fail_in_the_second_transaction)
    monkeypatch.setattr(batches, "TX_ROWS", 100)
    with batches_of(50), pytest.raises(OSError):
        drive.org.sync.import_bundles([bundle], key_path=drive.key)
    drive.org.signatures.save(drive.campaign_id, signer("Zebedee", "Quarrington"))
    assert [r.last_name for r in drive.org.signatures.list(drive.campaign_id, search="quarr")] == ["Quarrington"]
    found, trigger = _search_index(drive.org)
    assert trigger == search.ROW_TRIGGER_SQL
    assert sum(map(len, found.values())) > 0
    with drive.org.db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM signature").scalar() == 102  # Ann, 100, Zebedee
