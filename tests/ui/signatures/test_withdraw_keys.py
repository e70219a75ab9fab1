"""The withdraw dialog's keys leave no doubt: Enter in the reason field keeps the signature and the page
says so; only the "Withdraw and erase" button withdraws; a stray Delete, word and Enter erase nobody."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from drivekit.services import Services

from .conftest import OFFSCREEN_NOISE, wait_idle

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def page_with_signer(qtbot, make_page, services: Services, add_signer):  # type: ignore[no-untyped-def]
    campaign = services.campaigns.create("Keep the library open", "Text", 500, "Friends", "GB")
    add_signer(campaign.id, "Ada", "Lovelace")
    sig_id = add_signer(campaign.id, "Odile", "Quarrendorf")
    page = make_page(campaign.id)
    assert page.select_signature(sig_id)
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    return page, sig_id


def _open_with_delete(qtbot, page):  # type: ignore[no-untyped-def]
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    dialog = page.withdraw_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.reason.hasFocus)
    return dialog


def test_enter_in_the_reason_keeps_the_signature_and_says_so(qtbot, page_with_signer, services) -> None:  # type: ignore[no-untyped-def]
    page, sig_id = page_with_signer
    dialog = _open_with_delete(qtbot, page)
    assert dialog.keep_button.isDefault() and dialog.keep_button.text().replace("&", "") == "Keep the signature"
    qtbot.keyClicks(dialog.reason, "asked by phone")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.withdraw_dialog is None)
    wait_idle(qtbot, page)
    assert services.signatures.get(str(sig_id)).status == "valid"
    assert page.message.text() == "Nothing was withdrawn: the signature of Odile Quarrendorf is kept."


def test_escape_keeps_the_signature_and_says_so(qtbot, page_with_signer, services) -> None:  # type: ignore[no-untyped-def]
    page, sig_id = page_with_signer
    dialog = _open_with_delete(qtbot, page)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.withdraw_dialog is None)
    assert services.signatures.get(str(sig_id)).status == "valid"
    assert page.message.text().startswith("Nothing was withdrawn")


def test_stray_keys_meant_for_the_table_withdraw_nobody(qtbot, page_with_signer, services) -> None:  # type: ignore[no-untyped-def]
    """Delete pressed by mistake, then a search typed and Enter, then Enter again at the table."""
    page, sig_id = page_with_signer
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.withdraw_dialog is not None and page.withdraw_dialog.reason.hasFocus())
    qtbot.keyClicks(page.withdraw_dialog.reason, "smith")
    qtbot.keyClick(page.withdraw_dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.withdraw_dialog is None)
    qtbot.keyClick(QApplication.focusWidget() or page.table, Qt.Key.Key_Return)  # the second Enter reaches the page
    wait_idle(qtbot, page)
    assert services.signatures.get(str(sig_id)).status == "valid"


def test_the_withdraw_button_withdraws_with_the_reason(qtbot, page_with_signer, services) -> None:  # type: ignore[no-untyped-def]
    page, sig_id = page_with_signer
    dialog = _open_with_delete(qtbot, page)
    qtbot.keyClicks(dialog.reason, "asked by phone")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.withdraw_button
    qtbot.keyClick(dialog.withdraw_button, Qt.Key.Key_Return)  # Enter on the button itself, chosen on purpose
    qtbot.waitUntil(lambda: "data was erased" in page.message.text())
    assert services.signatures.get(str(sig_id)).status == "withdrawn"


LONG_REASON = ("The signer phoned the office on Tuesday and asked us to remove her signature because she signed "
               "twice, once at the market stall and once on the paper sheet at the library; keep the paper one.")


def _shows_all(field) -> bool:  # type: ignore[no-untyped-def]
    """Every character of the reason is in view at once: nothing scrolled out at either side."""
    if hasattr(field, "toPlainText"):
        return field.horizontalScrollBar().maximum() == 0 and field.verticalScrollBar().maximum() == 0
    return field.fontMetrics().horizontalAdvance(field.text()) <= field.contentsRect().width() - 4


def test_a_long_reason_is_read_whole_and_kept_whole(qtbot, page_with_signer, services) -> None:  # type: ignore[no-untyped-def]
    """A one-line field showed only the end of a long reason ("…on the paper sheet at the library; keep the paper
    one."), and the database kept the first 300 characters of a longer one without a word. The reason wraps in
    view, takes no more than is kept, and Enter still keeps the signature."""
    from sqlalchemy import select

    from drivekit.storage.models import Withdrawal

    page, sig_id = page_with_signer
    dialog = _open_with_delete(qtbot, page)
    qtbot.keyClicks(dialog.reason, LONG_REASON)
    assert dialog.reason.text() == LONG_REASON
    assert _shows_all(dialog.reason), "part of the reason is scrolled out of view"
    qtbot.keyClicks(dialog.reason, " And more words, again and again." * 5)
    typed = dialog.reason.text()
    assert len(typed) == 300 and typed.startswith(LONG_REASON)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.withdraw_button
    qtbot.keyClick(dialog.withdraw_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "data was erased" in page.message.text())
    with services.db.session() as s:
        assert s.scalars(select(Withdrawal.reason)).one() == typed  # what the dialog showed is what is kept
