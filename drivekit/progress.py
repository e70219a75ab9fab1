"""A small Qt-free progress protocol that long work reports through, and can be cancelled by."""

from __future__ import annotations

from typing import Protocol

from drivekit.errors import Cancelled
from drivekit.i18n import _


class Progress(Protocol):
    def start(self, total: int, label: str = "") -> None: ...

    def advance(self, amount: int = 1) -> None:
        """Record work done; raises Cancelled when the person asked to stop."""
        ...


class NullProgress:
    """Progress sink that ignores reports and is never cancelled."""

    def start(self, total: int, label: str = "") -> None:
        pass

    def advance(self, amount: int = 1) -> None:
        pass


class CallbackProgress:
    """Forwards (done, total, label) to a callback; `cancel()` makes the next advance raise."""

    def __init__(self, callback=None) -> None:  # type: ignore[no-untyped-def]
        self._callback = callback
        self.total = 0
        self.done = 0
        self.label = ""
        self.cancelled = False

    def start(self, total: int, label: str = "") -> None:
        self.total, self.done, self.label = total, 0, label
        self._emit()

    def advance(self, amount: int = 1) -> None:
        if self.cancelled:
            raise Cancelled(_("Cancelled; nothing was changed."))
        self.done += amount
        self._emit()

    def cancel(self) -> None:
        self.cancelled = True

    def _emit(self) -> None:
        if self._callback is not None:
            self._callback(self.done, self.total, self.label)
