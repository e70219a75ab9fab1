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


@pytest.mark.parametrize("side", ["", "-wal"])
def test_sync_export_to_the_database_is_refused(drivekit: DriveKit, campaign: str, side: str) -> None:
    before = db_state(drivekit.db)
    run = drivekit("sync", "export", "--all", "--campaign", campaign, "-o", f"{drivekit.db}{side}", "--force")
    assert run.code == 1 and "open database" in run.err and "Traceback" not in run.err
    assert db_state(drivekit.db) == before and before[0] == "ok"
    # and the incremental export still has everything to send: the refused one changed nothing
    ok = drivekit.ok("sync", "export", "--campaign", campaign, "-o", str(drivekit.db.parent / "b.dkb"))
    assert ok["signatures"] > 0


def test_every_export_command_keeps_an_existing_file_without_force(drivekit: DriveKit, campaign: str,
                                                                    tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    made = drivekit.ok("keys", "organiser", "-o", str(keys))
    assert keys.stat().st_mode & 0o777 == 0o700
    assert Path(made["key"]).stat().st_mode & 0o777 == 0o600
    cert = drivekit.ok("keys", "certificate", "--organisation", "Friends", "-o", str(tmp_path / "cert"))
    assert Path(cert["p12"]).stat().st_mode & 0o777 == 0o600
    old = tmp_path / "old"
    old.write_text("keep me")
    before = drivekit.ok("export", "blank-sheets", campaign, "--pages", "2", "-o", str(tmp_path / "s.pdf"))
    commands = [
        ("export", "osdi", campaign), ("export", "blank-sheets", campaign, "--pages", "1"),
        ("sync", "export", "--campaign", campaign),
        ("campaign", "export", campaign, "--key", made["key"]),
    ]
    for command in commands:
        run = drivekit(*command, "-o", str(old))
        assert run.code == 1 and "already exists" in run.err and "Traceback" not in run.err, command
        assert old.read_text() == "keep me", command
    assert drivekit("keys", "organiser", "-o", str(keys)).code == 1  # a secret key is never replaced
    # one packet per target: when any of them exists, none is written
    packets = [Path(p["file"]) for p in drivekit.ok("export", "packet", campaign, "-o", str(tmp_path / "p.pdf"))[
        "packets"]]
    assert len(packets) > 1
    packets[-1].write_bytes(b"sent last week")
    packets[0].unlink()
    run = drivekit("export", "packet", campaign, "-o", str(tmp_path / "p.pdf"))
    assert run.code == 1 and "already exist" in run.err and "no packet was written" in run.err and not packets[0].exists()
    assert packets[-1].read_bytes() == b"sent last week"
    drivekit.ok("export", "packet", campaign, "-o", str(tmp_path / "p.pdf"), "--force")
    assert all(p.read_bytes().startswith(b"%PDF") for p in packets)
    forced = drivekit.ok("campaign", "export", campaign, "--key", made["key"], "-o", str(old), "--force")
    assert forced["revision"] == 2  # the refused export counted no revision (a new campaign is at 1)
    assert old.read_bytes()[:4] != b"keep" and old.stat().st_mode & 0o777 == 0o600
    sheets = drivekit.ok("export", "blank-sheets", campaign, "--pages", "1", "-o", str(old), "--force")
    assert sheets["first_sheet"] == before["last_sheet"] + 1  # the refused export recorded no sheet numbers
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_names_printed_on_a_terminal_carry_no_escape_sequences(drivekit: DriveKit) -> None:
    title = "\x1b[2J\x1b[31mCleared screen\x1b[0m"
    made = drivekit.ok("campaign", "create", "--title", title, "--text", "Text", "--goal", "10")
    drivekit.ok("target", "add", made["id"], "--name", "Cllr \x1b]0;pwned\x07North")
    for args in (("campaign", "list"), ("stats", made["id"])):
        run = drivekit(*args)
        assert run.code == 0 and "\x1b" not in run.out and "\x07" not in run.out, args
        assert "Cleared screen" in run.out or "North" in run.out
    refused = drivekit("target", "add", "nope\x1b[2J", "--name", "x")
    assert refused.code == 1 and "\x1b" not in refused.err
