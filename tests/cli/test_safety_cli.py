"""backup, restore and check from the command line: exit codes, one plain line, --json."""

from __future__ import annotations

import os
from pathlib import Path


def _campaign_with_signatures(drivekit) -> str:  # type: ignore[no-untyped-def]
    return str(drivekit.ok("demo", "--signatures", "60")["id"])


def test_backup_check_restore_round_trip(drivekit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cid = _campaign_with_signatures(drivekit)
    made = drivekit.ok("backup")["backups"]
    assert len(made) == 1 and Path(made[0]["path"]).parent == drivekit.db.parent / "backups"
    out = tmp_path / "copy.sqlite3"
    assert drivekit.ok("backup", "-o", str(out))["backups"][0]["path"] == str(out)
    again = drivekit("backup", "-o", str(out))
    assert again.code == 1 and "already exists" in again.err and "Traceback" not in again.err
    assert drivekit.ok("check") == {"database": str(drivekit.db), "ok": True, "schema": drivekit.ok("init")["schema"]}

    first = drivekit.ok("signatures", "list", cid, "--limit", "1")["signatures"][0]
    drivekit.ok("signatures", "withdraw", first["uuid"])
    restored = drivekit.ok("restore", str(out))
    assert restored["withdrawals_reapplied"] == 1 and Path(restored["kept_copy"]).exists()
    again = {s["uuid"]: s for s in drivekit.ok("signatures", "list", cid)["signatures"]}
    assert again[first["uuid"]]["status"] == "withdrawn" and again[first["uuid"]]["last_name"] is None


def test_check_exits_1_on_a_damaged_database_naming_a_backup(drivekit) -> None:  # type: ignore[no-untyped-def]
    _campaign_with_signatures(drivekit)
    backup = drivekit.ok("backup")["backups"][0]["path"]
    size = drivekit.db.stat().st_size
    with open(drivekit.db, "r+b") as fh:
        fh.seek(size // 2)
        fh.write(os.urandom(8192))
    run = drivekit("check")
    assert run.code == 1 and run.out == ""
    assert len(run.err.strip().splitlines()) == 1 and "damaged" in run.err and f'drivekit restore "{backup}"' in run.err
    # any other command refuses at start-up with the same advice, never a traceback
    run = drivekit("campaign", "list")
    assert run.code == 1 and "damaged" in run.err and "Traceback" not in run.err
    assert drivekit("restore", backup).code == 0
    assert drivekit("check").code == 0
    assert drivekit.ok("campaign", "list")["campaigns"]


def test_restore_of_a_file_that_is_not_a_database_is_refused(drivekit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _campaign_with_signatures(drivekit)
    junk = tmp_path / "holiday.jpg"
    junk.write_bytes(b"\xff\xd8\xff" + os.urandom(5000))
    run = drivekit("restore", str(junk))
    assert run.code == 1 and "not an SQLite database" in run.err and "Nothing was changed" in run.err
    assert drivekit("check").code == 0
