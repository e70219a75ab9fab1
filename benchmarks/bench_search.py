"""Searching a large campaign: service search (FTS5 trigram) vs the raw FTS query alone.

Target (issue 2): substring search stays fast on 1,000,000 signatures. Runs on a private copy of
the cached demo database at today's schema (the cached file is shared and may be older).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from benchmarks.common import Figure, demo_copy, quick_flag, report, timed
from drivekit.storage import sqlite_driver

QUERIES = ("smith", "ller", "петр", "sw1a", "mar jon")


def main(quick: bool) -> None:
    size = 50_000 if quick else 1_000_000
    work = Path(tempfile.mkdtemp(prefix="dk-bench-search-"))
    try:
        _main(size, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _main(size: int, work: Path) -> None:
    url, campaign_id = demo_copy(size, work)
    from drivekit.services import build_services
    from drivekit.storage.db import Database

    db = Database(url)
    svc = build_services(db)
    raw = sqlite_driver.connect(url.split("///", 1)[1])
    figures = []
    for query in QUERIES:
        words = query.split()
        match = " ".join(f'"{w}"' for w in words if len(w) >= 3)
        hits = len(svc.signatures.ids(campaign_id, search=query))
        service = timed(lambda: svc.signatures.ids(campaign_id, search=query), 7)
        baseline = timed(lambda: raw.execute("SELECT rowid FROM signature_fts WHERE signature_fts MATCH ?", (match,)).fetchall(), 7)
        page = timed(lambda: svc.signatures.list(campaign_id, search=query, limit=100), 7)
        f = Figure(f"search “{query}” → ids ({hits:,} hits)", service, baseline=baseline, target="< 50 ms",
                   notes={"first 100 records median ms": round(sorted(page)[3] * 1000, 1)})
        f.met = f.median < 0.05
        figures.append(f)
    raw.close()
    db.dispose()
    report(f"Search on {size:,} signatures (load average {' '.join(f'{x:.1f}' for x in os.getloadavg())})",
           figures)


if __name__ == "__main__":
    main(quick_flag())
