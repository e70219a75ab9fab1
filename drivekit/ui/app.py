"""GUI entry point: builds the QApplication and the main window from services made by app.py."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from drivekit.config import Config
from drivekit.errors import KnownError


def run_gui(config: Config, services_factory: Callable[[], Any]) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from drivekit.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("DriveKit")
    app.setOrganizationName("DriveKit")
    try:
        services = services_factory()
    except KnownError as err:
        QMessageBox.critical(None, "DriveKit", str(err))
        return 1
    window = MainWindow(services)
    window.show()
    return int(app.exec())
