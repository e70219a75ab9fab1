"""A demo database of N signatures, built once and cached in the temp folder (1M rows take ~5 minutes).

Same contract and cache files as `benchmarks.common.demo_database` on main (written in parallel);
at merge this module can go and the Signatures benchmark import that one instead.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path


def demo_database(signatures: int, seed: int = 1) -> tuple[str, str]:
    """(SQLAlchemy URL, campaign id) of a demo database of this size, built once and cached."""
    from drivekit.services import build_services
    from drivekit.storage import migrate
    from drivekit.storage.db import Database

    path = Path(tempfile.gettempdir()) / f"drivekit-bench-demo-{signatures}-{seed}.sqlite3"
    marker = path.with_suffix(".campaign")  # written last: only a complete database is reused
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


if __name__ == "__main__":
    import sys

    print(demo_database(int(sys.argv[1])))
