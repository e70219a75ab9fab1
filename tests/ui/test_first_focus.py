"""The cursor starts in First name: when the window opens on the Collect page, after every save (by Enter,
Ctrl+S or the button), and on coming back to the page, so a volunteer can type the next signer at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from drivekit.ui.collect.page import CollectPage


def _collect(qtbot, window) -> CollectPage:  # type: ignore[no-untyped-def]
    page = window.current_page()
    assert isinstance(page, CollectPage)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.form.inputs["first_name"], timeout=3000)
    return page


def _fill(qtbot, page: CollectPage, first: str, last: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(QApplication.focusWidget(), first)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.form.inputs["last_name"]  # Tab goes on within the form
    qtbot.keyClicks(QApplication.focusWidget(), last)
    page.form.consent.setChecked(True)


def test_the_window_opens_with_the_cursor_in_first_name(qtbot, services, campaign, make_main_window) -> None:  # type: ignore[no-untyped-def]
    window = make_main_window()
    page = _collect(qtbot, window)  # nobody called focus_first(): the window did
    qtbot.keyClicks(QApplication.focusWidget(), "Ada")
    assert page.form.text("first_name") == "Ada"


def test_after_each_save_the_cursor_is_back_in_first_name(qtbot, services, campaign, make_main_window) -> None:  # type: ignore[no-untyped-def]
    window = make_main_window()
    page = _collect(qtbot, window)
    _fill(qtbot, page, "Ada", "Lovelace")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.form.inputs["first_name"])
    _fill(qtbot, page, "Alan", "Turing")
    page.save_button.click()  # by the mouse: the button had the focus for a moment
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.form.inputs["first_name"])
    assert [r.first_name for r in services.signatures.list(campaign.id)] == ["Ada", "Alan"]


def test_coming_back_to_collect_puts_the_cursor_in_first_name(qtbot, services, campaign, make_main_window) -> None:  # type: ignore[no-untyped-def]
    window = make_main_window()
    page = _collect(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is not page
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is page
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.form.inputs["first_name"])
