"""Choices a coordinator makes once are found again in the next window; passphrases never are; a file or
folder the desktop cannot open is said in the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog

from drivekit.export.signing import make_certificate
from drivekit.ui.delivery import DeliveryPage
from drivekit.ui.settings import UiSettings
from drivekit.ui.sync import SyncPage
from tests.export.conftest import drive  # noqa: F401  (fixture)

PASSPHRASE = "correct horse battery"


def _page(window, kind):  # type: ignore[no-untyped-def]
    """The window's page of this kind (pages are built on first use: window.page(i) builds it)."""
    return next(window.page(i) for i in range(window.pages.count()) if isinstance(window.page(i), kind))


def test_folder_certificate_signing_and_organiser_key_are_remembered_never_a_passphrase(
        qtbot, services, drive, make_main_window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    p12, _pem = make_certificate("Friends", tmp_path / "cert", passphrase=PASSPHRASE.encode())
    services.keys.make_organiser_keys(tmp_path / "org", passphrase=PASSPHRASE)
    key = tmp_path / "org" / "organiser.key"
    out = tmp_path / "packets"
    out.mkdir()
    ini = tmp_path / "remembered.ini"
    window = make_main_window(settings=UiSettings(ini))

    delivery = _page(window, DeliveryPage)
    window.show_page(window.pages.indexOf(delivery))
    qtbot.waitUntil(lambda: not delivery.is_filling(), timeout=20_000)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(p12), ""))
    [browse_cert, browse_folder] = [b for b in delivery.findChildren(type(delivery.export_button))
                                    if b.text() == "Choose…"]
    qtbot.mouseClick(browse_folder, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(browse_cert, Qt.MouseButton.LeftButton)
    assert delivery.sign.isChecked()
    delivery.targets.item(1).setCheckState(Qt.CheckState.Unchecked)
    delivery.ask_passphrase = lambda name: PASSPHRASE  # type: ignore[method-assign]
    with qtbot.waitSignal(delivery.packets_exported, timeout=30_000):
        qtbot.mouseClick(delivery.export_button, Qt.MouseButton.LeftButton)

    sync = _page(window, SyncPage)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(key), ""))
    qtbot.mouseClick(sync._key_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(tmp_path / "none.dkb")], ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (PASSPHRASE, True))
    qtbot.mouseClick(sync._import_button, Qt.MouseButton.LeftButton)  # asks the key's passphrase
    qtbot.waitUntil(lambda: not sync.busy, timeout=10_000)
    window.close()

    written = ini.read_text(encoding="utf-8")
    assert PASSPHRASE not in written and "pass" not in written.lower()
    again = make_main_window(settings=UiSettings(ini))  # the next run: a fresh QSettings on the same file
    delivery, sync = _page(again, DeliveryPage), _page(again, SyncPage)
    assert Path(delivery.folder.text()) == out
    assert Path(delivery.certificate.text()) == p12 and delivery.sign.isChecked() and delivery.certificate.isEnabled()
    assert sync._key_label.text() == f"Organiser key: {key}"


def test_open_folder_that_cannot_open_says_so_in_the_window(qtbot, services, drive, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = DeliveryPage(services)
    qtbot.addWidget(page)
    page.set_campaign(drive.campaign_id)
    page.folder.setText(str(tmp_path))
    page.show()
    qtbot.waitUntil(lambda: not page.is_filling(), timeout=20_000)
    with qtbot.waitSignal(page.packets_exported, timeout=30_000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    asked: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: asked.append(url.toLocalFile()) and False)
    qtbot.mouseClick(page.open_folder, Qt.MouseButton.LeftButton)
    assert asked == [str(tmp_path)]
    assert page.open_failed.isVisible()
    assert page.open_failed.text() == f"The folder could not be opened: no file manager answered. The files are in: {tmp_path}"
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    qtbot.mouseClick(page.open_file, Qt.MouseButton.LeftButton)
    assert not page.open_failed.isVisible()
