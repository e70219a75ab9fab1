"""The one way to run long work off the GUI thread: run_in_background(fn, on_success, on_error, on_progress).

`fn(progress)` runs on a pool thread and must not touch widgets; it reports through the Qt-free
`drivekit.progress.CallbackProgress` it is given, which raises Cancelled after `Task.cancel()`.
Callbacks always run on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from drivekit.progress import CallbackProgress

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the GUI thread; queued signals carry results back from the worker."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, fn: Callable[[CallbackProgress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.relay = _Relay()
        self._fn = fn
        self.progress = CallbackProgress(self.relay.progressed.emit)
        self.finished = False

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self.progress.cancel()

    def run(self) -> None:
        try:
            result = self._fn(self.progress)
        except BaseException as err:  # delivered to on_error; bugs are also logged there
            self.relay.failed.emit(err)
        else:
            self.relay.succeeded.emit(result)


_running: set[Task] = set()


def run_in_background(fn: Callable[[CallbackProgress], Any],
                      on_success: Callable[[Any], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None,
                      on_progress: Callable[[int, int, str], None] | None = None,
                      pool: QThreadPool | None = None) -> Task:
    """Start `fn` on a pool thread; returns the Task (call `.cancel()` to stop it)."""
    task = Task(fn)
    _running.add(task)

    def done() -> None:
        task.finished = True
        _running.discard(task)

    def success(result: Any) -> None:
        done()
        if on_success is not None:
            on_success(result)

    def failure(err: BaseException) -> None:
        done()
        from drivekit.errors import KnownError

        if not isinstance(err, KnownError):
            log.error("bug in background task", exc_info=(type(err), err, err.__traceback__))
        if on_error is not None:
            on_error(err)

    task.relay.succeeded.connect(success)
    task.relay.failed.connect(failure)
    if on_progress is not None:
        task.relay.progressed.connect(on_progress)
    (pool or QThreadPool.globalInstance()).start(task)
    return task


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Block until background tasks end (used at shutdown and by tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
