"""Small dialogs the Collect page opens inline: a new event, a new volunteer."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget


class NewEventDialog(QDialog):
    """Name, day and place of a rally or stall; the name is all that is needed."""

    def __init__(self, parent: QWidget | None = None, title: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("New event"))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Event name"))
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setCalendarPopup(True)
        self.day.setAccessibleName(self.tr("Event date"))
        self.location = QLineEdit(self)
        self.location.setAccessibleName(self.tr("Event location"))
        self.message = QLabel(self)
        self.message.setObjectName("fieldMessage")
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Date"), self.day)
        form.addRow(self.tr("&Location"), self.location)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _on_buttons_accepted(self) -> None:
        if not self.name.text().strip():
            self.message.setText(self.tr("Please give the event a name."))
            self.name.setFocus()
            return
        self.accept()

    def values(self) -> tuple[str, date, str]:
        return self.name.text().strip(), self.day.date().toPython(), self.location.text().strip()  # type: ignore[return-value]
