"""Kiosk mode: signers sign on their own; the form clears itself; only the PIN lets anyone out."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from drivekit.domain.validation import SignerInput
from drivekit.ui.kiosk.pin_dialogs import KioskExitDialog, PinGuard, SetPinDialog
from drivekit.ui.kiosk.window import KioskWindow


@pytest.fixture
def make_kiosk(qtbot, services, campaign) -> Iterator:  # type: ignore[no-untyped-def]
    """`make_kiosk(**options)` starts a kiosk (PIN 2468); each is unlocked and deleted afterwards."""
    made: list[KioskWindow] = []

    def make(**kwargs) -> KioskWindow:  # type: ignore[no-untyped-def]
        services.campaigns.set_kiosk_pin(campaign.id, "2468")
        kiosk = KioskWindow(services, campaign.id, **kwargs)
        made.append(kiosk)
        kiosk.start()
        qtbot.waitExposed(kiosk)
        return kiosk

    yield make
    for kiosk in made:
        kiosk.unlock_and_close()
        kiosk.deleteLater()


def _fill(kiosk: KioskWindow, first: str, last: str) -> None:
    kiosk.form.inputs["first_name"].setText(first)
    kiosk.form.inputs["last_name"].setText(last)
    kiosk.form.consent.setChecked(True)


def test_exit_refuses_wrong_pin_waits_then_accepts_right_one(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    services.campaigns.set_kiosk_pin(campaign.id, "2468")
    guard = PinGuard(unit_s=0.05)
    dialog = KioskExitDialog(services, campaign.id, guard)
    qtbot.addWidget(dialog)
    dialog.pin.setText("1111")
    dialog.try_pin()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.pin.isReadOnly() and "Wrong PIN" in dialog.message.text()
    dialog.try_pin()  # ignored while locked: no extra failure counted
    assert guard.failures == 1
    qtbot.waitUntil(lambda: not dialog.pin.isReadOnly(), timeout=2000)
    dialog.pin.setText("2222")
    dialog.try_pin()
    assert guard.failures == 2 and 0 < guard.remaining() <= 0.1  # the wait doubled
    qtbot.waitUntil(lambda: not dialog.pin.isReadOnly(), timeout=2000)
    dialog.pin.setText("2468")
    dialog.try_pin()
    assert dialog.result() == QDialog.DialogCode.Accepted and guard.failures == 0


def test_kiosk_stays_until_the_pin_is_given(qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(pin_guard=PinGuard(unit_s=0.01))
    assert kiosk.isFullScreen()
    kiosk.close()
    assert kiosk.isVisible()  # closing without the PIN is refused
    dialog = kiosk.request_exit()
    assert kiosk.request_exit() is dialog  # one dialog at a time
    with qtbot.assertNotEmitted(kiosk.closed):
        dialog.pin.setText("0000")
        dialog.try_pin()
        dialog.reject()
    assert kiosk.isVisible()
    qtbot.waitUntil(lambda: kiosk.pin_guard.remaining() == 0, timeout=2000)
    dialog = kiosk.request_exit()
    with qtbot.waitSignal(kiosk.closed):
        dialog.pin.setText("2468")
        dialog.try_pin()
    assert not kiosk.isVisible()


def _type(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Keys as a keyboard sends them: to whichever widget has the focus at that moment."""
    for char in text:
        target = QApplication.focusWidget()
        assert target is not None
        qtbot.keyClick(target, char)


def _press(qtbot, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key)


def test_wrong_pin_keeps_focus_on_the_cleared_pin_field(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    services.campaigns.set_kiosk_pin(campaign.id, "2468")
    guard = PinGuard(unit_s=0.3)
    dialog = KioskExitDialog(services, campaign.id, guard)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.pin.hasFocus)
    _type(qtbot, "1111")
    _press(qtbot, Qt.Key.Key_Return)
    assert guard.failures == 1 and dialog.isVisible()
    assert QApplication.focusWidget() is dialog.pin and dialog.pin.text() == ""
    assert "Wrong PIN" in dialog.message.text()
    _type(qtbot, "55")  # typed during the wait: dropped, and no button took the focus
    _press(qtbot, Qt.Key.Key_Return)
    assert dialog.pin.text() == "" and dialog.isVisible() and guard.failures == 1
    qtbot.waitUntil(lambda: not dialog.pin.isReadOnly(), timeout=3000)
    assert QApplication.focusWidget() is dialog.pin
    _type(qtbot, "2468")
    _press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_digits_typed_at_the_pin_dialog_never_reach_the_public_form(qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(pin_guard=PinGuard(unit_s=0.2))
    kiosk.activateWindow()
    first = kiosk.form.inputs["first_name"]
    qtbot.waitUntil(first.hasFocus)
    _type(qtbot, "Ana")
    dialog = kiosk.request_exit()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.pin)
    _type(qtbot, "1111")
    _press(qtbot, Qt.Key.Key_Return)  # wrong
    _type(qtbot, "5555")  # during the wait
    _press(qtbot, Qt.Key.Key_Escape)  # gives up...
    assert not dialog.isVisible() and kiosk.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    _type(qtbot, "99")  # ...while the fingers still type the PIN
    _press(qtbot, Qt.Key.Key_Return)
    assert first.text() == "Ana" and all(not kiosk.form.text(n) for n in ("last_name", "email", "phone"))
    assert not [c for c in "".join(kiosk.form.text(n) for n in kiosk.form.inputs) if c.isdigit()]


