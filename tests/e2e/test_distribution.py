"""DriveKit outside its source tree: a wheel in a fresh environment, the standalone build, a long session.

These run the real program as a volunteer's laptop would: from another folder, with no access to the
checkout (only the wheel or the build), so a resource found through the source folder would fail.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]

# Names in several scripts; the packet must draw every one of them from the installed fonts.
NAMES = [("Zoë", "Ångström"), ("Пётр", "Иванов"), ("Νίκος", "Παπαδόπουλος"), ("محمد", "العلي"),
         ("דנה", "כהן"), ("明", "王"), ("지민", "김"), ("Ana", "Núñez")]


def _clean_env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(DRIVEKIT_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    return env


def _run(cmd: list[str], cwd: Path, env: dict[str, str], timeout: int = 180) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{cmd[1:]} failed:\n{result.stdout[-1500:]}\n{result.stderr[-1500:]}"
    return result


def _signers_csv(path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["first_name", "last_name", "email", "phone", "address", "postcode", "city", "country",
                         "comment", "signed_at", "contact_consent"])
        for n, (first, last) in enumerate(NAMES):
            writer.writerow([first, last, "", "", "", f"EC1A {n}BB", "London", "GB", "", "2026-11-30T10:00:00Z",
                             "no"])


def _drive_a_campaign(drivekit: list[str], cwd: Path, env: dict[str, str]) -> Path:
    """init, a campaign, a target, signers in many scripts, one packet: the path of the packet."""
    db = ["--db", str(cwd / "drive.sqlite3")]
    assert "ready" in _run([*drivekit, *db, "init"], cwd, env).stdout  # the migrations travelled
    campaign = _run([*drivekit, *db, "campaign", "create", "--title", "Open the library", "--text",
                     "We ask the council to open the library on Sundays.", "--goal", "100"], cwd, env).stdout.strip()
    target = _run([*drivekit, *db, "target", "add", campaign, "--name", "Council leader"], cwd, env).stdout.strip()
    _signers_csv(cwd / "signers.csv")
    _run([*drivekit, *db, "signatures", "import", campaign, "signers.csv"], cwd, env)
    _run([*drivekit, *db, "export", "packet", campaign, "--target", target, "-o", "packet.pdf"], cwd, env)
    return cwd / "packet.pdf"


def _assert_packet_lists_everyone(packet: Path) -> None:
    text = "".join(page.extract_text() or "" for page in PdfReader(packet).pages)
    assert "8" in text
    for first, last in [("Zoë", "Ångström"), ("Пётр", "Иванов"), ("Νίκος", "Παπαδόπουλος"), ("Ana", "Núñez")]:
        assert first in text and last in text, (first, last)


def _gui_starts_in_french(drivekit: list[str], cwd: Path, env: dict[str, str], data_dir: Path) -> None:
    (data_dir / "settings.ini").write_text("[view]\nlanguage=fr\n", encoding="utf-8")
    _run([*drivekit, "--db", str(cwd / "drive.sqlite3")], cwd, {**env, "DRIVEKIT_QUIT_AFTER_SHOW": "1"})
    log = (data_dir / "drivekit.log").read_text(encoding="utf-8")
    assert "DriveKit translation loaded: fr" in log


@pytest.mark.slow
def test_a_wheel_installed_elsewhere_does_everything(tmp_path: Path) -> None:
    """`pip install` of the wheel (not -e), run from another folder: packet, migrations, translations."""
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
                   check=True, capture_output=True, timeout=300)
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    purelib = Path(sysconfig.get_paths(vars={"base": str(env_dir), "platbase": str(env_dir)})["purelib"])
    wheel = next(wheels.glob("drivekit-*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "--python", str(env_dir / "bin" / "python"), "install",
                    "--no-deps", "-q", str(wheel)], check=True, capture_output=True, timeout=300)
    # The dependencies come from the test environment's site-packages; its .pth files (among them
    # the editable install of this checkout) are not run for a folder added this way.
    (purelib / "test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    work = tmp_path / "elsewhere"
    work.mkdir()
    data_dir = tmp_path / "data"
    env = _clean_env(data_dir)
    python = str(env_dir / "bin" / "python")
    where = _run([python, "-c", "import drivekit, drivekit.assets as a; print(drivekit.__file__); "
                  "print(a.resource_path('translations', 'drivekit_fr.qm').is_file())"], work, env).stdout.split()
    assert where[0].startswith(str(env_dir)) and where[1] == "True", where
    packet = _drive_a_campaign([str(env_dir / "bin" / "drivekit")], work, env)
    _assert_packet_lists_everyone(packet)
    _gui_starts_in_french([str(env_dir / "bin" / "drivekit")], work, env, data_dir)


@pytest.mark.slow
def test_a_long_collect_session_never_aborts(tmp_path: Path) -> None:
    """3,000 saves through the Collect form in one process (PySide6 6.12 on Python 3.11 used to abort)."""
    result = subprocess.run([sys.executable, str(ROOT / "tests" / "e2e" / "long_collect_session.py"),
                             str(tmp_path / "long.sqlite3"), "3000"], capture_output=True, text=True, timeout=600,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split()[-1] == "3000"


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the build is tested on Linux; see packaging/README.md")
def test_the_standalone_build_runs_without_python(tmp_path: Path) -> None:
    """packaging/build.py makes a folder whose `drivekit` runs the CLI and the GUI with no Python around it."""
    pytest.importorskip("PyInstaller", reason='PyInstaller comes with pip install -e ".[test]"')
    dist = tmp_path / "dist"
    build = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--no-archive", "--dist", str(dist),
                            "--work", str(tmp_path / "work")], capture_output=True, text=True, timeout=1800)
    assert build.returncode == 0, build.stderr[-3000:]
    app = dist / "DriveKit"
    assert (app / "drivekit.desktop").is_file() and (app / "install-desktop-entry.sh").is_file()
    work = tmp_path / "elsewhere"
    work.mkdir()
    data_dir = tmp_path / "data"
    env = _clean_env(data_dir)
    env["PATH"] = "/usr/bin:/bin"  # nothing of the test environment's Python on the way
    drivekit = [str(app / "drivekit")]
    assert _run([*drivekit, "--version"], work, env).stdout.startswith("drivekit ")
    _run([*drivekit, "--db", str(work / "demo.sqlite3"), "demo", "--signatures", "40", "--seed", "3"], work, env)
    listed = json.loads(_run([*drivekit, "--db", str(work / "demo.sqlite3"), "--json", "campaign", "list"],
                             work, env).stdout)
    assert listed["campaigns"][0]["signatures"] == 40
    packet = _drive_a_campaign(drivekit, work, env)
    _assert_packet_lists_everyone(packet)
    _gui_starts_in_french(drivekit, work, env, data_dir)
    shutil.rmtree(tmp_path / "work", ignore_errors=True)
