"""The dashboard on a large campaign (issue 19): every figure of the Dashboard page, from the
trigger-kept tallies, vs the same figures by raw GROUP BY queries over the signature table.

Target: all dashboard aggregates of a 1,000,000-signature database in under 300 ms.
Also measured: what the tally triggers add to writing signatures (a bulk insert of 20,000 rows,
with and without them), and the one-off cost of filling the tallies when a database is upgraded.
The demo data set (benchmarks.common.demo_database) is realistic in the ways that matter here: six
events on different days, volunteers, signing hours across the day, UK postcodes in several areas,
targets by postcode prefix, duplicates and withdrawals.
"""

from __future__ import annotations

import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from benchmarks.common import Figure, demo_database, quick_flag, report, timed
from drivekit.storage import sqlite_driver

RAW_QUERIES = (
    "SELECT status, count(*) FROM signature WHERE campaign_id = :c GROUP BY status",
    "SELECT substr(signed_at, 1, 13), count(*) FROM signature WHERE campaign_id = :c AND status = 'valid' "
    "GROUP BY 1",
    "SELECT event_id, count(*) FROM signature WHERE campaign_id = :c AND status = 'valid' GROUP BY event_id",
    "SELECT volunteer_id, count(*) FROM signature WHERE campaign_id = :c AND status = 'valid' GROUP BY volunteer_id",
)


def _copy(src: str, dst: Path) -> None:
    dst.unlink(missing_ok=True)
    a, b = sqlite_driver.connect(src), sqlite_driver.connect(str(dst))
    try:
        a.backup(b)
    finally:
        b.close()
        a.close()


def _raw_targets(raw: Any, campaign_id: str) -> None:
    """What by_target costs without the area tally: one pass with a CASE per target's prefixes."""
    targets = raw.execute("SELECT postcode_prefixes FROM target WHERE campaign_id = ?", (campaign_id,)).fetchall()
    import json

    sums = []
    for (prefixes,) in targets:
        keys = ["".join(ch for ch in p.upper() if ch.isalnum()) for p in json.loads(prefixes or "[]")]
        cond = " OR ".join(f"replace(replace(upper(coalesce(postcode, '')), ' ', ''), '-', '') LIKE '{k}%'"
                           for k in keys if k) or "1"
        sums.append(f"sum(CASE WHEN {cond} THEN 1 ELSE 0 END)")
    if sums:
        raw.execute(f"SELECT {', '.join(sums)} FROM signature WHERE campaign_id = ? AND status = 'valid'",
                    (campaign_id,)).fetchall()


def _raw_dashboard(raw: Any, campaign_id: str) -> None:
    for sql in RAW_QUERIES:
        raw.execute(sql.replace(":c", "?"), (campaign_id,)).fetchall()
    _raw_targets(raw, campaign_id)


def _trigger_cost(rows: int) -> Figure:
    """A bulk insert of `rows` signatures into a fresh database, with the tally triggers and without."""
    from sqlalchemy import insert

    from drivekit.services import build_services
    from drivekit.storage import migrate
    from drivekit.storage.db import Database
    from drivekit.storage.models import Signature

    samples: dict[bool, list[float]] = {True: [], False: []}
    with tempfile.TemporaryDirectory() as tmp:
        for attempt in range(3):
            for with_triggers in (True, False):
                db = Database(f"sqlite:///{Path(tmp) / f'w{attempt}{with_triggers}.sqlite3'}")
                migrate.upgrade(db)
                c = build_services(db).campaigns.create("Bench", "text", 1000)
                if not with_triggers:
                    with db.engine.begin() as conn:
                        for name in ("signature_tally_ai", "signature_area_tally_ai"):
                            conn.exec_driver_sql(f"DROP TRIGGER {name}")
                batch = [{"uuid": f"00000000-0000-4000-8000-{i:012d}", "campaign_id": c.id,
                          "signed_at": datetime(2026, 10, 1 + i % 20, 8 + i % 10),
                          "postcode": f"SW{i % 20} {i % 9}AA", "status": "valid", "last_name": f"N{i}",
                          "event_id": None, "volunteer_id": None} for i in range(rows)]
                start = time.perf_counter()
                with db.session() as s:
                    s.execute(insert(Signature), batch)
                samples[with_triggers].append(time.perf_counter() - start)
                db.dispose()
    f = Figure(f"bulk insert of {rows:,} signatures, tally triggers on (baseline: off)", samples[True],
               baseline=samples[False], target="< 1.5x")
    f.met = (f.ratio or 0) < 1.5
    return f


def main(quick: bool) -> None:
    size = 50_000 if quick else 1_000_000
    url, campaign_id = demo_database(size)
    from drivekit.services import build_services
    from drivekit.storage import migrate
    from drivekit.storage.db import Database

    path = Path(tempfile.gettempdir()) / f"drivekit-bench-dashboard-{size}.sqlite3"
    _copy(url.split("///", 1)[1], path)  # the shared demo file stays at the schema it was built with
    db = Database(f"sqlite:///{path}")
    before = migrate.current_revision(db)
    start = time.perf_counter()
    migrate.upgrade(db)
    upgrade_s = time.perf_counter() - start
    svc = build_services(db)
    d = svc.dashboard.dashboard(campaign_id)
    raw = sqlite_driver.connect(str(path))
    tally_rows = raw.execute("SELECT count(*) FROM signature_tally").fetchone()[0]
    service = timed(lambda: svc.dashboard.dashboard(campaign_id), 9)
    baseline = timed(lambda: _raw_dashboard(raw, campaign_id), 3)
    dash = Figure(f"all dashboard figures ({d.total:,} signatures, {d.unique_signers:,} unique)", service,
                  baseline=baseline, target="< 300 ms",
                  notes={"tally rows": tally_rows, "targets": len(d.by_target), "events": len(d.by_event),
                         "volunteers": len(d.by_volunteer), "days": len(d.by_day)})
    dash.met = dash.median < 0.3
    stats = Figure("stats (the CLI's figures)", timed(lambda: svc.stats.stats(campaign_id), 9), target="< 300 ms")
    stats.met = stats.median < 0.3
    out = Path(tempfile.gettempdir()) / f"drivekit-bench-report-{size}.pdf"
    report_s = timed(lambda: svc.dashboard.export_report(campaign_id, out, force=True), 3)
    pdf = Figure("export report (figures + PDF with charts)", report_s, target="< 2 s")
    pdf.met = pdf.median < 2
    upgrade = Figure("upgrade of the copy (fills the tallies when it was built before schema 0009)", [upgrade_s],
                     notes={"schema before": before})
    raw.close()
    db.dispose()
    out.unlink(missing_ok=True)
    report(f"Dashboard on {size:,} signatures", [dash, stats, pdf, upgrade, _trigger_cost(20_000)])
    path.unlink(missing_ok=True)


if __name__ == "__main__":
    main(quick_flag())
