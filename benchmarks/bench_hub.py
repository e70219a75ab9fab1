"""The organisers' hub on PostgreSQL: the 1,000,000-signature merge beside SQLite's, and two
importers of different bundles at once beside one after the other.

    eval "$(.ci/postgres.sh start)"   # or DRIVEKIT_BENCH_PG_URL=postgresql+psycopg://USER@HOST/DB
    PYTHONPATH=$PWD python -m benchmarks.bench_hub [--quick]
    .ci/postgres.sh stop

Each measure runs against a fresh database on the server; the server is whatever the URL names
(the throwaway one of .ci/postgres.sh runs with fsync off: say so when quoting the figures).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from benchmarks.bench_sync import _synthetic_bundle, bench_campaign
from benchmarks.common import Figure, report, timed
from drivekit.services import Services, build_services
from drivekit.storage import migrate
from drivekit.storage.db import Database

REPO = Path(__file__).resolve().parents[1]


def _server_url() -> str | None:
    return os.environ.get("DRIVEKIT_BENCH_PG_URL") or os.environ.get("DRIVEKIT_TEST_PG_URL")


@contextmanager
def _fresh(server: str) -> Iterator[str]:
    name = f"dk_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def _organiser(url: str, campaign_file: Path) -> Services:
    db = Database(url)
    migrate.upgrade(db)
    svc = build_services(db)
    svc.sync.import_campaign(campaign_file)
    return svc


def _importers(url: str, groups: list[list[Path]], key: Path, data: Path) -> float:
    """Seconds until every `drivekit sync import` process (one per group of files, started together) ends."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "DRIVEKIT_DATA_DIR": str(data)}
    start = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-m", "drivekit", "--db", url, "sync", "import", *map(str, files),
                               "--key", str(key), "--enrol"], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True) for files in groups]
    errors = [p.communicate()[1] for p in procs]
    elapsed = time.perf_counter() - start
    if any(p.returncode for p in procs):
        raise RuntimeError(f"an importer failed: {errors}")
    return elapsed


def main(quick: bool) -> None:
    server = _server_url()
    if not server:
        print("bench_hub: skipped, no PostgreSQL server (start one with .ci/postgres.sh or set DRIVEKIT_BENCH_PG_URL)")
        return
    n_merge, n_bundles = (10_000, 10) if quick else (100_000, 10)
    root = Path(tempfile.mkdtemp(prefix="dk-bench-hub-"))
    try:
        figures = _run(root, server, n_merge, n_bundles)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    report(f"hub on PostgreSQL ({'quick' if quick else 'full'})", figures)


def _run(root: Path, server: str, n_merge: int, n_bundles: int) -> list[Figure]:
    setup, cid, public, key = bench_campaign(root, root / "setup.sqlite3")
    setup.db.dispose()
    stamp = datetime.now(timezone.utc).isoformat()
    paths = []
    for seed in range(n_bundles):
        data, _rows = _synthetic_bundle(cid, public, n_merge, seed + 1, stamp)
        paths.append(root / f"m{seed}.dkb")
        paths[-1].write_bytes(data)
    total = n_merge * n_bundles
    figures = []

    sqlite = _organiser(f"sqlite:///{root / 'merge.sqlite3'}", root / "c.dkc")
    on_sqlite = timed(lambda: sqlite.sync.import_bundles(paths, key_path=key, enrol=True), repeat=1)
    sqlite.db.dispose()
    with _fresh(server) as url:
        hub = _organiser(url, root / "c.dkc")
        on_pg = timed(lambda: hub.sync.import_bundles(paths, key_path=key, enrol=True), repeat=1)
        assert hub.stats.stats(cid).total == total
        hub.db.dispose()
    figures.append(Figure(f"merge {total:,} signatures from {n_bundles} bundles into PostgreSQL", on_pg,
                          baseline=on_sqlite, target="reported beside SQLite (baseline: the same merge into SQLite)"))

    pair = paths[:2]
    with _fresh(server) as url:
        _organiser(url, root / "c.dkc").db.dispose()
        after = _importers(url, [[pair[0]], [pair[1]]][:1], key, root / "d1") + \
            _importers(url, [[pair[1]]], key, root / "d2")
    with _fresh(server) as url:
        _organiser(url, root / "c.dkc").db.dispose()
        together = _importers(url, [[pair[0]], [pair[1]]], key, root / "d3")
    figures.append(Figure(f"two importers of different {n_merge:,}-signature bundles at once", [together],
                          baseline=[after], target="sooner than one after the other (baseline)",
                          met=together < after))
    return figures


if __name__ == "__main__":
    from benchmarks.common import quick_flag

    main(quick_flag())
