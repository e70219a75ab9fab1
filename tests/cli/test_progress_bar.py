"""Long command-line work shows a progress bar to a person at a terminal, and nothing to scripts."""

from __future__ import annotations

import io
import json
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

from drivekit.commands.progress_bar import TerminalProgress

from .conftest import REPO, DriveKit


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_bar_fills_and_ends_its_line() -> None:
    out = _Tty()
    bar = TerminalProgress(out, clock=iter(range(0, 10_000)).__next__)
    bar.start(1000, "Importing signatures")
    for _ in range(10):
        bar.advance(100)
    text = out.getvalue()
    assert "Importing signatures" in text
    assert "[" + "#" * 10 in text and " 50%" in text and "100%" in text
    assert "1,000 / 1,000" in text
    assert text.endswith("\n") and text.count("\n") == 1  # redrawn in place, one finished line


def test_each_file_gets_its_own_line_and_names_lose_their_escapes() -> None:
    out = _Tty()
    bar = TerminalProgress(out)
    bar.start(10, "Importing \x1b[2Jevil")
    bar.advance(4)
    bar.start(5, "Importing second")  # the first stopped early (e.g. refused): its line is closed
    bar.advance(5)
    text = out.getvalue()
    assert "\x1b[2J" not in text and "Importing [2Jevil" in text
    assert text.count("\n") == 2


def test_no_bar_when_nobody_watches() -> None:
    pipe = io.StringIO()  # not a terminal
    bar = TerminalProgress(pipe)
    bar.start(10, "x")
    bar.advance(10)
    assert pipe.getvalue() == ""


def _under_a_terminal(drivekit: DriveKit, *args: str) -> tuple[int, str, str]:
    """Run drivekit with stderr on a pseudo-terminal (as a person at a shell has), stdout on a pipe."""
    master, slave = pty.openpty()
    cmd = [sys.executable, "-m", "drivekit", "--db", str(drivekit.db), *args]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=slave, env={**drivekit.env, "COLUMNS": "100"},
                            cwd=REPO)
    os.close(slave)
    seen = b""
    while True:
        ready, _, _ = select.select([master], [], [], 120)
        if not ready:
            break
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child closed its end
            break
        if not chunk:
            break
        seen += chunk
    out = proc.stdout.read().decode() if proc.stdout else ""
    code = proc.wait(timeout=120)
    os.close(master)
    return code, out, seen.decode(errors="replace")


def test_demo_and_csv_import_show_a_bar_on_a_terminal(drivekit: DriveKit, tmp_path: Path) -> None:
    code, out, err = _under_a_terminal(drivekit, "demo", "--signatures", "300", "--seed", "3")
    assert code == 0, err
    assert "100%" in err and "300 / 300" in err
    campaign = out.split()[2]
    csv = tmp_path / "sheet.csv"
    csv.write_text("first_name,last_name,postcode,country\n"
                   + "".join(f"Ana{i},Lopez,28001,ES\n" for i in range(50)), encoding="utf-8")
    code, out, err = _under_a_terminal(drivekit, "signatures", "import", campaign, str(csv))
    assert code == 0, err
    assert "Imported 50 signatures" in out
    assert "100%" in err and "50 / 50" in err


def test_json_output_stays_one_document_without_a_bar(drivekit: DriveKit) -> None:
    code, out, err = _under_a_terminal(drivekit, "--json", "demo", "--signatures", "200", "--seed", "3")
    assert code == 0, err
    assert "%" not in err and "[" not in err
    assert drivekit("--json", "campaign", "list").code == 0
    assert json.loads(out)["signatures"] == 200
