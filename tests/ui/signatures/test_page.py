"""The Signatures page as a coordinator uses it: search, filter, edit, withdraw, by mouse and keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QWidget

from drivekit.services import Services
from drivekit.ui.background import wait_for_all

from .conftest import OFFSCREEN_NOISE, wait_idle

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _visible_rows(page) -> list:  # type: ignore[no-untyped-def]
    return [page.model.record(r) for r in range(page.model.rowCount())]


def _texts_on_screen(root: QWidget) -> str:
    """Every piece of text a person could read on the page, including the table cells."""
    parts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, (QLabel, QAbstractButton)):
            parts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            parts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            parts.append(widget.toPlainText())
    model = getattr(root, "model", None)
    if model is not None:
        for r in range(model.rowCount()):
            parts.extend(str(model.data(model.index(r, c)) or "") for c in range(model.columnCount()))
    return "\n".join(parts)


def test_search_as_you_type_narrows_to_the_unique_signer(qtbot, make_page, demo: str, add_signer) -> None:  # type: ignore[no-untyped-def]
    sig_id = add_signer(demo, "Odile", "Quarrendorf")
    page = make_page(demo)
    total = page.model.rowCount()
    assert total > 1000 and page.count_label.text().endswith("signatures")
    qtbot.keyClicks(page.search, "quarr")
    wait_idle(qtbot, page)
    assert [r.id for r in _visible_rows(page)] == [sig_id]
    assert page.count_label.text() == "1 signature"
    qtbot.keyClicks(page.search, "zz")
    wait_idle(qtbot, page)
    assert page.model.rowCount() == 0 and page.count_label.text() == "No signatures match"
    page.search.clear()
    wait_idle(qtbot, page)
    assert page.model.rowCount() == total


def test_stale_search_answer_is_dropped(qtbot, make_page, demo: str, add_signer) -> None:  # type: ignore[no-untyped-def]
    add_signer(demo, "Odile", "Quarrendorf")
    page = make_page(demo)
    total = page.model.rowCount()
    page.search.setText("quarrendorf")
    page._search_timer.stop()
    page._run_query()  # a query for this text is now running...
    page.search.setText("quarrendorfs")  # ...and the text changes before it answers
    page._search_timer.stop()
    wait_for_all()
    qtbot.wait(50)  # let the old answer be delivered
    assert page.model.rowCount() == total  # it was dropped, not shown for the new text


def test_filter_by_status_and_event(qtbot, make_page, services: Services, demo: str) -> None:  # type: ignore[no-untyped-def]
    page = make_page(demo)
    page.status_combo.setCurrentIndex(page.status_combo.findData("withdrawn"))
    wait_idle(qtbot, page)
    rows = _visible_rows(page)
    assert rows and {r.status for r in rows} == {"withdrawn"}
    assert len(rows) == len(services.signatures.ids(demo, status="withdrawn"))
    page.status_combo.setCurrentIndex(page.status_combo.findData("valid"))
    event_id = page.event_combo.itemData(2)
    page.event_combo.setCurrentIndex(2)
    wait_idle(qtbot, page)
    rows = _visible_rows(page)
    assert rows and {(r.status, r.event_id) for r in rows} == {("valid", event_id)}


def test_edit_through_dialog_lands_in_database(qtbot, make_page, services: Services, demo: str, add_signer) -> None:  # type: ignore[no-untyped-def]
    sig_id = add_signer(demo, "Odile", "Quarrendorf")
    page = make_page(demo)
    assert page.select_signature(sig_id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.edit_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.fields["last_name"].setText("Quarrendorff")
    dialog.fields["email"].setText("not an email")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible()  # refused: the field is marked and the message line names it, in plain words
    assert dialog.fields["email"].property("invalid") is True
    assert dialog.message_line.isVisible() and dialog.message_line.text().startswith("Email: ")
    assert "email" in dialog.message_line.text()[len("Email: "):].lower()
    assert services.signatures.get(str(sig_id)).last_name == "Quarrendorf"
    dialog.fields["email"].setText("odile@example.org")
    dialog.comment.setPlainText("Met at the library")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    wait_idle(qtbot, page)
    saved = services.signatures.get(str(sig_id))
    assert (saved.last_name, saved.email, saved.comment) == ("Quarrendorff", "odile@example.org", "Met at the library")
    assert page.current_record().last_name == "Quarrendorff"  # the table shows the new name, still selected


def test_withdraw_erases_the_name_everywhere(qtbot, make_page, services: Services, demo: str, add_signer) -> None:  # type: ignore[no-untyped-def]
    sig_id = add_signer(demo, "Odile", "Quarrendorf", email="odile@example.org")
    page = make_page(demo)
    qtbot.keyClicks(page.search, "Quarrendorf")
    wait_idle(qtbot, page)
    page.select_signature(sig_id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    dialog = page.withdraw_dialog
    assert dialog is not None and "cannot be recovered" in _texts_on_screen(dialog)
    dialog.reject()  # Cancel changes nothing
    assert services.signatures.get(str(sig_id)).status == "valid"
    page.withdraw_button.click()
    page.withdraw_dialog.withdraw_button.click()
    qtbot.waitUntil(lambda: "data was erased" in page.message.text())
    wait_idle(qtbot, page)
    page.search.clear()  # the search box keeps what the coordinator typed; nothing else shows the name
    assert "Quarrendorf" not in _texts_on_screen(page)
    rec = services.signatures.get(str(sig_id))
    assert (rec.status, rec.last_name, rec.email) == ("withdrawn", None, None)
    assert services.signatures.ids(demo, search="Quarrendorf") == type(services.signatures.ids(demo))("q")
    wait_idle(qtbot, page)
    assert page.select_signature(sig_id) and not page.withdraw_button.isEnabled()
    assert not page.withdraw_action.isEnabled() and not page.edit_action.isEnabled()  # Delete, Enter, menu


def test_find_shortcut_focuses_search(qtbot, make_page, demo: str) -> None:  # type: ignore[no-untyped-def]
    page = make_page(demo)
    page.activateWindow()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()


def test_keyboard_from_search_to_edit(qtbot, make_page, demo: str, add_signer) -> None:  # type: ignore[no-untyped-def]
    sig_id = add_signer(demo, "Odile", "Quarrendorf")
    page = make_page(demo)
    page.search.setFocus()
    qtbot.keyClicks(page.search, "quarrendorf")
    wait_idle(qtbot, page)
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus() and page.current_record().id == sig_id
    qtbot.keyClick(page.table, Qt.Key.Key_Enter)
    assert page.edit_dialog is not None and page.edit_dialog.fields["last_name"].text() == "Quarrendorf"
    page.edit_dialog.reject()
    assert page.edit_dialog is None and page.table.hasFocus()
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    wait_idle(qtbot, page)
    assert page.search.text() == "" and page.model.rowCount() > 1000


def test_refresh_with_same_rows_keeps_scroll_position(qtbot, make_page, demo: str) -> None:  # type: ignore[no-untyped-def]
    page = make_page(demo)
    page.table.scrollTo(page.model.index(2000, 0))
    position = page.table.verticalScrollBar().value()
    assert position > 0
    page.refresh()
    wait_idle(qtbot, page)
    assert page.table.verticalScrollBar().value() == position


def test_no_campaign_shows_an_empty_page(qtbot, make_page, demo: str) -> None:  # type: ignore[no-untyped-def]
    page = make_page(demo)
    page.set_campaign(None)
    wait_idle(qtbot, page)
    assert page.model.rowCount() == 0 and page.count_label.text() == "No signatures yet"
    assert not page.edit_button.isEnabled() and page.review.pending == 0


def test_saving_an_untouched_dialog_changes_nothing(qtbot, make_page, services: Services, demo: str,  # type: ignore[no-untyped-def]
                                                    add_signer) -> None:
    sig_id = add_signer(demo, "Odile", "Quarrendorf", email="odile@example.org", phone="+447400123456")
    before = services.signatures.get(str(sig_id))
    page = make_page(demo)
    page.select_signature(sig_id)
    page.edit_button.click()
    dialog = page.edit_dialog
    assert dialog.fields["email"].text() == "odile@example.org" and dialog.fields["phone"].text() == "+447400123456"
    assert dialog.changes() == {}
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert page.edit_dialog is None and services.signatures.get(str(sig_id)) == before
    assert "saved" not in page.message.text()


def test_closing_the_page_during_a_withdrawal_is_safe(qtbot, services: Services, demo: str, add_signer) -> None:  # type: ignore[no-untyped-def]
    from drivekit.ui.signatures import SignaturesPage

    sig_id = add_signer(demo, "Odile", "Quarrendorf")
    page = SignaturesPage(services)
    page.show()
    page.set_campaign(demo)
    wait_idle(qtbot, page)
    page.select_signature(sig_id)
    page.withdraw_current()
    page.withdraw_dialog.withdraw_button.click()
    page.deleteLater()
    qtbot.wait(1)
    wait_for_all()
    qtbot.wait(50)  # the result arrives for a page that is gone: nothing may break
    assert services.signatures.get(str(sig_id)).status == "withdrawn"
