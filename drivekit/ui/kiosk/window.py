"""The full-screen kiosk: the petition, the form, the consent, a thank-you; leaving needs the PIN."""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from drivekit.domain.drawing import FORMAT as STROKES_FORMAT
from drivekit.errors import KnownError, ValidationError
from drivekit.ui.collect.form import SignerForm
from drivekit.ui.kiosk.pin_dialogs import KioskExitDialog, PinGuard
from drivekit.ui.widgets.layout import centred_column

if TYPE_CHECKING:
    from drivekit.services import Services

log = logging.getLogger(__name__)

IDLE_MS = 120_000
THANKS_MS = 6_000
KEYS_MUTED_S = 2.0  # after the PIN dialog closes without unlocking, keys typed meanwhile are dropped
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.TouchBegin,
             QEvent.Type.TouchUpdate, QEvent.Type.TabletPress, QEvent.Type.Wheel}


class KioskWindow(QWidget):
    """Shows nothing but what a signer needs, never whether someone signed before."""

    closed = Signal()
    signature_saved = Signal()  # after the commit returned (automatic backups count these)

    def __init__(self, services: Services, campaign_id: str, event_id: str | None = None, volunteer_id: str | None = None,  # type: ignore[no-untyped-def]
                 *, idle_ms: int = IDLE_MS, thanks_ms: int = THANKS_MS, pin_guard: PinGuard | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("kiosk")
        self.setWindowTitle(self.tr("DriveKit — sign the petition"))
        self._services = services
        self._campaign = services.campaigns.get(campaign_id)
        self._event_id, self._volunteer_id = event_id, volunteer_id
        self._unlocked = False
        self._exit_dialog: KioskExitDialog | None = None
        self._keys_muted_until = 0.0
        self.pin_guard = pin_guard or PinGuard()

        title = QLabel(self._campaign.title, self)
        title.setObjectName("kioskTitle")
        title.setWordWrap(True)
        text = QLabel(self._campaign.text, self)
        text.setObjectName("petitionText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        self.form = SignerForm(self, kiosk=True, with_pad=True)
        self.form.set_campaign(self._campaign)
        self.sign_button = QPushButton(self.tr("Sign the petition"), self)
        self.sign_button.setObjectName("primaryButton")
        self.status = QLabel(self)
        self.status.setObjectName("fieldMessage")
        self.status.setWordWrap(True)
        centre = centred_column(None, [title, text, 12, self.form], 980)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(centre)
        self.form.field_focused.connect(lambda w: self.scroll.ensureWidgetVisible(w, 20, 80))

        self.thanks = QWidget(self)
        thanks_label = QLabel(self.tr("Thank you for signing!"), self.thanks)
        thanks_label.setObjectName("kioskThanks")
        thanks_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        thanks_label.setWordWrap(True)
        self.next_button = QPushButton(self.tr("Next signer"), self.thanks)
        tl = QVBoxLayout(self.thanks)
        tl.addStretch(1)
        tl.addWidget(thanks_label)
        tl.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignCenter)
        tl.addStretch(1)

        form_page = QWidget(self)
        fl = QVBoxLayout(form_page)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(self.scroll, 1)
        bottom = QHBoxLayout()  # always visible, whatever the screen height
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.sign_button)
        fl.addLayout(bottom)
        self.form_page = form_page
        self.stack = QStackedWidget(self)
        self.stack.addWidget(form_page)
        self.stack.addWidget(self.thanks)
        self.exit_button = QPushButton(self.tr("Coordinator"), self)
        self.exit_button.setObjectName("kioskExit")
        self.exit_button.setFlat(True)
        self.exit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.exit_button.setAccessibleName(self.tr("Leave kiosk mode (coordinator PIN needed)"))
        corner = QHBoxLayout()
        corner.addStretch(1)
        corner.addWidget(self.exit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(corner)
        layout.addWidget(self.stack, 1)

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(idle_ms)
        self.idle_timer.timeout.connect(self._on_idle_timer_timeout)
        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.setInterval(thanks_ms)
        self.thanks_timer.timeout.connect(self.new_signer)
        self.sign_button.clicked.connect(self.save)
        self.form.submit_requested.connect(self.save)
        self.form.edited.connect(self.idle_timer.start)
        self.next_button.clicked.connect(self.new_signer)
        self.exit_button.clicked.connect(self.request_exit)
        for seq in ("Ctrl+S",):
            QShortcut(QKeySequence(seq), self, context=Qt.ShortcutContext.WindowShortcut).activated.connect(self.save)
        QShortcut(QKeySequence("Ctrl+Shift+Q"), self, context=Qt.ShortcutContext.WindowShortcut).activated.connect(
            self.request_exit)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # -- flow -------------------------------------------------------------------------------
    def start(self) -> None:
        screen = self.screen()
        if screen is not None:  # fills the screen even where no window manager honours full screen
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.new_signer()

    def save(self) -> bool:
        if self.stack.currentWidget() is not self.form_page:
            return False
        drawing = self.form.drawing()
        try:
            self._services.signatures.save(
                self._campaign.id, self.form.values(), event_id=self._event_id, volunteer_id=self._volunteer_id,
                source="kiosk", drawing=drawing, drawing_format=STROKES_FORMAT if drawing else None)
        except ValidationError as err:
            self.form.show_errors(err.errors)
            self.status.setText(self.tr("Please check the marked fields."))
            return False
        except KnownError as err:
            self.status.setText(self.tr("Your signature could not be saved: {0}").format(str(err)))
            return False
        except Exception:  # a bug: keep what was typed, log the traceback
            log.exception("saving a kiosk signature failed")
            self.status.setText(self.tr("Your signature could not be saved. Please call the volunteer."))
            return False
        self.signature_saved.emit()
        # Same thank-you whatever the outcome, so no one learns whether a person signed before.
        self.form.clear()
        self.status.clear()
        self.idle_timer.stop()
        self.stack.setCurrentWidget(self.thanks)
        self.next_button.setFocus()
        self.thanks_timer.start()
        return True

    def new_signer(self) -> None:
        self.thanks_timer.stop()
        self.idle_timer.stop()
        self.form.clear()
        self.status.clear()
        self.stack.setCurrentWidget(self.form_page)
        self.scroll.verticalScrollBar().setValue(0)
        self.form.focus_first()

    def _on_idle_timer_timeout(self) -> None:
        """A half-filled form left alone is cleared, so the next signer never sees it."""
        if self.stack.currentWidget() is self.form_page and self.form.is_touched():
            self.new_signer()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride)
                and isinstance(watched, QWidget) and watched.window() is self
                and time.monotonic() < self._keys_muted_until):
            return True
        if (kind in _ACTIVITY and isinstance(watched, QWidget) and watched.window() is self
                and self.form.is_touched()):
            self.idle_timer.start()
        return super().eventFilter(watched, event)

    # -- leaving ----------------------------------------------------------------------------
    def request_exit(self) -> KioskExitDialog:
        """Opens the PIN dialog (window-modal, without a nested event loop); one at a time."""
        if self._exit_dialog is not None:
            return self._exit_dialog
        dialog = KioskExitDialog(self._services, self._campaign.id, self.pin_guard, self)
        dialog.finished.connect(self._on_exit_dialog_finished)
        self._exit_dialog = dialog
        dialog.open()
        return dialog

    def _on_exit_dialog_finished(self, result: int) -> None:
        dialog, self._exit_dialog = self._exit_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result == KioskExitDialog.DialogCode.Accepted:
            self.unlock_and_close()
            return
        # The rest of a PIN typed after Escape or Cancel must not land in a signer's form.
        self._keys_muted_until = time.monotonic() + KEYS_MUTED_S
        self.activateWindow()  # the kiosk takes the screen and the keyboard back

    def unlock_and_close(self) -> None:
        self._unlocked = True
        self.close()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if not self._unlocked:
            event.ignore()
            return
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.idle_timer.stop()
        self.thanks_timer.stop()
        super().closeEvent(event)
        self.closed.emit()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # Escape must not leave or close anything
            return
        super().keyPressEvent(event)
