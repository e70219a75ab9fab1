"""Writes the golden files of sync format 2.0 (sealed collection) into tests/data/sync-2.0/.

Run once, then never again for that version:
    PYTHONPATH=$PWD python -m tests.sync.make_golden_sealed
A sealed campaign file (2.0) and a laptop's bundle whose signers are sealed to the organiser (2.0).
The names are made up; the organiser key is a throwaway test key.
"""

from __future__ import annotations

import json
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from drivekit.domain.validation import SignerInput
from drivekit.sync.fileformat.container import SEALED_FORMAT
from drivekit.sync.fileformat.keys import generate_organiser_keys
from tests.sync.make_golden import _svc

OUT = Path(__file__).resolve().parents[1] / "data" / f"sync-{SEALED_FORMAT}"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    generate_organiser_keys(OUT)
    org = _svc(tmp / "org.sqlite3")
    c = org.campaigns.create("Golden sealed petition", "A petition used to test old file formats.", 10, "Test Org",
                             "GB", sealed=True)
    org.campaigns.add_target(c.id, "Test Council", postcode_prefixes=["SW1"])
    event = org.campaigns.add_event(c.id, "Golden stall")
    org.sync.export_campaign(c.id, OUT / "campaign.dkc", OUT / "organiser.key")
    lap = _svc(tmp / "lap.sqlite3")
    lap.sync.import_campaign(OUT / "campaign.dkc")
    at = datetime(2026, 12, 1, 10, 0, tzinfo=timezone.utc)
    people = [("Goldie", "Sealedperson", "goldie@example.org", "SW1A 1AA"), ("Αλέξης", "Δοκιμή", "", "SW1A 2AA"),
              ("Jan", "Probe", "jan@example.org", "E1 6AN"), ("Goldie", "Sealedperson", "", "SW1A 1AA")]
    saved = [lap.signatures.save(c.id, SignerInput(first_name=f, last_name=last, email=e, postcode=p, city="London",
                                                   signed_at=at, petition_consent=True), event_id=event.id,
                                 drawing=b"\x89PNG fake" if i == 0 else None, drawing_format="png" if i == 0 else None)
             for i, (f, last, e, p) in enumerate(people)]
    lap.signatures.withdraw(saved[1].uuid, "asked to be removed")
    lap.sync.export_bundle(OUT / "bundle.dkb", c.id)
    expected = {"campaign": c.id, "signatures": 4, "new": 3, "withdrawals": 1, "possible_duplicates": 1,
                "opened": saved[2].uuid, "opened_name": "Jan Probe", "withdrawn": saved[1].uuid,
                "stats": {"total": 4, "withdrawn": 1, "unique_signers": 2, "duplicates": 1}}
    (OUT / "expected.json").write_text(json.dumps(expected, indent=1), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
