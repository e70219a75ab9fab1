"""The Sync page: export to a folder, import several files with a per-file report, devices and gaps."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from drivekit.ui.background import wait_for_all
from drivekit.ui.sync import SyncPage, import_campaign_file
from drivekit.ui.sync.models import DevicesModel, ImportReportModel
from tests.sync.conftest import drive, signer  # noqa: F401 (fixture)


def _wait_idle(qtbot, page: SyncPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    wait_for_all()


def test_export_then_import_with_report_and_gaps(qtbot, qtmodeltester, drive, make_services, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    lap = drive.laptop("laptop", make_services)
    lap.signatures.save(drive.campaign_id, signer("Ann", "Lee"))
    out = tmp_path / "usb"
    out.mkdir()
    page = SyncPage(lap)
    qtbot.addWidget(page)
    page.set_campaign(drive.campaign_id)
    assert lap.sync.identity().fingerprint in page._identity_label.text()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    page._export_button.click()
    _wait_idle(qtbot, page)
    first = sorted(out.glob("*.dkb"))
    assert len(first) == 1 and "1 signature, " in page._export_label.text()
    lap.signatures.save(drive.campaign_id, signer("Bob", "Ray"))
    page._export_button.click()
    _wait_idle(qtbot, page)
    second = [p for p in out.glob("*.dkb") if p not in first]
    broken = tmp_path / "broken.dkb"
    broken.write_bytes(first[0].read_bytes()[:100])

    org_page = SyncPage(drive.org)
    qtbot.addWidget(org_page)
    org_page.set_campaign(drive.campaign_id)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(drive.key), ""))
    org_page._key_button.click()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(second[0]), str(broken)], ""))
    org_page._import_button.click()
    _wait_idle(qtbot, org_page)
    model = org_page._report_model
    assert model.rowCount() == 2
    assert model.index(0, ImportReportModel.COL_RESULT).data() == "Imported"
    assert model.index(0, ImportReportModel.COL_NEW).data() == "1"
    assert "Number 1 from “" in model.index(0, ImportReportModel.COL_DETAILS).data()
    assert "has not arrived yet: 1 signature or change." in model.index(0, ImportReportModel.COL_DETAILS).data()
    assert org_page._received_label.text() == "Received by campaign “Save the pool”."  # which campaign got them
    view = org_page._report_view  # columns at 0 for every file are left out: Details keeps its width
    assert view.isColumnHidden(ImportReportModel.COL_CORRECTIONS) and not view.isColumnHidden(ImportReportModel.COL_NEW)
    assert model.index(1, ImportReportModel.COL_RESULT).data() == "Refused"
    assert "cut short" in model.index(1, ImportReportModel.COL_DETAILS).data()
    devices = org_page._devices_model
    gaps = [devices.index(r, DevicesModel.COL_MISSING).data() for r in range(devices.rowCount())]
    assert "Number 1" in gaps
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(first[0]), str(second[0])], ""))
    org_page._import_button.click()
    _wait_idle(qtbot, org_page)
    assert [model.index(r, ImportReportModel.COL_RESULT).data() for r in range(2)] == ["Imported", "Already imported"]
    assert drive.org.stats.stats(drive.campaign_id).total == 2
    qtmodeltester.check(model)
    qtmodeltester.check(devices)


def test_export_needs_a_campaign(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    page = SyncPage(services)
    qtbot.addWidget(page)
    page.set_campaign(None)
    assert not page._export_button.isEnabled()
    assert page._import_button.isEnabled()


def test_first_run_campaign_import(qtbot, drive, make_services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    fresh = make_services("fresh")
    shown = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(drive.campaign_file), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    assert import_campaign_file(None, fresh) == drive.campaign_id
    assert "Installed" in shown[0]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    assert import_campaign_file(None, fresh) is None


def test_a_newer_campaign_file_is_imported_from_the_file_menu(qtbot, drive, make_services, make_main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A laptop already set up takes the organiser's updated campaign (a new event) with Ctrl+O."""
    from PySide6.QtCore import Qt

    lap = drive.laptop("laptop", make_services)
    window = make_main_window(services_=lap)
    collect = window.current_page()
    before = [collect.event_combo.itemText(i) for i in range(collect.event_combo.count())]
    assert "Town hall meeting" not in before
    drive.org.campaigns.add_event(drive.campaign_id, "Town hall meeting")
    drive.org.sync.export_campaign(drive.campaign_id, drive.tmp / "newer.dkc", drive.key)
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(drive.tmp / "newer.dkc"), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    assert window.import_campaign_action.shortcut().toString() == "Ctrl+O"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert shown and shown[0].startswith("Updated “Save the pool”")
    collect = window.current_page()
    assert "Town hall meeting" in [collect.event_combo.itemText(i) for i in range(collect.event_combo.count())]


