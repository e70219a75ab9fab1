"""How tests/data/schema-0001.sqlite3 was made (kept for the record; the file itself is frozen).

Run from the repo root at the commit that introduced schema 0001:
    python tests/data/make_golden_0001.py
"""

from datetime import datetime, timezone
from pathlib import Path

from drivekit.domain.validation import SignerInput
from drivekit.services import build_services
from drivekit.storage import migrate
from drivekit.storage.db import Database

path = Path(__file__).with_name("schema-0001.sqlite3")
path.unlink(missing_ok=True)
db = Database(f"sqlite:///{path}")
migrate.upgrade(db)
svc = build_services(db)
c = svc.campaigns.create("Golden campaign", "Made-up petition text.", 100, "Test Org", "GB")
svc.campaigns.add_target(c.id, "MP North", postcode_prefixes=["N"])
event = svc.campaigns.add_event(c.id, "Rally")
when = datetime(2026, 11, 1, 10, tzinfo=timezone.utc)
people = [("Zoë", "Łukasiewicz", "zoe@example.org", "N1 9GU"), ("Иван", "Петров", "", "75001"),
          ("Zoe", "Lukasiewicz", "ZOE@example.org", ""), ("さくら", "山田", "", "154-0023"), ("Ana", "Lopes", "", "")]
countries = ["GB", "FR", "GB", "JP", "GB"]
saved = [svc.signatures.save(c.id, SignerInput(first_name=f, last_name=last, email=e, postcode=p, country=cc,
                                               petition_consent=True, signed_at=when), event_id=event.id)
         for (f, last, e, p), cc in zip(people, countries, strict=False)]
svc.signatures.withdraw(saved[4].uuid, "made-up withdrawal")
db.checkpoint()
db.dispose()
for suffix in ("-wal", "-shm"):
    Path(str(path) + suffix).unlink(missing_ok=True)
print(path)
