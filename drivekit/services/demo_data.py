"""Realistic signers, seeded and reproducible: the data of `demo` and of every benchmark that fills
a database.

Faker is asked only for small pools per locale (names, places, comments, phone numbers), once;
rows are then combined from the pools with a seeded `random.Random`, whole columns at a time, and
the keys and search text of a row are joined from parts folded once per pool entry. That builds a
million rows in well under a minute, where Faker per row would take many. What a row holds, and
how often, is `MAKEUP` (docs/performance.md quotes it).
"""

from __future__ import annotations

import functools
import os
import random
import unicodedata
import uuid as uuidlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from drivekit.domain.drawing import encode_strokes
from drivekit.domain.statuses import VALID
from drivekit.domain.text import fold_field, fold_fields, postcode_key, search_text
from drivekit.domain.validation import normalise_phone, normalise_postcode

# (Faker locale, ISO country, share of signers). Most sign at home; the rest are visitors and
# residents whose names come from many scripts (Latin, Cyrillic, Greek, Arabic, Hebrew, CJK, Hangul).
LOCALES = (
    ("en_GB", "GB", 0.62), ("fr_FR", "FR", 0.05), ("de_DE", "DE", 0.05), ("es_ES", "ES", 0.04),
    ("pl_PL", "PL", 0.04), ("ru_RU", "RU", 0.03), ("el_GR", "GR", 0.03), ("ar_AA", "GB", 0.03),
    ("he_IL", "IL", 0.02), ("zh_CN", "CN", 0.03), ("ja_JP", "JP", 0.03), ("ko_KR", "KR", 0.03),
)
POOL_NAMES, POOL_PLACES, POOL_COMMENTS, POOL_PHONES, POOL_DRAWINGS = 600, 300, 150, 60, 48


@dataclass(frozen=True)
class Makeup:
    """Shares of rows with each trait (of all rows unless said otherwise)."""

    resident_share: float = 0.5  # of foreign-name signers: live in the home country (home address)
    email_share: float = 0.8
    phone_share: float = 0.3
    comment_share: float = 0.15
    contact_consent_share: float = 0.35
    sources: tuple[tuple[str, float], ...] = (("volunteer", 0.5), ("kiosk", 0.25), ("paper", 0.25))
    drawing_share_kiosk: float = 0.6  # of kiosk rows: the signer drew a signature
    duplicate_share: float = 0.02  # the same person signing again (from the last few hundred signers)
    duplicate_upper_share: float = 0.5  # of duplicates: the name typed in capitals
    duplicate_no_email_share: float = 0.3  # of duplicates: no email the second time (matched by name+postcode)
    withdrawn_share: float = 0.002  # signers who later withdrew (erased, a tombstone kept)


MAKEUP = Makeup()
_RECENT = 300  # a duplicate repeats one of this many signers before it
SHEET_LINES = 20  # lines of a printed sheet (paper signatures are typed in sheet by sheet)


@dataclass(frozen=True)
class _Name:
    text: str
    folded: str  # fold_field(text)
    key: str  # its part of the person key (folded letters and digits only)
    mailbox: str  # ASCII letters for an email address ("" when the name has none)


@dataclass(frozen=True)
class _Place:
    address: str
    postcode: str
    city: str
    country: str
    search: str  # the postcode and city part of the search text
    key: str  # postcode_key(postcode)


@dataclass(frozen=True)
class _Pool:
    country: str
    first: tuple[_Name, ...]
    last: tuple[_Name, ...]
    places: tuple[_Place, ...]
    comments: tuple[str, ...]
    phones: tuple[str, ...]


def _name(text: str) -> _Name:
    folded = fold_field(text)
    key = "".join(ch for ch in folded if ch.isalnum())  # folded text is lower case: as name_key keeps it
    mailbox = "".join(ch for ch in unicodedata.normalize("NFKD", text) if ch.isascii() and ch.isalnum()).lower()
    return _Name(text, folded, key, mailbox[:12])


def _place(address: str, postcode: str, city: str, country: str) -> _Place:
    # search_text(first, last, postcode, city) = "<names> <places>": the places part depends on the place alone.
    return _Place(address, postcode, city, country, search_text(None, None, postcode, city), postcode_key(postcode))


