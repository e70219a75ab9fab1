"""GUI entry point: builds the QApplication and the main window from services made by app.py."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from drivekit.config import Config, prepare_data_dir
from drivekit.errors import DatabaseDamaged, KnownError

if TYPE_CHECKING:
    from drivekit.services import Services
    from drivekit.ui.settings import UiSettings

QUIT_AFTER_SHOW_ENV = "DRIVEKIT_QUIT_AFTER_SHOW"  # for tests and start-up benchmarks


def settings_path(config: Config):  # type: ignore[no-untyped-def]
    """The GUI settings live next to the database's default folder, never in a global registry."""
    return config.data_dir / "settings.ini"


def _install_excepthook() -> None:
    """A bug in a slot is logged with its traceback and told to the person, instead of vanishing."""
    import logging

    from PySide6.QtWidgets import QApplication, QMessageBox

    log = logging.getLogger("drivekit.ui")

    def hook(kind, value, tb) -> None:  # type: ignore[no-untyped-def]
        log.error("bug in the GUI", exc_info=(kind, value, tb))
        app = QApplication.instance()
        if app is not None and not isinstance(value, KeyboardInterrupt):
            QMessageBox.critical(app.activeWindow(), "DriveKit", app.translate(
                "run_gui", "Something went wrong; the details are in the log file. Your saved signatures are safe."))

    sys.excepthook = hook


def _open_services(config: Config, settings: UiSettings, services_factory: Callable[[], Services],
                   factory_for: Callable[[str], Callable[[], Services]] | None) -> Services | None:
    """The services on the database chosen in the settings (when --db did not choose), or on the
    default; if a chosen shared server cannot be used, the person may fall back to this computer's."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    url = settings.database_url if factory_for is not None else ""
    if url and factory_for is not None:
        try:
            return factory_for(url)()
        except KnownError as err:
            box = QMessageBox(QMessageBox.Icon.Warning, "DriveKit", str(err))
            local = box.addButton(QApplication.translate("run_gui", "Use this computer's database"),
                                  QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QApplication.translate("run_gui", "Quit"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(local)
            box.exec()
            if box.clickedButton() is not local:
                return None
            settings.database_url = ""
            settings.sync()
    try:
        return services_factory()
    except DatabaseDamaged as err:
        from drivekit.ui.safety import offer_restore

        if not offer_restore(err, config.db_url):
            return None
        try:
            return services_factory()
        except KnownError as again:
            QMessageBox.critical(None, "DriveKit", str(again))
            return None
    except KnownError as err:
        QMessageBox.critical(None, "DriveKit", str(err))
        return None


def run_gui(config: Config, services_factory: Callable[[], Services],
            factory_for: Callable[[str], Callable[[], Services]] | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from drivekit.ui import startup_probe
    from drivekit.ui.background import wait_for_all
    from drivekit.ui.fonts import install_after_first_paint, use_fallback_families
    from drivekit.ui.main_window import MainWindow
    from drivekit.ui.resources import apply_style, load_translations, resource_path
    from drivekit.ui.settings import UiSettings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("DriveKit")
    app.setOrganizationName("DriveKit")
    app.setWindowIcon(QIcon(str(resource_path("icons", "drivekit.svg"))))
    _install_excepthook()
    try:
        prepare_data_dir(config.data_dir)
    except KnownError as err:
        QMessageBox.critical(None, "DriveKit", str(err))
        return 1
    settings = UiSettings(settings_path(config))
    load_translations(app, settings.language)
    use_fallback_families(app)  # before apply_style, which sizes this font for large text
    apply_style(app, settings.large_text)
    services = _open_services(config, settings, services_factory, factory_for)
    if services is None:
        return 1
    window = MainWindow(services, settings)
    startup_probe.watch_pages(window.pages, window.nav.currentRowChanged)
    startup_probe.after_paint(window, "window", lambda: startup_probe.say("ready"))
    install_after_first_paint(app)  # names in every script, loaded once the window is on screen
    window.show()
    if os.environ.get(QUIT_AFTER_SHOW_ENV):
        QTimer.singleShot(0, window.close)
        QTimer.singleShot(0, app.quit)
    code = int(app.exec())
    wait_for_all()
    return code
