"""Exports never destroy inputs: the database is never a destination, nothing is replaced without --force."""

from __future__ import annotations

from pathlib import Path

import pytest

from drivekit.storage import sqlite_driver
from tests.cli.conftest import DriveKit


def db_state(db: Path) -> tuple[str, int]:
    with sqlite_driver.connect(db) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0], conn.execute(
            "SELECT count(*) FROM signature").fetchone()[0]


@pytest.fixture
def campaign(drivekit: DriveKit) -> str:
    return str(drivekit.ok("demo", "--signatures", "30", "--seed", "3")["id"])


@pytest.mark.parametrize("kind", ["csv", "osdi"])
@pytest.mark.parametrize("side", ["", "-wal", "-shm"])
def test_export_to_the_database_is_refused(drivekit: DriveKit, campaign: str, kind: str, side: str) -> None:
    before = db_state(drivekit.db)
    run = drivekit("export", kind, campaign, "-o", f"{drivekit.db}{side}", "--force")
    assert run.code == 1 and "open database" in run.err and "Traceback" not in run.err
    assert len(run.err.strip().splitlines()) == 1
    assert db_state(drivekit.db) == before and before[0] == "ok" and before[1] >= 30


def test_existing_file_is_replaced_only_with_force(drivekit: DriveKit, campaign: str, tmp_path: Path) -> None:
    out = tmp_path / "signers.csv"
    out.write_text("my earlier work\n")
    run = drivekit("export", "csv", campaign, "-o", str(out))
    assert run.code == 1 and "already exists" in run.err and "--force" in run.err
    assert out.read_text() == "my earlier work\n"
    count = drivekit.ok("export", "csv", campaign, "-o", str(out), "--force")["count"]
    lines = out.read_text(encoding="utf-8").splitlines()
    assert count > 20 and len(lines) == count + 1 and lines[0].startswith("first_name,last_name")
    assert out.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