@functools.lru_cache(maxsize=4)
def _pools(seed: int) -> tuple[_Pool, ...]:
    """One pool per locale, from Faker seeded by `seed`; every entry is one a volunteer could save."""
    from faker import Faker

    pools = []
    for i, (locale, country, _share) in enumerate(LOCALES):
        fake = Faker(locale)
        fake.seed_instance(seed * 1000 + i)
        first = tuple(dict.fromkeys(_name(fake.first_name()) for _ in range(POOL_NAMES)))
        last = tuple(dict.fromkeys(_name(fake.last_name()) for _ in range(POOL_NAMES)))
        places = []
        for _ in range(POOL_PLACES):
            try:
                postcode = normalise_postcode(fake.postcode(), country)
            except (ValueError, AttributeError):
                continue
            street = fake.street_address().replace("\n", ", ")
            places.append(_place(street, postcode, fake.city(), country))
        phones = []
        for _ in range(POOL_PHONES):
            try:
                phones.append(normalise_phone(fake.phone_number(), country))
            except ValueError:
                continue
        words = random.Random(seed * 1000 + i)
        comments = tuple(fake.sentence(nb_words=words.randint(4, 18)) for _ in range(POOL_COMMENTS))
        pools.append(_Pool(country, first, last, tuple(places), comments, tuple(phones)))
    return tuple(pools)


def _drawings(rng: random.Random) -> tuple[bytes, ...]:
    """Hand-drawn-looking signatures: a few strokes of wandering points, 1-4 KB each as stored."""
    out = []
    for _ in range(POOL_DRAWINGS):
        strokes = []
        x = rng.uniform(40, 200)
        for _s in range(rng.randint(1, 4)):
            y = rng.uniform(80, 220)
            stroke = []
            for _p in range(rng.randint(20, 90)):
                x, y = x + rng.uniform(-2, 12), min(290, max(10, y + rng.uniform(-18, 18)))
                stroke.append((x, y))
            strokes.append(stroke)
            x += rng.uniform(10, 60)
        out.append(encode_strokes(strokes))
    return tuple(out)


@dataclass(frozen=True)
class Timeline:
    """Where the signatures were collected: events (id, day) and the volunteers there."""

    events: Sequence[tuple[str | None, date]]
    volunteers: Sequence[str | None]

    @staticmethod
    def plain(days: int = 6, start: date = date(2026, 9, 5)) -> Timeline:
        """Collection days without event or volunteer records (benchmarks that need none)."""
        return Timeline([(None, start + timedelta(days=7 * i)) for i in range(days)], [None])


