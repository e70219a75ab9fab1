"""The Collect form as a tired volunteer meets it: Enter saves from the last row, no red for empty
fields passed by Tab, a wrong value marked (and said in the message line) as soon as it is left, gone
as soon as it is fixed, and banners that do not outstay their news."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from drivekit.domain.validation import Rules, validate_field
from drivekit.ui.collect.page import CollectPage
from tests.ui.collect_helpers import open_collect_page as _page


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _shown(page: CollectPage) -> dict[str, str]:
    return {name: label.text() for name, label in page.form.messages.items() if label.text()}


def _type_name_and_tick_consent(qtbot, page: CollectPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(_focus(), "Zoe")
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    qtbot.keyClicks(_focus(), "Okafor")
    while _focus() is not page.form.consent:
        qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    qtbot.keyClick(_focus(), Qt.Key.Key_Space)


def test_enter_on_the_consent_box_saves(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, services, campaign)
    _type_name_and_tick_consent(qtbot, page)
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)  # the consent row is the last row: Enter saves
    assert [(r.first_name, r.last_name) for r in services.signatures.list(campaign.id)] == [("Zoe", "Okafor")]
    assert page.banner.text() == "Saved — 1 today"
    assert _focus() is page.form.inputs["first_name"]


def test_enter_on_the_contact_box_saves_with_the_opt_in(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, services, campaign)
    _type_name_and_tick_consent(qtbot, page)
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert _focus() is page.form.contact
    qtbot.keyClick(_focus(), Qt.Key.Key_Space)
    qtbot.keyClick(_focus(), Qt.Key.Key_Enter)  # the keypad's Enter too
    (row,) = services.signatures.list(campaign.id)
    assert row.contact_consent is True


def test_enter_in_the_comment_moves_to_the_consent_box(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, services, campaign)
    comment = page.form.inputs["comment"]
    comment.setFocus()
    qtbot.waitUntil(comment.hasFocus)
    qtbot.keyClicks(comment, "Please hurry")
    qtbot.keyClick(comment, Qt.Key.Key_Return)
    assert _focus() is page.form.consent
    assert services.signatures.list(campaign.id) == []


def test_enter_on_an_unticked_consent_box_does_not_tick_it(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, services, campaign)
    page.form.inputs["last_name"].setText("Okafor")
    page.form.consent.setFocus()
    qtbot.waitUntil(page.form.consent.hasFocus)
    qtbot.keyClick(page.form.consent, Qt.Key.Key_Return)
    assert services.signatures.list(campaign.id) == []
    assert not page.form.consent.isChecked()
    assert page.form.consent.property("invalid") is True  # marked, and said in the line
    assert page.message_line.isVisible() and page.message_line.field() == "petition_consent"
    assert _focus() is page.form.consent


def test_tabbing_through_empty_fields_shows_no_error(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    campaign = services.campaigns.create("Postcodes needed", "Text", 10, "", "GB",
                                         required_fields=["name", "email", "postcode"])
    page = _page(qtbot, services, campaign)
    while _focus() is not page.form.consent:
        qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert _shown(page) == {}
    assert not any(w.property("invalid") for w in page.form.order)
    assert page.banner.property("kind") == ""


def test_a_wrong_email_shows_when_left_and_clears_as_it_is_fixed(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, services, campaign)
    email = page.form.inputs["email"]
    email.setFocus()
    qtbot.waitUntil(email.hasFocus)
    qtbot.keyClicks(email, "bob@")
    assert _shown(page) == {}  # nothing while typing
    qtbot.keyClick(email, Qt.Key.Key_Tab)
    line = page.message_line  # the field is marked in place; the line names it and says why
    assert line.isVisible() and line.text() == "Email: " + validate_field("email", "bob@", Rules())
    assert email.property("invalid") is True and page.form.flow.marked("email")
    assert not page.banner.isVisible()  # the hint waits behind the line

    email.setFocus()
    qtbot.waitUntil(email.hasFocus)
    qtbot.keyClicks(email, "example")
    assert line.isVisible() and line.field() == "email"  # "bob@example" is still wrong: the message stays
    qtbot.keyClicks(email, ".org")
    assert not line.isVisible() and email.property("invalid") is False  # fixed: gone before leaving
    assert not page.form.flow.marked("email") and page.banner.isVisible()
    assert email.hasFocus()


def test_a_wrong_postcode_clears_when_the_country_is_changed(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, services, campaign)
    postcode = page.form.inputs["postcode"]
    postcode.setFocus()
    qtbot.waitUntil(postcode.hasFocus)
    qtbot.keyClicks(postcode, "75001")
    qtbot.keyClick(postcode, Qt.Key.Key_Tab)
    assert page.form.flow.marked("postcode") and page.message_line.field() == "postcode"
    page.form.inputs["country"].setCurrentIndex(page.form.inputs["country"].findData("FR"))
    assert not page.form.flow.marked("postcode") and not page.message_line.isVisible()


def test_a_failed_save_shows_every_error_and_focuses_the_first(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, services, campaign)
    page.form.inputs["phone"].setText("12")
    page.form.inputs["postcode"].setText("XYZ")
    qtbot.keyClick(_focus(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert set(_shown(page)) == {"last_name", "phone", "postcode", "petition_consent"}
    assert _focus() is page.form.inputs["last_name"]
    assert page.message_line.isVisible() and page.message_line.field() == "last_name"  # where the cursor is
    assert page.message_line.text().startswith("Last name: ") and not page.banner.isVisible()


def test_the_error_banner_goes_once_every_error_is_fixed(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, services, campaign)
    page.form.inputs["email"].setText("bob@")
    page.form.consent.setChecked(True)
    assert page.save() is None
    assert set(_shown(page)) == {"last_name", "email"}
    qtbot.keyClicks(_focus(), "Okafor")  # the cursor is in the first wrong field
    assert set(_shown(page)) == {"email"}
    assert page.message_line.field() == "email" and not page.banner.isVisible()  # one field is still wrong
    email = page.form.inputs["email"]
    email.setFocus()
    qtbot.waitUntil(email.hasFocus)
    qtbot.keyClicks(email, "example.org")
    assert _shown(page) == {}
    assert not page.message_line.isVisible() and page.banner.isVisible()
    assert page.banner.property("kind") == ""
    assert "Not saved" not in page.banner.text()


def test_the_saved_banner_goes_when_the_next_signer_is_typed(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, services, campaign)
    _type_name_and_tick_consent(qtbot, page)
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)
    assert page.banner.property("kind") == "ok"
    qtbot.keyClicks(_focus(), "A")
    assert page.banner.property("kind") == ""
    assert "Saved" not in page.banner.text()
