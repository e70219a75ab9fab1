"""The full-screen kiosk: the petition, the form, the consent, a thank-you; leaving needs the PIN."""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from drivekit.domain.drawing import FORMAT as STROKES_FORMAT
from drivekit.errors import KnownError, ValidationError
from drivekit.ui.collect.form import COUNTRY_DEPENDENT, SignerForm
from drivekit.ui.kiosk.pin_dialogs import KioskExitDialog, PinGuard
from drivekit.ui.kiosk.touch import PAD_MIN_MM, TARGET_MM, apply_touch_targets, mm_to_px, screen_dpi, target_px
from drivekit.ui.widgets.message_line import MessageLine

if TYPE_CHECKING:
    from drivekit.services import Services
    from drivekit.ui.widgets.signature_pad import SignaturePad

log = logging.getLogger(__name__)

IDLE_MS = 120_000
THANKS_MS = 6_000
COLUMN_MAX_WIDTH = 980
PAD_MAX_HEIGHT_MM = 60.0
KEYS_MUTED_S = 2.0  # after the PIN dialog closes without unlocking, keys typed meanwhile are dropped
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.TouchBegin,
             QEvent.Type.TouchUpdate, QEvent.Type.TabletPress, QEvent.Type.Wheel}


class _StepScroll(QScrollArea):
    """A step's scroll area that asks for its content's height at its width, so a pad below it gets
    all the height that is left (a plain scroll area asks for a fixed guess)."""

    def sizeHint(self) -> QSize:
        hint, page = super().sizeHint(), self.widget()
        if page is None:
            return hint
        width = self.viewport().width() if self.isVisible() else hint.width()
        height = page.heightForWidth(width) if page.hasHeightForWidth() else page.sizeHint().height()
        return QSize(hint.width(), max(height, page.minimumSizeHint().height()) + 2 * self.frameWidth())

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # wrapped text changes height with the width


class _AgreementPage(QWidget):
    """Step 2: the petition, "I agree" and the pad. It asks for the pad's canvas at its largest, so the
    bar below (message line, Sign) follows the pad and a tall screen's spare height goes below the bar."""

    def __init__(self, pad: SignaturePad | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pad = pad

    def _pad_growth(self) -> int:
        if self._pad is None or self._pad.isHidden():
            return 0
        canvas = self._pad.canvas
        return max(0, canvas.maximumHeight() - canvas.sizeHint().height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), hint.height() + self._pad_growth())

    def heightForWidth(self, width: int) -> int:  # the petition's words wrap: the stack asks this one
        height = super().heightForWidth(width)
        return height + self._pad_growth() if height >= 0 else height


