"""The sync commands as a script would use them: the real program in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(tmp: Path, *args: str, db: str = "org.sqlite3") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DRIVEKIT_DATA_DIR": str(tmp / "data")}
    return subprocess.run([sys.executable, "-m", "drivekit", "--db", str(tmp / db), *args],
                          cwd=tmp, env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_round_trip_from_keys_to_import(tmp_path: Path) -> None:
    (tmp_path / "pass.txt").write_text("a long passphrase\n")
    made = run(tmp_path, "keys", "organiser", "-o", "keys", "--passphrase-file", "pass.txt", "--json")
    assert made.returncode == 0, made.stderr
    fingerprint = json.loads(made.stdout)["fingerprint"]
    cid = run(tmp_path, "campaign", "create", "--title", "Pool", "--text", "Keep it open", "--goal", "10").stdout.strip()
    assert run(tmp_path, "event", "create", cid, "--name", "Stall").returncode == 0
    out = run(tmp_path, "campaign", "export", cid, "-o", "c.dkc", "--key", "keys/organiser.key",
              "--passphrase-file", "pass.txt")
    assert out.returncode == 0 and fingerprint in out.stdout, out.stderr
    imp = run(tmp_path, "campaign", "import", "c.dkc", "--json", db="lap.sqlite3")
    assert json.loads(imp.stdout)["outcome"] == "installed"
    (tmp_path / "s.csv").write_text("first_name,last_name,email,postcode,city\nAda,Lovelace,ada@example.org,SW1A 1AA,London\n"
                                    "Alan,Turing,,SW1A 2AA,London\n")
    assert run(tmp_path, "signatures", "import", cid, "s.csv", db="lap.sqlite3").returncode == 0
    exp = run(tmp_path, "sync", "export", "-o", "b.dkb", "--json", db="lap.sqlite3")
    assert exp.returncode == 0, exp.stderr
    data = json.loads(exp.stdout)
    assert (data["signatures"], data["encrypted_for"]) == (2, fingerprint)
    assert len(data["device"]["fingerprint"]) == 24
    again = run(tmp_path, "sync", "export", "-o", "b2.dkb", db="lap.sqlite3")
    assert again.returncode == 1 and "Nothing new" in again.stderr
    laptop_fp = data["device"]["fingerprint"]
    stranger = run(tmp_path, "sync", "import", "b.dkb", "--key", "keys/organiser.key", "--passphrase-file", "pass.txt")
    [line] = stranger.stderr.splitlines()
    assert stranger.returncode == 1 and "b.dkb" in line and laptop_fp in line and "not enrolled" in line, line
    enrolled = run(tmp_path, "sync", "import", "b.dkb", "--enrol", "--key", "keys/organiser.key",
                   "--passphrase-file", "pass.txt")
    assert enrolled.returncode == 0, enrolled.stderr
    assert f"Enrolled device {data['device']['name']} ({data['device']['id'][:8]}), fingerprint {laptop_fp}." \
        in enrolled.stdout
    assert "Received by campaign “Pool”: b.dkb." in enrolled.stdout  # which campaign took the file
    (tmp_path / "s2.csv").write_text("first_name,last_name\nGrace,Hopper\n")
    assert run(tmp_path, "signatures", "import", cid, "s2.csv", db="lap.sqlite3").returncode == 0
    assert run(tmp_path, "sync", "export", "-o", "b3.dkb", db="lap.sqlite3").returncode == 0
    no_key = run(tmp_path, "sync", "import", "b3.dkb")
    assert no_key.returncode == 1 and "b3.dkb" in no_key.stderr and "Traceback" not in no_key.stderr
    ok = run(tmp_path, "sync", "import", "b3.dkb", "--key", "keys/organiser.key", "--passphrase-file", "pass.txt",
             "--json")
    assert ok.returncode == 0, ok.stderr
    [report] = json.loads(ok.stdout)["files"]
    assert (report["outcome"], report["new"]) == ("imported", 1)
    rep = run(tmp_path, "sync", "import", "b.dkb", "b.dkb", "--key", "keys/organiser.key", "--passphrase-file", "pass.txt")
    assert rep.returncode == 0 and rep.stdout.count("already imported") == 2
    (tmp_path / "cut.dkb").write_bytes((tmp_path / "b.dkb").read_bytes()[:200])
    bad = run(tmp_path, "sync", "import", "cut.dkb", "--key", "keys/organiser.key", "--passphrase-file", "pass.txt")
    assert bad.returncode == 1 and "cut.dkb" in bad.stderr and "cut short" in bad.stderr
    devices = json.loads(run(tmp_path, "sync", "devices", "--json").stdout)["devices"]
    assert any(d["fingerprint"] == laptop_fp and d["bundles"] == 2 and d["trust"] == "enrolled" for d in devices)
    stats = json.loads(run(tmp_path, "stats", cid, "--json").stdout)
    assert stats["total"] == 3
    # The laptop is lost: its next bundles are refused; what it sent before stays.
    revoked = run(tmp_path, "sync", "revoke", laptop_fp.lower().replace("-", ""))
    assert revoked.returncode == 0 and laptop_fp in revoked.stdout, revoked.stderr
    (tmp_path / "s3.csv").write_text("first_name,last_name\nMallory,Thief\n")
    assert run(tmp_path, "signatures", "import", cid, "s3.csv", db="lap.sqlite3").returncode == 0
    assert run(tmp_path, "sync", "export", "-o", "b4.dkb", db="lap.sqlite3").returncode == 0
    late = run(tmp_path, "sync", "import", "b4.dkb", "--enrol", "--key", "keys/organiser.key",
               "--passphrase-file", "pass.txt")
    assert late.returncode == 1 and "revoked" in late.stderr
    assert json.loads(run(tmp_path, "stats", cid, "--json").stdout)["total"] == 3
    assert run(tmp_path, "sync", "revoke", "AAAA-BBBB").returncode == 1


def test_keys_group_is_shared_and_campaign_keeps_create(tmp_path: Path) -> None:
    from drivekit.cli import build_parser

    parser = build_parser()
    args = parser.parse_args(["keys", "organiser", "-o", "x"])
    assert args.keys_command == "organiser"
    assert parser.parse_args(["campaign", "create", "--title", "t", "--text", "x", "--goal", "1"]).campaign_command == "create"
    assert parser.parse_args(["campaign", "import", "f.dkc"]).campaign_command == "import"
    assert parser.parse_args(["sync", "import", "a", "b", "--key", "k"]).files == [Path("a"), Path("b")]
