"""What the window shows while there is no campaign yet: two clear ways to start."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from drivekit.ui.widgets.layout import centred_column


class WelcomePage(QWidget):
    create_requested = Signal()
    demo_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to DriveKit"), self)
        title.setObjectName("welcomeTitle")
        title.setWordWrap(True)
        intro = QLabel(self.tr("DriveKit collects petition signatures on this computer, without a network. "
                               "Start by creating your campaign, import the campaign file your organiser gave you, "
                               "or try the app with a demo campaign full of made-up signers."), self)
        intro.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create a campaign…"), self)
        self.create_button.setObjectName("primaryButton")
        self.import_button = QPushButton(self.tr("Import a campaign file…"), self)
        self.demo_button = QPushButton(self.tr("Open a demo campaign"), self)
        self.create_button.clicked.connect(self.create_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        centre = centred_column(self, [title, intro, 16, self.create_button, self.import_button, self.demo_button], 640)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(centre)
        layout.addStretch(2)
