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


def _native_key(column: str):  # type: ignore[no-untyped-def]
    """How SQLite orders a column: NULL lowest, then by code point (dates are stored as ISO text)."""
    return lambda r: (getattr(r, column) is not None, getattr(r, column) or "")


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
def test_every_sort_of_the_page_puts_withdrawn_last_and_agrees_with_its_first_page(
        services: Services, demo: str, descending: bool) -> None:
    from drivekit.services.signatures import ORDER_COLUMNS

    withdrawn = set(services.signatures.ids(demo, status="withdrawn"))
    assert len(withdrawn) >= 2
    for column in ORDER_COLUMNS:
        full = list(services.signatures.ids(demo, order_by=column, descending=descending))
        assert set(full[-len(withdrawn):]) == withdrawn, column  # erased rows never fill the top
        assert list(services.signatures.ids(demo, order_by=column, descending=descending, limit=200)) == full[:200]
        valid = list(services.signatures.ids(demo, status="valid", order_by=column, descending=descending))
        assert valid == [i for i in full if i in set(valid)], column  # a status filter keeps the order
        if services.db.is_sqlite or column in ("id", "signed_at", "status", "source"):  # names: PG collates
            key = (lambda r: r.id) if column == "id" else _native_key(column)
            assert full == _expected(services, demo, key, reverse=descending), column


def _plans(services: Services, run) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(SQL, its query plan) of every id query `run()` makes on SQLite."""
    from sqlalchemy import event

    seen: list[str] = []
    services.db.engine.dispose()  # new connections, each traced

    def trace(dbapi, _record):  # type: ignore[no-untyped-def]
        dbapi.set_trace_callback(seen.append)

    event.listen(services.db.engine, "connect", trace)
    try:
        run()
    finally:
        event.remove(services.db.engine, "connect", trace)
    out = []
    with services.db.engine.connect() as conn:
        for sql in seen:
            if sql.startswith("SELECT") and "ORDER BY" in sql and "FROM signature" in sql:
                plan = " / ".join(r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
                out.append((sql, plan))
    services.db.engine.dispose()
    return out


def test_sorting_by_last_name_reads_its_index_and_no_other_sort_does(services: Services, demo: str) -> None:
    """On a million rows: the first 200 by last name in 10-30 ms from the index, against 0.5 s
    sorting the table; and the index led by campaign_id once tried made SQLite read the table in
    name order for other sorts (17.8 s). Plans are SQLite's; PostgreSQL plans by its statistics."""
    if not services.db.is_sqlite:
        pytest.skip("SQLite's query plans")
    from drivekit.services.signatures import ORDER_COLUMNS

    for descending in (False, True):
        (standing, plan), (tail, tail_plan) = _plans(services, lambda d=descending: services.signatures.ids(
            demo, order_by="last_name", descending=d))
        assert "COVERING INDEX ix_signature_last_name" in plan and "withdrawn" in standing, plan
        assert "ix_signature_campaign_status (campaign_id=? AND status=?)" in tail_plan, tail_plan
        [(_sql, valid_plan)] = _plans(services, lambda d=descending: services.signatures.ids(
            demo, status="valid", order_by="last_name", descending=d, limit=200))
        assert "ix_signature_last_name" in valid_plan
    for column in set(ORDER_COLUMNS) - {"last_name"}:
        for sql, plan in _plans(services, lambda c=column: services.signatures.ids(demo, order_by=c)):
            assert "ix_signature_last_name" not in plan, (column, plan)
            if "status = 'withdrawn'" in sql:  # the withdrawn end: its 2,000 rows, not a walk of a million
                assert "ix_signature_campaign_status (campaign_id=? AND status=?)" in plan, (column, plan)
    for _sql, plan in _plans(services, lambda: services.signatures.ids(demo, search="smit", order_by="last_name")):
        assert "signature_fts" in plan and "ix_signature_last_name" not in plan, plan  # a search: its few hits


def test_sorting_by_last_name_with_other_campaigns_in_the_file(services: Services, demo: str, campaign) -> None:  # type: ignore[no-untyped-def]
    from drivekit.domain.validation import SignerInput

    for last in ("Aaron", "Zweig"):
        services.signatures.save(campaign.id, SignerInput(first_name="Other", last_name=last, petition_consent=True))
    full = list(services.signatures.ids(demo, order_by="last_name"))
    if services.db.is_sqlite:
        assert full == _expected(services, demo, _native_key("last_name"))
    assert len(full) == len(services.signatures.list(demo))
    other = list(services.signatures.ids(campaign.id, order_by="last_name", descending=True))
    assert [r.last_name for r in services.signatures.fetch(other)] == ["Zweig", "Aaron"]
