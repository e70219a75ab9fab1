"""The delivery commands as a script would run them: files written, exit codes, --json."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from drivekit.storage import sqlite_driver

ROOT = Path(__file__).resolve().parents[2]


def run(tmp_path: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DRIVEKIT_DATA_DIR": str(tmp_path / "data")}
    res = subprocess.run([sys.executable, "-m", "drivekit", "--db", str(tmp_path / "db.sqlite3"), *args],
                         capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL)
    if check:
        assert res.returncode == 0, res.stderr
    return res


@pytest.fixture
def demo(tmp_path: Path) -> str:
    return json.loads(run(tmp_path, "demo", "--signatures", "300", "--json").stdout)["id"]


@pytest.mark.slow
def test_packets_per_target_signed_and_verified(tmp_path: Path, demo: str) -> None:
    keys = tmp_path / "keys"
    run(tmp_path, "keys", "certificate", "--organisation", "Friends", "-o", str(keys))
    assert (keys / "certificate.p12").stat().st_mode & 0o077 == 0
    out = json.loads(run(tmp_path, "export", "packet", demo, "-o", str(tmp_path / "p.pdf"), "--sign",
                         str(keys / "certificate.p12"), "--json").stdout)
    stats = json.loads(run(tmp_path, "stats", demo, "--json").stdout)
    packets = out["packets"]
    assert len(packets) == len(stats["by_target"]) > 1
    assert sorted(p["count"] for p in packets) == sorted(stats["by_target"].values())
    first = Path(packets[0]["file"])
    assert first.exists() and first.name.startswith("p-")
    ok = run(tmp_path, "verify", str(first), "--cert", str(keys / "certificate.pem"))
    assert "signature intact" in ok.stdout and "Friends" in ok.stdout
    data = bytearray(first.read_bytes())
    at = data.index(b"stream", 3000) + 30
    data[at] ^= 0x20
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(bytes(data))
    bad = run(tmp_path, "verify", str(altered), check=False)
    assert bad.returncode == 1 and "NOT a valid" in bad.stderr and "Traceback" not in bad.stderr


def test_csv_osdi_and_blank_sheets(tmp_path: Path, demo: str) -> None:
    csv_out = json.loads(run(tmp_path, "export", "csv", demo, "-o", str(tmp_path / "s.csv"), "--json").stdout)
    assert (tmp_path / "s.csv").read_text(encoding="utf-8").splitlines()[0].startswith("first_name,last_name,email")
    an = tmp_path / "an.csv"
    run(tmp_path, "export", "csv", demo, "-o", str(an), "--format", "actionnetwork")
    assert an.read_text(encoding="utf-8").startswith("first_name,last_name,email,zip_code,can2_phone")
    run(tmp_path, "export", "osdi", demo, "-o", str(tmp_path / "o.json"))
    doc = json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))
    assert doc["total_signatures"] == csv_out["count"] == len(doc["_embedded"]["osdi:signatures"])
    sheets = json.loads(run(tmp_path, "export", "blank-sheets", demo, "-o", str(tmp_path / "b.pdf"), "--pages", "2",
                            "--json").stdout)
    used = sqlite_driver.connect(tmp_path / "db.sqlite3").execute("SELECT max(sheet_number) FROM signature").fetchone()[0]
    assert used and (sheets["first_sheet"], sheets["last_sheet"]) == (used + 1, used + 2)  # after the demo's paper ones
    audit = run(tmp_path, "verify", str(tmp_path / "b.pdf"), check=False)
    assert audit.returncode == 1


def test_refusals_exit_1_with_one_line(tmp_path: Path, demo: str) -> None:
    res = run(tmp_path, "export", "packet", demo, "--target", "nope", "-o", str(tmp_path / "x.pdf"), check=False)
    assert res.returncode == 1 and res.stderr.count("\n") == 1 and "target" in res.stderr
    res = run(tmp_path, "keys", "certificate", "--organisation", "O", "-o", str(tmp_path / "k"),
              "--passphrase-file", str(tmp_path / "missing.txt"), check=False)
    assert res.returncode == 1
    pw = tmp_path / "pw.txt"
    pw.write_text("secret\n")
    run(tmp_path, "keys", "certificate", "--organisation", "O", "-o", str(tmp_path / "k"), "--passphrase-file", str(pw))
    res = run(tmp_path, "export", "packet", demo, "-o", str(tmp_path / "x.pdf"), "--sign",
              str(tmp_path / "k" / "certificate.p12"), check=False)
    assert res.returncode == 1 and "passphrase" in res.stderr
    assert run(tmp_path, "export", "packet", check=False).returncode == 2


def test_every_table_export_says_who_was_left_out_and_why(tmp_path: Path, demo: str) -> None:
    stats = json.loads(run(tmp_path, "stats", demo, "--json").stdout)
    an = json.loads(run(tmp_path, "export", "csv", demo, "-o", str(tmp_path / "an.csv"), "--format", "actionnetwork",
                        "--include-contacts", "--json").stdout)
    left = an["left_out"]
    assert left["no_contact_consent"] > 0 and left.get("withdrawn", 0) == stats["withdrawn"]
    assert an["left_out_total"] == sum(left.values()) == stats["total"] - an["count"]
    assert an["count"] == an["contact_details"] > 0
    lines = (tmp_path / "an.csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == an["count"] + 1 and not any(",'+" in line for line in lines)  # phones are not quoted
    text = run(tmp_path, "export", "csv", demo, "-o", str(tmp_path / "an2.csv"), "--format", "actionnetwork").stdout
    assert f"Left out: {an['left_out_total']} signers:" in text
    assert f"  {left['no_contact_consent']} did not agree to be contacted" in text
    osdi = json.loads(run(tmp_path, "export", "osdi", demo, "-o", str(tmp_path / "o.json"), "--json").stdout)
    assert "no_contact_consent" not in osdi["left_out"] and osdi["contacts_withheld"] > 0
    assert osdi["count"] + osdi["left_out_total"] == stats["total"]
    text = run(tmp_path, "export", "osdi", demo, "-o", str(tmp_path / "o2.json")).stdout
    assert "Contact details left out for" in text and "Left out:" in text


def test_packets_say_who_is_in_none_of_them_and_why(tmp_path: Path, demo: str) -> None:
    stats = json.loads(run(tmp_path, "stats", demo, "--json").stdout)
    out = json.loads(run(tmp_path, "export", "packet", demo, "-o", str(tmp_path / "p.pdf"), "--json").stdout)
    left = out["left_out"]
    assert left.get("withdrawn", 0) == stats["withdrawn"] and left.get("outside_target", 0) == out["outside_targets"]
    assert sum(p["count"] for p in out["packets"]) + sum(left.values()) >= stats["total"]
    text = run(tmp_path, "export", "packet", demo, "-o", str(tmp_path / "q.pdf")).stdout
    assert f"Left out: {sum(left.values())} signers:" in text