class SignerData:
    """Rows of the signature table for one device, in the order it collected them (signed_at
    rising, uuids time-ordered like the app's), built batch by batch in constant memory.

    Rows carry every column an insert needs, with the status VALID: duplicate marks are the
    database's to decide. `withdrawn` lists the rows (by index) whose signers later withdrew.
    Same seed, same rows; `id_seed` also fixes the uuids (otherwise each build has its own, so
    two demo campaigns never share a signature id).
    """

    def __init__(self, total: int, *, seed: int, campaign_id: str, consent_version: str, device_id: str | None,
                 timeline: Timeline, first_seq: int = 1, id_seed: int | None = None,
                 makeup: Makeup = MAKEUP) -> None:
        self.total, self.seed, self.makeup = total, seed, makeup
        self._campaign_id, self._consent, self._device, self._first_seq = campaign_id, consent_version, device_id, first_seq
        self._timeline = timeline
        self._rng = random.Random(seed)
        self._ids = random.Random(id_seed if id_seed is not None else int.from_bytes(os.urandom(8), "big"))
        self._pools = _pools(seed)
        self._weights = [share for *_, share in LOCALES]
        self._drawing_pool = _drawings(random.Random(seed + 1))
        self._stamps = self._times(self._rng)
        self._paper = 0  # paper signatures so far: they fill numbered sheets line by line
        picked = random.Random(seed + 2).sample(range(total), int(total * makeup.withdrawn_share))
        self.withdrawn = sorted(picked)

    def _times(self, rng: random.Random) -> list[int]:
        """Milliseconds since the epoch of every signature, rising: each event day 9:00 to 18:00."""
        events = self._timeline.events
        per_event = [0] * len(events)
        for e in rng.choices(range(len(events)), k=self.total):
            per_event[e] += 1
        stamps: list[int] = []
        for (_eid, day), count in zip(events, per_event, strict=True):
            opens = int(datetime.combine(day, time(9), tzinfo=timezone.utc).timestamp() * 1000)
            stamps += sorted(opens + t for t in (rng.randrange(9 * 3600 * 1000) for _ in range(count)))
        return stamps

    def _event_of(self) -> list[str | None]:
        events, out = self._timeline.events, []
        opens = [int(datetime.combine(day, time(0), tzinfo=timezone.utc).timestamp() * 1000) for _e, day in events]
        e = 0
        for stamp in self._stamps:
            while e + 1 < len(opens) and stamp >= opens[e + 1]:
                e += 1
            out.append(events[e][0])
        return out

    def batches(self, size: int = 5000) -> Iterator[list[dict[str, Any]]]:
        """All rows, `size` at a time."""
        recent: list[dict[str, Any]] = []
        event_ids = self._event_of()
        for start in range(0, self.total, size):
            rows = self._batch(start, min(size, self.total - start), event_ids, recent)
            recent = (recent + rows)[-_RECENT:]
            yield rows

    def _batch(self, start: int, n: int, event_ids: list[str | None], recent: list[dict[str, Any]]) -> list[dict[str, Any]]:
        rng, m = self._rng, self.makeup
        pools = rng.choices(self._pools, self._weights, k=n)
        home = self._pools[0]
        sources = rng.choices([s for s, _ in m.sources], [w for _, w in m.sources], k=n)
        volunteers = rng.choices(self._timeline.volunteers, k=n)
        rolls = [rng.random() for _ in range(n)]
        rows: list[dict[str, Any]] = []
        for i in range(n):
            seq = start + i
            stamp = self._stamps[seq]
            pool, roll = pools[i], rolls[i]
            if roll < m.duplicate_share and (recent or rows):
                row = self._again(rng, rng.choice(recent + rows[-_RECENT:]))
            else:
                row = self._person(rng, pool, home, seq)
            row["phone"] = rng.choice(pool.phones) if rng.random() < m.phone_share and pool.phones else None
            row["comment"] = rng.choice(pool.comments) if rng.random() < m.comment_share else None
            source = sources[i]
            drawn = source == "kiosk" and rng.random() < m.drawing_share_kiosk
            row.update({
                "uuid": self._uuid(stamp), "campaign_id": self._campaign_id, "event_id": event_ids[seq],
                "volunteer_id": volunteers[i], "device_id": self._device, "device_seq": self._first_seq + seq,
                "signed_at": datetime.fromtimestamp(stamp / 1000, timezone.utc), "region": None,
                "petition_consent": True, "contact_consent": rng.random() < m.contact_consent_share,
                "consent_version": self._consent, "source": source,
                "drawing": rng.choice(self._drawing_pool) if drawn else None,
                "drawing_format": "strokes-json" if drawn else None,
                "sheet_number": 1 + self._paper // SHEET_LINES if source == "paper" else None,
                "sheet_line": 1 + self._paper % SHEET_LINES if source == "paper" else None,
                "status": VALID, "duplicate_of": None, "reviewed": False,
                "edited_at": None, "edit_device_id": None, "edit_seq": None, "sealed": None,
            })
            rows.append(row)
            self._paper += source == "paper"
        return rows

    def _person(self, rng: random.Random, pool: _Pool, home: _Pool, seq: int) -> dict[str, Any]:
        first, last = rng.choice(pool.first), rng.choice(pool.last)
        at_home = pool is home or rng.random() > self.makeup.resident_share
        place = rng.choice(pool.places if at_home and pool.places else home.places)
        email = None
        if rng.random() < self.makeup.email_share:
            # Names with no Latin letters get a mailbox of their own, so every duplicate is deliberate.
            user = f"{first.mailbox}.{last.mailbox}".strip(".") or f"signer.{seq}"
            email = f"{user}{rng.randint(1, 9999)}@example.{rng.choice(('org', 'com', 'net'))}"
        names = " ".join([n for n in (first.folded, last.folded) if n])
        name_key = first.key + last.key
        return {
            "first_name": first.text, "last_name": last.text, "email": email, "address": place.address,
            "postcode": place.postcode, "city": place.city, "country": place.country,
            "email_key": email.casefold() if email else None,
            "person_key": f"{name_key}|{place.key}" if name_key and place.key else None,
            "search_text": " ".join([p for p in (names, place.search) if p]),
        }

    def _again(self, rng: random.Random, before: dict[str, Any]) -> dict[str, Any]:
        """The same person signing again, typed slightly differently (the keys fold it away)."""
        row = {f: before[f] for f in ("first_name", "last_name", "email", "address", "postcode", "city", "country",
                                      "email_key", "person_key", "search_text")}
        if rng.random() < self.makeup.duplicate_upper_share and row["first_name"]:
            row["first_name"], row["last_name"] = row["first_name"].upper(), (row["last_name"] or "").upper()
            folded = fold_fields(row["first_name"], row["last_name"])
            places = search_text(None, None, row["postcode"], row["city"])
            row["search_text"] = " ".join([p for p in (folded, places) if p])
        if rng.random() < self.makeup.duplicate_no_email_share:
            row["email"] = row["email_key"] = None
        return row

    def _uuid(self, stamp: int) -> str:
        """A version 7 uuid of the moment the signature was made (as the app gives one)."""
        bits = self._ids.getrandbits(74)
        value = (stamp << 80) | (0x7 << 76) | ((bits >> 62) << 64) | (0b10 << 62) | (bits & ((1 << 62) - 1))
        return str(uuidlib.UUID(int=value))


def volunteer_names(seed: int, count: int) -> list[str]:
    """Names for the volunteers of a demo campaign, from the home locale's pool."""
    rng, home = random.Random(seed + 3), _pools(seed)[0]
    return [f"{rng.choice(home.first).text} {rng.choice(home.last).text}" for _ in range(count)]
