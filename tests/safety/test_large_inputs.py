"""Very large files and fields are refused in plain words, quickly, without reading them into memory."""

from __future__ import annotations

import os
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from drivekit.errors import KnownError
from drivekit.services import Services, build_services
from drivekit.storage import migrate
from drivekit.storage.db import Database

GB = 1 << 30


def _open(path: Path) -> Services:
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    return build_services(db)


@pytest.fixture
def services(tmp_path: Path) -> Any:
    svc = _open(tmp_path / "big.sqlite3")
    yield svc
    svc.db.dispose()


def _sparse(path: Path, size: int, head: bytes) -> Path:
    """A file that says it is `size` bytes long but takes no disk space (a hole after `head`)."""
    with open(path, "wb") as fh:
        fh.write(head)
        fh.truncate(size)
    return path


def _refused(call: Callable[[], Any], words: str) -> tuple[float, int]:
    """Run `call`, which must be refused with a KnownError saying `words`; returns (seconds, peak bytes)."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(KnownError, match=words):
            call()
        return time.perf_counter() - started, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_10_gb_csv_is_refused_at_once(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cid = services.campaigns.create("Big", "Text.", 10, "Org", "GB").id
    path = _sparse(tmp_path / "huge.csv", 10 * GB, b"first_name,last_name\nAna,Silva\n")
    seconds, peak = _refused(lambda: services.imports.import_csv(cid, path), "huge.csv is too large to import")
    assert seconds < 1 and peak < 5 << 20
    assert services.stats.stats(cid).total == 0


def test_a_file_that_lies_about_its_size_is_read_no_further_than_the_limit(services, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from drivekit.services import importer

    cid = services.campaigns.create("Big", "Text.", 10, "Org", "GB").id
    monkeypatch.setattr(importer, "MAX_IMPORT_BYTES", 1 << 20)
    path = tmp_path / "grows.csv"
    path.write_bytes(b"first_name,last_name\n" + b"Ana,Silva\n" * 200_000)  # 2 MB
    real_stat = os.stat
    monkeypatch.setattr(importer.os, "stat", lambda p, *a, **k: os.stat_result((*real_stat(p)[:6], 0, *real_stat(p)[7:])))
    _refused(lambda: services.imports.import_csv(cid, path), "too large to import")


def test_a_huge_field_is_refused_in_plain_words(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cid = services.campaigns.create("Big", "Text.", 10, "Org", "GB").id
    path = tmp_path / "field.csv"
    path.write_bytes(b'first_name,last_name,comment\nAna,Silva,"' + b"x" * (20 << 20) + b'"\n')
    seconds, _peak = _refused(lambda: services.imports.import_csv(cid, path), "field.csv")
    assert seconds < 10
    assert services.stats.stats(cid).total == 0


def test_huge_sync_files_are_refused_before_they_are_read(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bundle = _sparse(tmp_path / "huge.dkb", 10 * GB, b"DKBUNDLE")
    [report] = services.sync.import_bundles([bundle])
    assert report.outcome == "rejected" and "too large" in report.reason
    campaign = _sparse(tmp_path / "huge.dkc", 10 * GB, b"DKCAMPGN")
    seconds, peak = _refused(lambda: services.sync.import_campaign(campaign), "too large")
    assert seconds < 1 and peak < 5 << 20
