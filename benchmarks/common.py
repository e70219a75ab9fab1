"""Timing helpers shared by the benchmark scripts: medians, min/max, ratio to a baseline, target."""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Figure:
    """One measured quantity, optionally compared with a raw baseline measured in the same run."""

    name: str
    samples: list[float]
    unit: str = "s"
    baseline: list[float] | None = None  # the raw baseline: a bare table (or the plainest way to do the same)
    target: str = ""
    met: bool | None = None
    notes: dict[str, Any] = field(default_factory=dict)
    # The same rows into the same schema (every index, the search index fed in bulk) by plain sqlite3:
    # what this schema allows, beside what a bare table allows.
    schema_baseline: list[float] | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def ratio(self) -> float | None:
        if not self.baseline:
            return None
        base = statistics.median(self.baseline)
        return self.median / base if base else None

    @property
    def schema_ratio(self) -> float | None:
        if not self.schema_baseline:
            return None
        base = statistics.median(self.schema_baseline)
        return self.median / base if base else None


def timed(fn: Callable[[], Any], repeat: int, setup: Callable[[], Any] | None = None) -> list[float]:
    """Wall-clock seconds of `fn()` over `repeat` runs; `setup()` runs before each and is not timed."""
    out = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _fmt(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:.2f} ms" if value < 1 else f"{value:.3f} s"
    return f"{value:.1f} {unit}"


def report(title: str, figures: list[Figure]) -> None:
    """Print figures for people, and as JSON lines when BENCH_JSON is set."""
    print(f"\n== {title} ==")
    for f in figures:
        line = f"{f.name}: median {_fmt(f.median, f.unit)} (min {_fmt(min(f.samples), f.unit)}, max {_fmt(max(f.samples), f.unit)}, n={len(f.samples)})"
        if f.baseline:
            line += f"; baseline median {_fmt(statistics.median(f.baseline), f.unit)}; ratio {f.ratio:.2f}x"
        if f.schema_baseline:
            line += (f"; same-schema baseline median {_fmt(statistics.median(f.schema_baseline), f.unit)}; "
                     f"ratio {f.schema_ratio:.2f}x")
        if f.target:
            verdict = {True: "MET", False: "MISSED", None: "-"}[f.met]
            line += f"; target {f.target}: {verdict}"
        if f.notes:
            line += "; " + ", ".join(f"{k}={v}" for k, v in f.notes.items())
        print(line)
        if os.environ.get("BENCH_JSON"):
            print("BENCH " + json.dumps({**asdict(f), "median": f.median, "ratio": f.ratio,
                                         "schema_ratio": f.schema_ratio}, default=str))
    sys.stdout.flush()


def quick_flag(argv: list[str] | None = None) -> bool:
    return "--quick" in (sys.argv[1:] if argv is None else argv)


def demo_database(signatures: int, seed: int = 1) -> tuple[str, str]:
    """(SQLAlchemy URL, campaign id) of a demo database of this size (the realistic data of
    drivekit.services.demo_data, as `drivekit demo` makes it), built once and cached in the temp dir."""
    import tempfile
    from pathlib import Path

    from drivekit.services import build_services
    from drivekit.storage import migrate
    from drivekit.storage.db import Database

    # "r2": the realistic generator's data (older cached files held the earlier, simpler demo data).
    path = Path(tempfile.gettempdir()) / f"drivekit-bench-demo-r2-{signatures}-{seed}.sqlite3"
    marker = path.with_suffix(".campaign")
    url = f"sqlite:///{path}"
    if path.exists() and marker.exists():
        return url, marker.read_text().strip()
    path.unlink(missing_ok=True)
    db = Database(url)
    migrate.upgrade(db)
    started = time.perf_counter()
    campaign_id = build_services(db).demo.create(signatures, seed=seed).campaign_id
    db.checkpoint()
    db.dispose()
    marker.write_text(campaign_id)
    print(f"(built a {signatures:,}-signature demo database in {time.perf_counter() - started:.0f} s: {path})")
    return url, campaign_id


def demo_copy(signatures: int, folder: os.PathLike[str] | str, seed: int = 1) -> tuple[str, str]:
    """(URL, campaign id) of a private copy of the cached demo database in `folder`, at today's schema.
    For every benchmark that writes (withdrawals) or opens the database with today's code: the cached
    file is shared and may be at an older schema, and it must never be written to."""
    import shutil
    from pathlib import Path

    from drivekit.storage import migrate
    from drivekit.storage.db import Database

    url, campaign_id = demo_database(signatures, seed)
    source = Path(url.removeprefix("sqlite:///"))
    target = Path(folder) / source.name
    shutil.copyfile(source, target)  # the cached file is checkpointed: no -wal to copy
    db = Database(f"sqlite:///{target}")
    migrate.upgrade(db)
    db.checkpoint()
    db.dispose()
    for before in target.parent.glob(f"{target.stem}.before-*"):  # the upgrade's own safety copy
        before.unlink()
    return f"sqlite:///{target}", campaign_id
