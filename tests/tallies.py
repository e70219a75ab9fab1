"""Checks the trigger-kept tallies (migration 0005) against the signatures themselves, counted in Python."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import select

from drivekit.storage.models import Signature, SignatureAreaTally, SignatureTally


def expected_tallies(db: Any) -> tuple[Counter[tuple[Any, ...]], Counter[tuple[Any, ...]]]:
    main: Counter[tuple[Any, ...]] = Counter()
    area: Counter[tuple[Any, ...]] = Counter()
    with db.session() as s:
        for cid, at, event, volunteer, status, postcode in s.execute(select(
                Signature.campaign_id, Signature.signed_at, Signature.event_id, Signature.volunteer_id,
                Signature.status, Signature.postcode)):
            main[(cid, at.date(), at.hour, event or "", volunteer or "", status)] += 1
            key = "".join(ch for ch in (postcode or "").upper() if ch not in " -")[:5]
            area[(cid, key, status)] += 1
    return main, area


def stored_tallies(db: Any) -> tuple[Counter[tuple[Any, ...]], Counter[tuple[Any, ...]]]:
    """The tallies as counts per key (on PostgreSQL a key's count is spread over writer shards)."""
    main: Counter[tuple[Any, ...]] = Counter()
    area: Counter[tuple[Any, ...]] = Counter()
    with db.session() as s:
        t, a = SignatureTally, SignatureAreaTally
        for *key, n in s.execute(select(t.campaign_id, t.day, t.hour, t.event_id, t.volunteer_id, t.status, t.n)):
            main[tuple(key)] += n
        for *key, n in s.execute(select(a.campaign_id, a.area, a.status, a.n)):
            area[tuple(key)] += n
    assert all(n >= 0 for n in (*main.values(), *area.values())), "a tally went below zero"
    return +main, +area  # rows that fell to zero are kept by the triggers; they count nothing


def assert_tallies_match(db: Any) -> None:
    expected, stored = expected_tallies(db), stored_tallies(db)
    assert stored[0] == expected[0], "signature_tally differs from the signatures"
    assert stored[1] == expected[1], "signature_area_tally differs from the signatures"
    assert sum(expected[0].values()) > 0