def test_kiosk_save_thanks_and_fresh_form(qtbot, services, campaign, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    event = services.campaigns.add_event(campaign.id, "Fair")
    kiosk = make_kiosk(event_id=event.id, thanks_ms=50)
    _fill(kiosk, "Maya", "Ortiz")
    assert kiosk.save()
    assert kiosk.stack.currentWidget() is kiosk.thanks
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.form_page, timeout=2000)
    assert not kiosk.form.is_touched()
    (row,) = services.signatures.list(campaign.id)
    assert (row.first_name, row.source, row.event_id) == ("Maya", "kiosk", event.id)


def test_kiosk_never_reveals_an_earlier_signature(qtbot, services, campaign, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    services.signatures.save(campaign.id, SignerInput(first_name="Maya", last_name="Ortiz", postcode="SW1A 1AA",
                                                      petition_consent=True))
    kiosk = make_kiosk(thanks_ms=60_000)
    _fill(kiosk, "Maya", "Ortiz")
    kiosk.form.inputs["postcode"].setText("SW1A 1AA")
    assert kiosk.save()
    statuses = sorted(r.status for r in services.signatures.list(campaign.id))
    assert statuses == ["possible_duplicate", "valid"]
    assert kiosk.stack.currentWidget() is kiosk.thanks  # the same thank-you as for anyone
    assert kiosk.status.text() == ""


def test_half_filled_form_left_alone_is_cleared(qtbot, services, campaign, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(idle_ms=80)
    kiosk.form.inputs["first_name"].setText("Half")
    kiosk.form.inputs["email"].setText("half@example.org")
    kiosk.form.edited.emit()
    qtbot.waitUntil(lambda: kiosk.form.text("first_name") == "", timeout=2000)
    assert kiosk.form.text("email") == "" and services.signatures.list(campaign.id) == []


def test_validation_message_shown_in_kiosk_and_nothing_saved(qtbot, services, campaign, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    kiosk.form.inputs["first_name"].setText("No")
    kiosk.form.inputs["last_name"].setText("Consent")
    assert not kiosk.save()
    assert kiosk.form.messages["petition_consent"].text()
    assert kiosk.form.text("last_name") == "Consent"
    assert services.signatures.list(campaign.id) == []


def test_set_pin_dialog_needs_matching_pins_and_the_current_one(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    dialog = SetPinDialog(services, campaign.id)
    qtbot.addWidget(dialog)
    dialog.new.setText("1357")
    dialog.repeat.setText("1358")
    dialog._on_buttons_accepted()
    assert not services.campaigns.has_kiosk_pin(campaign.id) and "not the same" in dialog.message.text()
    dialog.repeat.setText("1357")
    dialog._on_buttons_accepted()
    assert services.campaigns.check_kiosk_pin(campaign.id, "1357")
    change = SetPinDialog(services, campaign.id)
    qtbot.addWidget(change)
    assert change.current is not None
    change.current.setText("9999")
    change.new.setText("2468")
    change.repeat.setText("2468")
    change._on_buttons_accepted()
    assert services.campaigns.check_kiosk_pin(campaign.id, "1357")  # wrong current PIN: unchanged


def test_next_signer_cannot_bring_back_the_previous_one_with_undo(qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(thanks_ms=10)
    kiosk.activateWindow()
    first = kiosk.form.inputs["first_name"]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClicks(first, "Private")
    kiosk.form.inputs["last_name"].setText("Person")
    kiosk.form.consent.setChecked(True)
    assert kiosk.save()
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.form_page, timeout=2000)
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert first.text() == "" and not first.isUndoAvailable()
