"""Privacy in the app: the audit log dialog, privacy settings, the purge reminder, a sealed laptop's page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from drivekit.domain.validation import SignerInput
from drivekit.ui.background import wait_for_all
from drivekit.ui.privacy import AuditLogDialog, AuditTableModel, CampaignPrivacyDialog

PEOPLE = [("Araminta", "Cholmondeley"), ("Ignatius", "Brackenbury")]


def _campaign_with_signers(services, retain_until: date | None = None):  # type: ignore[no-untyped-def]
    c = services.campaigns.create("Save the lido", "Keep the lido open.", 100, "Swimmers", "GB")
    if retain_until is not None:
        services.retention.set_retention(c.id, retain_until)
    for first, last in PEOPLE:
        services.signatures.save(c.id, SignerInput(first_name=first, last_name=last, postcode="SW1A 1AA",
                                                   petition_consent=True))
    return c


def test_the_audit_model_shows_entries_in_words(qtmodeltester, services) -> None:  # type: ignore[no-untyped-def]
    c = _campaign_with_signers(services)
    model = AuditTableModel()
    model.set_records(services.audit.entries(c.id))
    qtmodeltester.check(model)
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(4)] == [
        "When (UTC)", "Device", "What", "Details"]
    assert model.index(0, AuditTableModel.COL_WHAT).data() == "Campaign created"


def test_the_audit_log_dialog_lists_this_campaign_or_everything_by_keyboard(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    c = _campaign_with_signers(services)
    services.signatures.withdraw(services.signatures.list(c.id)[0].uuid)
    other = services.campaigns.create("Other", "Text.", 5)
    dialog = AuditLogDialog(services, c.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.table  # arrow keys move through the entries at once
    whats = [dialog.model.index(r, AuditTableModel.COL_WHAT).data() for r in range(dialog.model.rowCount())]
    assert whats == ["Signature withdrawn", "Campaign created"]
    text = " ".join(dialog.model.index(r, col).data() for r in range(dialog.model.rowCount()) for col in range(4))
    assert "Cholmondeley" not in text and "Araminta" not in text
    qtbot.keyClick(dialog.only_campaign, Qt.Key.Key_Space)
    assert not dialog.only_campaign.isChecked()
    campaigns = {dialog.model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).campaign_id
                 for r in range(dialog.model.rowCount())}
    assert campaigns == {c.id, other.id}
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_privacy_settings_set_the_retention_date_and_sealed_collection(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    c = _campaign_with_signers(services)
    dialog = CampaignPrivacyDialog(services, c.id)
    qtbot.addWidget(dialog)
    assert not dialog.retain.isChecked() and not dialog.retain_date.isEnabled()
    dialog.retain.setChecked(True)
    dialog.retain_date.setDate(QDate(2027, 3, 31))
    dialog.sealed.setChecked(True)
    dialog.accept()
    info = services.campaigns.get(c.id)
    assert (info.retention_until, info.sealed) == (date(2027, 3, 31), True)
    assert [e.action for e in services.audit.entries(c.id)][:2] == ["campaign.retention_set", "campaign.sealed_set"]


def test_after_the_retention_date_the_window_reminds_and_purges(qtbot, services, make_main_window,  # type: ignore[no-untyped-def]
                                                                monkeypatch) -> None:
    c = _campaign_with_signers(services, retain_until=date(2026, 1, 31))
    stats = services.stats.stats(c.id)
    window = make_main_window()
    bar = window.retention_bar
    qtbot.waitUntil(bar.isVisible, timeout=20_000)  # checked off the GUI thread: the window is shown first
    assert "2026-01-31" in bar.label.text() and "(signatures concerned: 2)" in bar.label.text()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    qtbot.mouseClick(bar.purge_button, Qt.MouseButton.LeftButton)
    assert wait_for_all(10_000)
    qtbot.waitUntil(lambda: bool(told))
    assert "(signatures concerned: 2)" in asked[0] and "cannot be undone" in asked[0]
    assert told == ["“Save the lido” was purged (signatures anonymised: 2); the counts are kept."]
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=20_000)
    assert services.stats.stats(c.id) == stats
    assert all(r.last_name is None for r in services.signatures.list(c.id))


def test_a_purge_before_the_date_asks_first_and_no_stops_it(qtbot, services, make_main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    c = _campaign_with_signers(services, retain_until=date(2999, 1, 1))
    window = make_main_window()
    assert wait_for_all(10_000)
    qtbot.wait(20)
    assert not window.retention_bar.isVisible()
    questions: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: questions.append(text)
                        or QMessageBox.StandardButton.No)
    assert window.privacy.purge() is False
    assert questions == ["Its retention date, 2999-01-01, has not passed yet. Purge “Save the lido” anyway, "
                         "before its time?"]
    assert services.retention.status(c.id).personal == 2


def test_reminder_later_hides_it_until_the_next_start(qtbot, services, make_main_window) -> None:  # type: ignore[no-untyped-def]
    c = _campaign_with_signers(services, retain_until=date(2026, 1, 31))
    window = make_main_window()
    qtbot.waitUntil(window.retention_bar.isVisible, timeout=20_000)
    window.retention_bar.later_button.click()
    assert not window.retention_bar.isVisible()
    window.set_campaign(c.id)
    assert wait_for_all(10_000)
    qtbot.wait(20)
    assert not window.retention_bar.isVisible()
    assert [a.text() for a in window.privacy.menu.actions() if a.text()] == [
        "Campaign privacy &settings…", "&Purge campaign…", "&Audit log…"]


def test_a_sealed_laptop_shows_a_note_instead_of_its_signers(qtbot, make_services, make_main_window,  # type: ignore[no-untyped-def]
                                                             tmp_path: Path) -> None:
    from drivekit.sync.fileformat.keys import generate_organiser_keys

    org = make_services("organiser")
    c = org.campaigns.create("Sealed drive", "Keep the lido open.", 100, sealed=True)
    generate_organiser_keys(tmp_path / "keys")
    org.sync.export_campaign(c.id, tmp_path / "c.dkc", tmp_path / "keys" / "organiser.key")
    lap = make_services("laptop")
    lap.sync.import_campaign(tmp_path / "c.dkc")
    for first, last in PEOPLE:
        lap.signatures.save(c.id, SignerInput(first_name=first, last_name=last, petition_consent=True))
    window = make_main_window(services_=lap)
    window.show_page(1)
    page = window.current_page()
    assert page.stack.currentWidget() is page.sealed_note
    assert "cannot be shown or printed here" in page.sealed_note.text()
    assert page.sealed_note.text().endswith("Signatures collected on this laptop: 2")
    assert page.model.rowCount() == 0


def test_every_action_the_core_audits_is_named_in_words() -> None:
    """An entry shown as "demo.created" in a French window is a word the person cannot read."""
    import re
    from pathlib import Path

    from drivekit.ui.privacy.audit_dialog import action_label

    root = Path(__file__).resolve().parents[2] / "drivekit"
    audited = {m for p in root.rglob("*.py") if "ui" not in p.relative_to(root).parts
               for m in re.findall(r"audit\(\w+, \"([a-z_]+\.[a-z_]+)\"", p.read_text(encoding="utf-8"))}
    assert {"campaign.created", "demo.created", "signature.withdrawn"} <= audited
    assert sorted(a for a in audited if action_label(a) == a) == []