def test_a_long_refusal_reason_is_shown_whole_in_a_narrow_window(qtbot, drive, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyle

    page = SyncPage(drive.org)
    qtbot.addWidget(page)
    page.resize(760, 600)
    page.show()
    page.set_campaign(drive.campaign_id)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(drive.campaign_file)], ""))
    page._import_button.click()
    _wait_idle(qtbot, page)
    view, model = page._report_view, page._report_model
    details = model.index(0, ImportReportModel.COL_DETAILS)
    reason = details.data()
    assert reason.startswith("this is a campaign file") and details.data(Qt.ItemDataRole.ToolTipRole) == reason
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1  # the delegate's

    def fits() -> bool:
        cell = view.visualRect(details)
        needed = view.fontMetrics().boundingRect(cell.adjusted(margin, 0, -margin, 0), Qt.TextFlag.TextWordWrap, reason)
        return cell.height() >= needed.height()
    assert view.visualRect(details).width() < view.fontMetrics().horizontalAdvance(reason)  # not one line here
    qtbot.waitUntil(fits, timeout=2000)  # the row grows so that every line shows
    page.resize(1000, 600)  # wider: the row is measured again
    qtbot.waitUntil(lambda: fits() and view.visualRect(details).height() < 3 * view.fontMetrics().height())


def test_the_laptop_is_named_from_the_sync_page(qtbot, drive, make_services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    lap = drive.laptop("laptop", make_services)
    page = SyncPage(lap)
    qtbot.addWidget(page)
    page.set_campaign(drive.campaign_id)
    asked: list[str] = []

    def answer(text: str, ok: bool = True):  # type: ignore[no-untyped-def]
        def get_text(_parent, _title, _label, _echo, current):  # type: ignore[no-untyped-def]
            asked.append(current)
            return text, ok
        return get_text
    monkeypatch.setattr(QInputDialog, "getText", answer("Stall 2"))
    page._rename_button.click()
    assert page._identity_label.text().startswith("This laptop: Stall 2 — fingerprint")
    assert "now called “Stall 2”" in page._status_label.text()
    monkeypatch.setattr(QInputDialog, "getText", answer("   "))
    page._rename_button.click()
    assert "name of 1 to 60 characters" in page._status_label.text() and lap.sync.identity().name == "Stall 2"
    monkeypatch.setattr(QInputDialog, "getText", answer("Cancelled name", ok=False))
    page._rename_button.click()
    assert asked[-1] == "Stall 2" and lap.sync.identity().name == "Stall 2"


def test_a_laptop_not_enrolled_is_asked_about_with_its_fingerprint(qtbot, drive, make_services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    lap = drive.laptop("laptop", make_services, enrolled=False)
    lap.sync.rename_device("Stall 2")
    lap.signatures.save(drive.campaign_id, signer("Ann", "Lee"))
    bundle = lap.sync.export_bundle(drive.tmp / "lap.dkb", drive.campaign_id)
    me = lap.sync.identity()
    page = SyncPage(drive.org)
    qtbot.addWidget(page)
    page.set_campaign(drive.campaign_id)
    page._key_path = drive.key
    asked: list[tuple[str, str, int]] = []
    answer = [False]

    def ask(label: str, fingerprint: str, files: int) -> bool:
        asked.append((label, fingerprint, files))
        return answer[0]

    monkeypatch.setattr(page, "ask_enrol", ask)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([bundle.path], ""))
    page._import_button.click()
    _wait_idle(qtbot, page)
    assert asked == [(f"Stall 2 ({me.id[:8]})", me.fingerprint, 1)]
    model = page._report_model
    assert model.index(0, ImportReportModel.COL_RESULT).data() == "Refused"
    assert me.fingerprint in model.index(0, ImportReportModel.COL_DETAILS).data()
    assert drive.org.stats.stats(drive.campaign_id).total == 0
    answer[0] = True
    page._import_button.click()
    _wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: model.index(0, ImportReportModel.COL_RESULT).data() == "Imported", timeout=20_000)
    _wait_idle(qtbot, page)
    assert model.rowCount() == 1 and model.index(0, ImportReportModel.COL_NEW).data() == "1"
    assert drive.org.stats.stats(drive.campaign_id).total == 1


def test_the_enrol_dialog_shows_the_fingerprint_and_refuses_by_default(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from drivekit.ui.sync.enrol_dialog import EnrolDialog

    dialog = EnrolDialog("Stall 2 (1cb94de8)", "ABCD-EFGH-IJKL-MNOP-QRST", 2)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.fingerprint_label.text() == "ABCD-EFGH-IJKL-MNOP-QRST"
    assert dialog.refuse_button.isDefault() and not dialog.enrol_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Rejected
