"""Asks before withdrawing a signature, saying plainly that the signer's data is erased for good."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from drivekit.services.records import SignatureRecord
from drivekit.services.signatures import REASON_MAX_LENGTH
from drivekit.ui.widgets.layout import LinesTextEdit


class ReasonEdit(LinesTextEdit):
    """A reason that wraps, so a long one is read whole before it is kept (a one-line field showed only its
    end), and never takes more than is kept. Enter is the dialog's, as in a one-line field; Tab moves on."""

    MIN_LINES = HINT_LINES = 5  # a 300-character reason at the dialog's width of 60 characters

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.textChanged.connect(self._on_text_changed)

    def text(self) -> str:
        return self.toPlainText()

    def _on_text_changed(self) -> None:
        text = self.toPlainText()
        if len(text) > REASON_MAX_LENGTH:  # typed or pasted past the end: what shows is what is kept
            cursor = self.textCursor()
            position = min(cursor.position(), REASON_MAX_LENGTH)
            self.setPlainText(text[:REASON_MAX_LENGTH])
            cursor = self.textCursor()
            cursor.setPosition(position)
            self.setTextCursor(cursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            event.ignore()  # the dialog presses its default button, "Keep the signature"
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:  # type: ignore[no-untyped-def]
        """A pasted reason is one paragraph, as it is shown in the log."""
        if source.hasText():
            self.textCursor().insertText(" ".join(source.text().split()))
            return
        super().insertFromMimeData(source)


class WithdrawDialog(QDialog):
    """Confirmation with an optional reason; the reason has the focus (typing goes there: with the
    focus on a button, the first space typed closed the dialog and the rest of the words fell into the
    table behind it).

    Enter in the reason field never withdraws: it presses the default button, "Keep the signature" (and
    the page then says that nothing was withdrawn). Withdrawing takes the "Withdraw and erase" button
    itself (a click, Alt+W, or Tab to it and Enter), so no stray run of keys (Delete, a word, Enter)
    meant for the table or the search box can erase a signer. A reason
    typed and followed by Enter is a natural slip: the button says what Enter does, and the page says
    that the signature is kept, so nobody walks away thinking it was withdrawn."""

    def __init__(self, record: SignatureRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Withdraw signature"))
        layout = QVBoxLayout(self)
        who = self.who = record.full_name or self.tr("this signer")
        message = QLabel(self.tr(
            "Withdraw the signature of {0}? Their name, contact details, address, comment and drawn signature "
            "will be erased and cannot be recovered. The signature will no longer count.").format(who), self)
        message.setWordWrap(True)
        layout.addWidget(message)
        reason_label = QLabel(self.tr("&Reason (optional, do not enter personal details):"), self)
        self.reason = ReasonEdit(self)
        self.reason.setAccessibleName(self.tr("Reason"))
        reason_label.setBuddy(self.reason)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(self)
        self.withdraw_button = self.buttons.addButton(self.tr("&Withdraw and erase"),
                                                      QDialogButtonBox.ButtonRole.DestructiveRole)
        self.keep_button = self.buttons.addButton(self.tr("&Keep the signature"), QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_button.setDefault(True)
        self.withdraw_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.reason.setFocus()
