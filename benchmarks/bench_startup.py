"""Start-up as a person sees it: the whole `python -m drivekit` process under a real X server.

The benchmark starts its own Xvfb and openbox on a free display, launches the program with
DRIVEKIT_STARTUP_PROBE=1 and times, from outside the process, the lines the program prints
(drivekit/ui/startup_probe.py):
- window: the main window is mapped, painted and takes input (what a person sees first: its page names,
  menus and "Opening the database…", drawn before the database is opened);
- ready: the database is open and the first page shows its data and counts;
- Delivery first switch: from the Ctrl+3 key press (xdotool) to the Delivery page painted.
Raw baseline: a bare PySide6 QMainWindow started, painted and timed the same way.
Each figure is the median of fresh processes; the first start after copying a database (file not yet
checked, caches cold for this file) is reported apart. The shared 1,000,000-signature database is
copied first (never written). The window is closed with Ctrl+Q as a person would.
Skipped, with a message, where Xvfb, openbox or xdotool is missing.
"""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.common import Figure, quick_flag, report

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ("Xvfb", "openbox", "xdotool")
DELIVERY_PAGE = 2  # Ctrl+3
BARE_WINDOW = (
    "import sys\n"
    "from PySide6.QtCore import QEvent, QObject, QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "class After(QObject):\n"
    "    def eventFilter(self, w, e):\n"
    "        if e.type() == QEvent.Type.Paint:\n"
    "            w.removeEventFilter(self)\n"
    "            QTimer.singleShot(0, lambda: (print('drivekit-probe window', flush=True), app.quit()))\n"
    "        return False\n"
    "app = QApplication(sys.argv[:1])\n"
    "w = QMainWindow()\nw.setWindowTitle('bare')\nw.resize(1100, 760)\n"
    "f = After()\nw.installEventFilter(f)\nw.show()\n"
    "sys.exit(app.exec())\n"
)


