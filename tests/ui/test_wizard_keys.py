"""The campaign wizard follows the Collect form's keyboard rules: Enter moves on, Enter in the last field
goes to the next page, a wrong field is said under it (on leaving it, or on Next) with the cursor put in
the first wrong one, and the message goes as soon as it is fixed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drivekit.ui.first_run.wizard import CampaignWizard
from tests.ui.keyboard_helpers import focused, shown


def _wizard(qtbot, services) -> CampaignWizard:  # type: ignore[no-untyped-def]
    wizard = CampaignWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    wizard.title.setFocus()
    qtbot.waitUntil(wizard.title.hasFocus)
    return wizard




def test_enter_moves_on_and_the_last_field_goes_to_the_next_page(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, services)
    qtbot.keyClicks(wizard.title, "Save the bus route")
    qtbot.keyClick(wizard.title, Qt.Key.Key_Return)
    assert focused() is wizard.text and wizard.currentPage() is wizard.petition
    qtbot.keyClicks(wizard.text, "Keep the 42 running.")
    qtbot.keyClick(wizard.text, Qt.Key.Key_Tab)
    assert focused() is wizard.goal
    qtbot.keyClick(wizard.goal, Qt.Key.Key_Return)
    assert focused() is wizard.organisation
    qtbot.keyClick(wizard.organisation, Qt.Key.Key_Return)
    assert wizard.currentPage() is not wizard.petition  # on to the signers' page
    assert shown(wizard.petition.messages) == {}


def test_tabbing_through_empty_fields_is_quiet_and_next_says_what_is_missing(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, services)
    for _ in range(3):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert shown(wizard.petition.messages) == {}
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter in the organisation: Next
    assert wizard.currentPage() is wizard.petition
    assert set(shown(wizard.petition.messages)) == {"title", "text"}
    assert focused() is wizard.title
    qtbot.keyClicks(wizard.title, "S")
    assert set(shown(wizard.petition.messages)) == {"text"}  # fixed: gone at once
    wizard.text.setFocus()
    qtbot.waitUntil(wizard.text.hasFocus)
    qtbot.keyClicks(wizard.text, "Keep it.")
    assert shown(wizard.petition.messages) == {}
    wizard.next()
    assert wizard.currentPage() is not wizard.petition


def test_a_target_message_goes_once_fixed_and_moves_nothing(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, services)
    wizard.title.setText("Save the bus route")
    wizard.text.setPlainText("Keep the 42 running.")
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.target_name.isVisible)
    list_top = wizard.target_list.y()
    wizard.target_prefixes.setFocus()
    qtbot.waitUntil(wizard.target_prefixes.hasFocus)
    qtbot.keyClicks(wizard.target_prefixes, "!!!")
    qtbot.keyClick(wizard.target_prefixes, Qt.Key.Key_Return)  # Enter adds the target: refused, name missing
    assert wizard.target_message.isVisible() and focused() is wizard.target_name
    assert wizard.target_list.y() == list_top
    qtbot.keyClicks(wizard.target_name, "Mayor")
    assert "not a postcode prefix" in wizard.target_message.text()  # the name is fine now, the prefix is not
    wizard.target_prefixes.clear()
    qtbot.keyClicks(wizard.target_prefixes, "75")
    assert not wizard.target_message.isVisible()
    assert wizard.target_list.y() == list_top
