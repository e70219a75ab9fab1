"""CSV and OSDI exports for online tools (issue 14) vs a raw SQLite SELECT + json.dumps of each row.

Every signer with a phone gets a distinct number, as in real drives: each phone number is looked up
(number type, region) once, so a demo's few repeated numbers would flatter the OSDI export.
Target: the OSDI export of 50,000 signatures within 4x of the raw dump (consent, regions, phone types).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from benchmarks.common import Figure, quick_flag, report, timed
from drivekit.storage import sqlite_driver


def _raw(path: Path, out: Path) -> None:
    conn = sqlite_driver.connect(path)
    try:
        with open(out, "w", encoding="utf-8") as f:
            for row in conn.execute("SELECT uuid, first_name, last_name, email, phone, address, postcode, city, "
                                    "region, country, comment, signed_at, contact_consent FROM signature "
                                    "WHERE status = 'valid' ORDER BY id"):
                f.write(json.dumps(row, ensure_ascii=False) + ",\n")
    finally:
        conn.close()


def main(quick: bool) -> None:
    from drivekit.export import tables
    from drivekit.services import build_services
    from drivekit.storage import migrate
    from drivekit.storage.db import Database

    size, repeat = (10_000, 3) if quick else (50_000, 3)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite3"
        db = Database(f"sqlite:///{path}")
        migrate.upgrade(db)
        svc = build_services(db)
        campaign_id = svc.demo.create(size, seed=3).campaign_id
        with db.engine.begin() as conn:  # distinct, valid UK mobile numbers
            conn.exec_driver_sql("UPDATE signature SET phone = '+4474' || printf('%08d', id) WHERE phone IS NOT NULL")
            phones = conn.exec_driver_sql("SELECT count(*) FROM signature WHERE phone IS NOT NULL").scalar()
        out = Path(tmp) / "out"
        raw = timed(lambda: _raw(path, out), repeat)

        def export(kind: str, **kw: object) -> list[float]:
            def clear() -> None:  # each run looks every phone number and region up afresh
                for cached in ("osdi_phone", "region_code"):
                    getattr(getattr(tables, cached, None), "cache_clear", lambda: None)()
            return timed(lambda: svc.delivery.export_table(campaign_id, kind, out, **kw), repeat, clear)  # type: ignore[arg-type]

        notes = {"signatures": size, "distinct phones": phones}
        figures = [
            Figure("OSDI export", export("osdi"), baseline=raw, notes=notes),
            Figure("OSDI export --include-contacts", export("osdi", include_contacts=True), baseline=raw),
            Figure("CSV export (DriveKit columns)", export("csv"), baseline=raw),
            Figure("CSV export --format actionnetwork", export("csv", csv_format="actionnetwork"), baseline=raw),
        ]
        db.dispose()
    figures[1].target = "within 4x of the raw dump"
    figures[1].met = (figures[1].ratio or 99) <= 4
    report(f"Exports for online tools ({size:,} signatures)", figures)


if __name__ == "__main__":
    main(quick_flag())
