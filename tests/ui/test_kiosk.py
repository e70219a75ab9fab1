"""Kiosk mode: signers sign on their own; the form clears itself; only the PIN lets anyone out."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

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
    assert not dialog.pin.isEnabled() and "Wrong PIN" in dialog.message.text()
    dialog.try_pin()  # ignored while locked: no extra failure counted
    assert guard.failures == 1
    qtbot.waitUntil(dialog.pin.isEnabled, timeout=2000)
    dialog.pin.setText("2222")
    dialog.try_pin()
    assert guard.failures == 2 and 0 < guard.remaining() <= 0.1  # the wait doubled
    qtbot.waitUntil(dialog.pin.isEnabled, timeout=2000)
    dialog.pin.setText("2468")
    dialog.try_pin()
    assert dialog.result() == QDialog.DialogCode.Accepted and guard.failures == 0


def test_kiosk_stays_until_the_pin_is_given(qtbot, make_kiosk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(pin_guard=PinGuard(unit_s=0.01))
    assert kiosk.isFullScreen()
    kiosk.close()
    assert kiosk.isVisible()  # closing without the PIN is refused
    typed = iter(["0000", "2468"])

    def fake_exec(dialog: KioskExitDialog) -> int:
        dialog.pin.setText(next(typed))
        dialog.try_pin()
        return dialog.result()

    monkeypatch.setattr(KioskExitDialog, "exec", fake_exec)
    with qtbot.assertNotEmitted(kiosk.closed):
        assert not kiosk.request_exit()
    assert kiosk.isVisible()
    qtbot.waitUntil(lambda: kiosk.pin_guard.remaining() == 0, timeout=2000)
    with qtbot.waitSignal(kiosk.closed):
        assert kiosk.request_exit()
    assert not kiosk.isVisible()


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
