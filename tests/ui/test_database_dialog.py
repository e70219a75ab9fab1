"""Settings › Database: pointing the GUI at a shared PostgreSQL server, never keeping a password."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from drivekit.services.database import DatabaseService
from drivekit.ui.database_dialog import DatabaseDialog
from drivekit.ui.settings import UiSettings
from tests.pg import require_pg


def _dialog(qtbot, settings: UiSettings) -> DatabaseDialog:  # type: ignore[no-untyped-def]
    dialog = DatabaseDialog(DatabaseService, settings, "/home/organiser/drivekit.sqlite3")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_shared_server_is_saved_without_any_password_and_shown_again(qtbot, ui_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, ui_settings)
    assert dialog.local_radio.isChecked() and not dialog.hub_box.isEnabled()
    note = dialog.password_note.text()
    assert "never stores passwords" in note and "PGPASSWORD" in note and ".pgpass" in note
    dialog.hub_radio.setChecked(True)
    assert dialog.hub_box.isEnabled()
    dialog.accept()  # nothing filled in: refused, with a reason
    assert dialog.isVisible() and "server and the database" in dialog.result_label.text()
    dialog.host_edit.setText(" hub.example.org ")
    dialog.port_spin.setValue(5433)
    dialog.database_edit.setText("campaigns")
    dialog.user_edit.setText("organiser")
    dialog.accept()
    url = "postgresql+psycopg://organiser@hub.example.org:5433/campaigns"
    assert dialog.chosen_url == url
    assert UiSettings(tmp_path / "settings.ini").database_url == url  # on disk, read by the next start
    assert "assword" not in (tmp_path / "settings.ini").read_text(encoding="utf-8").split("[database]")[1]

    again = _dialog(qtbot, UiSettings(tmp_path / "settings.ini"))
    assert again.hub_radio.isChecked()
    assert (again.host_edit.text(), again.port_spin.value(), again.database_edit.text(), again.user_edit.text()) == (
        "hub.example.org", 5433, "campaigns", "organiser")
    again.local_radio.setChecked(True)
    again.accept()
    assert UiSettings(tmp_path / "settings.ini").database_url == ""


def test_a_service_name_alone_is_enough(qtbot, ui_settings) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, ui_settings)
    dialog.hub_radio.setChecked(True)
    dialog.service_edit.setText("drivekit-hub")
    dialog.accept()
    assert ui_settings.database_url == "postgresql+psycopg://?service=drivekit-hub"


def test_the_settings_refuse_a_url_holding_a_password(ui_settings) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError):
        ui_settings.database_url = "postgresql+psycopg://organiser:secret@hub.example.org/campaigns"
    assert ui_settings.database_url == ""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.postgres
def test_test_connection_says_what_it_found_or_what_is_wrong(qtbot, ui_settings) -> None:  # type: ignore[no-untyped-def]
    url = make_url(require_pg())
    dialog = _dialog(qtbot, ui_settings)
    dialog.hub_radio.setChecked(True)
    dialog.host_edit.setText(url.host or "")
    dialog.port_spin.setValue(url.port or 5432)
    dialog.database_edit.setText(url.database or "")
    dialog.user_edit.setText(url.username or "")
    qtbot.mouseClick(dialog.test_button, qtbot_button())
    qtbot.waitUntil(lambda: dialog.result_label.text().startswith("Connected."), timeout=20_000)
    dialog.port_spin.setValue(_free_port())
    qtbot.mouseClick(dialog.test_button, qtbot_button())
    qtbot.waitUntil(lambda: "Cannot reach the database server" in dialog.result_label.text(), timeout=20_000)
    assert ui_settings.database_url == ""  # testing saves nothing


def qtbot_button():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


@pytest.mark.postgres
def test_the_gui_opens_the_shared_server_chosen_in_its_settings(qtbot, ui_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from drivekit.app import make_services_factory
    from drivekit.config import Config
    from drivekit.ui.app import _open_services
    from tests.pg import fresh_database

    with fresh_database() as url:
        ui_settings.database_url = url
        config = Config(tmp_path, f"sqlite:///{tmp_path / 'local.sqlite3'}")
        services = _open_services(config, ui_settings, make_services_factory(config.db_url), make_services_factory)
        assert services is not None and services.db.url == url
        assert services.database.info().engine == "PostgreSQL"
        services.db.dispose()


@pytest.mark.parametrize("large_text", [False, True], ids=["normal", "large-text"])
def test_port_arrows_and_user_field_have_room(qtbot, qapp, ui_settings, large_text: bool) -> None:  # type: ignore[no-untyped-def]
    """The port's arrows were squeezed to slivers inside the focus frame (and with large text, its thick frame
    too), and the user field was a third of the database field's width."""
    from PySide6.QtWidgets import QStyle, QStyleOptionSpinBox

    from drivekit.ui.resources import apply_style

    apply_style(qapp, large_text)
    try:
        dialog = _dialog(qtbot, ui_settings)
        dialog.hub_radio.setChecked(True)
        qtbot.waitExposed(dialog)
        spin = dialog.port_spin
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        spin.setFocus()  # the focus frame is what squeezed them in the normal theme
        qtbot.waitUntil(spin.hasFocus)
        option = QStyleOptionSpinBox()
        spin.initStyleOption(option)
        line = spin.fontMetrics().height()
        for control in (QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown):
            arrow = spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, control, spin)
            assert arrow.width() >= line * 0.8 and arrow.height() >= line // 2, (control, arrow)
        image = spin.grab().toImage()  # each button shows a dark arrow, not two pale lines
        for top in (0, image.height() // 2):
            dark = sum(1 for x in range(image.width() - line, image.width()) for y in range(top, top + image.height() // 2)
                       if image.pixelColor(x, y).lightnessF() < 0.3)
            assert dark >= 6, f"no arrow in the {'upper' if top == 0 else 'lower'} half of the buttons"
        assert spin.lineEdit().width() >= spin.fontMetrics().horizontalAdvance("65535")
        assert dialog.user_edit.width() >= dialog.database_edit.width() * 0.8
    finally:
        apply_style(qapp, False)
