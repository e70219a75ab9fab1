"""Asks before withdrawing a signature, saying plainly that the signer's data is erased for good."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from drivekit.services.records import SignatureRecord


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
        self.reason = QLineEdit(self)
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
