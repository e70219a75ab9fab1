"""Collect page speed: Save to a cleared, ready form (target < 50 ms), and GUI start-up time.

Save: median of N saves through the real CollectPage (offscreen), each including validation, the
durable commit, today's count, clearing the form and handling the resulting events; baseline is a raw
sqlite3 INSERT + COMMIT of the same signers with the same pragmas (WAL, synchronous=FULL) in the same
folder and run. The signers are the demo's (`SignerData`: names in many scripts, addresses, emails,
phones and comments on their realistic shares), those living in the campaign's country (the form's
default), typed into the form field by field.
Start-up: `python -m drivekit` on an empty database until its first window is shown (the program quits
right after, DRIVEKIT_QUIT_AFTER_SHOW=1); baseline is a bare PySide6 QMainWindow shown the same way.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import Figure, quick_flag, report, timed
from drivekit.services.demo_data import SignerData, Timeline
from drivekit.storage import sqlite_driver

TYPED = ("first_name", "last_name", "email", "phone", "address", "postcode", "city", "comment")

ROOT = Path(__file__).resolve().parents[1]
BARE_WINDOW = (
    "import sys\nfrom PySide6.QtCore import QTimer\nfrom PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv[:1])\nw = QMainWindow()\nw.setWindowTitle('bare')\nw.show()\n"
    "QTimer.singleShot(0, app.quit)\nsys.exit(app.exec())\n"
)


def _env(data_dir: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "DRIVEKIT_DATA_DIR": str(data_dir),
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), "DRIVEKIT_QUIT_AFTER_SHOW": "1"}


def bench_startup(runs: int, folder: Path) -> Figure:
    samples, baseline = [], []
    for i in range(runs):
        data = folder / f"start{i}"
        data.mkdir()
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "drivekit", "--db", str(data / "empty.sqlite3")], env=_env(data),
                       check=True, capture_output=True)
        samples.append(time.perf_counter() - started)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", BARE_WINDOW], env=_env(data), check=True, capture_output=True)
        baseline.append(time.perf_counter() - started)
    fig = Figure("start-up to first window (empty database, migrations included)", samples, baseline=baseline,
                 target="< 1.5 s")
    fig.met = fig.median < 1.5
    return fig


def signers(n: int, country: str = "GB") -> list[dict[str, Any]]:
    """`n` realistic signers (seeded) living in `country`, as a volunteer would type them."""
    data = SignerData(n * 3, seed=17, campaign_id="", consent_version="", device_id=None, timeline=Timeline.plain())
    rows = [r for batch in data.batches() for r in batch if r["country"] == country]
    assert len(rows) >= n, "too few signers living in the campaign's country"
    return [{f: r[f] or "" for f in TYPED} for r in rows[:n]]


def _raw_baseline(path: Path, rows: list[dict[str, Any]]) -> list[float]:
    conn = sqlite_driver.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(f"CREATE TABLE sig (id INTEGER PRIMARY KEY, uuid TEXT UNIQUE, {', '.join(f + ' TEXT' for f in TYPED)}, "
                 "signed_at TEXT)")
    counter = iter(range(10**9))
    sql = f"INSERT INTO sig (uuid, {', '.join(TYPED)}, signed_at) VALUES (?, {', '.join('?' for _ in TYPED)}, ?)"

    def insert() -> None:
        i = next(counter)
        row = rows[i % len(rows)]
        conn.execute("BEGIN")
        conn.execute(sql, (f"u{i}", *(row[f] or None for f in TYPED), "2026-01-01T00:00:00"))
        conn.execute("COMMIT")

    samples = timed(insert, len(rows))
    conn.close()
    return samples


def bench_save(n: int, folder: Path) -> Figure:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    import drivekit.ui  # noqa: F401  (applies the PySide6/Python 3.11 workaround first)
    from drivekit.services import build_services
    from drivekit.storage import migrate
    from drivekit.storage.db import Database
    from drivekit.ui.collect.page import CollectPage

    app = QApplication.instance() or QApplication([])
    db = Database(f"sqlite:///{folder / 'collect.sqlite3'}")
    migrate.upgrade(db)
    services = build_services(db)
    campaign = services.campaigns.create("Bench", "Benchmark petition", 1000, "Org", "GB")
    event = services.campaigns.add_event(campaign.id, "Rally")
    page = CollectPage(services)
    page.set_campaign(campaign.id)
    page.event_combo.setCurrentIndex(page.event_combo.findData(event.id))
    page.resize(1024, 700)
    page.show()
    app.processEvents()
    rows = signers(n + 3)
    counter = iter(range(10**9))

    def fill() -> None:
        row = rows[next(counter)]
        form = page.form
        for name in TYPED:
            form.inputs[name].setText(row[name])  # type: ignore[attr-defined]
        form.consent.setChecked(True)
        app.processEvents()

    def save() -> None:
        assert page.save() is not None
        app.processEvents()  # the cleared form is repainted and ready
        assert page.form.text("first_name") == ""

    for _ in range(3):  # warm-up: first-use imports (email/phonenumbers/address rules)
        fill()
        save()
    samples = timed(save, n, setup=fill)
    baseline = _raw_baseline(folder / "raw.sqlite3", rows[3:])
    page.close()
    db.dispose()
    fig = Figure("Save to cleared form ready (CollectPage, offscreen)", samples, baseline=baseline, target="< 50 ms")
    fig.met = fig.median < 0.050
    fig.notes["p90_ms"] = round(sorted(samples)[int(len(samples) * 0.9) - 1] * 1000, 2)
    return fig


def main(quick: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        figures = [bench_save(40 if quick else 200, folder), bench_startup(3 if quick else 5, folder)]
    report("Collect (GUI)", figures)


if __name__ == "__main__":
    main(quick_flag())
