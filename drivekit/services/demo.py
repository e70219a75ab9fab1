"""A realistic, deterministic demo campaign (Faker), for trying the app and for benchmarks."""

from __future__ import annotations

import random
import unicodedata
from collections import deque
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import insert, select, update

from drivekit.domain.signer_fields import DEFAULT_REQUIRED
from drivekit.domain.validation import CleanSigner, normalise_postcode
from drivekit.errors import BadInput
from drivekit.progress import NullProgress, Progress
from drivekit.services.campaigns import DEFAULT_CONSENT, consent_version
from drivekit.services.common import audit, new_id, take_sequence
from drivekit.services.signatures import PERSONAL_FIELDS, signature_row
from drivekit.storage import duplicate_marks
from drivekit.storage.db import Database
from drivekit.storage.models import VALID, WITHDRAWN, Campaign, Event, Signature, Target, Volunteer, Withdrawal

# (Faker locale, ISO country, share of signers). Most sign at home; the rest are visitors and
# residents whose names come from many scripts.
LOCALES = (
    ("en_GB", "GB", 0.62), ("fr_FR", "FR", 0.05), ("de_DE", "DE", 0.05), ("es_ES", "ES", 0.04),
    ("pl_PL", "PL", 0.04), ("ru_RU", "RU", 0.03), ("el_GR", "GR", 0.03), ("ar_AA", "GB", 0.03),
    ("he_IL", "IL", 0.02), ("zh_CN", "CN", 0.03), ("ja_JP", "JP", 0.03), ("ko_KR", "KR", 0.03),
)
RESIDENT_SHARE = 0.5  # of foreign-name signers, this share live in the campaign's country
POOL = 400
BATCH = 5000
DUPLICATE_SHARE = 0.02
WITHDRAWN_SHARE = 0.002


@dataclass(frozen=True)
class DemoResult:
    campaign_id: str
    signatures: int


@dataclass
class _Pool:
    country: str
    first: list[str]
    last: list[str]
    places: list[tuple[str, str, str]]  # (address, postcode, city)
    comments: list[str]


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if ch.isascii() and ch.isalnum()).lower()


