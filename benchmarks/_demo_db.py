"""A demo database of N signatures, built once and cached in the temp folder (1M rows take minutes)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def demo_database(signatures: int, seed: int = 1) -> Path:
    """Path to a migrated SQLite file holding one demo campaign of `signatures` signers."""
    from drivekit.services import build_services
    from drivekit.storage import migrate
    from drivekit.storage.db import Database

    folder = Path(os.environ.get("DRIVEKIT_BENCH_CACHE") or Path(tempfile.gettempdir()) / "drivekit-bench")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"demo-{signatures}-seed{seed}.sqlite3"
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    for leftover in folder.glob(partial.name + "*"):
        leftover.unlink()
    db = Database(f"sqlite:///{partial}")
    migrate.upgrade(db)
    build_services(db).demo.create(signatures, seed=seed)
    db.checkpoint()
    db.dispose()
    partial.rename(path)  # only a complete database is ever reused
    return path


if __name__ == "__main__":
    import sys
    import time

    start = time.perf_counter()
    print(demo_database(int(sys.argv[1])), f"{time.perf_counter() - start:.1f} s")
