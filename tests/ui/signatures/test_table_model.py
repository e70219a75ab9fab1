"""The table model: a correct Qt model, right rows in the right order, bounded memory."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from drivekit.services import Services
from drivekit.ui.signatures.table_model import SignatureTableModel

from .conftest import DEMO_SIZE, OFFSCREEN_NOISE, wait_idle

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _loaded_model(services: Services, campaign_id: str, **query) -> SignatureTableModel:  # type: ignore[no-untyped-def]
    model = SignatureTableModel(services)
    model.set_ids(services.signatures.ids(campaign_id, **query))
    return model


def test_model_passes_qt_model_tester(qtmodeltester, services: Services, demo: str) -> None:  # type: ignore[no-untyped-def]
    model = _loaded_model(services, demo)
    assert model.rowCount() == DEMO_SIZE
    qtmodeltester.check(model, force_py=True)


def test_empty_model_passes_qt_model_tester(qtmodeltester, services: Services) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(SignatureTableModel(services), force_py=True)


def test_headers_status_and_time_are_for_people(services: Services, demo: str, add_signer) -> None:  # type: ignore[no-untyped-def]
    sig_id = add_signer(demo, "Ada", "Quixlebottom", comment="Keep it open\nplease")
    model = _loaded_model(services, demo, order_by="id", descending=True)
    assert model.headerData(model.COL_STATUS, Qt.Orientation.Horizontal) == "Status"
    rec = model.data(model.index(0, 0), model.RECORD_ROLE)
    assert rec.id == sig_id and rec.last_name == "Quixlebottom"
    assert model.data(model.index(0, model.COL_STATUS)) == "Valid"
    assert model.data(model.index(0, model.COL_COMMENT)) == "Keep it open please"
    assert model.data(model.index(0, model.COL_SIGNED_AT)) == rec.signed_at.astimezone().strftime("%Y-%m-%d %H:%M")
    assert model.data(model.index(0, model.COL_DRAWING)) == "No"
    assert model.data(model.index(0, model.COL_ID), model.SORT_ROLE) == sig_id


def test_sorting_by_last_name_then_descending_date(qtbot, services: Services, demo: str) -> None:  # type: ignore[no-untyped-def]
    model = SignatureTableModel(services)
    model.set_query(demo)
    qtbot.waitUntil(lambda: not model.loading)
    with qtbot.waitSignal(model.ids_loaded):
        model.sort(model.COL_LAST_NAME, Qt.SortOrder.AscendingOrder)
    names = [model.data(model.index(r, model.COL_LAST_NAME), model.SORT_ROLE) for r in range(model.rowCount())]
    # Withdrawn (erased) signatures last; SQLite compares code points like Python does
    expected = sorted(services.signatures.list(demo),
                      key=lambda r: (r.status == "withdrawn", r.last_name is not None, r.last_name or "", r.id))
    assert names == [r.last_name for r in expected]
    standing = [n for n in names if n is not None]
    assert names[-1] is None and standing[-1] >= standing[len(standing) // 2]
    with qtbot.waitSignal(model.ids_loaded):
        model.sort(model.COL_SIGNED_AT, Qt.SortOrder.DescendingOrder)
    withdrawn = len(services.signatures.ids(demo, status="withdrawn"))
    times = [model.data(model.index(r, model.COL_SIGNED_AT), model.SORT_ROLE)
             for r in range(0, model.rowCount() - withdrawn, 7)]
    assert times == sorted(times, reverse=True)
    assert model.rowCount() == DEMO_SIZE


def test_unsortable_column_keeps_the_order(qtbot, services: Services, demo: str) -> None:  # type: ignore[no-untyped-def]
    model = _loaded_model(services, demo)
    before = model.ids.tobytes()
    model.sort(model.COL_COMMENT, Qt.SortOrder.DescendingOrder)
    assert not model.loading and model.ids.tobytes() == before and model.sort_column == model.COL_ID


def test_page_cache_stays_bounded_with_100k_ids(services: Services, demo: str) -> None:
    """Reading every row of 100k ids keeps at most a few pages of records in memory."""
    real = services.signatures.ids(demo)
    model = SignatureTableModel(services)
    from array import array

    model.set_ids(array("q", (real[i % len(real)] for i in range(100_000))))
    assert model.rowCount() == 100_000
    for row in range(0, 100_000, 97):
        assert model.data(model.index(row, model.COL_LAST_NAME)) is not None
    assert 0 < model.cached_records() <= model.PAGE_SIZE * model.MAX_PAGES
    assert model.cached_records() < 5_000


def test_page_sort_by_header_click_orders_rows(qtbot, make_page, demo: str) -> None:  # type: ignore[no-untyped-def]
    page = make_page(demo)
    header = page.table.horizontalHeader()
    header.setSortIndicator(page.model.COL_CITY, Qt.SortOrder.DescendingOrder)
    wait_idle(qtbot, page)
    cities = [page.model.data(page.model.index(r, page.model.COL_CITY), page.model.SORT_ROLE) or "" for r in range(50)]
    assert cities == sorted(cities, reverse=True)
    header.setSortIndicator(page.model.COL_EVENT, Qt.SortOrder.AscendingOrder)  # not sortable: indicator goes back
    assert header.sortIndicatorSection() == page.model.COL_CITY


def test_first_screenful_shows_before_a_slow_full_answer(qtbot, services: Services, demo: str) -> None:  # type: ignore[no-untyped-def]
    """A million ids take a while: the first page is on screen early and the rest is appended."""
    import time
    from types import SimpleNamespace

    real = services.signatures

    def slow_ids(*args, limit=None, **kwargs):  # type: ignore[no-untyped-def]
        if limit is None:
            time.sleep(0.5)
        return real.ids(*args, limit=limit, **kwargs)

    model = SignatureTableModel(SimpleNamespace(signatures=SimpleNamespace(ids=slow_ids, fetch=real.fetch)))
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    with qtbot.waitSignal(model.first_page_shown, timeout=5000):
        model.set_query(demo)
    assert model.loading and model.rowCount() == model.PAGE_SIZE
    first = model.record(0)
    with qtbot.waitSignal(model.rowsInserted, timeout=5000):
        pass
    qtbot.waitUntil(lambda: not model.loading)
    assert model.rowCount() == DEMO_SIZE and model.record(0) == first
    assert resets == [model.PAGE_SIZE]  # appended, not reset: the scroll position and selection stay
