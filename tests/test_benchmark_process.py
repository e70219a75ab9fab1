"""The whole-process sync benchmark times a real command and accounts for all of its time."""

from __future__ import annotations

import os
from pathlib import Path

from benchmarks.bench_sync_process import PHASES, run_command


def test_a_command_is_timed_whole_and_split_into_its_phases(tmp_path: Path) -> None:
    env = {**os.environ, "DRIVEKIT_DATA_DIR": str(tmp_path / "data")}
    wall, cpu, phases = run_command(["--db", str(tmp_path / "x.sqlite3"), "init"], env)
    assert (tmp_path / "x.sqlite3").exists()
    assert list(phases) == list(PHASES) and all(p >= 0 for p in phases.values())
    assert abs(sum(phases.values()) - wall) < 0.05 and 0 < cpu
    assert phases["imports of the core"] > 0.01  # SQLAlchemy and the services are imported in it
