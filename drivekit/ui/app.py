"""GUI entry point: builds the QApplication and the main window from services made by app.py."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from drivekit.config import Config, prepare_data_dir
from drivekit.errors import DatabaseDamaged, KnownError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

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


class DatabaseOpener:
    """Opens the services off the GUI thread, on the database chosen in the settings (when --db did not
    choose) or on the default, so the window is drawn and answers while SQLAlchemy is imported and the
    file is checked and migrated. Every refusal is told in a window on the GUI thread: a chosen shared
    server that cannot be used lets the person fall back to this computer's database; a damaged one
    offers the newest good backup; anything else is one plain message. Calls `on_opened(services)`,
    or `on_failed()` once the person was told (or chose to quit)."""

    def __init__(self, config: Config, settings: UiSettings, services_factory: Callable[[], Services],
                 factory_for: Callable[[str], Callable[[], Services]] | None,
                 on_opened: Callable[[Services], None], on_failed: Callable[[], None]) -> None:
        self._config, self._settings = config, settings
        self._services_factory, self._factory_for = services_factory, factory_for
        self._on_opened, self._on_failed = on_opened, on_failed

    def start(self) -> None:
        url = self._settings.database_url if self._factory_for is not None else ""
        if url and self._factory_for is not None:
            self._open(self._factory_for(url), self._shared_refused)
        else:
            self._open(self._services_factory, self._local_refused)

    def _open(self, factory: Callable[[], Services], on_error: Callable[[BaseException], None]) -> None:
        from drivekit.ui.background import run_in_background

        run_in_background(lambda _progress: factory(), self._on_opened, on_error)

    def _shared_refused(self, err: BaseException) -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        if not isinstance(err, KnownError):
            return self._bug()
        box = QMessageBox(QMessageBox.Icon.Warning, "DriveKit", str(err))
        local = box.addButton(QApplication.translate("run_gui", "Use this computer's database"),
                              QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QApplication.translate("run_gui", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(local)
        box.exec()
        if box.clickedButton() is not local:
            return self._on_failed()
        self._settings.database_url = ""
        self._settings.sync()
        self._open(self._services_factory, self._local_refused)

    def _local_refused(self, err: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        if isinstance(err, DatabaseDamaged):
            from drivekit.ui.safety import offer_restore

            if not offer_restore(err, self._config.db_url):
                return self._on_failed()
            return self._open(self._services_factory, self._refused_again)
        if not isinstance(err, KnownError):
            return self._bug()
        QMessageBox.critical(None, "DriveKit", str(err))
        self._on_failed()

    def _refused_again(self, err: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        if not isinstance(err, KnownError):
            return self._bug()
        QMessageBox.critical(None, "DriveKit", str(err))
        self._on_failed()

    def _bug(self) -> None:
        """Not a refusal but a bug (logged with its traceback by run_in_background): said plainly."""
        from PySide6.QtWidgets import QApplication, QMessageBox

        QMessageBox.critical(None, "DriveKit", QApplication.translate(
            "run_gui", "Something went wrong; the details are in the log file. Your saved signatures are safe."))
        self._on_failed()


def _open_services(config: Config, settings: UiSettings, services_factory: Callable[[], Services],
                   factory_for: Callable[[str], Callable[[], Services]] | None) -> Services | None:
    """The services, or None once the person was told why not; waits for DatabaseOpener."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    outcome: list[Services | None] = []

    def finish(services: Services | None) -> None:
        outcome.append(services)
        loop.quit()

    DatabaseOpener(config, settings, services_factory, factory_for, finish, lambda: finish(None)).start()
    if not outcome:
        loop.exec()
    return outcome[0]


class _AfterFirstPaint:
    """Calls `then` once, when the event loop is free after `window` (or a child) is first painted, or
    after `fallback_ms` if no paint comes (a window shown minimised)."""

    def __init__(self, window: QWidget, then: Callable[[], None], fallback_ms: int = 1000) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QWidget

        outer = self

        class Filter(QObject):
            def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    QTimer.singleShot(0, outer.fire)
                return False

        self._then: Callable[[], None] | None = then
        self._filter = Filter(window)
        for watched in (window, *window.findChildren(QWidget)):
            watched.installEventFilter(self._filter)
        QTimer.singleShot(fallback_ms, self.fire)

    def fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self._filter.deleteLater()  # Qt removes the filter from every widget
            then()


def run_gui(config: Config, services_factory: Callable[[], Services],
            factory_for: Callable[[str], Callable[[], Services]] | None = None) -> int:
    """The window is shown and painted first, with its page names and "Opening the database…"; then
    the database opens off the GUI thread and the pages fill in (SQLAlchemy, the services and the
    pages are imported only then)."""
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
    window = MainWindow(None, settings)
    failed: list[bool] = []

    def opened(services: Services) -> None:
        if not window.isVisible():  # closed while the database was opening
            return
        window.open_services(services)
        startup_probe.after_paint(window, "ready")
        if os.environ.get(QUIT_AFTER_SHOW_ENV):
            QTimer.singleShot(0, window.close)
            QTimer.singleShot(0, app.quit)

    def refused() -> None:
        failed.append(True)
        window.close()
        app.quit()

    opener = DatabaseOpener(config, settings, services_factory, factory_for, opened, refused)
    startup_probe.watch_pages(window.pages, window.nav.currentRowChanged)
    startup_probe.after_paint(window, "window")
    first_paint = _AfterFirstPaint(window, opener.start)
    install_after_first_paint(app)  # names in every script, loaded once the window is on screen
    window.show()
    code = int(app.exec())
    del first_paint
    wait_for_all()
    return 1 if failed else code
