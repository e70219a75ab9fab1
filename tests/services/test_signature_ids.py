"""signatures.ids(): the same rows in the same order whichever SQLite plan it picks, and limit."""

from __future__ import annotations

import pytest

from drivekit.domain.text import fold
from drivekit.services import Services


@pytest.fixture
def demo(services: Services) -> str:
    return services.demo.create(1500, seed=3).campaign_id


def _expected(services: Services, cid: str, key, reverse=False, **filters) -> list[int]:  # type: ignore[no-untyped-def]
    rows = services.signatures.list(cid, **filters)
    rows.sort(key=lambda r: r.id, reverse=reverse)
    rows.sort(key=key, reverse=reverse)
    rows.sort(key=lambda r: r.status == "withdrawn")  # withdrawn (erased) signatures last, in every order
    return [r.id for r in rows]


def test_ids_match_the_listed_rows(services: Services, demo: str) -> None:
    for search in (None, "an", "smit", "lond on"):
        for status in (None, "valid", "withdrawn"):
            got = list(services.signatures.ids(demo, search=search, status=status))
            assert got == _expected(services, demo, lambda r: r.id, search=search, status=status)
            if search:
                words = fold(search).split()
                for rec in services.signatures.fetch(got):
                    text = fold(" ".join(filter(None, [rec.first_name, rec.last_name, rec.postcode, rec.city])))
                    assert all(w in text or w in text.replace(" ", "") for w in words)
    assert len(services.signatures.ids(demo, status="withdrawn")) >= 2
    every = list(services.signatures.ids(demo))
    withdrawn = set(services.signatures.ids(demo, status="withdrawn"))
    assert set(every[-len(withdrawn):]) == withdrawn
    for limit in (10, len(every) - len(withdrawn) + 1):  # a first page that reaches into the withdrawn end
        assert list(services.signatures.ids(demo, limit=limit)) == every[:limit]


def test_ids_sorted_by_name_descending_and_limited(services: Services, demo: str) -> None:
    full = list(services.signatures.ids(demo, search="ar", order_by="last_name", descending=True))
    if services.db.is_sqlite:  # code-point order, NULL lowest (PostgreSQL collates by language)
        expected = _expected(services, demo, lambda r: (r.last_name is not None, r.last_name or ""), reverse=True,
                             search="ar")
        assert full == expected
    assert sorted(full) == sorted(r.id for r in services.signatures.list(demo, search="ar")) and len(full) > 50
    assert list(services.signatures.ids(demo, search="ar", order_by="last_name", descending=True, limit=20)) == full[:20]
    assert list(services.signatures.ids(demo, limit=10)) == list(services.signatures.ids(demo))[:10]


def test_ids_by_event_and_other_campaigns_stay_out(services: Services, demo: str, campaign) -> None:  # type: ignore[no-untyped-def]
    from drivekit.domain.validation import SignerInput

    services.signatures.save(campaign.id, SignerInput(first_name="Smith", last_name="Other", petition_consent=True))
    events = services.signatures.events(demo)
    assert [e.name for e in events] == [e.name for e in services.campaigns.get(demo).events]
    got = list(services.signatures.ids(demo, event_id=events[0].id, search="smit"))
    assert got == _expected(services, demo, lambda r: r.id, event_id=events[0].id, search="smit")
    assert len(services.signatures.ids(campaign.id, search="smit")) == 1
    assert services.signatures.events(campaign.id) == []


def test_index_only_search_keeps_order_direction_and_limit(services: Services, demo: str) -> None:
    """A plain word search on the only campaign is answered from the index; same rows either way."""
    full = list(services.signatures.ids(demo, search="smit"))
    assert full and full == _expected(services, demo, lambda r: r.id, search="smit")
    assert list(services.signatures.ids(demo, search="smit", descending=True)) == full[::-1]
    assert list(services.signatures.ids(demo, search="smit", descending=True, limit=3)) == full[::-1][:3]
