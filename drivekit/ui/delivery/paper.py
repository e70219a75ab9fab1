"""Typing in a returned paper sheet: each signature keeps its sheet and line (source: paper)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from drivekit.domain.signer_fields import PAPER_FIELDS, required_set
from drivekit.domain.validation import Rules, SignerInput, check_name, validate_field
from drivekit.errors import KnownError, ValidationError
from drivekit.ui.widgets.field_flow import FieldFlow
from drivekit.ui.widgets.field_message import FieldMessage, possible_messages
from drivekit.ui.widgets.layout import PairedForm, fit_dialog, snug
from drivekit.ui.widgets.message_line import MessageLine

if TYPE_CHECKING:
    from drivekit.services import Services

FIELDS = PAPER_FIELDS
LINES_PER_SHEET = 12
WIDE_FIELDS = ("address", "comment")  # a line of their own; the other fields go two by two


class PaperEntryDialog(QDialog):
    """Keyboard-only entry of a sheet: the line number moves on after every save.

    The Collect form's keyboard rules (widgets/field_flow.py): Enter moves to the next field, Enter on
    the last row (the "Contact me" box) saves the line, as do Ctrl+S and the Save line button; a field
    left with a wrong value is marked and the message goes as soon as it is fixed; a refused save marks
    every wrong field and puts the cursor in the first.

    The dialog keeps its size when a message comes: one line above the buttons, its room kept, says
    which field is wrong and why, and what was saved.
    """

    signature_saved = Signal(int, int)

    def __init__(self, services: Services, campaign_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._campaign_id = campaign_id
        self.setWindowTitle(self.tr("Enter a paper sheet"))
        fit_dialog(self, 440)  # never narrower than its fields and labels need (a fixed minimum squeezed them)
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
        self.messages: dict[str, FieldMessage] = {}
        for name in FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            edit.setAccessibleName(labels[name])
            self.edits[name] = edit
            self.messages[name] = FieldMessage(self, inline=False)  # said by the message line
            form.add(labels[name], edit, wide=name in WIDE_FIELDS)
        self.contact = QCheckBox(self.tr("Ticked “Contact me”"), self)
        snug(self.contact)
        form.add("", self.contact, wide=True)
        self._saved_note = False  # "Saved sheet 1, line 1." goes once the next line is typed
        self.save_button = QPushButton(self.tr("Save line"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save_clicked)
        campaign = services.campaigns.get(campaign_id)
        self._rules = Rules(default_country=campaign.country, required=required_set(campaign.required_fields))
        order = [self.sheet, self.line, self.event, *self.edits.values(), self.contact]
        self.flow = FieldFlow(self, self.edits, self.messages, self._check, order=order, last_row=(self.contact,),
                              marks=True)
        self.status = MessageLine(self.flow, labels, self, say_others=False)
        self.status.reserve_for({name: possible_messages(name, self._rules, self._rules.default_country)
                                 for name in FIELDS},
                                [self._saved_text(1_000_000, LINES_PER_SHEET, duplicate=True)])
        self.flow.submit_requested.connect(self._on_save_clicked)
        self.flow.edited.connect(self._on_flow_edited)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self._on_save_clicked)
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        flow = getattr(self, "flow", None)  # set at the end of __init__
        return bool(flow is not None and flow.filter(watched, event)) or super().eventFilter(watched, event)

    def _check(self, name: str) -> str | None:
        if name in ("first_name", "last_name"):
            return check_name(self.edits["first_name"].text(), self.edits["last_name"].text())[2].get(name)
        return validate_field(name, self.edits[name].text(), self._rules)

    def _saved_text(self, sheet: int, line: int, duplicate: bool) -> str:
        note = self.tr(" (possible duplicate, to review)") if duplicate else ""
        return self.tr("Saved sheet {0}, line {1}.").format(sheet, line) + note

    def _on_flow_edited(self, _name: str) -> None:
        """"Saved" goes once the next line is typed."""
        if self._saved_note:
            self._saved_note = False
            self.status.set_note(None)

    def _on_save_clicked(self) -> None:
        self.flow.clear_errors()
        values = {name: edit.text() for name, edit in self.edits.items()}
        signer = SignerInput(**values, petition_consent=True, contact_consent=self.contact.isChecked())
        sheet, line = self.sheet.value(), self.line.value()
        try:
            saved = self._services.signatures.save(self._campaign_id, signer, event_id=self.event.currentData(),
                                                   source="paper", sheet_number=sheet, sheet_line=line)
        except ValidationError as err:
            others = self.flow.show_errors(err.errors)  # the line says the first marked field's message
            self.status.set_note(" ".join(others))
            self.status.speak_of_first()
            return
        except KnownError as err:
            self.status.set_note(str(err))
            return
        self.status.set_note(self._saved_text(sheet, line, saved.status == "possible_duplicate"))
        self._saved_note = True
        for edit in self.edits.values():
            edit.clear()
        self.contact.setChecked(False)
        if line >= LINES_PER_SHEET:
            self.set_sheet(sheet + 1, 1)
        else:
            self.line.setValue(line + 1)
        self.edits["first_name"].setFocus()
        self.signature_saved.emit(sheet, line)
