"""What the window shows while there is no campaign yet: two clear ways to start."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    create_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to DriveKit"), self)
        title.setObjectName("welcomeTitle")
        title.setWordWrap(True)
        intro = QLabel(self.tr("DriveKit collects petition signatures on this computer, without a network. "
                               "Start by creating your campaign, or try the app with a demo campaign full of "
                               "made-up signers."), self)
        intro.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create a campaign…"), self)
        self.create_button.setObjectName("primaryButton")
        self.demo_button = QPushButton(self.tr("Open a demo campaign"), self)
        self.create_button.clicked.connect(self.create_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        column = QWidget(self)
        column.setMaximumWidth(640)
        col = QVBoxLayout(column)
        col.addWidget(title)
        col.addWidget(intro)
        col.addSpacing(16)
        col.addWidget(self.create_button)
        col.addWidget(self.demo_button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 6)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
