"""The Sync page by role: a laptop sees what a laptop does, the organiser what an organiser does; the person
can say otherwise (remembered); the organiser revokes a lost laptop and writes campaign files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from drivekit.ui.background import wait_for_all
from drivekit.ui.settings import UiSettings
from drivekit.ui.sync import SyncPage
from drivekit.ui.sync.models import DevicesModel
from drivekit.ui.sync.organiser_tools import revoke_question
from tests.sync.conftest import drive, signer  # noqa: F401 (fixture)


def _page(qtbot, services, settings=None) -> SyncPage:  # type: ignore[no-untyped-def]
    page = SyncPage(services, settings=settings)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    return page


def _wait_idle(qtbot, page: SyncPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    wait_for_all()


def _shown(page: SyncPage) -> dict[str, bool]:
    return {"export": page._export_button.isVisibleTo(page), "open campaign": page._open_campaign_button.isVisibleTo(page),
            "import": page._import_button.isVisibleTo(page), "laptops": page._devices_view.isVisibleTo(page),
            "revoke": page._revoke_button.isVisibleTo(page), "write campaign": page._tools.write_button.isVisibleTo(page),
            "key": page._key_button.isVisibleTo(page)}


LAPTOP_VIEW = {"export": True, "open campaign": True, "import": False, "laptops": False, "revoke": False,
               "write campaign": False, "key": False}
ORGANISER_VIEW = {k: not v for k, v in LAPTOP_VIEW.items()}


def test_a_laptop_sees_what_it_sends_and_can_open_a_newer_campaign_file(qtbot, drive, make_services, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    lap = drive.laptop("laptop", make_services)
    lap.sync.rename_device("Stall 2")
    page = _page(qtbot, lap)
    page.set_campaign(drive.campaign_id)
    assert page.role == "laptop" and _shown(page) == LAPTOP_VIEW
    assert page._identity_label.text().startswith("This laptop: Stall 2 — fingerprint ")
    assert page._role_combo.currentText() == "a volunteer laptop"
    assert "came from the organiser's campaign file" in page._role_hint.text()
    assert page._sent_label.text().startswith("Nothing sent yet.")
    lap.signatures.save(drive.campaign_id, signer("Ann", "Lee"))
    lap.signatures.save(drive.campaign_id, signer("Bob", "Ray"))
    page.refresh()
    assert "Waiting for the next file: 2 new signatures" in page._sent_label.text()
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    page._export_button.click()
    _wait_idle(qtbot, page)
    [written] = usb.glob("*.dkb")
    assert f"Sent so far: 1 sync file, {written.name} on " in page._sent_label.text()
    assert "Everything collected here has been sent." in page._sent_label.text()

    drive.org.campaigns.add_event(drive.campaign_id, "Town hall meeting")
    drive.org.sync.export_campaign(drive.campaign_id, drive.tmp / "newer.dkc", drive.key)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(drive.tmp / "newer.dkc"), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    with qtbot.waitSignal(page.campaign_installed) as installed:
        page._open_campaign_button.click()
    assert installed.args == [drive.campaign_id]
    assert "Town hall meeting" in [e.name for e in lap.campaigns.get(drive.campaign_id).events]


def test_the_role_is_told_from_the_campaign_and_the_persons_choice_is_remembered(qtbot, drive, tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = UiSettings(tmp_path / "ui.ini")
    page = _page(qtbot, drive.org, settings)
    page.set_campaign(drive.campaign_id)
    assert page.role == "organiser" and _shown(page) == ORGANISER_VIEW
    assert page._identity_label.text().startswith("This computer: ")
    assert "was created on this computer" in page._role_hint.text()
    page._role_combo.setFocus()
    qtbot.keyClick(page._role_combo, Qt.Key.Key_Up)  # the keyboard changes it, as a mouse would
    assert page.role == "laptop" and _shown(page) == LAPTOP_VIEW and settings.sync_role == "laptop"
    assert page._role_hint.text().startswith("You chose this.")
    again = _page(qtbot, drive.org, UiSettings(tmp_path / "ui.ini"))  # the next start
    again.set_campaign(drive.campaign_id)
    assert again.role == "laptop" and again._role_combo.currentText() == "a volunteer laptop"
    page._role_combo.activated.emit(page._role_combo.findData("organiser"))  # and back: undone
    assert page.role == "organiser" and _shown(page) == ORGANISER_VIEW and settings.sync_role == "organiser"
    assert "DriveKit tells this" in page._role_hint.text()


def test_the_organiser_revokes_a_lost_laptop_after_a_question(qtbot, drive, make_services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    lap = drive.laptop("laptop", make_services, enrolled=False)
    lap.sync.rename_device("Stall 2")
    lap.signatures.save(drive.campaign_id, signer("Ann", "Lee"))
    bundle = lap.sync.export_bundle(drive.tmp / "lap.dkb", drive.campaign_id)
    drive.org.sync.import_bundles([Path(bundle.path)], key_path=drive.key, enrol=True)
    page = _page(qtbot, drive.org)
    page.set_campaign(drive.campaign_id)
    model = page._devices_model
    names = [model.index(r, DevicesModel.COL_NAME).data() for r in range(model.rowCount())]
    row = names.index("Stall 2")  # the name people gave; the id is a secondary detail (tooltip)
    assert lap.sync.identity().id in model.index(row, DevicesModel.COL_NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert not page._revoke_button.isEnabled()  # nothing chosen yet
    page._devices_view.selectRow(1 - row)
    assert not page._revoke_button.isEnabled()  # this computer itself
    page._devices_view.selectRow(row)
    assert page._revoke_button.isEnabled()
    asked: list[tuple[str, str, int]] = []
    answer = [False]

    def confirm(_parent, name, fingerprint, files):  # type: ignore[no-untyped-def]
        asked.append((name, fingerprint, files))
        return answer[0]

    monkeypatch.setattr("drivekit.ui.sync.sync_page.confirm_revoke", confirm)
    page._revoke_button.click()
    fingerprint = lap.sync.identity().fingerprint
    assert asked == [("Stall 2", fingerprint, 1)]
    assert [d.trust for d in drive.org.sync.devices(drive.campaign_id) if not d.is_self] == ["enrolled"]
    answer[0] = True
    page._revoke_button.click()
    assert [d.trust for d in drive.org.sync.devices(drive.campaign_id) if not d.is_self] == ["revoked"]
    assert page._status_label.text().startswith("“Stall 2” is revoked: its sync files are refused from now on.")
    row = [model.index(r, DevicesModel.COL_NAME).data() for r in range(model.rowCount())].index("Stall 2")
    assert model.index(row, DevicesModel.COL_TRUST).data() == "Revoked"
    page._devices_view.selectRow(row)
    assert not page._revoke_button.isEnabled()  # once is enough


def test_the_revoke_question_keeps_the_laptop_unless_told_otherwise(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = revoke_question(None, "Stall 2", "ABCD-EFGH", 3)
    qtbot.addWidget(box)
    assert "Revoke “Stall 2” (fingerprint ABCD-EFGH)?" == box.text()
    assert "The 3 sync files it sent before stay. This cannot be undone." in box.informativeText()
    assert box.defaultButton() is not box.revoke_button and box.escapeButton() is box.defaultButton()
    box.show()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.clickedButton() is box.defaultButton()


def test_the_organiser_writes_a_campaign_file_a_new_laptop_installs(qtbot, drive, make_services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, drive.org)
    page.set_campaign(drive.campaign_id)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))  # no key chosen: nothing written
    saved: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _p, _t, name, _f: (saved.append(name), "")[1:] or ("", ""))
    page._tools.write_button.click()
    assert "choose the key file first" in page._status_label.text() and saved == []
    target = drive.tmp / "for-laptops.dkc"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(drive.key), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _p, _t, name, _f: (saved.append(name), (str(target), ""))[1])
    page._tools.write_button.click()
    _wait_idle(qtbot, page)
    assert saved == ["save-the-pool.dkc"]
    assert page._tools.result_label.text().startswith("Wrote for-laptops.dkc (revision 3), signed with organiser key ")
    fresh = make_services("new-laptop")
    assert fresh.sync.import_campaign(target).outcome == "installed"
    target.write_bytes(b"not a campaign file")  # replaced after the save dialog asked: written again
    page._tools.write_button.click()
    _wait_idle(qtbot, page)
    assert "(revision 4)" in page._tools.result_label.text()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(drive.tmp / "no-such-folder" / "c.dkc"), ""))
    page._tools.write_button.click()
    _wait_idle(qtbot, page)
    assert page._status_label.text() == f"The folder {drive.tmp / 'no-such-folder'} does not exist."
