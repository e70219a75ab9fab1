"""Paper-sheet entry follows the Collect form's keyboard rules: Enter moves on, Enter on the last row
(the "Contact me" box) saves the line, a field left wrong says so under it and clears as it is fixed, a
refused save marks every wrong field with the cursor in the first, and the status line does not outstay
its news."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drivekit.domain.validation import Rules, validate_field
from drivekit.ui.delivery.paper import PaperEntryDialog
from tests.ui.keyboard_helpers import focused, shown


def _dialog(qtbot, services, campaign) -> PaperEntryDialog:  # type: ignore[no-untyped-def]
    dialog = PaperEntryDialog(services, campaign.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.edits["first_name"].setFocus()
    qtbot.waitUntil(dialog.edits["first_name"].hasFocus)
    return dialog




def test_enter_moves_on_and_the_contact_box_saves_the_line(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, services, campaign)
    qtbot.keyClicks(focused(), "Ada")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert focused() is dialog.edits["last_name"]
    assert services.signatures.list(campaign.id) == []  # Enter in a field does not save a half-typed line
    qtbot.keyClicks(focused(), "Lovelace")
    while focused() is not dialog.contact:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # through the empty fields, no error on the way
    assert shown(dialog.messages) == {}
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    (row,) = services.signatures.list(campaign.id)
    assert (row.last_name, row.contact_consent) == ("Lovelace", True)
    assert dialog.status.text() == "Saved sheet 1, line 1."
    assert focused() is dialog.edits["first_name"] and dialog.line.value() == 2
    qtbot.keyClicks(focused(), "A")
    assert dialog.status.text() == ""  # the next line is being typed


def test_a_wrong_postcode_shows_when_left_and_clears_as_it_is_fixed(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, services, campaign)
    postcode = dialog.edits["postcode"]
    postcode.setFocus()
    qtbot.waitUntil(postcode.hasFocus)
    qtbot.keyClicks(postcode, "N1")
    qtbot.keyClick(postcode, Qt.Key.Key_Tab)
    assert shown(dialog.messages) == {"postcode": validate_field("postcode", "N1", Rules())}
    postcode.setFocus()
    qtbot.waitUntil(postcode.hasFocus)
    qtbot.keyClick(postcode, Qt.Key.Key_End)
    qtbot.keyClicks(postcode, " 9GU")
    assert shown(dialog.messages) == {}


def test_a_refused_save_marks_the_fields_and_the_status_goes_once_fixed(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, services, campaign)
    dialog.edits["email"].setText("bob@")
    dialog.edits["phone"].setText("12")
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert set(shown(dialog.messages)) == {"last_name", "email", "phone"}
    assert focused() is dialog.edits["last_name"]
    assert dialog.status.text() == "Last name: Please enter a name."  # the first marked field, named
    qtbot.keyClicks(focused(), "Lovelace")
    dialog.edits["email"].setText("")
    dialog.edits["phone"].setFocus()
    qtbot.waitUntil(dialog.edits["phone"].hasFocus)
    qtbot.keyClick(dialog.edits["phone"], Qt.Key.Key_Backspace)
    qtbot.keyClick(dialog.edits["phone"], Qt.Key.Key_Backspace)
    dialog.edits["email"].setFocus()
    qtbot.waitUntil(dialog.edits["email"].hasFocus)
    qtbot.keyClicks(dialog.edits["email"], "a")
    qtbot.keyClick(dialog.edits["email"], Qt.Key.Key_Backspace)
    assert shown(dialog.messages) == {} and dialog.status.text() == ""
    assert services.signatures.list(campaign.id) == []
