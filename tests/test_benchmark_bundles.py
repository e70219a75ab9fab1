"""The benchmarks' made-up laptop bundles must stay importable as the app changes (a bundle format
change once broke `bench_sync` and `bench_hub` without any test noticing)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from benchmarks.bench_sync import _synthetic_bundle, bench_campaign
from drivekit.services import build_services
from drivekit.storage import migrate
from drivekit.storage.db import Database


def test_benchmark_bundle_imports_every_signer(tmp_path: Path) -> None:
    setup, cid, public, key = bench_campaign(tmp_path, tmp_path / "setup.sqlite3")
    setup.db.dispose()

    data, rows = _synthetic_bundle(cid, public, 600, 1, datetime.now(timezone.utc).isoformat())
    bundle = tmp_path / "laptop.dkb"
    bundle.write_bytes(data)

    hub = build_services(Database(f"sqlite:///{tmp_path / 'hub.sqlite3'}"))
    migrate.upgrade(hub.db)
    hub.sync.import_campaign(tmp_path / "c.dkc")
    hub.sync.import_bundles([bundle], key_path=key, enrol=True)
    stats = hub.stats.stats(cid)
    assert stats.total == len(rows) == 600
    hub.db.dispose()
