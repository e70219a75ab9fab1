"""Marks for the whole-process start-up benchmark (benchmarks/bench_startup.py), off unless asked for.

With DRIVEKIT_STARTUP_PROBE=1 the GUI prints one line on stdout per moment a person would notice:
`drivekit-probe window` once the main window has been painted and its event loop takes input again,
`drivekit-probe ready` once the database is open and the first page shows its data, and
`drivekit-probe page <n>` once page n has been painted after a switch to it. The benchmark times these
lines from outside the process, so the figures include Python, imports, the X server and the paint.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

PROBE_ENV = "DRIVEKIT_STARTUP_PROBE"


def enabled() -> bool:
    return bool(os.environ.get(PROBE_ENV))


def say(mark: str) -> None:
    """One probe line, flushed at once (the benchmark reads it through a pipe)."""
    if enabled():
        sys.stdout.write(f"drivekit-probe {mark}\n")
        sys.stdout.flush()


class _AfterPaint(QObject):
    """Says `mark` once, when the event loop is free again after `widget` or a child of it is painted
    (a page covered by an opaque scroll area is never painted itself, only its children are)."""

    def __init__(self, widget: QWidget, mark: str, then: Callable[[], None] | None = None) -> None:
        super().__init__(widget)
        self._mark = mark
        self._then = then
        self._done = False
        for watched in (widget, *widget.findChildren(QWidget)):
            watched.installEventFilter(self)  # removed by Qt when this filter is deleted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            QTimer.singleShot(0, self._say)
        return False

    def _say(self) -> None:
        say(self._mark)
        self.deleteLater()
        if self._then is not None:
            self._then()


def after_paint(widget: QWidget, mark: str, then: Callable[[], None] | None = None) -> None:
    """Say `mark` after `widget` is next painted and input is processed again, then call `then`
    (nothing at all unless enabled)."""
    if enabled():
        _AfterPaint(widget, mark, then)


def watch_pages(pages: object, nav_changed: object) -> None:
    """Say `page <n>` once page n is painted after a switch, and `filled <n>` once its data is shown
    (pages that fill in the background have `is_filling()` and a `filled` signal)."""
    if not enabled():
        return
    from PySide6.QtWidgets import QStackedWidget

    assert isinstance(pages, QStackedWidget)

    def on_changed(row: int) -> None:
        page = pages.widget(row)
        if page is None:
            return

        def painted() -> None:
            filling = getattr(page, "is_filling", None)
            if filling is not None and filling():
                page.filled.connect(lambda: after_paint(page, f"filled {row}"))  # type: ignore[attr-defined]
            else:
                say(f"filled {row}")

        after_paint(page, f"page {row}", painted)

    nav_changed.connect(on_changed)  # type: ignore[attr-defined]
