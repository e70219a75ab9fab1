"""A command ends without the interpreter's last garbage collections (0.2 s after a large sync
export), and what it wrote is whole: the database closed cleanly, the files on the disk."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.cli.conftest import REPO

_PROBE = """
import gc, sys
from drivekit import app
status = app.main(sys.argv[1:])
print("frozen", gc.get_freeze_count(), file=sys.stderr)
sys.exit(status)
"""


def _run(drivekit, *args: str) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    return subprocess.run([sys.executable, "-c", _PROBE, "--db", str(drivekit.db), *args], capture_output=True,
                          text=True, env=drivekit.env, timeout=300, cwd=REPO)


def test_a_command_leaves_its_objects_to_the_exit_and_its_work_is_whole(drivekit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    made = _run(drivekit, "campaign", "create", "--title", "Pool", "--text", "Keep it open.", "--goal", "10")
    assert made.returncode == 0, made.stderr
    assert int(made.stderr.split("frozen ")[1].split()[0]) > 10_000  # SQLAlchemy's objects, the models...
    keys = _run(drivekit, "keys", "organiser", "-o", str(tmp_path / "keys"))
    assert keys.returncode == 0, keys.stderr
    assert (tmp_path / "keys" / "organiser.key").stat().st_size > 0
    assert not list((tmp_path / "keys").glob("*.part"))
    listed = drivekit.ok("campaign", "list")  # a fresh process finds the campaign, and no damage to check
    assert [c["title"] for c in listed["campaigns"]] == ["Pool"]
    assert not Path(str(drivekit.db) + "-wal").exists() or Path(str(drivekit.db) + "-wal").stat().st_size == 0


def test_a_refused_command_also_ends_at_once(drivekit) -> None:  # type: ignore[no-untyped-def]
    refused = _run(drivekit, "stats", "no-such-campaign")
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert int(refused.stderr.split("frozen ")[1].split()[0]) > 10_000


_DURING = """
import gc, sys
import drivekit.commands.sync as commands
from drivekit import app

real = commands.cmd_sync_devices


def spy(services, args):
    services()  # what every command does first: the core imported, the database open
    print("frozen during the command", gc.get_freeze_count(), file=sys.stderr)
    return real(services, args)


commands.cmd_sync_devices = spy
sys.exit(app.main(sys.argv[1:]))
"""


def test_a_command_works_with_the_start_up_objects_out_of_the_collector_s_sight(drivekit) -> None:  # type: ignore[no-untyped-def]
    """SQLAlchemy's, the models' and the services' objects live as long as the command: its full
    collections walk only the command's own objects (0.2 s of CPU less in a 100,000 import)."""
    run = subprocess.run([sys.executable, "-c", _DURING, "--db", str(drivekit.db), "--json", "sync", "devices"],
                         capture_output=True, text=True, env=drivekit.env, timeout=300, cwd=REPO)
    assert run.returncode == 0, run.stderr
    assert int(run.stderr.split("frozen during the command ")[1].split()[0]) > 10_000
    assert json.loads(run.stdout) == {"devices": []}
