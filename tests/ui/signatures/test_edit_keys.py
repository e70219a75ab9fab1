"""The edit dialog follows the Collect form's keyboard rules: Enter moves on, Enter on the last row (the
contact box) or Ctrl+S saves, a changed field left wrong says so at once and clears as it is fixed, a
refused save marks every wrong field with the cursor in the first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from drivekit.domain.validation import Rules, SignerInput, validate_field
from drivekit.ui.signatures.edit_dialog import SignatureEditDialog
from tests.ui.keyboard_helpers import shown


def _dialog(qtbot, services, campaign) -> tuple[SignatureEditDialog, str]:  # type: ignore[no-untyped-def]
    saved = services.signatures.save(campaign.id, SignerInput(first_name="Odile", last_name="Quarrendorf",
                                                              postcode="N1 9GU", country="GB", petition_consent=True))
    dialog = SignatureEditDialog(services, services.signatures.get(str(saved.id)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.fields["first_name"])
    return dialog, str(saved.id)



def test_enter_moves_on_and_enter_on_the_contact_box_saves(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    dialog, sig_id = _dialog(qtbot, services, campaign)
    qtbot.keyClick(dialog.fields["first_name"], Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.fields["last_name"]  # moved on, not saved and closed
    assert dialog.isVisible() and dialog.saved is None
    qtbot.keyClick(dialog.fields["last_name"], Qt.Key.Key_End)  # arriving selects the name, as Tab does
    qtbot.keyClicks(dialog.fields["last_name"], "f")
    dialog.contact.setFocus()
    qtbot.waitUntil(dialog.contact.hasFocus)
    qtbot.keyClick(dialog.contact, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.contact, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.saved is not None
    rec = services.signatures.get(sig_id)
    assert (rec.last_name, rec.contact_consent) == ("Quarrendorff", True)


def test_a_wrong_value_shows_when_left_and_clears_as_it_is_fixed(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    dialog, _ = _dialog(qtbot, services, campaign)
    email = dialog.fields["email"]
    email.setFocus()
    qtbot.waitUntil(email.hasFocus)
    qtbot.keyClicks(email, "bob@")
    assert shown(dialog._errors) == {}
    qtbot.keyClick(email, Qt.Key.Key_Tab)
    assert shown(dialog._errors) == {"email": validate_field("email", "bob@", Rules())}
    assert email.property("invalid") is True
    email.setFocus()
    qtbot.waitUntil(email.hasFocus)
    qtbot.keyClicks(email, "example.org")
    assert shown(dialog._errors) == {} and email.property("invalid") is False


def test_tabbing_through_the_fields_shows_no_error(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    dialog, _ = _dialog(qtbot, services, campaign)
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert shown(dialog._errors) == {} and dialog.isVisible()


def test_a_refused_save_marks_every_wrong_field_and_focuses_the_first(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    dialog, sig_id = _dialog(qtbot, services, campaign)
    dialog.fields["phone"].setText("12")
    dialog.fields["email"].setText("bob@")
    qtbot.keyClick(dialog.fields["first_name"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert set(shown(dialog._errors)) == {"email", "phone"}
    assert QApplication.focusWidget() is dialog.fields["email"]
    assert dialog.isVisible() and services.signatures.get(sig_id).email is None


def test_a_long_email_shows_its_start(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    """A field narrower than its text showed the end ("er.09452@example.org"): it shows the start until focused."""
    saved = services.signatures.save(campaign.id, SignerInput(
        first_name="Odile", last_name="Quarrendorf", email="odile.quarrendorf.signer.09452@example.org",
        postcode="N1 9GU", country="GB", petition_consent=True))
    dialog = SignatureEditDialog(services, services.signatures.get(str(saved.id)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    email = dialog.fields["email"]
    assert email.fontMetrics().horizontalAdvance(email.text()) > email.width()  # it does not fit
    assert email.cursorPosition() == 0
