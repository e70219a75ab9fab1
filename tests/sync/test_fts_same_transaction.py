"""A bundle whose later records change rows it carries itself (a signer withdrawn in the same file,
the same signer twice with a later correction) keeps the search index whole and right, while the
import feeds that index in bulk (storage.search.BulkFeed: the row trigger stood down for the
transaction). An UPDATE of a row's search text before the bulk feed has indexed it would make the
index delete an entry it never had; these files are the ways a bundle could ask for one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drivekit.sync.fileformat.keys import load_organiser_key
from tests.sync.forge import Forger, signature_record, withdrawal_record


def _fts_ok(services: Any) -> list[str]:
    raw = services.db.engine.raw_connection()
    try:
        problems = []
        try:
            raw.execute("INSERT INTO signature_fts(signature_fts, rank) VALUES ('integrity-check', 0)")
        except Exception as err:  # noqa: BLE001
            problems.append(str(err))
        return problems
    finally:
        raw.close()


def _found(services: Any, text: str) -> list[int]:
    raw = services.db.engine.raw_connection()
    try:
        return sorted(r[0] for r in raw.execute("SELECT rowid FROM signature_fts WHERE signature_fts MATCH ?",
                                                (f'"{text}"',)))
    finally:
        raw.close()


def _ids(services: Any, uuid: str) -> list[int]:
    raw = services.db.engine.raw_connection()
    try:
        return [r[0] for r in raw.execute("SELECT id FROM signature WHERE uuid = ?", (uuid,))]
    finally:
        raw.close()


def _count_bulk_feeds(monkeypatch: Any) -> list[int]:
    from drivekit.storage import search

    fed: list[int] = []
    begin = search.BulkFeed.begin

    def counted(self: Any) -> None:
        begin(self)
        if self._last is not None:
            fed.append(self._last)

    monkeypatch.setattr(search.BulkFeed, "begin", counted)
    return fed


def test_withdrawal_of_a_signature_in_the_same_bundle(drive, make_services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    forger = Forger(drive.campaign_id, load_organiser_key(drive.key).public)
    drive.org.sync.enrol_device(forger.device_id, forger.name, forger.public, False)
    records = []
    for i in range(1, 41):
        records.append(signature_record(forger.device_id, i, first_name=f"Zq{i:03d}x", last_name="Quorrel"))
    records.append(withdrawal_record(records[3]["uuid"], forger.device_id, 41))
    fed = _count_bulk_feeds(monkeypatch)
    path = forger.bundle(drive.tmp / "f.dkb", records, 1, 41)
    [report] = drive.org.sync.import_bundles([Path(path)], key_path=drive.key)
    assert report.outcome == "imported", report
    assert _fts_ok(drive.org) == []
    assert _found(drive.org, "zq004x") == []
    for i in (1, 2, 3, 5, 40):
        assert _found(drive.org, f"zq{i:03d}x") == _ids(drive.org, records[i - 1]["uuid"])
    assert len(_found(drive.org, "quorrel")) == 39
    assert fed, "the import did not feed the search index in bulk"


@pytest.mark.parametrize("between", [0, 300, 2500, 6000], ids=["same-plan", "300-between", "2500-between", "next-transaction"])
def test_correction_of_a_signature_in_the_same_bundle(drive, make_services, monkeypatch, between) -> None:  # type: ignore[no-untyped-def]
    forger = Forger(drive.campaign_id, load_organiser_key(drive.key).public)
    drive.org.sync.enrol_device(forger.device_id, forger.name, forger.public, False)
    first = signature_record(forger.device_id, 1, first_name="Ann", last_name="Quorrel")
    filler = [signature_record(forger.device_id, i, first_name=f"Zed{i}", last_name="Filler") for i in range(2, between + 2)]
    again = dict(first, city="Oxford", edited_at="2026-05-03T10:00:00+00:00", edit_device_id=forger.device_id,
                 edit_seq=between + 2)
    fed = _count_bulk_feeds(monkeypatch)
    path = forger.bundle(drive.tmp / "g.dkb", [first, *filler, again], 1, between + 2)
    [report] = drive.org.sync.import_bundles([Path(path)], key_path=drive.key)
    assert report.outcome == "imported", report
    assert _fts_ok(drive.org) == []
    assert _found(drive.org, "oxford") == _ids(drive.org, first["uuid"])
    assert _found(drive.org, "quorrel") == _ids(drive.org, first["uuid"])
    assert fed, "the import did not feed the search index in bulk"
