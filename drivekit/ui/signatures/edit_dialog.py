"""Correct a signer's details; each refused field is marked, and one line beside the buttons says why."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from drivekit.domain.signer_fields import LINE_FIELDS, SIGNER_FIELDS, required_set
from drivekit.domain.validation import Rules, check_name, validate_field
from drivekit.errors import KnownError, ValidationError
from drivekit.services.records import SignatureRecord
from drivekit.ui.signatures.drawing import drawing_pixmap
from drivekit.ui.signatures.labels import local_time, source_label, status_label
from drivekit.ui.widgets.field_flow import FieldFlow, field_text
from drivekit.ui.widgets.field_message import FieldMessage, possible_messages
from drivekit.ui.widgets.layout import LinesTextEdit, PairedForm, fit_dialog, snug
from drivekit.ui.widgets.message_line import MessageLine

if TYPE_CHECKING:
    from drivekit.services import Services

TEXT_FIELDS = LINE_FIELDS
WIDE_FIELDS = ("address",)  # a line of its own (with the comment and the rest); other fields go two by two


def countries() -> list[tuple[str, str]]:
    """(alpha-2, name) sorted by name, for the country chooser: every country validation accepts."""
    from drivekit.domain.places import countries as known

    return [(code, name) for name, code in known()]


class _CommentEdit(LinesTextEdit):
    """Three lines of the font it is drawn in (large text too); more scroll."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class SignatureEditDialog(QDialog):
    """Edits the EDITABLE fields of one signature through services.signatures.edit.

    The Collect form's keyboard rules (widgets/field_flow.py): Enter moves to the next field, Enter on
    the last row (the contact box) saves, as does Ctrl+S; a changed field left with a wrong value says
    so at once and the message goes as soon as it is fixed; a refused save marks every wrong field and
    puts the cursor in the first. Details left as they were are not judged again.

    The dialog keeps its size when a message comes: the wrong fields are marked in place and one line
    beside the buttons, its room kept, says which is wrong and why (a line under each field would make
    the dialog taller than a 600-pixel-high screen with large text).
    """

    def __init__(self, services: Services, record: SignatureRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._record = record
        self.saved: SignatureRecord | None = None
        self.setWindowTitle(self.tr("Edit signature"))
        layout = QVBoxLayout(self)
        info = QLabel(self.tr("Signed {0} · {1} · {2} · {3}").format(
            local_time(record.signed_at), record.event_name or self.tr("no event"), source_label(record.source),
            status_label(record.status)), self)
        info.setWordWrap(True)
        layout.addWidget(info)
        form = PairedForm()  # two fields a line: the dialog fits a 600-pixel-high screen with large text
        layout.addLayout(form)
        labels = {"first_name": self.tr("&First name"), "last_name": self.tr("&Last name"), "email": self.tr("&Email"),
                  "phone": self.tr("&Phone"), "address": self.tr("&Address"), "postcode": self.tr("P&ostcode"),
                  "city": self.tr("C&ity"), "region": self.tr("&Region"), "country": self.tr("Co&untry"),
                  "comment": self.tr("Co&mment"), "contact_consent": self.tr("Contact")}
        self.fields: dict[str, QWidget] = {}
        self._errors: dict[str, FieldMessage] = {}
        campaign = services.campaigns.get(record.campaign_id)
        self._rules = Rules(default_country=campaign.country, required=required_set(campaign.required_fields))
        for name in TEXT_FIELDS:
            edit = QLineEdit(getattr(record, name) or "", self)
            edit.setCursorPosition(0)  # a long email or address shows its start, not "er.09452@example.org"
            self._add_row(form, name, labels[name], edit)
        self.country = QComboBox(self)
        # As wide as a line edit, not as the longest country name: the two columns of fields stay alike
        self.country.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.country.setMinimumContentsLength(16)
        self.country.addItem(self.tr("(not given)"), "")
        for code, country_name in countries():
            self.country.addItem(f"{country_name} ({code})", code)
        self.country.setCurrentIndex(max(0, self.country.findData(record.country or "")))
        self._add_row(form, "country", labels["country"], self.country)
        self.comment = _CommentEdit(record.comment or "", self)
        self.comment.setTabChangesFocus(True)
        self._add_row(form, "comment", labels["comment"], self.comment, wide=True)
        self.contact = QCheckBox(self.tr("The signer agreed to be &contacted"), self)
        self.contact.setChecked(record.contact_consent)
        snug(self.contact)
        self._add_row(form, "contact_consent", labels["contact_consent"], self.contact, wide=True)
        self._add_drawing(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        order = [self.fields[n] for n in (*TEXT_FIELDS, "country", "comment", "contact_consent")]
        self.flow = FieldFlow(self, {n: w for n, w in self.fields.items() if n in self._errors}, self._errors,
                              self._check, order=order, last_row=(self.contact,), marks=True)
        self.flow.left = self._on_field_left
        self.flow.submit_requested.connect(self._on_buttons_accepted)
        self.message_line = MessageLine(self.flow, {n: t.replace("&", "") for n, t in labels.items()}, self,
                                        say_others=False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message_line, 1)
        bottom.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(bottom)
        self._reserve_messages()
        self.country.currentIndexChanged.connect(self._reserve_messages)  # phone and postcode messages name it
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.activated.connect(self._on_buttons_accepted)
        self.fields["first_name"].setFocus()
        fit_dialog(self, self.fontMetrics().averageCharWidth() * 90)

    def _add_row(self, form: PairedForm, name: str, label: str, widget: QWidget, wide: bool = False) -> None:
        widget.setAccessibleName(label.replace("&", ""))
        self.fields[name] = widget
        self._errors[name] = FieldMessage(self, inline=False)  # said by the message line
        form.add(label, widget, wide=wide or name in WIDE_FIELDS)

    def _add_drawing(self, form: PairedForm) -> None:
        if not self._record.has_drawing:
            return
        try:
            found = self._services.signatures.drawing(str(self._record.id))
        except KnownError:
            found = None
        view = QLabel(self)
        pixmap = drawing_pixmap(found[0], found[1], 320, 96) if found else None  # 10:3, as drawn
        if pixmap is not None:
            view.setPixmap(pixmap)
            view.setAccessibleName(self.tr("Drawn signature"))
        else:
            view.setText(self.tr("The drawn signature cannot be shown."))
        # The form makes the frame wider than the 10:3 drawing: the whole frame is the signer's paper (white,
        # drawing in the middle), not a white card beside a strip of grey dialog
        view.setObjectName("drawnSignature")
        view.setFrameShape(QLabel.Shape.StyledPanel)
        view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        form.add(self.tr("Drawn signature"), view, wide=True)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in TEXT_FIELDS:
            widget = self.fields[name]
            assert isinstance(widget, QLineEdit)
            out[name] = widget.text()
        out["country"] = self.country.currentData() or ""
        out["comment"] = self.comment.toPlainText()
        out["contact_consent"] = self.contact.isChecked()
        return out

    def changes(self) -> dict[str, Any]:
        """Only the fields the coordinator changed (so untouched data is never re-validated differently)."""
        old = {name: getattr(self._record, name) or "" for name in SIGNER_FIELDS}
        old["contact_consent"] = self._record.contact_consent
        return {name: value for name, value in self.values().items() if value != old[name]}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        flow = getattr(self, "flow", None)  # set at the end of __init__
        return bool(flow is not None and flow.filter(watched, event)) or super().eventFilter(watched, event)

    def _check(self, name: str) -> str | None:
        """The message for one field, judged as the service will judge it on save."""
        if name in ("first_name", "last_name"):
            return check_name(field_text(self.fields["first_name"]), field_text(self.fields["last_name"]))[2].get(name)
        country = self.country.currentData() or self._rules.default_country
        return validate_field(name, field_text(self.fields[name]), self._rules, country)

    def _on_field_left(self, name: str) -> None:
        """Checked when changed (an untouched detail is not judged again), or while it shows an error."""
        if name in self.changes() or self.flow.showing(name):
            self.flow.check_and_show(name)

    def _reserve_messages(self) -> None:
        """Room in the message line for the longest message a field usually shows, for the campaign's
        country and the one chosen."""
        countries = sorted({self._rules.default_country, self.country.currentData() or self._rules.default_country})
        self.message_line.reserve_for({name: [m for c in countries for m in possible_messages(name, self._rules, c)]
                                       for name in self._errors})

    def _on_buttons_accepted(self) -> None:
        self.message_line.set_note(None)
        self.flow.clear_errors()
        changes = self.changes()
        if not changes:
            self.reject()
            return
        try:
            self.saved = self._services.signatures.edit(str(self._record.id), changes)
        except ValidationError as err:
            self._show_errors(err.errors)
            return
        except KnownError as err:
            self.message_line.set_note(str(err))
            return
        self.accept()

    def _show_errors(self, errors: dict[str, str]) -> None:
        others = self.flow.show_errors(errors)
        self.message_line.set_note(" ".join(others))
        self.message_line.speak_of_first()
