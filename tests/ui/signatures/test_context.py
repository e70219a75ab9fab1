"""The Signatures page keeps a coordinator's context: where the list is, what was searched, what
the first column means, and where the keys typed in a dialog go."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from drivekit.services import Services

from .conftest import DEMO_SIZE, OFFSCREEN_NOISE, wait_idle

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _type_at_focus(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type as a keyboard does: each key goes to whatever has the focus at that moment."""
    for char in text:
        target = QApplication.focusWidget()
        assert target is not None
        qtbot.keyClick(target, char)


def _first_column(page, rows: range) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.model.data(page.model.index(r, 0)) for r in rows]


@pytest.fixture
def namesakes(demo: str, add_signer) -> list[int]:  # type: ignore[no-untyped-def]
    """Eighty signers who share a rare last name: more than a screenful of search results."""
    return [add_signer(demo, f"Odile{n}", "Quarrendorf", postcode="N1 9GU") for n in range(80)]


def test_a_search_shows_its_results_from_the_top(qtbot, make_page, demo: str, namesakes: list[int]) -> None:  # type: ignore[no-untyped-def]
    page = make_page(demo)
    assert page.select_signature(namesakes[-1])  # far down the list, and among the results to come
    assert page.table.verticalScrollBar().value() > 0
    qtbot.keyClicks(page.search, "quarrendorf")
    wait_idle(qtbot, page)
    assert page.model.rowCount() == len(namesakes)
    assert page.table.verticalScrollBar().value() == 0 and page.table.rowAt(0) == 0
    page.table.scrollTo(page.model.index(60, 0))
    page.status_combo.setCurrentIndex(page.status_combo.findData("valid"))  # a filter is a new search too
    wait_idle(qtbot, page)
    assert page.table.verticalScrollBar().value() == 0


def test_first_column_is_the_place_in_the_list_not_the_database_id(qtbot, make_page, services: Services,  # type: ignore[no-untyped-def]
                                                                   demo: str, namesakes: list[int]) -> None:
    page = make_page(demo)
    qtbot.keyClicks(page.search, "quarrendorf")
    wait_idle(qtbot, page)
    assert _first_column(page, range(5)) == ["1", "2", "3", "4", "5"]
    assert all(str(i) not in _first_column(page, range(80)) for i in namesakes)
    page.search.clear()
    wait_idle(qtbot, page)
    page.table.sortByColumn(page.model.COL_LAST_NAME, Qt.SortOrder.DescendingOrder)
    wait_idle(qtbot, page)
    paper = 0
    for row in range(300):
        rec, shown = page.model.record(row), page.model.data(page.model.index(row, 0))
        if rec.source == "paper":  # the demo's paper rows carry their sheet and line
            paper += 1
            assert shown == f"sheet {rec.sheet_number}/{rec.sheet_line}"
        else:
            assert shown == str(row + 1)
    assert paper > 20


def test_withdraw_dialog_opens_with_the_focus_in_the_reason(qtbot, make_page, demo: str) -> None:  # type: ignore[no-untyped-def]
    page = make_page(demo)
    page.activateWindow()
    page.table.selectRow(10)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    dialog = page.withdraw_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reason)


def test_keys_typed_in_the_dialog_never_reach_the_table(qtbot, make_page, services: Services, demo: str) -> None:  # type: ignore[no-untyped-def]
    page = make_page(demo)
    page.activateWindow()
    page.table.selectRow(10)
    page.table.setFocus()
    before = page.current_record()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    dialog = page.withdraw_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is dialog)
    _type_at_focus(qtbot, "asked by phone on 2 December")
    assert dialog.reason.text() == "asked by phone on 2 December"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert page.withdraw_dialog is None
    wait_idle(qtbot, page)
    assert page.current_record().id == before.id and page.search.text() == ""
    assert services.signatures.get(str(before.id)).status == before.status
    # Typing in the table itself does not jump around either (no type-to-find over every row).
    qtbot.keyClicks(page.table, "2 December")
    assert page.current_record().id == before.id


@pytest.mark.parametrize(("column", "order"), [(0, Qt.SortOrder.AscendingOrder), (0, Qt.SortOrder.DescendingOrder),
                                               (3, Qt.SortOrder.AscendingOrder), (8, Qt.SortOrder.DescendingOrder)])
