"""First start in a new place: the data folder is made for its owner only, or refused in plain words."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _drivekit(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DRIVEKIT_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "drivekit", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_a_new_data_folder_is_made_for_its_owner_only(tmp_path: Path) -> None:
    data_dir = tmp_path / "fresh" / "DriveKit"
    result = _drivekit(["campaign", "list"], data_dir)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert (data_dir / "drivekit.sqlite3").is_file()


def test_an_unusable_data_folder_is_one_plain_line(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = _drivekit(["campaign", "list"], blocker / "DriveKit")
    assert result.returncode == 1
    assert result.stderr.startswith("drivekit: DriveKit cannot keep its files in ")
    assert "DRIVEKIT_DATA_DIR" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
