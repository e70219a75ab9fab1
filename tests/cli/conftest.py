"""Run the real `drivekit` program in a subprocess against a temporary database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def json(self) -> Any:
        return json.loads(self.out)


class DriveKit:
    def __init__(self, db: Path, data_dir: Path) -> None:
        self.db = db
        self.env = {**os.environ, "PYTHONPATH": str(REPO), "DRIVEKIT_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"}

    def __call__(self, *args: str, db: bool = True, stdin: str | None = None) -> Run:
        cmd = [sys.executable, "-m", "drivekit", *(("--db", str(self.db)) if db else ()), *args]
        proc = subprocess.run(cmd, capture_output=True, text=True, env=self.env, input=stdin, timeout=300, cwd=REPO)
        return Run(proc.returncode, proc.stdout, proc.stderr)

    def ok(self, *args: str) -> Any:
        """Run with --json, require exit 0, return the parsed document."""
        run = self("--json", *args)
        assert run.code == 0, run.err
        return run.json


@pytest.fixture
def drivekit(tmp_path: Path) -> DriveKit:
    return DriveKit(tmp_path / "cli.sqlite3", tmp_path / "data")
