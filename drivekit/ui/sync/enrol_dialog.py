"""Asking the organiser whether to trust a laptop, with its key's fingerprint to compare."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from drivekit.ui.widgets.layout import fit_dialog


class EnrolDialog(QDialog):
    """One laptop whose bundles were refused because it is not enrolled: enrol it, or not.

    The safe answer is the default: Enter or Escape leaves the laptop a stranger."""

    def __init__(self, label: str, fingerprint: str, files: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enrol this laptop?"))
        intro = QLabel(self.tr("%Ln files come from a laptop that this database does not trust yet:", "", files))
        intro.setWordWrap(True)
        self.device_label = QLabel(label)
        font = self.device_label.font()
        font.setBold(True)
        self.device_label.setFont(font)
        self.fingerprint_label = QLabel(fingerprint)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.6)
        self.fingerprint_label.setFont(mono)
        self.fingerprint_label.setAccessibleName(self.tr("Fingerprint"))
        check = QLabel(self.tr("Compare this fingerprint with the one shown on that laptop's Sync page, character "
                               "by character. Enrol it only if they are the same: an enrolled laptop can add "
                               "signatures to this database, and correct or withdraw the ones it collected."))
        check.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.enrol_button = buttons.addButton(self.tr("Enrol and import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.refuse_button = buttons.addButton(self.tr("Do not enrol"), QDialogButtonBox.ButtonRole.RejectRole)
        self.enrol_button.setAutoDefault(False)
        self.refuse_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.device_label)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(check)
        layout.addWidget(buttons)
        fit_dialog(self, 460)
