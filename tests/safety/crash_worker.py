"""A DriveKit process for the crash tests to kill: `python crash_worker.py MODE DB ARGS...`.

It prints "ready" once the database is open, then works; `save` prints "ack <uuid>" after each
save's commit returned (what the Collect page shows as "Saved"), the imports print "done".
"""

from __future__ import annotations

import sys
from pathlib import Path

from drivekit.domain.validation import SignerInput
from drivekit.services import build_services
from drivekit.storage import migrate
from drivekit.storage.db import Database


def main(mode: str, db_path: str, *args: str) -> None:
    db = Database(f"sqlite:///{db_path}")
    migrate.upgrade(db)
    services = build_services(db)
    print("ready", flush=True)
    if mode == "save":
        campaign_id, start = args[0], int(args[1])
        i = start
        while True:
            saved = services.signatures.save(campaign_id, SignerInput(
                first_name=f"Crash{i}", last_name="Tester", email=f"crash{i}@example.org", postcode="SW1A 1AA",
                city="London", petition_consent=True))
            print(f"ack {saved.uuid}", flush=True)
            i += 1
    elif mode == "csv":
        services.imports.import_csv(args[0], Path(args[1]))
        print("done", flush=True)
    elif mode == "bundle":
        [report] = services.sync.import_bundles([Path(args[0])], key_path=Path(args[1]))
        print(f"done {report.outcome}", flush=True)
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main(*sys.argv[1:])
