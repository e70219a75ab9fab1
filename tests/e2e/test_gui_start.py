"""The real program starts its window and quits cleanly (offscreen, quitting right after the first show)."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(args: list[str], data_dir: Path, gui: bool = False) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DRIVEKIT_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    if gui:
        env["DRIVEKIT_QUIT_AFTER_SHOW"] = "1"
    return subprocess.run([sys.executable, "-m", "drivekit", *args], capture_output=True, text=True, env=env,
                          timeout=60)


def test_gui_starts_on_an_empty_database_and_creates_it(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite3"
    result = _run(["--db", str(db)], tmp_path, gui=True)
    assert result.returncode == 0, result.stderr[-800:]
    assert db.exists() and db.stat().st_size > 0
    assert (tmp_path / "settings.ini").exists()  # the window's size was remembered on quit


def test_gui_opens_the_existing_campaign(tmp_path: Path) -> None:
    db = tmp_path / "drive.sqlite3"
    made = _run(["--db", str(db), "campaign", "create", "--title", "Clean river", "--text", "Keep it clean.",
                 "--goal", "100"], tmp_path)
    assert made.returncode == 0, made.stderr
    campaign_id = made.stdout.strip()
    result = _run(["--db", str(db)], tmp_path, gui=True)
    assert result.returncode == 0, result.stderr[-800:]
    ini = configparser.ConfigParser()
    ini.read(tmp_path / "settings.ini")
    assert ini["collect"]["campaign"] == campaign_id
