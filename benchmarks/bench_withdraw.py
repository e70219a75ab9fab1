"""Withdrawing one signer on a 1,000,000-signature database: the service vs a raw erasure.

Target (issue 15): under 200 ms, with the signer's name gone from the search index (FTS5
secure-delete, no rebuild of the index) and the WAL emptied (checkpoint TRUNCATE). The raw
baseline does the least any erasure must: one UPDATE blanking the row (the search index trigger
fires), one tombstone INSERT, COMMIT, checkpoint(TRUNCATE), on a connection with the app's pragmas.
Both run on a copy of the cached demo database (realistic Faker signers, events, duplicates).
"""

from __future__ import annotations

import random
import shutil
import tempfile
from pathlib import Path

from benchmarks.common import Figure, demo_database, quick_flag, report, timed
from drivekit.storage import sqlite_driver

RUNS = 21
ERASED = ("first_name", "last_name", "email", "phone", "address", "postcode", "city", "region", "comment",
          "drawing", "drawing_format", "search_text", "email_key", "person_key", "sheet_number", "sheet_line",
          "country")


def _work_copy(url: str, folder: Path) -> Path:
    source = Path(url.split("///", 1)[1])
    target = folder / "withdraw.sqlite3"
    shutil.copyfile(source, target)
    return target


def _raw_baseline(path: Path, uuids: list[str]) -> list[float]:
    conn = sqlite_driver.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=10000",
                   "secure_delete=ON"):
        conn.execute(f"PRAGMA {pragma}")
    blank = ", ".join(f"{c} = NULL" for c in ERASED)
    pending = iter(uuids)

    def erase() -> None:
        uuid = next(pending)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(f"UPDATE signature SET {blank}, status = 'withdrawn', contact_consent = 0 WHERE uuid = ?",
                     (uuid,))
        conn.execute("INSERT INTO withdrawal (signature_uuid, campaign_id, withdrawn_at, reason) "
                     "SELECT uuid, campaign_id, '2026-12-03 09:00:00', '' FROM signature WHERE uuid = ?", (uuid,))
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    try:
        erase()  # warm the connection's page cache, as the service's warm-up does
        return timed(erase, len(uuids) - 1)
    finally:
        conn.close()


def main(quick: bool) -> None:
    size = 50_000 if quick else 1_000_000
    url, campaign_id = demo_database(size)
    from drivekit.services import build_services
    from drivekit.storage import migrate
    from drivekit.storage.db import Database

    with tempfile.TemporaryDirectory(dir=Path(url.split("///", 1)[1]).parent) as tmp:
        path = _work_copy(url, Path(tmp))
        db = Database(f"sqlite:///{path}")
        migrate.upgrade(db)  # the cached file may predate schema 0005 (secure-delete on)
        with db.engine.connect() as conn:
            valid = list(conn.exec_driver_sql(
                "SELECT uuid FROM signature WHERE campaign_id = ? AND status = 'valid'", (campaign_id,)).scalars())
            version = conn.exec_driver_sql("SELECT sqlite_version()").scalar()
        picked = random.Random(15).sample(valid, 2 * RUNS + 2)
        service_ids, raw_ids = iter(picked[:RUNS + 1]), picked[RUNS + 1:]
        svc = build_services(db)
        before = {u: svc.signatures.get(u) for u in picked[:RUNS + 1]}
        svc.signatures.withdraw(next(service_ids))  # warm caches (statements, ORM mappers)
        service = timed(lambda: svc.signatures.withdraw(next(service_ids)), RUNS)
        # Each withdrawn signer is no longer found by their own name.
        still_found = sum(r.id in svc.signatures.ids(campaign_id, search=f"{r.first_name} {r.last_name}")
                          for r in before.values())
        db.dispose()
        baseline = _raw_baseline(path, raw_ids)
    figure = Figure(f"withdraw one signer ({size:,} signatures)", service, baseline=baseline, target="< 200 ms",
                    notes={"sqlite": version, "runs": RUNS, "withdrawn still found by name": still_found})
    figure.met = figure.median < 0.2
    report(f"Withdrawal on {size:,} signatures", [figure])


if __name__ == "__main__":
    main(quick_flag())
