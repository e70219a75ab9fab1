"""The main window."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow


class MainWindow(QMainWindow):
    def __init__(self, services: object) -> None:
        super().__init__()
        self._services = services
        self.setWindowTitle("DriveKit")
        self.setCentralWidget(QLabel(self.tr("DriveKit"), self))
        self.resize(1000, 700)
