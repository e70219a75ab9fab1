"""`drivekit sync export` and `drivekit sync import` as a person runs them: whole processes, from the
command to its exit, beside the same work done in-process (what bench_sync times), in the same run.

    PYTHONPATH=$PWD python -m benchmarks.bench_sync_process [--quick]

A 100,000-signature laptop of the demo's realistic signers (10,000 with --quick) exports its bundle
(`--all`), and the organiser imports it into an empty organiser database (a fresh copy each time),
alternately in-process and as a command, 3 times each. Each command runs `drivekit.app.main` in a
fresh `python` with a few timers around it, and says where its time went: Python and the command
line, the core's imports, opening the database (the integrity check when the file changed since the
app last closed it, the schema check), the command's own work, closing (remembering the file as
good, the withdrawals), and the exit. CPU times are user + system, every thread (the command's from
the operating system's accounting of the finished child).
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.bench_sync import _cpu, _fill_laptop, _load, _services, bench_campaign
from benchmarks.common import Figure, report

RUNS = 3
PHASES = ("python and command line", "imports of the core", "opening the database", "the command", "closing",
          "exit")

# The child: drivekit.app.main as `python -m drivekit` runs it, with timers around its parts.
_CHILD = r"""
import json, sys, time
marks = {"started": time.time()}
from drivekit import app
factory_call, factory_close = app.ServicesFactory.__call__, app.ServicesFactory.close

def call(self):
    if self._built is None and "opening" not in marks:
        marks["importing"] = time.time()
        import drivekit.services, drivekit.services.backups, drivekit.storage.db, drivekit.storage.migrate
        marks["opening"] = time.time()
        built = factory_call(self)
        marks["open"] = time.time()
        return built
    return factory_call(self)

def close(self):
    marks["done"] = time.time()
    factory_close(self)
    marks["closed"] = time.time()

app.ServicesFactory.__call__, app.ServicesFactory.close = call, close
status = app.main(sys.argv[1:])
sys.stderr.write("PHASES " + json.dumps(marks) + "\n")
sys.stderr.flush()
sys.exit(status)
"""


def run_command(args: list[str], env: dict[str, str]) -> tuple[float, float, dict[str, float]]:
    """(wall, CPU, seconds per phase) of one `drivekit ARGS` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    spawned = time.time()
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _CHILD, *args], env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    ended = time.time()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise RuntimeError(f"drivekit {' '.join(args)} failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}")
    line = next(x for x in proc.stderr.splitlines() if x.startswith("PHASES "))
    m = json.loads(line.removeprefix("PHASES "))
    edges = [spawned, m["importing"], m["opening"], m["open"], m["done"], m["closed"], ended]
    phases = {name: b - a for name, a, b in zip(PHASES, edges[:-1], edges[1:], strict=True)}
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, phases


def _plain(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main(quick: bool) -> None:
    n = 10_000 if quick else 100_000
    root = Path(tempfile.mkdtemp(prefix="dk-bench-sync-process-"))
    try:
        figures = _run(root, n)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    report(f"sync as a whole process ({'quick' if quick else 'full'})", figures)


def _run(root: Path, n: int) -> list[Figure]:
    org, cid, _public, key = bench_campaign(root, root / "template.sqlite3")
    org.db.checkpoint()
    org.db.dispose()
    template, laptop = root / "template.sqlite3", root / "laptop.sqlite3"
    lap = _services(laptop)
    lap.sync.import_campaign(root / "c.dkc")
    _fill_laptop(lap, cid, n)
    lap.db.dispose()
    lap.backups.closing()  # as the app leaves it: closed cleanly, known good
    env = {**os.environ, "DRIVEKIT_DATA_DIR": str(root / "data")}
    bundle = root / "one.dkb"

    figures = []
    fixed = {"python -c pass": [_plain(["-c", "pass"], env) for _ in range(RUNS)],
             "drivekit --version": [_plain(["-m", "drivekit", "--version"], env) for _ in range(RUNS)]}
    devices = [run_command(["--db", str(laptop), "sync", "devices"], env) for _ in range(RUNS)]

    exports: dict[str, list[tuple[float, float]]] = {"in": [], "out": []}
    export_phases: list[dict[str, float]] = []
    for _ in range(RUNS):  # alternately: in this process, then as a command
        svc = _services(laptop)
        before, start = _cpu(), time.perf_counter()
        svc.sync.export_bundle(bundle, cid, everything=True, force=True)
        exports["in"].append((time.perf_counter() - start, _cpu() - before))
        svc.db.dispose()
        svc.backups.closing()
        wall, cpu, phases = run_command(["--db", str(laptop), "sync", "export", "-o", str(bundle), "--campaign", cid,
                                         "--all", "--force"], env)
        exports["out"].append((wall, cpu))
        export_phases.append(phases)
    # The 3 s target is for 100,000 (the size); a command's fixed start-up cost does not scale down.
    figures += _pair(f"sync export, {n:,} signatures", exports, export_phases, 3.0 if n >= 100_000 else None)

    imports: dict[str, list[tuple[float, float]]] = {"in": [], "out": []}
    import_phases: list[dict[str, float]] = []
    for i in range(RUNS):
        target = root / f"in{i}.sqlite3"
        shutil.copy(template, target)
        svc = _services(target)
        before, start = _cpu(), time.perf_counter()
        svc.sync.import_bundles([bundle], key_path=key, enrol=True)
        imports["in"].append((time.perf_counter() - start, _cpu() - before))
        svc.db.dispose()
        target = root / f"out{i}.sqlite3"
        shutil.copy(template, target)
        wall, cpu, phases = run_command(["--db", str(target), "sync", "import", str(bundle), "--key", str(key),
                                         "--enrol"], env)
        imports["out"].append((wall, cpu))
        import_phases.append(phases)
    figures += _pair(f"sync import, {n:,} signatures, empty organiser database", imports, import_phases, None)

    figures += [Figure(f"start-up: {name}", samples) for name, samples in fixed.items()]
    figures.append(Figure("a command that opens the database and does nothing (sync devices)",
                          [d[0] for d in devices], notes={"cpu_median": _median_s([d[1] for d in devices]),
                                                          **_phase_notes([d[2] for d in devices])}))
    return figures


def _pair(name: str, runs: dict[str, list[tuple[float, float]]], phases: list[dict[str, float]],
          target_s: float | None) -> list[Figure]:
    inside = Figure(f"{name}, in-process (as bench_sync times it)", [w for w, _c in runs["in"]],
                    notes={"cpu_median": _median_s([c for _w, c in runs["in"]]), "load": _load()})
    whole = Figure(f"{name}, whole process (drivekit sync ...)", [w for w, _c in runs["out"]],
                   baseline=inside.samples, notes={"cpu_median": _median_s([c for _w, c in runs["out"]]),
                                                   "gap_median": _median_s([w for w, _c in runs["out"]], inside.samples),
                                                   **_phase_notes(phases)})
    if target_s is not None:
        whole.target, whole.met = f"< {target_s:g} s", whole.median < target_s
    return [inside, whole]


def _median_s(samples: list[float], minus: list[float] | None = None) -> str:
    value = statistics.median(samples) - (statistics.median(minus) if minus else 0.0)
    return f"{value:.2f} s"


def _phase_notes(phases: list[dict[str, float]]) -> dict[str, Any]:
    return {name: f"{statistics.median(p[name] for p in phases) * 1000:.0f} ms" for name in PHASES}


if __name__ == "__main__":
    main("--quick" in sys.argv[1:])
