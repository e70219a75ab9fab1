"""The "Duplicates to review" tab is one key away, wherever the focus is on the Signatures page: Ctrl+Tab or
Ctrl+PgDown to it, Ctrl+Shift+Tab or Ctrl+PgUp back (the same keys in every language, unlike Alt+letter)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from drivekit.services import Services

from .conftest import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
KEYS = {"Ctrl+Tab": ((Qt.Key.Key_Tab, CTRL), (Qt.Key.Key_Backtab, CTRL | SHIFT)),
        "Ctrl+PgDown": ((Qt.Key.Key_PageDown, CTRL), (Qt.Key.Key_PageUp, CTRL))}


def _focused():  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


@pytest.mark.parametrize("keys", list(KEYS))
def test_the_duplicates_tab_is_reached_from_the_table_and_left_again(qtbot, make_page, services: Services,  # type: ignore[no-untyped-def]
                                                                     demo: str, add_signer, keys: str) -> None:
    add_signer(demo, "Odile", "Quarrendorf", email="odile@example.org")
    add_signer(demo, "ODILE", "Quarrendorf", email="odile@example.org")  # one pair to review
    (forward, forward_mods), (back, back_mods) = KEYS[keys]
    page = make_page(demo)
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    page.table.selectRow(5)
    qtbot.keyClick(page.table, forward, forward_mods)
    assert page.tabs.currentWidget() is page.review, f"{keys} from the table did not reach the duplicates"
    assert page.review.isAncestorOf(_focused())  # the verdict keys work at once
    assert page.table.current_record() is not None and page.table.selectionModel().selectedRows()[0].row() == 5
    qtbot.keyClick(_focused(), back, back_mods)
    assert page.tabs.currentIndex() == 0 and page.table.hasFocus()
    assert page.table.selectionModel().selectedRows()[0].row() == 5  # the place in the table is kept


def test_the_keys_work_from_the_search_box_too(qtbot, make_page, services: Services, demo: str) -> None:  # type: ignore[no-untyped-def]
    page = make_page(demo)
    page.activateWindow()
    page.search.setFocus()
    qtbot.waitUntil(page.search.hasFocus)
    qtbot.keyClick(page.search, Qt.Key.Key_PageDown, CTRL)
    assert page.tabs.currentWidget() is page.review
    qtbot.keyClick(_focused(), Qt.Key.Key_PageDown, CTRL)  # no third tab: it stays
    assert page.tabs.currentWidget() is page.review
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab, CTRL)  # Ctrl+Tab from the last tab goes round to the first
    assert page.tabs.currentIndex() == 0
