"""The standalone build beside the source install: start-up to the first window, and size on disk.

Start-up: the build's `drivekit` and the source install's `python -m drivekit`, each on an empty
database until its first window is shown (DRIVEKIT_QUIT_AFTER_SHOW=1), alternated run by run so both
see the same machine load. Target: the build within 1.5x the source install's median.
Size: the build folder, against the installed size of DriveKit and every package it needs at run time.
The build is taken from dist/DriveKit (made by `python packaging/build.py`), or made once into the
temporary folder if there is none (a few minutes).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

from benchmarks.common import Figure, quick_flag, report

ROOT = Path(__file__).resolve().parents[1]


def _build() -> Path:
    built = ROOT / "dist" / "DriveKit" / "drivekit"
    if built.exists():
        return built
    cache = Path(tempfile.gettempdir()) / "drivekit-bench-build"
    built = cache / "dist" / "DriveKit" / "drivekit"
    if not built.exists():
        print("(building the standalone folder once; a few minutes)")
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--no-archive",
                        "--dist", str(cache / "dist"), "--work", str(cache / "work")], check=True)
    return built


def _env(data_dir: Path, with_source: bool) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if with_source:
        env["PYTHONPATH"] = str(ROOT)
    env.update(DRIVEKIT_DATA_DIR=str(data_dir), DRIVEKIT_QUIT_AFTER_SHOW="1",
               QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return env


def _time(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def runtime_install_size() -> int:
    """Bytes on disk of DriveKit and, recursively, every distribution it requires (no extras)."""
    seen: set[str] = set()
    todo = ["drivekit"]
    total = 0
    while todo:
        name = re.split(r"[ ;<>=!~\[]", todo.pop(), maxsplit=1)[0].lower().replace("_", "-")
        if name in seen:
            continue
        seen.add(name)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        for file in dist.files or []:
            path = Path(str(file.locate()))
            if path.is_file():
                total += path.stat().st_size
        todo += [req for req in dist.requires or [] if "extra ==" not in req]
    return total


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(quick: bool) -> None:
    built = _build()
    runs = 3 if quick else 7
    build_times, source_times = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(runs + 1):  # the first pair warms the file cache and is not counted
            data = Path(tmp) / f"run{i}"
            (data / "b").mkdir(parents=True)
            (data / "s").mkdir()
            b = _time([str(built), "--db", str(data / "b" / "empty.sqlite3")], _env(data / "b", False))
            s = _time([sys.executable, "-m", "drivekit", "--db", str(data / "s" / "empty.sqlite3")],
                      _env(data / "s", True))
            if i:
                build_times.append(b)
                source_times.append(s)
    fig = Figure("standalone build: start-up to first window (empty database)", build_times,
                 baseline=source_times, target="<= 1.5x the source install")
    fig.met = fig.ratio is not None and fig.ratio <= 1.5
    build_mb = folder_size(built.parent) / 1e6
    source_mb = runtime_install_size() / 1e6
    size = Figure("standalone build: size on disk", [build_mb], unit="MB", baseline=[source_mb],
                  notes={"baseline": "DriveKit + its run-time packages, installed"})
    report("Standalone build (PyInstaller folder) vs source install", [fig, size])


if __name__ == "__main__":
    main(quick_flag())
