"""Typing signatures on the Collect page: keyboard only, checks as you go, undo, remembered choices."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QScrollArea

from drivekit.domain.drawing import parse_strokes
from drivekit.domain.validation import SignerInput
from drivekit.ui.collect.dialogs import NewEventDialog
from drivekit.ui.collect.page import CollectPage
from tests.ui.collect_helpers import open_collect_page as _page


def _type_signer(qtbot, page: CollectPage, first: str, last: str, postcode: str = "SW1A 1AA") -> None:  # type: ignore[no-untyped-def]
    """Type as a volunteer would: text, Enter to move on, Space to tick consent."""
    def focus():  # noqa: ANN202
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget
    qtbot.keyClicks(focus(), first)
    qtbot.keyClick(focus(), Qt.Key.Key_Return)
    qtbot.keyClicks(focus(), last)
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)  # email
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)  # phone
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)  # address
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)  # postcode
    qtbot.keyClicks(focus(), postcode)
    for _ in range(4):  # city, region, country, comment
        qtbot.keyClick(focus(), Qt.Key.Key_Return)
    qtbot.keyClick(focus(), Qt.Key.Key_Return)  # consent checkbox
    assert focus() is page.form.consent
    qtbot.keyClick(focus(), Qt.Key.Key_Space)


def test_keyboard_entry_lands_in_database_and_form_is_ready_again(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    event = services.campaigns.add_event(campaign.id, "Market stall")
    page = _page(qtbot, services, campaign)
    page.event_combo.setCurrentIndex(page.event_combo.findData(event.id))
    _type_signer(qtbot, page, "Zoe", "O'Brien")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter on the consent box (last row) saves
    rows = services.signatures.list(campaign.id)
    assert [(r.first_name, r.last_name, r.postcode, r.event_id, r.source, r.contact_consent) for r in rows] == [
        ("Zoe", "O'Brien", "SW1A 1AA", event.id, "volunteer", False)]
    assert page.banner.text() == "Saved — 1 today at this event"
    assert page.form.text("first_name") == "" and page.form.text("postcode") == ""
    assert QApplication.focusWidget() is page.form.inputs["first_name"]

    _type_signer(qtbot, page, "Ana", "Silva", postcode="EC1Y 8SY")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(services.signatures.list(campaign.id)) == 2
    assert page.banner.text() == "Saved — 2 today at this event"


def test_field_checked_when_left_and_nothing_typed_is_lost(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, services, campaign)
    postcode = page.form.inputs["postcode"]
    postcode.setFocus()
    qtbot.keyClicks(postcode, "XYZ")
    qtbot.keyClick(postcode, Qt.Key.Key_Tab)
    line = page.message_line
    assert line.isVisible() and line.text().startswith("Postcode: ") and "not a valid postcode" in line.text()
    assert postcode.property("invalid") is True and page.form.flow.marked("postcode")
    postcode.setFocus()
    postcode.setText("SW1A 1AA")
    qtbot.keyClick(postcode, Qt.Key.Key_Tab)
    assert not line.isVisible() and postcode.property("invalid") is False

    page.form.inputs["first_name"].setText("Kim")
    page.form.inputs["email"].setText("kim@example")
    assert page.save() is None  # no consent, bad email
    assert services.signatures.list(campaign.id) == []
    assert page.form.consent.property("invalid") is True and page.form.flow.marked("email")
    assert page.message_line.text().startswith("Email: ")  # the first marked field, where the cursor went
    assert page.form.messages["petition_consent"].text()  # the consent box is marked too
    assert page.form.text("first_name") == "Kim" and page.form.text("email") == "kim@example"
    assert page.form.text("postcode") == "SW1A 1AA"


def test_possible_duplicate_is_shown_to_the_volunteer(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    services.signatures.save(campaign.id, SignerInput(first_name="Ada", last_name="Lovelace", postcode="SW1A 1AA",
                                                      petition_consent=True))
    page = _page(qtbot, services, campaign)
    _type_signer(qtbot, page, "Ada", "Lovelace")
    assert page.save() is not None
    assert page.banner.property("kind") == "duplicate"
    assert "may have signed already" in page.banner.text()


def test_ctrl_z_withdraws_last_signature_after_confirmation(qtbot, services, campaign, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, services, campaign)
    _type_signer(qtbot, page, "Wrong", "Entry")
    saved = page.save()
    assert saved is not None
    asked: list[str] = []
    monkeypatch.setattr(page, "_confirm", lambda title, text: asked.append(text) or False)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert asked and "Wrong Entry" in asked[0]
    assert services.signatures.get(saved.uuid).status == "valid"  # refused: nothing changed

    monkeypatch.setattr(page, "_confirm", lambda title, text: True)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    record = services.signatures.get(saved.uuid)
    assert record.status == "withdrawn" and record.first_name is None
    assert page.banner.property("kind") == "undo"
    assert not page.undo_button.isEnabled()


def test_ctrl_z_in_a_field_with_typing_undoes_the_typing_only(qtbot, services, campaign, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, services, campaign)
    _type_signer(qtbot, page, "Keep", "Me")
    page.save()
    monkeypatch.setattr(page, "_confirm", lambda title, text: (_ for _ in ()).throw(AssertionError("asked")))
    first = page.form.inputs["first_name"]
    qtbot.keyClicks(first, "abc")
    qtbot.keyClick(first, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert first.text() != "abc"
    assert services.signatures.list(campaign.id)[0].status == "valid"


def test_drawn_signature_is_saved_as_strokes(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, services, campaign)
    canvas = page.form.pad.canvas
    page.form.inputs["first_name"].setText("Pen")
    page.form.inputs["last_name"].setText("User")
    page.form.consent.setChecked(True)
    page.form.pad.parentWidget().parentWidget()  # the pad lives inside the scroll area
    canvas.parentWidget()
    w, h = canvas.width(), canvas.height()
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(w // 5, h // 2))
    for i in range(1, 10):
        QTest.mouseMove(canvas, QPoint(w // 5 + i * w // 20, h // 2 + (i % 3) * 5))
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(w * 2 // 3, h // 2))
    assert not page.form.pad.is_empty()
    saved = page.save()
    data, fmt = services.signatures.drawing(saved.uuid)
    strokes = parse_strokes(data)
    assert fmt == "strokes-json" and len(strokes) == 1 and len(strokes[0]) >= 5
    xs = [x for x, _ in strokes[0]]
    assert min(xs) < 300 and max(xs) > 500  # a real stroke across the box
    assert page.form.pad.is_empty()  # cleared for the next signer


def test_event_and_volunteer_remembered(qtbot, services, campaign, ui_settings) -> None:  # type: ignore[no-untyped-def]
    event = services.campaigns.add_event(campaign.id, "Rally")
    volunteer = services.campaigns.add_volunteer(campaign.id, "Sam")
    page = _page(qtbot, services, campaign, settings=ui_settings)
    page.event_combo.setCurrentIndex(page.event_combo.findData(event.id))
    page.volunteer_combo.setCurrentIndex(page.volunteer_combo.findData(volunteer.id))
    again = _page(qtbot, services, campaign, settings=ui_settings)
    assert again.event_id() == event.id and again.volunteer_id() == volunteer.id
    again.form.inputs["last_name"].setText("Signer")
    again.form.consent.setChecked(True)
    saved = again.save()
    record = services.signatures.get(saved.uuid)
    assert record.event_id == event.id


def test_required_fields_of_the_campaign_are_enforced(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    campaign = services.campaigns.create("Postcodes needed", "Text", 10, "", "FR", required_fields=["name", "postcode"])
    page = _page(qtbot, services, campaign)
    assert "required" in page.form.labels["postcode"].text()
    assert page.form.inputs["country"].code() == "FR"
    page.form.inputs["last_name"].setText("Martin")
    page.form.consent.setChecked(True)
    assert page.save() is None
    assert page.form.messages["postcode"].text() == "This field is required for this petition."
    page.form.inputs["postcode"].setText("75001")
    assert page.save() is not None
    assert services.signatures.list(campaign.id)[0].country == "FR"


def test_undo_shortcut_works_from_anywhere_on_the_page(qtbot, services, campaign, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, services, campaign)
    page.form.inputs["last_name"].setText("Mistake")
    page.form.consent.setChecked(True)
    saved = page.save()
    monkeypatch.setattr(page, "_confirm", lambda title, text: True)
    page.save_button.setFocus()
    qtbot.waitUntil(page.save_button.hasFocus)
    qtbot.keyClick(page.save_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.signatures.get(saved.uuid).status == "withdrawn"


def test_field_reached_by_enter_is_scrolled_into_view(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, services, campaign)
    page.resize(700, 330)
    qtbot.wait(10)
    bar = page.findChild(QScrollArea).verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    for _ in range(10):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.form.consent
    assert bar.value() > 0


def test_event_created_inline_is_chosen_and_remembered(qtbot, services, campaign, ui_settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def fake_exec(dialog: NewEventDialog) -> int:
        dialog.name.setText("Harbour festival")
        dialog.location.setText("Quay")
        return NewEventDialog.DialogCode.Accepted

    monkeypatch.setattr(NewEventDialog, "exec", fake_exec)
    page = _page(qtbot, services, campaign, settings=ui_settings)
    page.new_event_button.click()
    (event,) = services.campaigns.get(campaign.id).events
    assert (event.name, event.location) == ("Harbour festival", "Quay")
    assert page.event_id() == event.id and ui_settings.event_for(campaign.id) == event.id
    assert QApplication.focusWidget() is page.form.inputs["first_name"]


def test_a_bug_while_saving_keeps_the_typed_signature(qtbot, services, campaign, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, services, campaign)
    page.form.inputs["last_name"].setText("Keepme")
    page.form.consent.setChecked(True)

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(services.signatures, "save", broken)
    assert page.save() is None
    assert page.form.text("last_name") == "Keepme" and page.form.consent.isChecked()
    assert page.banner.property("kind") == "error" and "Saved" not in page.banner.text()
    assert "saving a signature failed" in caplog.text


def test_todays_event_is_chosen_when_nothing_was_remembered(qtbot, services, campaign, ui_settings) -> None:  # type: ignore[no-untyped-def]
    services.campaigns.add_event(campaign.id, "Last week", date.today() - timedelta(days=7))
    today = services.campaigns.add_event(campaign.id, "Today's stall", date.today())
    page = _page(qtbot, services, campaign, settings=ui_settings)
    assert page.event_id() == today.id


def test_volunteer_created_inline_signs_the_next_signatures(qtbot, services, campaign, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Robin", True))
    page = _page(qtbot, services, campaign)
    page.new_volunteer_button.click()
    (volunteer,) = services.campaigns.volunteers(campaign.id)
    assert volunteer.name == "Robin" and page.volunteer_id() == volunteer.id
    assert page.volunteer_combo.currentText() == "Robin"


def test_inputs_have_accessible_names_and_consent_wording(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, services, campaign)
    for widget in page.form.order:
        assert widget.accessibleName()
    assert page.form.consent.accessibleDescription() == campaign.consent_text
    assert page.event_combo.accessibleName() and page.volunteer_combo.accessibleName()
