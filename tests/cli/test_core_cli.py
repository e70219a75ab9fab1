"""The CLI contract of DESIGN.md for the core commands: names, --json, exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import DriveKit

CSV = """first_name,last_name,email,phone,address,postcode,city,country,comment,signed_at,contact_consent
Zoë,Łukasiewicz,zoe@example.org,,,N1 9GU,London,,,2026-11-01T10:00,yes
Ana,Lopes,not-an-email,,,,,,,,
Иван,Петров,,,,75001,Paris,FR,,,
"""


def test_init_creates_the_database(drivekit) -> None:  # type: ignore[no-untyped-def]
    data = drivekit.ok("init")
    assert drivekit.db.exists() and data["schema"]
    version = tuple(int(p) for p in data["engine"].removeprefix("SQLite ").split("."))
    assert version >= (3, 44, 0)  # sqlean's SQLite, whatever the interpreter's (docs/privacy.md)


def test_a_campaign_from_creation_to_stats(drivekit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = tmp_path / "petition.txt"
    text.write_text("Keep the library open.\nSeven days a week.", encoding="utf-8")
    cid = drivekit.ok("campaign", "create", "--title", "Library", "--text-file", str(text), "--goal", "599",
                      "--organisation", "Friends")["id"]
    plain = drivekit("campaign", "create", "--title", "Other", "--text", "t", "--goal", "5")
    assert plain.code == 0 and len(plain.out.strip()) == 36  # prints just the id
    target = drivekit.ok("target", "add", cid, "--name", "MP North", "--role", "MP", "--postcode-prefix", "N")["id"]
    event = drivekit.ok("event", "create", cid, "--name", "Rally", "--date", "2026-11-01", "--location", "Square")["id"]
    assert target and event
    csv = tmp_path / "sheet.csv"
    csv.write_text(CSV, encoding="utf-8")
    report = drivekit.ok("signatures", "import", cid, str(csv), "--event", event)
    assert report["imported"] == 2
    assert report["rejected"] == [{"line": 3, "error": report["rejected"][0]["error"]}]
    assert "email" in report["rejected"][0]["error"]
    stats = drivekit.ok("stats", cid)
    by_day = stats.pop("by_day")  # Zoë signed on 1 November; Иван's line has no date: today
    label = stats.pop("campaign_label")
    assert label.startswith("Library — Friends · 20") and label.endswith(cid[:8])
    assert sum(by_day.values()) == 2 and by_day.get("2026-11-01", 0) >= 1
    assert stats == {"total": 2, "valid": 2, "unique_signers": 2, "duplicates": 0, "withdrawn": 0, "goal": 599,
                     "by_event": {"Rally": 2}, "by_target": {"MP North": 1}, "by_volunteer": {"(no volunteer)": 2}}
    text = drivekit("stats", cid).out
    assert "Unique signers: 2 of 599 (0 %)" in text
    assert [line.split() for line in text.splitlines() if line.startswith(("Rally ", "MP North "))] == [
        ["Rally", "2"], ["MP", "North", "1"]]
    listed = drivekit.ok("signatures", "list", cid, "--search", "łukas")["signatures"]
    assert [s["last_name"] for s in listed] == ["Łukasiewicz"]
    withdrawn = drivekit.ok("signatures", "withdraw", listed[0]["uuid"], "--reason", "asked")
    assert withdrawn["status"] == "withdrawn"
    assert drivekit.ok("stats", cid)["withdrawn"] == 1
    assert drivekit.ok("signatures", "list", cid, "--search", "łukas")["signatures"] == []
    campaigns = drivekit.ok("campaign", "list")["campaigns"]
    assert {c["title"] for c in campaigns} == {"Library", "Other"}


def test_json_can_follow_the_command(drivekit) -> None:  # type: ignore[no-untyped-def]
    cid = drivekit("campaign", "create", "--title", "T", "--text", "t", "--goal", "5").out.strip()
    run = drivekit("stats", cid, "--json")
    assert run.code == 0 and run.json["goal"] == 5


@pytest.mark.parametrize("args", [
    ("stats", "no-such-campaign"),
    ("signatures", "withdraw", "no-such-signature"),
    ("campaign", "create", "--title", " ", "--text", "t", "--goal", "5"),
    ("campaign", "create", "--title", "T", "--text-file", "/nonexistent/petition.txt", "--goal", "5"),
])
def test_refused_operations_exit_1_with_one_plain_line(drivekit, args) -> None:  # type: ignore[no-untyped-def]
    run = drivekit(*args)
    assert run.code == 1
    assert len(run.err.strip().splitlines()) == 1
    assert "Traceback" not in run.err and run.out == ""


@pytest.mark.parametrize("args", [
    ("stats",), ("campaign", "create", "--title", "T", "--text", "t", "--goal", "many"), ("no-such-command",),
    ("event", "create", "x", "--name", "E", "--date", "1st of May"),
])
def test_usage_errors_exit_2(drivekit, args) -> None:  # type: ignore[no-untyped-def]
    run = drivekit(*args)
    assert run.code == 2 and "usage" in run.err


def test_unreadable_import_is_refused_and_saves_nothing(drivekit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cid = drivekit.ok("campaign", "create", "--title", "T", "--text", "t", "--goal", "5")["id"]
    bad = tmp_path / "sheet.csv"
    bad.write_bytes("first_name,last_name\nZoë,Ł\n".encode("cp1250"))
    run = drivekit("signatures", "import", cid, str(bad))
    assert run.code == 1 and "not UTF-8" in run.err
    assert drivekit.ok("stats", cid)["total"] == 0


def test_demo_and_version(drivekit) -> None:  # type: ignore[no-untyped-def]
    demo = drivekit.ok("demo", "--signatures", "400", "--seed", "3")
    stats = drivekit.ok("stats", demo["id"])
    assert stats["total"] == 400 and stats["duplicates"] > 0
    version = drivekit("--version", db=False)
    assert version.code == 0 and version.out.startswith("drivekit ")


def test_database_from_the_future_is_refused(drivekit) -> None:  # type: ignore[no-untyped-def]
    from drivekit.storage import sqlite_driver

    drivekit.ok("init")
    with sqlite_driver.connect(drivekit.db) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999'")
    run = drivekit("campaign", "list")
    assert run.code == 1 and "newer version of DriveKit" in run.err


def test_a_postgresql_url_works_like_a_file(drivekit) -> None:  # type: ignore[no-untyped-def]
    import os
    import uuid

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    url = os.environ.get("DRIVEKIT_TEST_PG_URL")
    if not url:
        if os.environ.get("DRIVEKIT_REQUIRE_PG"):
            pytest.fail("DRIVEKIT_REQUIRE_PG is set but DRIVEKIT_TEST_PG_URL is not")
        pytest.skip("no PostgreSQL server (set DRIVEKIT_TEST_PG_URL; .ci/run does)")
    name = f"dk_cli_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        db_url = make_url(url).set(database=name).render_as_string(hide_password=False)
        run = lambda *a: drivekit("--db", db_url, "--json", *a, db=False)  # noqa: E731
        cid = run("campaign", "create", "--title", "PG", "--text", "t", "--goal", "9").json["id"]
        demo = run("demo", "--signatures", "200")
        assert demo.code == 0, demo.err
        sig = run("signatures", "list", cid).json["signatures"]
        assert sig == []
        stats = run("stats", demo.json["id"]).json
        assert stats["total"] == 200
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def test_output_cut_short_by_a_closed_pipe_is_not_an_error(drivekit: DriveKit) -> None:
    """`drivekit signatures list … | head -1`: no traceback, and the command still succeeds."""
    campaign = drivekit.ok("demo", "--signatures", "3000", "--seed", "2")["id"]  # far more than a pipe holds
    cmd = [sys.executable, "-m", "drivekit", "--db", str(drivekit.db), "signatures", "list", campaign]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=drivekit.env)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # as `head -1` does once it has its line
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0, err
    assert first.strip() and "Traceback" not in err and "BrokenPipe" not in err


def test_two_campaigns_with_one_title_are_told_apart(drivekit) -> None:  # type: ignore[no-untyped-def]
    first = drivekit.ok("campaign", "create", "--title", "Save the pool", "--text", "t", "--goal", "5",
                        "--organisation", "Friends of the Pool")["id"]
    second = drivekit.ok("campaign", "create", "--title", "Save the pool", "--text", "t", "--goal", "5",
                         "--organisation", "Swimmers United")["id"]
    drivekit.ok("campaign", "create", "--title", "Only one", "--text", "t", "--goal", "5")
    text = drivekit("campaign", "list").out
    lines = {line.split()[0]: line for line in text.splitlines()}
    assert "Save the pool — Friends of the Pool · " in lines[first] and first[:8] in lines[first].split("·")[-1]
    assert "Save the pool — Swimmers United · " in lines[second]
    assert [line.split("  ")[-1].strip() for line in text.splitlines() if "Only one" in line] == ["Only one"]
    listed = {c["id"]: c for c in drivekit.ok("campaign", "list")["campaigns"]}
    assert listed[first]["title"] == listed[second]["title"] == "Save the pool"  # the fields scripts read are kept
    assert listed[first]["label"] != listed[second]["label"] and listed[first]["created_at"]
    assert "Campaign:" in drivekit("stats", second).out and "Swimmers United" in drivekit("stats", second).out
