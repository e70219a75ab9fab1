"""The coordinator PIN: setting it, and asking for it to leave kiosk mode (with a growing wait)."""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from drivekit.domain.pin import check_new_pin, retry_delay
from drivekit.errors import KnownError

if TYPE_CHECKING:
    from drivekit.services import Services
    from drivekit.ui.settings import UiSettings


class PinGuard:
    """Counts wrong tries and how long input stays locked; outlives a single dialog and, when given
    the settings, a restart of the app (killing DriveKit does not skip the wait)."""

    def __init__(self, unit_s: float = 1.0, clock=time.monotonic, settings: UiSettings | None = None,  # type: ignore[no-untyped-def]
                 wall=time.time) -> None:
        self.unit_s = unit_s
        self.failures = 0
        self.locked_until = 0.0
        self._clock, self._wall, self._settings = clock, wall, settings
        if settings is not None:
            failures, until = settings.kiosk_lock
            self.failures = max(0, failures)
            # never longer than the wait it was given, even if the clock was set back meanwhile
            left = min(max(0.0, until - wall()), retry_delay(self.failures) * unit_s)
            self.locked_until = clock() + left if left > 0 else 0.0

    def failed(self) -> None:
        self.failures += 1
        self.locked_until = self._clock() + retry_delay(self.failures) * self.unit_s
        self._remember()

    def succeeded(self) -> None:
        self.failures, self.locked_until = 0, 0.0
        self._remember()

    def remaining(self) -> float:
        return max(0.0, self.locked_until - self._clock())

    def _remember(self) -> None:
        if self._settings is not None:
            self._settings.kiosk_lock = (self.failures, self._wall() + self.remaining())


def _pin_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData)
    return edit


class SetPinDialog(QDialog):
    """The coordinator chooses the PIN that unlocks kiosk mode (the current one is asked to change it)."""

    def __init__(self, services: Services, campaign_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._campaign_id = services, campaign_id
        self.setWindowTitle(self.tr("Kiosk PIN"))
        has_pin = services.campaigns.has_kiosk_pin(campaign_id)
        intro = QLabel(self.tr("Signers cannot leave kiosk mode without this PIN. Choose at least 4 characters "
                               "and keep it to yourself."), self)
        intro.setWordWrap(True)
        self.current = _pin_edit(self, self.tr("Current PIN")) if has_pin else None
        self.new = _pin_edit(self, self.tr("New PIN"))
        self.repeat = _pin_edit(self, self.tr("Repeat the new PIN"))
        self.message = QLabel(self)
        self.message.setObjectName("fieldMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        if self.current is not None:
            form.addRow(self.tr("&Current PIN"), self.current)
        form.addRow(self.tr("&New PIN"), self.new)
        form.addRow(self.tr("&Repeat"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _on_buttons_accepted(self) -> None:
        if self.current is not None and not self._services.campaigns.check_kiosk_pin(self._campaign_id, self.current.text()):
            self.message.setText(self.tr("The current PIN is not right."))
            self.current.selectAll()
            self.current.setFocus()
            return
        try:
            pin = check_new_pin(self.new.text())
        except KnownError:
            self.message.setText(self.tr("The PIN must have at least 4 characters."))
            self.new.setFocus()
            return
        if pin != self.repeat.text().strip():
            self.message.setText(self.tr("The two PINs are not the same; please type them again."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        self._services.campaigns.set_kiosk_pin(self._campaign_id, pin)
        self.accept()


class KioskExitDialog(QDialog):
    """Asks for the coordinator PIN; after a wrong one, input waits 1 s, 2 s, 4 s ... with a countdown.

    Focus never leaves the PIN field: during the wait the field is read-only (a disabled field would
    hand focus to a button, and the next Enter would close the dialog and let digits fall into the
    public form), and the buttons are for tapping, not for the keyboard.
    """

    def __init__(self, services: Services, campaign_id: str, guard: PinGuard, parent: QWidget | None = None,
                 *, touch_px: int = 40) -> None:
        super().__init__(parent)
        self._services, self._campaign_id, self.guard = services, campaign_id, guard
        self.setObjectName("kioskPin")
        self.setWindowTitle(self.tr("Leave kiosk mode"))
        prompt = QLabel(self.tr("Coordinator: type the kiosk PIN to leave kiosk mode."), self)
        prompt.setObjectName("pinPrompt")
        prompt.setWordWrap(True)
        self.pin = _pin_edit(self, self.tr("Kiosk PIN"))
        self.pin.setObjectName("pinField")
        self.pin.setMinimumHeight(touch_px)
        self.message = QLabel(self)
        self.message.setObjectName("fieldMessage")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(touch_px)  # the layout does not jump when the first error appears
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.unlock_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.unlock_button.setText(self.tr("Unlock"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.unlock_button, self.cancel_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumSize(max(touch_px * 3, 160), touch_px)
        self.cancel_button.setAutoDefault(False)
        self.unlock_button.setDefault(True)  # Enter in the PIN field unlocks
        self.buttons.accepted.connect(self.try_pin)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(14)
        layout.addWidget(prompt)
        layout.addWidget(self.pin)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(max(520, touch_px * 12))
        self._tick = QTimer(self)
        self._tick.setInterval(100)
        self._tick.timeout.connect(self._on_tick_timeout)
        self._on_tick_timeout()

    def is_locked(self) -> bool:
        return self.guard.remaining() > 0

    def try_pin(self) -> None:
        if self.is_locked():
            return
        if self._services.campaigns.unlock_kiosk(self._campaign_id, self.pin.text()):
            self.guard.succeeded()
            self.accept()
            return
        self.guard.failed()
        self.pin.clear()
        self._on_tick_timeout()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_tick_timeout(self) -> None:
        """Keys typed during the wait are dropped; the event loop stays free meanwhile."""
        remaining = self.guard.remaining()
        locked = remaining > 0
        self.pin.setReadOnly(locked)
        self.unlock_button.setEnabled(not locked)
        if locked:
            seconds = max(1, math.ceil(remaining))
            self.message.setText(self.tr("Wrong PIN. Try again in {0} s.").format(seconds))
            if not self._tick.isActive():
                self._tick.start()
        else:
            self._tick.stop()
            if self.guard.failures:
                self.message.setText(self.tr("Wrong PIN. Please try again."))
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)