class Display:
    """A private Xvfb + openbox at 1280x800, stopped on exit."""

    def __init__(self) -> None:
        self.number = next(n for n in range(140, 400)
                           if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists())
        self.name = f":{self.number}"
        self._procs: list[subprocess.Popen[bytes]] = []

    def __enter__(self) -> Display:
        self._procs.append(subprocess.Popen(["Xvfb", self.name, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{self.number}").exists():
            if time.monotonic() > deadline:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.05)
        self._procs.append(subprocess.Popen(["openbox"], env={**os.environ, "DISPLAY": self.name},
                                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        time.sleep(0.5)  # openbox takes over the screen
        return self

    def __exit__(self, *_: object) -> None:
        for proc in reversed(self._procs):
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()

    def env(self, data_dir: Path) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DRIVEKIT_QUIT_AFTER_SHOW")}
        return {**env, "DISPLAY": self.name, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT),
                "DRIVEKIT_DATA_DIR": str(data_dir), "DRIVEKIT_STARTUP_PROBE": "1"}

    def xdotool(self, *args: str) -> str:
        return subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": self.name}, check=True,
                              capture_output=True, text=True, timeout=30).stdout


class Launched:
    """A started process whose probe lines are timed as they arrive."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.lines: queue.Queue[tuple[float, str]] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.stderr = ""
        threading.Thread(target=self._read_err, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put((time.perf_counter(), line.strip()))

    def _read_err(self) -> None:
        assert self.proc.stderr is not None
        self.stderr = self.proc.stderr.read()

    def wait_for(self, mark: str, timeout: float = 120) -> float:
        """Seconds from launch to the probe line `mark`."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                at, line = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                self.proc.kill()
                raise RuntimeError(f"no '{mark}' from the program; stderr: {self.stderr[-800:]}") from None
            if line == f"drivekit-probe {mark}":
                return at - self.started

    def finish(self, display: Display, timeout: float = 120) -> None:
        """Close the window as a person would (Ctrl+Q), then wait for the process."""
        try:
            wid = display.xdotool("search", "--onlyvisible", "--name", "^DriveKit$").split()[0]
            display.xdotool("windowactivate", "--sync", wid, "key", "--clearmodifiers", "ctrl+q")
            self.proc.wait(timeout)
        except (subprocess.SubprocessError, IndexError):
            self.proc.kill()
            self.proc.wait()


def start_once(display: Display, db: Path, data_dir: Path, delivery: bool) -> dict[str, float]:
    """One fresh process: seconds to the window, to ready, and (if asked) the Delivery first switch."""
    if data_dir.exists():
        shutil.rmtree(data_dir)
    data_dir.mkdir(parents=True)
    run = Launched([sys.executable, "-m", "drivekit", "--db", str(db)], display.env(data_dir))
    out = {"window": run.wait_for("window"), "ready": run.wait_for("ready")}
    if delivery:
        wid = display.xdotool("search", "--onlyvisible", "--name", "^DriveKit$").split()[0]
        display.xdotool("windowactivate", "--sync", wid)
        pressed = time.perf_counter()
        display.xdotool("key", "--clearmodifiers", f"ctrl+{DELIVERY_PAGE + 1}")
        out["delivery"] = run.wait_for(f"page {DELIVERY_PAGE}") - (pressed - run.started)
        out["delivery_filled"] = run.wait_for(f"filled {DELIVERY_PAGE}") - (pressed - run.started)
    run.finish(display)
    return out


def bare_once(display: Display, data_dir: Path) -> float:
    run = Launched([sys.executable, "-c", BARE_WINDOW], display.env(data_dir))
    took = run.wait_for("window")
    run.proc.wait(30)
    return took


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def measure(display: Display, label: str, db: Path, folder: Path, runs: int, delivery: bool) -> list[Figure]:
    first = start_once(display, db, folder / "data-first", delivery)
    samples = [start_once(display, db, folder / f"data-{i}", delivery) for i in range(runs)]
    bare = [bare_once(display, folder / "data-bare") for _ in range(runs)]
    load = load_average()

    def figure(name: str, key: str, target: str, limit: float, baseline: list[float] | None) -> Figure:
        fig = Figure(f"{name} ({label})", [s[key] for s in samples], baseline=baseline, target=target)
        fig.met = fig.median < limit if limit else None
        fig.notes["first_start_s"] = round(first[key], 3)
        fig.notes["load"] = load
        return fig

    limit = 0.8 if label == "empty database" else 1.2
    figures = [
        figure("start-up to a drawn, usable window", "window", f"< {limit} s", limit, bare),
        figure("start-up to the first page filled", "ready", "", 0, bare),
    ]
    if delivery:
        figures.append(figure("Delivery page first switch, key to page painted", "delivery", "< 300 ms", 0.3, None))
        figures.append(figure("Delivery page first switch, key to counts filled", "delivery_filled", "", 0, None))
    return figures


def main(quick: bool) -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        print(f"\n== Start-up (whole process, X server) ==\nskipped: {', '.join(missing)} not installed")
        return
    from benchmarks.common import demo_database

    runs = 3 if quick else 5
    big = 200_000 if quick else 1_000_000
    url, _campaign = demo_database(big)
    shared = Path(url.removeprefix("sqlite:///"))
    with tempfile.TemporaryDirectory() as tmp, Display() as display:
        folder = Path(tmp)
        (folder / "empty").mkdir()
        figures = measure(display, "empty database", folder / "empty" / "drive.sqlite3", folder, runs, False)
        copy = folder / "big" / "drive.sqlite3"
        copy.parent.mkdir()
        subprocess.run(["cp", "--sparse=always", str(shared), str(copy)], check=True)  # never write the shared file
        figures += measure(display, f"{big:,} signatures", copy, folder, runs, True)
    report("Start-up (whole process, Xvfb + openbox)", figures)


if __name__ == "__main__":
    main(quick_flag())
