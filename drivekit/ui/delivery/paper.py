"""Typing in a returned paper sheet: each signature keeps its sheet and line (source: paper)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from drivekit.domain.signer_fields import PAPER_FIELDS
from drivekit.domain.validation import SignerInput
from drivekit.errors import KnownError, ValidationError
from drivekit.ui.widgets.layout import PairedForm

if TYPE_CHECKING:
    from drivekit.services import Services

FIELDS = PAPER_FIELDS
LINES_PER_SHEET = 12
WIDE_FIELDS = ("address", "comment")  # a line of their own; the other fields go two by two


class PaperEntryDialog(QDialog):
    """Keyboard-only entry of a sheet: the line number moves on after every save."""

    signature_saved = Signal(int, int)

    def __init__(self, services: Services, campaign_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._campaign_id = campaign_id
        self.setWindowTitle(self.tr("Enter a paper sheet"))
        self.setMinimumWidth(440)
        # Two fields a line, so the sheet fits a 600-pixel-high laptop screen with large text too.
        form = PairedForm()
        self.sheet = QSpinBox(self)
        self.sheet.setRange(1, 1_000_000)
        self.line = QSpinBox(self)
        self.line.setRange(1, LINES_PER_SHEET)
        form.add(self.tr("Sheet number"), self.sheet)
        form.add(self.tr("Line"), self.line)
        self.event = QComboBox(self)
        self.event.addItem(self.tr("(no event)"), None)
        for ev in services.campaigns.get(campaign_id).events:
            self.event.addItem(ev.name, ev.id)
        form.add(self.tr("Event"), self.event, wide=True)
        labels = {"first_name": self.tr("First name"), "last_name": self.tr("Last name"), "email": self.tr("Email"),
                  "phone": self.tr("Phone"), "address": self.tr("Address"), "postcode": self.tr("Postcode"),
                  "city": self.tr("Town or city"), "comment": self.tr("Comment")}
        self.edits: dict[str, QLineEdit] = {}
        for name in FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            self.edits[name] = edit
            form.add(labels[name], edit, wide=name in WIDE_FIELDS)
        self.contact = QCheckBox(self.tr("Ticked “Contact me”"), self)
        form.add("", self.contact, wide=True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save line"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def set_sheet(self, number: int, line: int = 1) -> None:
        self.sheet.setValue(number)
        self.line.setValue(line)

    def _on_save_clicked(self) -> None:
        values = {name: edit.text() for name, edit in self.edits.items()}
        signer = SignerInput(**values, petition_consent=True, contact_consent=self.contact.isChecked())
        sheet, line = self.sheet.value(), self.line.value()
        try:
            saved = self._services.signatures.save(self._campaign_id, signer, event_id=self.event.currentData(),
                                                   source="paper", sheet_number=sheet, sheet_line=line)
        except ValidationError as err:
            self.status.setText("\n".join(err.errors.values()))
            first = next((self.edits[f] for f in err.errors if f in self.edits), None)
            if first is not None:
                first.setFocus()
            return
        except KnownError as err:
            self.status.setText(str(err))
            return
        note = self.tr(" (possible duplicate, to review)") if saved.status == "possible_duplicate" else ""
        self.status.setText(self.tr("Saved sheet {0}, line {1}.").format(sheet, line) + note)
        for edit in self.edits.values():
            edit.clear()
        self.contact.setChecked(False)
        if line >= LINES_PER_SHEET:
            self.set_sheet(sheet + 1, 1)
        else:
            self.line.setValue(line + 1)
        self.edits["first_name"].setFocus()
        self.signature_saved.emit(sheet, line)
