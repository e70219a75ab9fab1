"""Saving one signature durably through the service layer vs a raw sqlite3 insert+commit.

Target (issue 2): service median within 10x of the raw baseline, same pragmas, same run.
"""

from __future__ import annotations

import tempfile
from itertools import count
from pathlib import Path

from benchmarks.common import Figure, quick_flag, report, timed
from drivekit.storage import sqlite_driver


def _raw_baseline(path: Path, repeat: int) -> list[float]:
    conn = sqlite_driver.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=10000", "secure_delete=ON"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE s (id INTEGER PRIMARY KEY, uuid TEXT UNIQUE, first_name TEXT, last_name TEXT, "
                 "email TEXT, postcode TEXT, signed_at TEXT)")
    n = count()

    def insert() -> None:
        i = next(n)
        conn.execute("BEGIN")
        conn.execute("INSERT INTO s (uuid, first_name, last_name, email, postcode, signed_at) VALUES (?,?,?,?,?,?)",
                     (f"u{i}", "Zoë", f"Łukasiewicz{i}", f"zoe{i}@example.org", "SW1A 1AA", "2026-11-01T10:00:00"))
        conn.execute("COMMIT")

    try:
        return timed(insert, repeat)
    finally:
        conn.close()


def _service(path: Path, repeat: int, existing: int) -> list[float]:
    from drivekit.domain.validation import SignerInput
    from drivekit.services import build_services
    from drivekit.storage import migrate
    from drivekit.storage.db import Database

    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    svc = build_services(db)
    campaign_id = svc.demo.create(existing, seed=1).campaign_id if existing else svc.campaigns.create("B", "t", 10).id
    n = count()

    def save() -> None:
        i = next(n)
        svc.signatures.save(campaign_id, SignerInput(
            first_name="Zoë", last_name=f"Łukasiewicz{i}", email=f"zoe{i}@example.org", phone="07400 123456",
            postcode="sw1a1aa", city="London", comment="Keep it open", petition_consent=True))

    try:
        save()  # warm caches (validation rules, statement cache)
        return timed(save, repeat)
    finally:
        db.dispose()


def main(quick: bool) -> None:
    repeat = 100 if quick else 500
    existing = 10_000 if quick else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        raw = _raw_baseline(Path(tmp) / "raw.sqlite3", repeat)
        svc = _service(Path(tmp) / "svc.sqlite3", repeat, existing)
    figure = Figure(f"save one signature (service, {existing:,} already in the campaign)", svc, baseline=raw,
                    target="median within 10x of raw sqlite3 insert+commit")
    figure.met = (figure.ratio or 99) <= 10
    report("Saving a signature", [figure])


if __name__ == "__main__":
    main(quick_flag())
