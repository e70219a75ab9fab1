"""Paper-sheet entry follows the Collect form's keyboard rules: Enter moves on, Enter on the last row
(the "Contact me" box) saves the line, a field left wrong says so under it and clears as it is fixed, a
refused save marks every wrong field with the cursor in the first, and the status line does not outstay
its news."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from drivekit.domain.validation import Rules, validate_field
from drivekit.ui.delivery.paper import PaperEntryDialog


def _dialog(qtbot, services, campaign) -> PaperEntryDialog:  # type: ignore[no-untyped-def]
    dialog = PaperEntryDialog(services, campaign.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.edits["first_name"].setFocus()
    qtbot.waitUntil(dialog.edits["first_name"].hasFocus)
    return dialog


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _shown(dialog: PaperEntryDialog) -> dict[str, str]:
    return {name: label.text() for name, label in dialog.messages.items() if label.isVisible()}


def test_enter_moves_on_and_the_contact_box_saves_the_line(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, services, campaign)
    qtbot.keyClicks(_focus(), "Ada")
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)
    assert _focus() is dialog.edits["last_name"]
    assert services.signatures.list(campaign.id) == []  # Enter in a field does not save a half-typed line
    qtbot.keyClicks(_focus(), "Lovelace")
    while _focus() is not dialog.contact:
        qtbot.keyClick(_focus(), Qt.Key.Key_Return)  # through the empty fields, no error on the way
    assert _shown(dialog) == {}
    qtbot.keyClick(_focus(), Qt.Key.Key_Space)
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)
    (row,) = services.signatures.list(campaign.id)
    assert (row.last_name, row.contact_consent) == ("Lovelace", True)
    assert dialog.status.text() == "Saved sheet 1, line 1."
    assert _focus() is dialog.edits["first_name"] and dialog.line.value() == 2
    qtbot.keyClicks(_focus(), "A")
    assert dialog.status.text() == ""  # the next line is being typed


def test_a_wrong_postcode_shows_when_left_and_clears_as_it_is_fixed(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, services, campaign)
    postcode = dialog.edits["postcode"]
    postcode.setFocus()
    qtbot.waitUntil(postcode.hasFocus)
    qtbot.keyClicks(postcode, "N1")
    qtbot.keyClick(postcode, Qt.Key.Key_Tab)
    assert _shown(dialog) == {"postcode": validate_field("postcode", "N1", Rules())}
    postcode.setFocus()
    qtbot.waitUntil(postcode.hasFocus)
    qtbot.keyClick(postcode, Qt.Key.Key_End)
    qtbot.keyClicks(postcode, " 9GU")
    assert _shown(dialog) == {}


def test_a_refused_save_marks_the_fields_and_the_status_goes_once_fixed(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, services, campaign)
    dialog.edits["email"].setText("bob@")
    dialog.edits["phone"].setText("12")
    qtbot.keyClick(_focus(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert set(_shown(dialog)) == {"last_name", "email", "phone"}
    assert _focus() is dialog.edits["last_name"]
    assert dialog.status.text() == "Not saved yet: please correct the marked fields."
    qtbot.keyClicks(_focus(), "Lovelace")
    dialog.edits["email"].setText("")
    dialog.edits["phone"].setFocus()
    qtbot.waitUntil(dialog.edits["phone"].hasFocus)
    qtbot.keyClick(dialog.edits["phone"], Qt.Key.Key_Backspace)
    qtbot.keyClick(dialog.edits["phone"], Qt.Key.Key_Backspace)
    dialog.edits["email"].setFocus()
    qtbot.waitUntil(dialog.edits["email"].hasFocus)
    qtbot.keyClicks(dialog.edits["email"], "a")
    qtbot.keyClick(dialog.edits["email"], Qt.Key.Key_Backspace)
    assert _shown(dialog) == {} and dialog.status.text() == ""
    assert services.signatures.list(campaign.id) == []