class KioskWindow(QWidget):
    """Shows nothing but what a signer needs, never whether someone signed before."""

    closed = Signal()
    signature_saved = Signal()  # after the commit returned (automatic backups count these)

    def __init__(self, services: Services, campaign_id: str, event_id: str | None = None, volunteer_id: str | None = None,  # type: ignore[no-untyped-def]
                 *, idle_ms: int = IDLE_MS, thanks_ms: int = THANKS_MS, pin_guard: PinGuard | None = None,
                 dpi: float | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("kiosk")
        self.setWindowTitle(self.tr("DriveKit — sign the petition"))
        self._services = services
        self._campaign = services.campaigns.get(campaign_id)
        self._event_id, self._volunteer_id = event_id, volunteer_id
        self._unlocked = False
        self._exit_dialog: KioskExitDialog | None = None
        self._keys_muted_until = 0.0
        self._dpi = dpi  # None: measured on the screen the kiosk opens on
        self.touch_px = target_px(dpi if dpi is not None else screen_dpi(QGuiApplication.primaryScreen()))
        self.pin_guard = pin_guard or PinGuard()

        title = QLabel(self._campaign.title, self)
        title.setObjectName("kioskTitle")
        title.setWordWrap(True)
        self.exit_button = QPushButton(self.tr("Coordinator"), self)
        self.exit_button.setObjectName("kioskExit")
        self.exit_button.setFlat(True)
        self.exit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.exit_button.setAccessibleName(self.tr("Leave kiosk mode (coordinator PIN needed)"))

        self.form = SignerForm(self, kiosk=True, with_pad=True)
        self.form.set_campaign(self._campaign)
        self.form.hide()  # its two sections are shown as the two steps below
        self._address_the_signer()
        text = QLabel(self._campaign.text, self)
        text.setObjectName("petitionText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        self.steps = QStackedWidget(self)
        self.details_step = self._step(self.tr("Step 1 of 2: your details"), [self.form.details])
        # Only the petition's words scroll when they are long: "I agree" and the pad always stay in view.
        self.agreement_step = self._step(self.tr("Step 2 of 2: read, agree and sign"), [text])
        self.steps.addWidget(self.details_step)
        agreement_page = _AgreementPage(self.form.pad, self)  # the pad takes the height the words leave
        al = QVBoxLayout(agreement_page)
        al.setContentsMargins(0, 0, 0, 0)
        self.agreement_step.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        al.addWidget(self.agreement_step)
        al.addWidget(self.form.agreement)
        if self.form.pad is not None:
            # no fixed proportions here: the canvas draws its 10:3 box in whatever height is left
            self.form.pad.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            al.addWidget(self.form.pad, 1)
            al.addStretch(0)  # what a tall screen leaves beyond the pad's largest size
        self.steps.addWidget(agreement_page)

        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.setObjectName("kioskBack")
        self.next_button = QPushButton(self.tr("Next"), self)
        self.next_button.setObjectName("primaryButton")
        self.sign_button = QPushButton(self.tr("Sign the petition"), self)
        self.sign_button.setObjectName("primaryButton")
        # The one place messages show: beside the button the signer presses, always in view, its room kept
        # (the wrong fields are marked in place). A line under each large touch field would not fit 1024×600.
        self.status = MessageLine(self.form.flow, {name: self.form.label_text(name) for name in self.form.inputs},
                                  self, wording={"petition_consent": self.tr("To sign, please tick “I agree…” above.")})
        self._possible: dict[str, list[str]] = {}
        self.form_page = QWidget(self)
        fl = QVBoxLayout(self.form_page)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(self.steps)
        bottom = QHBoxLayout()  # always visible, whatever the screen height
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.next_button)
        bottom.addWidget(self.sign_button)
        fl.addLayout(bottom)
        fl.addStretch(1)  # a tall screen's spare height, below the bar (see _show_step)

        self.thanks = QWidget(self)
        thanks_label = QLabel(self.tr("Thank you for signing!"), self.thanks)
        thanks_label.setObjectName("kioskThanks")
        thanks_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        thanks_label.setWordWrap(True)
        self.next_signer_button = QPushButton(self.tr("Next signer"), self.thanks)
        self.next_signer_button.setObjectName("primaryButton")
        tl = QVBoxLayout(self.thanks)
        tl.addStretch(1)
        tl.addWidget(thanks_label)
        tl.addSpacing(24)
        tl.addWidget(self.next_signer_button, 0, Qt.AlignmentFlag.AlignCenter)
        tl.addStretch(1)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.form_page)
        self.stack.addWidget(self.thanks)
        column = QWidget(self)  # title, steps and buttons share one readable column, centred
        column.setMaximumWidth(COLUMN_MAX_WIDTH)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.exit_button, 0, Qt.AlignmentFlag.AlignTop)
        cl = QVBoxLayout(column)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addLayout(top)
        cl.addWidget(self.stack, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addStretch(0)
        layout.addWidget(column, 1)
        layout.addStretch(0)

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(idle_ms)
        self.idle_timer.timeout.connect(self._on_idle_timer_timeout)
        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.setInterval(thanks_ms)
        self.thanks_timer.timeout.connect(self.new_signer)
        self.next_button.clicked.connect(self.go_next)
        self.back_button.clicked.connect(self.go_back)
        self.sign_button.clicked.connect(self.save)
        self.form.submit_requested.connect(self.save)
        self.form.edited.connect(self.idle_timer.start)
        self.form.field_focused.connect(self._on_form_field_focused)
        self.form.messages_reserved.connect(self._on_form_messages_reserved)
        self.next_signer_button.clicked.connect(self.new_signer)
        self.exit_button.clicked.connect(self.request_exit)
        QShortcut(QKeySequence("Ctrl+S"), self, context=Qt.ShortcutContext.WindowShortcut).activated.connect(
            self._on_save_shortcut_activated)
        QShortcut(QKeySequence("Ctrl+Shift+Q"), self, context=Qt.ShortcutContext.WindowShortcut).activated.connect(
            self.request_exit)
        self._show_step(0)
        self._apply_touch_sizes()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _address_the_signer(self) -> None:
        """The form's words are the volunteer's; at the kiosk they speak to the person signing."""
        pad = self.form.pad
        if pad is not None:
            pad.caption.setObjectName("kioskSignHere")
            pad.caption.setText(self.tr("Sign here with your finger (optional)"))
            pad.clear_button.setText(self.tr("Start again"))

    def _step(self, heading: str, widgets: list[QWidget]) -> _StepScroll:
        """One step of the form; it scrolls only if a screen is far smaller than any we aim for."""
        label = QLabel(heading, self)
        label.setObjectName("kioskStep")
        label.setWordWrap(True)
        page = QWidget()
        pl = QVBoxLayout(page)
        pl.setContentsMargins(0, 0, 0, 0)
        for widget in (label, *widgets):
            pl.addWidget(widget)
        pl.addStretch(1)  # extra height goes below, never between the items
        scroll = _StepScroll(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)  # a finger scrolls
        return scroll

    def _apply_touch_sizes(self) -> None:
        apply_touch_targets(self, self.touch_px)
        pad = self.form.pad
        if pad is not None:
            dpi = self.touch_px * 25.4 / TARGET_MM
            pad.canvas.setMinimumSize(mm_to_px(PAD_MIN_MM[0], dpi), mm_to_px(PAD_MIN_MM[1], dpi))
            pad.canvas.setMaximumHeight(mm_to_px(PAD_MAX_HEIGHT_MM, dpi))
            caption_row = max(self.touch_px, pad.caption.sizeHint().height())
            pad.setMaximumHeight(pad.canvas.maximumHeight() + caption_row + 12)  # no gaps inside the pad

    # -- flow -------------------------------------------------------------------------------
    def start(self) -> None:
        screen = self.screen()
        if screen is not None:  # fills the screen even where no window manager honours full screen
            self.setGeometry(screen.geometry())
            if self._dpi is None:
                self.touch_px = target_px(screen_dpi(screen))
                self._apply_touch_sizes()
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
            self._show_step(0 if any(name in self.form.inputs for name in err.errors) else 1)
            other = self.form.show_errors(err.errors)  # the marked fields' messages show in the line
            self.status.set_note(" ".join(other))
            self.status.speak_of_first()
            return False
        except KnownError as err:
            self.status.set_note(self.tr("Your signature could not be saved: {0}").format(str(err)))
            return False
        except Exception:  # a bug: keep what was typed, log the traceback
            log.exception("saving a kiosk signature failed")
            self.status.set_note(self._call_the_volunteer())
            return False
        self.signature_saved.emit()
        # Same thank-you whatever the outcome, so no one learns whether a person signed before.
        self.form.clear()
        self.status.set_note(None)
        self.idle_timer.stop()
        self.stack.setCurrentWidget(self.thanks)
        self.next_signer_button.setFocus()
        self.thanks_timer.start()
        return True

    def new_signer(self) -> None:
        self.thanks_timer.stop()
        self.idle_timer.stop()
        self.form.clear()
        self.status.set_note(None)
        self.stack.setCurrentWidget(self.form_page)
        self._show_step(0)
        for step in (self.details_step, self.agreement_step):
            step.verticalScrollBar().setValue(0)
        self.form.focus_first()

    # -- steps ------------------------------------------------------------------------------
    def current_step(self) -> int:
        return self.steps.currentIndex()

    def _show_step(self, index: int) -> None:
        # The step shown is as tall as it asks (its fields; the petition and the pad at its largest) and
        # the bar follows it, so the message line stays beside what it speaks of: on a tall screen the
        # spare height went between them (313 px at 1280×800, 96 dpi). A short screen still shrinks the
        # step, which scrolls, and the bar stays in view. The step not shown is Ignored in height, or the
        # stack would ask for the taller one.
        for number in range(self.steps.count()):
            self.steps.widget(number).setSizePolicy(
                QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum if number == index else QSizePolicy.Policy.Ignored)
        self.steps.setCurrentIndex(index)
        self.back_button.setVisible(index == 1)
        self.next_button.setVisible(index == 0)
        self.sign_button.setVisible(index == 1)
        self._reserve_messages()

    def _call_the_volunteer(self) -> str:
        return self.tr("Your signature could not be saved. Please call the volunteer.")

    def _reserve_messages(self) -> None:
        """Room in the message line for the longest message of this step's fields, at this step's width."""
        if self.current_step() == 0:
            if not self._possible:
                self._possible = {name: self.form.possible_messages(name) for name in self.form.inputs}
            self.status.reserve_for(self._possible)
        else:
            self.status.reserve_for({"petition_consent": [""]}, [self._call_the_volunteer()])

    def _on_form_messages_reserved(self) -> None:
        """Another country: the phone and postcode messages name it."""
        if self._possible:
            self._possible.update({name: self.form.possible_messages(name) for name in COUNTRY_DEPENDENT})
            self._reserve_messages()

    def go_next(self) -> bool:
        """To the consent and signature, once the details pass the same checks as a field left."""
        bad = [name for name in self.form.inputs if self.form.check_field(name)]
        if bad:  # the message line says the first one's message, and that others are marked
            self.form.inputs[bad[0]].setFocus(Qt.FocusReason.OtherFocusReason)
            self.status.speak_of_first()
            return False
        self.status.set_note(None)
        self._show_step(1)
        self.form.consent.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def go_back(self) -> None:
        """Back to the details; nothing typed, ticked or drawn is lost."""
        self.status.set_note(None)
        self._show_step(0)
        self.form.focus_first()

    def _on_save_shortcut_activated(self) -> None:
        if self.stack.currentWidget() is not self.form_page:
            return
        if self.current_step() == 0:
            self.go_next()
        else:
            self.save()

    def _on_form_field_focused(self, widget: QWidget) -> None:
        step = self.details_step if self.current_step() == 0 else self.agreement_step
        if step.isAncestorOf(widget):
            step.ensureWidgetVisible(widget, 20, 80)

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
        if (kind == QEvent.Type.KeyPress and watched is self._last_detail()
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # type: ignore[attr-defined]
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):  # type: ignore[attr-defined]
            self.go_next()  # Enter on the last detail moves on, as Enter does between the fields
            return True
        if (kind in _ACTIVITY and isinstance(watched, QWidget) and watched.window() is self
                and self.form.is_touched()):
            self.idle_timer.start()
        return super().eventFilter(watched, event)

    def _last_detail(self) -> QWidget:
        return self.form.order[self.form.order.index(self.form.consent) - 1]

    # -- leaving ----------------------------------------------------------------------------
    def request_exit(self) -> KioskExitDialog:
        """Opens the PIN dialog (window-modal, without a nested event loop); one at a time."""
        if self._exit_dialog is not None:
            return self._exit_dialog
        dialog = KioskExitDialog(self._services, self._campaign.id, self.pin_guard, self, touch_px=self.touch_px)
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
