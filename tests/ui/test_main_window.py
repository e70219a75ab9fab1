"""The main window: first run, campaigns, page navigation, remembered settings, demo in the background."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from drivekit.ui.collect.page import CollectPage
from drivekit.ui.first_run.demo import start_demo
from drivekit.ui.first_run.wizard import CampaignWizard
from drivekit.ui.settings import UiSettings


def test_first_run_offers_create_and_demo_only(make_main_window) -> None:  # type: ignore[no-untyped-def]
    window = make_main_window()
    assert window.windowTitle() == "DriveKit"
    assert window.root.currentWidget() is window.welcome
    assert window.welcome.create_button.isVisible() and window.welcome.demo_button.isVisible()
    assert not window.kiosk_action.isEnabled()
    assert window.status_campaign.text() == "No campaign yet"


def test_wizard_creates_campaign_with_targets(qtbot, services, make_main_window) -> None:  # type: ignore[no-untyped-def]
    window = make_main_window()
    wizard = CampaignWizard(services, window)
    qtbot.addWidget(wizard)
    wizard.title.setText("Save the bus route")
    wizard.text.setPlainText("We ask the council to keep the 42 bus running.")
    wizard.goal.setValue(750)
    wizard.organisation.setText("Riders United")
    wizard.country.setCurrentText("France")
    wizard.required["postcode"].setChecked(True)
    wizard.target_name.setText("Mayor")
    wizard.target_role.setText("Mayor of the town")
    wizard.target_prefixes.setText("75, 92")
    wizard._on_add_target_clicked()
    wizard.target_name.setText("Council")  # typed, not added: still created on Finish
    wizard.accept()
    created = wizard.created
    assert created is not None
    info = services.campaigns.get(created.id)
    assert (info.title, info.goal, info.organisation, info.country) == ("Save the bus route", 750, "Riders United", "FR")
    assert info.required_fields == ["name", "postcode"]
    assert sorted((t.name, tuple(t.postcode_prefixes)) for t in info.targets) == [("Council", ()), ("Mayor", ("75", "92"))]
    window.reload_campaigns(created.id)
    assert window.root.currentWidget() is window.work
    assert "Save the bus route" in window.status_campaign.text()


def test_wizard_refuses_bad_prefix_and_keeps_input(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    wizard = CampaignWizard(services)
    qtbot.addWidget(wizard)
    wizard.target_name.setText("Mayor")
    wizard.target_prefixes.setText("!!!")
    wizard._on_add_target_clicked()
    assert "not a postcode prefix" in wizard.target_message.text()
    assert wizard.target_list.count() == 0 and wizard.target_name.text() == "Mayor"


def test_campaign_chooser_appears_with_several_campaigns(services, make_main_window) -> None:  # type: ignore[no-untyped-def]
    first = services.campaigns.create("One", "Text", 10)
    window = make_main_window()
    assert not window.campaign_bar.isVisible()
    second = services.campaigns.create("Two", "Text", 10, country="FR")
    window.reload_campaigns(second.id)
    assert window.campaign_bar.isVisible()
    page = window.current_page()
    assert isinstance(page, CollectPage) and page.campaign.id == second.id
    window.campaign_combo.setCurrentIndex(window.campaign_combo.findData(first.id))
    assert page.campaign.id == first.id and window.campaign_id == first.id


def test_settings_remembered_between_runs(qtbot, services, campaign, make_main_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "remember.ini"
    window = make_main_window(UiSettings(path))
    window.setGeometry(QRect(20, 30, 760, 540))
    window.close()
    again = make_main_window(UiSettings(path))
    assert (again.size().width(), again.size().height()) == (760, 540)
    assert again.campaign_id == campaign.id and UiSettings(path).campaign_id == campaign.id
    assert not again.large_text_action.isChecked()
    again.large_text_action.setChecked(True)
    assert "#ffff99" in QApplication.instance().styleSheet()
    again.close()
    third = make_main_window(UiSettings(path))
    assert third.large_text_action.isChecked() and UiSettings(path).large_text
    third.large_text_action.setChecked(False)
    assert "#ffff99" not in QApplication.instance().styleSheet()


def test_large_text_window_fits_a_small_laptop(services, campaign, make_main_window, ui_settings) -> None:  # type: ignore[no-untyped-def]
    window = make_main_window()
    window.large_text_action.setChecked(True)
    try:
        hint = window.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 600
    finally:
        window.large_text_action.setChecked(False)


def test_ctrl_number_switches_pages_and_collect_counts(qtbot, services, campaign, make_main_window) -> None:  # type: ignore[no-untyped-def]
    window = make_main_window()
    window.activateWindow()
    assert window.page_actions[0].shortcut().toString() == "Ctrl+1"
    qtbot.waitUntil(window.isActiveWindow)
    window.nav.setCurrentRow(-1)
    assert window.nav.currentRow() == -1
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == 0
    page = window.current_page()
    assert isinstance(page, CollectPage)
    page.form.inputs["last_name"].setText("Counted")
    page.form.consent.setChecked(True)
    assert page.save() is not None
    assert window.status_today.text() == "Today: 1"


def test_demo_campaign_built_in_background(qtbot, services, make_main_window) -> None:  # type: ignore[no-untyped-def]
    window = make_main_window()
    created: list[str] = []
    start_demo(window, services, created.append, signatures=30)
    # The worker imports the demo's libraries (Faker, validation) that no page imported yet: pages are
    # built on first show. On a machine with a load of 12 that alone took 18 s.
    qtbot.waitUntil(lambda: bool(created), timeout=60_000)
    window.reload_campaigns(created[0])
    assert window.root.currentWidget() is window.work
    assert services.campaigns.get(created[0]).signatures == 30


def test_demo_can_be_cancelled(qtbot, services, make_main_window) -> None:  # type: ignore[no-untyped-def]
    window = make_main_window()
    created: list[str] = []
    task = start_demo(window, services, created.append, signatures=200_000)
    task.cancel()
    qtbot.waitUntil(lambda: task.finished, timeout=60_000)
    assert created == [] and services.campaigns.list() == []


def test_kiosk_started_from_main_window_and_main_window_returns(qtbot, services, campaign, make_main_window) -> None:  # type: ignore[no-untyped-def]
    services.campaigns.set_kiosk_pin(campaign.id, "2468")
    window = make_main_window()
    kiosk = window.start_kiosk()
    assert kiosk is not None and kiosk.isVisible() and not window.isVisible()
    with qtbot.waitSignal(kiosk.closed):
        kiosk.unlock_and_close()
    assert window.isVisible()


def test_language_choice_is_remembered(make_main_window, ui_settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    window = make_main_window()
    assert window.language_actions[""].isChecked()  # System by default
    window.language_actions["fr"].trigger()
    assert ui_settings.language == "fr" and told
    again = make_main_window()
    assert again.language_actions["fr"].isChecked()


def test_wizard_without_text_explains_and_creates_nothing(qtbot, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    wizard = CampaignWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.title.setText("Only a title")
    wizard.next()
    wizard.next()
    wizard.accept()
    assert warned and "petition text" in warned[0]
    assert wizard.currentId() == wizard.startId() and wizard.created is None
    assert services.campaigns.list() == []