def _make_pool(locale: str, country: str, seed: int) -> _Pool:
    from faker import Faker

    fake = Faker(locale)
    fake.seed_instance(seed)
    first = [fake.first_name() for _ in range(POOL)]
    last = [fake.last_name() for _ in range(POOL)]
    places: list[tuple[str, str, str]] = []
    for _ in range(POOL // 2):
        try:
            postcode = normalise_postcode(fake.postcode(), country)
        except (ValueError, AttributeError):
            continue
        street = fake.street_address().replace("\n", ", ") if hasattr(fake, "street_address") else ""
        places.append((street, postcode, fake.city()))
    comments = [fake.sentence(nb_words=12) for _ in range(POOL // 4)]
    return _Pool(country, first, last, places, comments)


class DemoService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def create(self, signatures: int, seed: int = 1, progress: Progress | None = None) -> DemoResult:
        """One campaign with targets, events over several days, volunteers and `signatures` signers."""
        if signatures < 0 or signatures > 5_000_000:
            raise BadInput("The number of demo signatures must be between 0 and 5,000,000.")
        progress = progress or NullProgress()
        progress.start(signatures, "Creating demo signatures")
        rng = random.Random(seed)
        pools = [(_make_pool(loc, cc, seed + i), share) for i, (loc, cc, share) in enumerate(LOCALES)]
        home = pools[0][0]
        weights = [share for _, share in pools]
        with self._db.session() as s:
            campaign = self._campaign(s, rng)
            events = self._events(s, campaign.id, rng)
            volunteers = [Volunteer(id=new_id(), campaign_id=campaign.id, name=f"{rng.choice(home.first)} {rng.choice(home.last)}")
                          for _ in range(8)]
            s.add_all(volunteers)
            s.flush()
            device_id, first_seq = take_sequence(s, signatures)
            recent: deque[dict[str, Any]] = deque(maxlen=300)
            for start in range(0, signatures, BATCH):
                rows = []
                for i in range(start, min(start + BATCH, signatures)):
                    pool = rng.choices(pools, weights)[0][0]
                    rows.append(self._row(rng, campaign, pool, home, events, volunteers, recent, device_id, first_seq + i))
                    recent.append(rows[-1])
                duplicate_marks.resolve(s, campaign.id, rows)
                s.execute(insert(Signature), rows)
                progress.advance(len(rows))
            self._withdraw_some(s, campaign.id, rng, signatures)
            audit(s, "demo.created", campaign.id, signatures=signatures, seed=seed)
            cid = campaign.id
        return DemoResult(campaign_id=cid, signatures=signatures)

    @staticmethod
    def _campaign(s: Any, rng: random.Random) -> Campaign:
        text = (
            "We, the undersigned, call on the council and the university board to keep the Riverside "
            "Library open seven days a week, to restore its evening hours, and to protect its budget "
            "for the next five years. The library is the only free, warm and quiet place in the "
            "district where students, families and older residents can read, study and get online."
        )
        c = Campaign(id=new_id(), title="Save the Riverside Library", text=text, goal=rng.choice([5000, 10000, 150000]),
                     organisation="Friends of Riverside Library", country="GB", consent_text=DEFAULT_CONSENT,
                     consent_version=consent_version(DEFAULT_CONSENT), required_fields=list(DEFAULT_REQUIRED), organiser_keys=[],
                     revision=1)
        s.add(c)
        s.flush()
        s.add_all([
            Target(id=new_id(), campaign_id=c.id, name="Councillor Jane Okafor", role="Leader of the City Council",
                   organisation="City Council", postcode_prefixes=[], regions=[]),
            Target(id=new_id(), campaign_id=c.id, name="Dr Samuel Reyes", role="Chair, University Board",
                   organisation="Riverside University", postcode_prefixes=["M", "L", "B"], regions=[]),
            Target(id=new_id(), campaign_id=c.id, name="Priya Natarajan MP", role="Member of Parliament",
                   organisation="House of Commons", postcode_prefixes=["N", "E", "W", "S"], regions=[]),
        ])
        return c

    @staticmethod
    def _events(s: Any, campaign_id: str, rng: random.Random) -> list[Event]:
        start = date(2026, 9, 5)
        places = ["Market Square stall", "Riverside Library steps", "Student Union fair", "Saturday rally",
                  "Farmers' market", "Town hall meeting"]
        events = [Event(id=new_id(), campaign_id=campaign_id, name=name, date=start + timedelta(days=7 * i + rng.randint(0, 2)),
                        location=name.split()[0]) for i, name in enumerate(places)]
        s.add_all(events)
        s.flush()
        return events

    @staticmethod
    def _row(rng: random.Random, campaign: Campaign, pool: _Pool, home: _Pool, events: list[Event],
             volunteers: list[Volunteer], recent: deque[dict[str, Any]], device_id: str, seq: int) -> dict[str, Any]:
        event = rng.choice(events)
        assert event.date is not None
        signed_at = datetime.combine(event.date, time(9), tzinfo=timezone.utc) + timedelta(seconds=rng.randint(0, 9 * 3600))
        if recent and rng.random() < DUPLICATE_SHARE:
            prev = rng.choice(recent)  # the same person signing again, typed slightly differently
            first, last, email, postcode, city, address, country = (
                prev["first_name"], prev["last_name"], prev["email"], prev["postcode"], prev["city"], prev["address"], prev["country"])
            if rng.random() < 0.5:
                first, last = (first or "").upper(), (last or "").upper()
        else:
            first, last = rng.choice(pool.first), rng.choice(pool.last)
            places = pool.places if (pool is home or rng.random() > RESIDENT_SHARE) and pool.places else home.places
            address, postcode, city = rng.choice(places)
            country = pool.country if places is pool.places else home.country
            user = _ascii(first)[:12] + "." + _ascii(last)[:12]
            # Names with no Latin letters get a unique mailbox, so the demo's duplicates are all deliberate.
            user = user.strip(".") or f"signer.{seq}"
            email = f"{user}{rng.randint(1, 9999)}@example.{rng.choice(['org', 'com', 'net'])}" if rng.random() < 0.8 else None
        phone = f"+447400123{rng.randint(0, 999):03d}" if rng.random() < 0.3 else None
        comment = rng.choice(pool.comments) if rng.random() < 0.15 else None
        signer = CleanSigner(first_name=first, last_name=last, email=email, phone=phone, address=address or None,
                             postcode=postcode, city=city, region=None, country=country, comment=comment,
                             petition_consent=True, contact_consent=rng.random() < 0.35, signed_at=signed_at)
        return signature_row(campaign, signer, event_id=event.id, volunteer_id=rng.choice(volunteers).id,
                             device_id=device_id, device_seq=seq, source=rng.choice(["volunteer", "volunteer", "kiosk", "paper"]))

    @staticmethod
    def _withdraw_some(s: Any, campaign_id: str, rng: random.Random, total: int) -> None:
        """A few signers changed their minds: their rows are erased, only tombstones stay."""
        count = int(total * WITHDRAWN_SHARE)
        if not count:
            return
        rows = s.execute(select(Signature.id, Signature.uuid, Signature.email_key, Signature.person_key)
                         .where(Signature.campaign_id == campaign_id, Signature.status == VALID)
                         .order_by(Signature.id)).all()
        chosen = rng.sample(list(rows), min(count, len(rows)))
        s.execute(update(Signature).where(Signature.id.in_([r.id for r in chosen])).values(
            status=WITHDRAWN, duplicate_of=None, **{name: None for name in PERSONAL_FIELDS}))
        s.add_all([Withdrawal(signature_uuid=r.uuid, campaign_id=campaign_id, reason="demo") for r in chosen])
        s.flush()
        duplicate_marks.resolve(s, campaign_id, [], also={"email_key": {r.email_key for r in chosen},
                                                 "person_key": {r.person_key for r in chosen}})