def test_withdrawn_signatures_come_last_in_every_order(qtbot, make_page, services: Services, demo: str,  # type: ignore[no-untyped-def]
                                                       column: int, order: Qt.SortOrder) -> None:
    withdrawn = set(services.signatures.ids(demo, status="withdrawn"))
    assert len(withdrawn) >= 3  # the demo withdraws a few of its signers
    page = make_page(demo)
    if (column, order) != (0, Qt.SortOrder.AscendingOrder):
        page.table.sortByColumn(column, order)
        wait_idle(qtbot, page)
    ids = list(page.model.ids)
    assert set(ids[-len(withdrawn):]) == withdrawn
    assert len(ids) == len(set(ids)) == DEMO_SIZE  # every signature once
    standing = ids[:-len(withdrawn)]
    shown = [page.model.record(r) for r in range(len(standing))][:400]
    key = {0: lambda r: r.id, 3: lambda r: (r.last_name or "", r.id), 8: lambda r: (r.status, r.id)}[column]
    assert shown == sorted(shown, key=key, reverse=order == Qt.SortOrder.DescendingOrder)


def _withdraw_row(qtbot, page, row: int) -> int:  # type: ignore[no-untyped-def]
    """Withdraw the signature on `row` with the keys a coordinator uses; returns its id."""
    page.table.selectRow(row)
    page.table.setFocus()
    sig_id = page.current_record().id
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    page.withdraw_dialog.withdraw_button.click()
    qtbot.waitUntil(lambda: "withdrawn" in page.message.text(), timeout=10_000)
    wait_idle(qtbot, page)
    return sig_id


def test_a_withdrawal_keeps_the_search_and_the_place(qtbot, make_page, services: Services, demo: str,  # type: ignore[no-untyped-def]
                                                     namesakes: list[int]) -> None:
    page = make_page(demo)
    qtbot.keyClicks(page.search, "quarrendorf")
    wait_idle(qtbot, page)
    page.table.scrollTo(page.model.index(20, 0), page.table.ScrollHint.PositionAtTop)
    position = page.table.verticalScrollBar().value()
    assert position > 0
    below = page.model.record(26).id
    sig_id = _withdraw_row(qtbot, page, 25)
    assert services.signatures.get(str(sig_id)).status == "withdrawn"
    assert page.search.text() == "quarrendorf" and page.model.rowCount() == len(namesakes) - 1
    assert sig_id not in page.model.ids  # it no longer matches: the row below took its place
    assert page.table.verticalScrollBar().value() == position
    assert page.current_record().id == below and page.withdraw_button.isEnabled()
    assert page.count_label.text() == f"{len(namesakes) - 1} signatures"


def test_a_withdrawal_in_the_whole_list_moves_the_row_to_the_end(qtbot, make_page, services: Services,  # type: ignore[no-untyped-def]
                                                                 demo: str) -> None:
    page = make_page(demo)
    total = page.model.rowCount()
    page.table.scrollTo(page.model.index(1500, 0), page.table.ScrollHint.PositionAtTop)
    position = page.table.verticalScrollBar().value()
    below = page.model.record(1501).id
    sig_id = _withdraw_row(qtbot, page, 1500)
    assert page.model.rowCount() == total and page.table.verticalScrollBar().value() == position
    assert page.current_record().id == below
    assert list(page.model.ids) == list(services.signatures.ids(demo))  # withdrawn, so among the last
    assert sig_id in page.model.ids[-len(services.signatures.ids(demo, status="withdrawn")):]


def test_a_withdrawal_from_the_page_erases_the_backups_made_before(qtbot, make_page, services: Services,  # type: ignore[no-untyped-def]
                                                                   demo: str, namesakes: list[int]) -> None:
    """The table comes back before the backups are rewritten, but they are rewritten, by the page."""
    if not services.db.is_sqlite:
        pytest.skip("backups here are of a SQLite file")
    target = namesakes[0]
    services.signatures.edit(str(target), {"first_name": "Wenceslava"})
    old = services.backups.backup().copies[0].path
    assert b"Wenceslava" in old.read_bytes()
    page = make_page(demo)
    qtbot.keyClicks(page.search, "wenceslava")
    wait_idle(qtbot, page)
    assert _withdraw_row(qtbot, page, 0) == target
    assert page.search.text() == "wenceslava" and page.count_label.text() == "No signatures match"
    qtbot.waitUntil(lambda: b"Wenceslava" not in old.read_bytes(), timeout=10_000)
