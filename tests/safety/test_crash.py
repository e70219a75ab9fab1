"""Crash safety, proven: processes saving signatures, importing a CSV file and importing a sync
bundle are killed (SIGKILL, no chance to tidy up) at random moments, at least 30 times each.
Afterwards every acknowledged save is there, the file passes PRAGMA integrity_check, a killed CSV
import left all of its rows or none (or, once imports resume, all after running it again), and
running a killed bundle import again finishes it with exact counts.

DRIVEKIT_CRASH_KILLS sets the kills per kind (default 30); DRIVEKIT_CRASH_SEED the random moments.
"""

from __future__ import annotations

import csv
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from drivekit.domain.validation import SignerInput
from drivekit.services import Services, build_services
from drivekit.storage import migrate, sqlite_driver
from drivekit.storage.db import Database

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")]

REPO = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("crash_worker.py")
KILLS = int(os.environ.get("DRIVEKIT_CRASH_KILLS", "30"))
SEED = int(os.environ.get("DRIVEKIT_CRASH_SEED", "20261203"))
ROWS = 1500  # in the CSV file and in the bundle


def _open(path: Path) -> Services:
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    return build_services(db)


def _close(services: Services) -> None:
    services.db.dispose()


class Worker:
    """One worker process; `kill_after(seconds)` kills it that long after it said "ready"."""

    def __init__(self, *args: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen([sys.executable, str(WORKER), *args], stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert line.strip() == "ready", (line, self.proc.stderr.read() if self.proc.stderr else "")
        self.started = time.monotonic()

    def kill_after(self, seconds: float) -> list[str]:
        """SIGKILL at that moment (unless it finished first); returns every line it printed."""
        remaining = seconds - (time.monotonic() - self.started)
        try:
            self.proc.wait(timeout=max(0.0, remaining))
        except subprocess.TimeoutExpired:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        assert self.proc.stdout is not None
        out = self.proc.stdout.read().splitlines()
        err = self.proc.stderr.read() if self.proc.stderr else ""
        self.proc.stdout.close()
        if self.proc.stderr:
            self.proc.stderr.close()
        assert self.proc.returncode in (0, -signal.SIGKILL), err
        return out


def _integrity(path: Path) -> list[str]:
    """PRAGMA integrity_check as the next start of DriveKit would see it (WAL recovered first)."""
    conn = sqlite_driver.connect(path)
    try:
        return [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


def _count(path: Path, where: str = "1", params: tuple[Any, ...] = ()) -> int:
    conn = sqlite_driver.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM signature WHERE {where}", params).fetchone()[0])
    finally:
        conn.close()


def _report(kind: str, kills: int, **figures: Any) -> None:
    line = f"crash safety [{kind}]: {kills} kills survived; " + ", ".join(f"{k} {v}" for k, v in figures.items())
    print(line)
    out = os.environ.get("DRIVEKIT_CRASH_REPORT")
    if out:
        with open(out, "a", encoding="utf-8") as fh:
            fh.write(line + "\n")


@pytest.fixture
def campaign_db(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "drive.sqlite3"
    services = _open(path)
    c = services.campaigns.create("Keep the pool open", "We ask the council to keep the pool open.", 5000,
                                  "Swimmers", "GB")
    _close(services)
    return path, c.id


def test_killed_while_saving_every_acknowledged_save_is_there(campaign_db) -> None:  # type: ignore[no-untyped-def]
    path, cid = campaign_db
    rng = random.Random(SEED)
    acked: list[str] = []
    for kill in range(KILLS):
        worker = Worker("save", str(path), cid, str(kill * 100_000))
        lines = worker.kill_after(rng.uniform(0.05, 1.2))
        acked += [line.split()[1] for line in lines if line.startswith("ack ")]
        assert _integrity(path) == ["ok"], f"after kill {kill + 1}"
        conn = sqlite_driver.connect(path)
        present = {r[0] for r in conn.execute("SELECT uuid FROM signature")}
        conn.close()
        missing = [u for u in acked if u not in present]
        assert not missing, f"after kill {kill + 1}: {len(missing)} acknowledged saves lost"
    assert len(acked) > KILLS  # the kills fell while saves were happening, not before the first
    _report("saving", KILLS, acknowledged_saves=len(acked), lost=0)


def _write_csv(path: Path, rows: int) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["first_name", "last_name", "email", "postcode", "city", "country"])
        for i in range(rows):
            out.writerow([f"Row{i}", "Importer", f"row{i}@example.org", "SW1A 1AA", "London", "GB"])


def _timed_import(path: Path, *args: str) -> float:
    """How long one uninterrupted run takes here (the kills are spread over it)."""
    worker = Worker(*args)
    lines = worker.kill_after(600)
    assert lines and lines[-1].startswith("done"), lines
    return time.monotonic() - worker.started


def test_killed_csv_import_leaves_all_rows_or_none(campaign_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    template, cid = campaign_db
    sheet = tmp_path / "sheets.csv"
    _write_csv(sheet, ROWS)
    calibrate = tmp_path / "calibrate.sqlite3"
    shutil.copyfile(template, calibrate)
    duration = _timed_import(calibrate, "csv", str(calibrate), cid, str(sheet))
    assert _count(calibrate) == ROWS
    rng = random.Random(SEED + 1)
    outcomes = {"none": 0, "all": 0, "finished by running it again": 0}
    for kill in range(KILLS):
        path = tmp_path / f"csv-{kill}.sqlite3"
        shutil.copyfile(template, path)
        Worker("csv", str(path), cid, str(sheet)).kill_after(rng.uniform(0.0, duration * 1.1))
        assert _integrity(path) == ["ok"], f"after kill {kill + 1}"
        left = _count(path)
        assert left <= ROWS
        if left == ROWS:
            outcomes["all"] += 1
        else:
            services = _open(path)
            try:
                services.imports.import_csv(cid, sheet)
            finally:
                _close(services)
            assert _count(path) == ROWS, f"after kill {kill + 1} and running the import again"
            outcomes["none" if left == 0 else "finished by running it again"] += 1
        conn = sqlite_driver.connect(path)
        doubled = conn.execute("SELECT count(*) FROM (SELECT email FROM signature GROUP BY email "
                               "HAVING count(*) > 1)").fetchone()[0]
        conn.close()
        assert doubled == 0
        path.unlink()
    _report("CSV import", KILLS, rows=ROWS, **{k.replace(" ", "_"): v for k, v in outcomes.items()})


@pytest.fixture
def bundle_setup(tmp_path: Path) -> tuple[Path, Path, Path, str]:
    """An organiser database (template), a laptop's bundle of ROWS signatures, and the organiser key."""
    from drivekit.sync.fileformat.keys import generate_organiser_keys

    org = _open(tmp_path / "organiser.sqlite3")
    c = org.campaigns.create("Save the pool", "We ask the council to keep the pool open.", 5000, "Swimmers", "GB")
    generate_organiser_keys(tmp_path / "keys")
    key = tmp_path / "keys" / "organiser.key"
    org.sync.export_campaign(c.id, tmp_path / "campaign.dkc", key)
    laptop = _open(tmp_path / "laptop.sqlite3")
    laptop.sync.import_campaign(tmp_path / "campaign.dkc")
    me = laptop.sync.identity()
    org.sync.enrol_device(me.id, me.name, me.public_key)
    sheet = tmp_path / "laptop.csv"
    _write_csv(sheet, ROWS)
    laptop.imports.import_csv(c.id, sheet)
    for i in range(3):  # and a withdrawal, which the bundle carries too
        laptop.signatures.save(c.id, SignerInput(first_name=f"Late{i}", last_name="Signer", postcode="SW1A 1AA",
                                                 petition_consent=True))
    late = laptop.signatures.list(c.id, search="Late0")[0]
    laptop.signatures.withdraw(late.uuid)
    bundle = tmp_path / "laptop.dkb"
    laptop.sync.export_bundle(bundle, c.id)
    _close(laptop)
    _close(org)
    return tmp_path / "organiser.sqlite3", bundle, key, c.id


def test_rerunning_a_killed_bundle_import_finishes_it_with_exact_counts(bundle_setup, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    template, bundle, key, cid = bundle_setup
    total = ROWS + 3
    calibrate = tmp_path / "calibrate-org.sqlite3"
    shutil.copyfile(template, calibrate)
    duration = _timed_import(calibrate, "bundle", str(calibrate), str(bundle), str(key))
    rng = random.Random(SEED + 2)
    finished_by_rerun = already = 0
    for kill in range(KILLS):
        path = tmp_path / f"org-{kill}.sqlite3"
        shutil.copyfile(template, path)
        Worker("bundle", str(path), str(bundle), str(key)).kill_after(rng.uniform(0.0, duration * 1.1))
        assert _integrity(path) == ["ok"], f"after kill {kill + 1}"
        live_before = _count(path, "status != 'withdrawn'")
        services = _open(path)
        try:
            [report] = services.sync.import_bundles([bundle], key_path=key)
            stats = services.stats.stats(cid)
            again = services.sync.import_bundles([bundle], key_path=key)[0]
        finally:
            _close(services)
        assert report.outcome in ("imported", "already imported"), report.reason
        if report.outcome == "imported":
            finished_by_rerun += 1
            # every record is counted once: new, already here, or the withdrawal (its tombstone new here)
            assert report.new + report.already_present + report.withdrawals == total
            assert report.new == total - 1 - live_before
        else:
            already += 1
        assert (stats.total, stats.withdrawn) == (total, 1), f"after kill {kill + 1}"
        assert again.outcome == "already imported"
        assert _count(path) == total
        path.unlink()
    _report("bundle import", KILLS, records=total, finished_by_running_again=finished_by_rerun,
            already_complete=already)
