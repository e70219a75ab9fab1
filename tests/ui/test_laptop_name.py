"""First run on a laptop: its name is asked once, after the campaign file, prefilled with the computer's."""

from __future__ import annotations

import platform

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from drivekit.ui.first_run.laptop_name import LaptopNameDialog
from drivekit.ui.settings import UiSettings
from tests.sync.conftest import drive  # noqa: F401 (fixture)


def test_the_name_is_prefilled_and_enter_saves_it(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    dialog = LaptopNameDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.name_edit.text() == (platform.node() or "this computer")
    assert dialog.focusWidget() is dialog.name_edit and dialog.name_edit.selectedText() == dialog.name_edit.text()
    qtbot.keyClicks(dialog.name_edit, "Stall 2")  # typing replaces the selected computer name
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted and services.sync.identity().name == "Stall 2"


def test_an_empty_name_is_said_under_the_field_and_skip_keeps_the_computers_name(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    before = services.sync.identity().name
    dialog = LaptopNameDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name_edit.clear()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.message.isVisibleTo(dialog)
    assert dialog.message.text() == "Give this device a name of 1 to 60 characters." and dialog.focusWidget() is dialog.name_edit
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert dialog.result() == dialog.DialogCode.Rejected and services.sync.identity().name == before


def test_the_message_moves_nothing_and_goes_once_the_name_is_fixed(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    """Under X the refusal grew the dialog and pushed "Save the name" and "Skip" down a line; the line keeps its
    room, and the message goes as soon as a name is typed."""
    from PySide6.QtCore import QPoint

    dialog = LaptopNameDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    def places() -> tuple:  # type: ignore[type-arg]
        return (dialog.size(), dialog.minimumSize(),  # a window manager grows a window to its minimum
                dialog.save_button.mapTo(dialog, QPoint(0, 0)), dialog.skip_button.mapTo(dialog, QPoint(0, 0)))

    for _ in range(3):
        QApplication.processEvents()
    dialog.adjustSize()  # as snug as a window manager opens it
    for _ in range(3):
        QApplication.processEvents()
    before = places()
    dialog.name_edit.clear()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    for _ in range(3):
        QApplication.processEvents()
    assert dialog.message.isVisibleTo(dialog)
    assert places() == before, f"{before} -> {places()}"
    qtbot.keyClicks(dialog.name_edit, "Stall 2")
    assert not dialog.message.isVisibleTo(dialog) and places() == before


def test_a_fresh_laptop_is_asked_its_name_once_after_the_campaign_file(qtbot, drive, make_services, make_main_window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    laptop = make_services("fresh-laptop")
    settings = UiSettings(tmp_path / "laptop.ini")
    window = make_main_window(settings=settings, services_=laptop)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(drive.campaign_file), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    asked: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LaptopNameDialog):
            QTimer.singleShot(50, answer)
            return
        asked.append(dialog.name_edit.text())
        qtbot.keyClicks(dialog.name_edit, "Stall 2")
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    window.welcome.import_button.click()
    assert asked == [platform.node() or "this computer"]
    assert laptop.sync.identity().name == "Stall 2" and settings.laptop_named
    assert window.campaign_id == drive.campaign_id
    window.show_page(3)
    assert window.current_page()._identity_label.text().startswith("This laptop: Stall 2 — fingerprint")
    monkeypatch.setattr(LaptopNameDialog, "exec", lambda self: asked.append("again") or 0)
    window.import_campaign()  # a newer campaign file later: not asked again
    assert asked == [platform.node() or "this computer"] and laptop.sync.identity().name == "Stall 2"
