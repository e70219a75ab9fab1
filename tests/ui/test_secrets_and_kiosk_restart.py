"""Secrets stay secret: the kiosk PIN's growing wait survives a restart of the app; key files and
the database are readable by their owner only; neither the log nor the settings hold a PIN or a
passphrase."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

from PySide6.QtWidgets import QDialog

from drivekit.log import setup_logging
from drivekit.services.keys import KeyService
from drivekit.ui.kiosk.pin_dialogs import KioskExitDialog, PinGuard
from drivekit.ui.settings import UiSettings

PIN = "8642"
PASSPHRASE = "correct horse battery staple"


class Clock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


def test_the_kiosk_wait_survives_a_restart(qtbot, services, campaign, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services.campaigns.set_kiosk_pin(campaign.id, PIN)
    wall, mono = Clock(), Clock()
    guard = PinGuard(clock=mono, wall=wall, settings=UiSettings(tmp_path / "settings.ini"))
    dialog = KioskExitDialog(services, campaign.id, guard)
    qtbot.addWidget(dialog)
    for wrong in ("0000", "1111", "2222", "3333", "4444"):
        mono.now += 60
        wall.now += 60
        dialog.pin.setText(wrong)
        dialog.try_pin()
    assert guard.failures == 5 and guard.remaining() == 16
    # DriveKit is killed and started again three seconds later (a new monotonic clock, too)
    wall.now += 3
    restarted = PinGuard(clock=Clock(), wall=wall, settings=UiSettings(tmp_path / "settings.ini"))
    assert restarted.failures == 5 and restarted.remaining() == 13
    again = KioskExitDialog(services, campaign.id, restarted)
    qtbot.addWidget(again)
    again.pin.setText(PIN)
    again.try_pin()
    assert again.result() != QDialog.DialogCode.Accepted and again.is_locked() and again.pin.isReadOnly()
    # a clock set back an hour does not make the wait longer than it was
    wall.now -= 3600
    assert PinGuard(clock=Clock(), wall=wall, settings=UiSettings(tmp_path / "settings.ini")).remaining() == 16
    # and the right PIN after the wait clears it for the next start as well
    wall.now += 3600 + 20
    last = PinGuard(clock=Clock(), wall=wall, settings=UiSettings(tmp_path / "settings.ini"))
    assert last.remaining() == 0 and last.failures == 5
    last.succeeded()
    assert UiSettings(tmp_path / "settings.ini").kiosk_lock[0] == 0
    assert PIN not in (tmp_path / "settings.ini").read_text()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_key_files_and_the_database_are_private(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    keys = KeyService()
    keys.make_organiser_keys(tmp_path / "plain")
    keys.make_organiser_keys(tmp_path / "protected", PASSPHRASE)
    keys.make_certificate("Friends of the Library", tmp_path / "cert", PASSPHRASE)
    assert _mode(tmp_path / "plain" / "organiser.key") == 0o600
    assert _mode(tmp_path / "protected" / "organiser.key") == 0o600
    assert _mode(tmp_path / "cert" / "certificate.p12") == 0o600
    assert keys.organiser_key_needs_passphrase(tmp_path / "protected" / "organiser.key")
    assert not keys.organiser_key_needs_passphrase(tmp_path / "plain" / "organiser.key")
    assert keys.certificate_needs_passphrase(tmp_path / "cert" / "certificate.p12")
    assert PASSPHRASE.encode() not in (tmp_path / "protected" / "organiser.key").read_bytes()
    if services.db.is_sqlite:
        assert _mode(services.db.sqlite_path) == 0o600  # it holds this device's secret key


def test_nothing_secret_reaches_the_log(qtbot, services, campaign, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    log_file = tmp_path / "drivekit.log"
    root = logging.getLogger("drivekit")
    saved = root.handlers[:]
    root.handlers.clear()
    try:
        setup_logging(log_file, verbose=True)
        services.campaigns.set_kiosk_pin(campaign.id, PIN)
        dialog = KioskExitDialog(services, campaign.id, PinGuard(unit_s=0.0))
        qtbot.addWidget(dialog)
        for attempt in ("9999", PIN):
            dialog.pin.setText(attempt)
            dialog.try_pin()
        keys = KeyService()
        keys.make_organiser_keys(tmp_path / "k", PASSPHRASE)
        try:
            services.sync.import_bundles([tmp_path / "missing.dkb"], key_path=tmp_path / "k" / "organiser.key",
                                         passphrase="wrong " + PASSPHRASE)
        except Exception:  # noqa: BLE001 - only the log matters here
            pass
        for handler in root.handlers:
            handler.flush()
    finally:
        for handler in root.handlers:
            handler.close()
        root.handlers[:] = saved
    text = log_file.read_text(encoding="utf-8") if log_file.exists() else ""
    assert PIN not in text and PASSPHRASE not in text and "9999" not in text
