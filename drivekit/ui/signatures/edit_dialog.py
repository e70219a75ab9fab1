"""Correct a signer's details; each refused field says why, next to the field."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from drivekit.domain.signer_fields import LINE_FIELDS, SIGNER_FIELDS
from drivekit.errors import KnownError, ValidationError
from drivekit.services.records import SignatureRecord
from drivekit.ui.signatures.drawing import drawing_pixmap
from drivekit.ui.signatures.labels import local_time, source_label, status_label
from drivekit.ui.widgets.layout import PairedForm, fit_dialog

if TYPE_CHECKING:
    from drivekit.services import Services

TEXT_FIELDS = LINE_FIELDS
WIDE_FIELDS = ("address",)  # a line of its own (with the comment and the rest); other fields go two by two


def countries() -> list[tuple[str, str]]:
    """(alpha-2, name) sorted by name, for the country chooser: every country validation accepts."""
    from drivekit.domain.places import countries as known

    return [(code, name) for name, code in known()]


class _CommentEdit(QPlainTextEdit):
    """Three lines of the font it is drawn in (large text too); more scroll."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        lines = self.fontMetrics().lineSpacing() * 3 + 2 * int(self.document().documentMargin())
        return QSize(super().sizeHint().width(), lines + margins.top() + margins.bottom())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class SignatureEditDialog(QDialog):
    """Edits the EDITABLE fields of one signature through services.signatures.edit."""

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
        self._errors: dict[str, QLabel] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit(getattr(record, name) or "", self)
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
        self._add_row(form, "contact_consent", labels["contact_consent"], self.contact, wide=True)
        self._add_drawing(form)
        self.general_error = QLabel(self)
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet("color: #b00020;")
        self.general_error.hide()
        layout.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.fields["first_name"].setFocus()
        fit_dialog(self, self.fontMetrics().averageCharWidth() * 90)

    def _add_row(self, form: PairedForm, name: str, label: str, widget: QWidget, wide: bool = False) -> None:
        widget.setAccessibleName(label.replace("&", ""))
        self.fields[name] = widget
        error = QLabel(self)
        error.setWordWrap(True)
        error.setStyleSheet("color: #b00020;")
        error.hide()
        self._errors[name] = error
        form.add(label, widget, wide=wide or name in WIDE_FIELDS, message=error)

    def _add_drawing(self, form: PairedForm) -> None:
        if not self._record.has_drawing:
            return
        try:
            found = self._services.signatures.drawing(str(self._record.id))
        except KnownError:
            found = None
        view = QLabel(self)
        pixmap = drawing_pixmap(found[0], found[1], 360, 110) if found else None
        if pixmap is not None:
            view.setPixmap(pixmap)
            view.setAccessibleName(self.tr("Drawn signature"))
        else:
            view.setText(self.tr("The drawn signature cannot be shown."))
        view.setFrameShape(QLabel.Shape.StyledPanel)
        view.setAlignment(Qt.AlignmentFlag.AlignLeft)
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

    def _on_buttons_accepted(self) -> None:
        for label in (*self._errors.values(), self.general_error):
            label.hide()
        for widget in self.fields.values():
            widget.setAccessibleDescription("")
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
            self.general_error.setText(str(err))
            self.general_error.show()
            return
        self.accept()

    def _show_errors(self, errors: dict[str, str]) -> None:
        first: QWidget | None = None
        for name, message in errors.items():
            label, field = self._errors.get(name), self.fields.get(name)
            if label is None or field is None:
                self.general_error.setText(message)
                self.general_error.show()
                continue
            label.setText(message)
            label.show()
            field.setAccessibleDescription(message)
            first = first or field
        if first is not None:
            first.setFocus()
