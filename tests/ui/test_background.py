"""The background helper delivers results, errors and progress on the GUI thread, and cancels."""

from __future__ import annotations

import threading
import time

from drivekit.errors import Cancelled, KnownError
from drivekit.ui.background import run_in_background


def test_result_and_progress_arrive_on_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    gui_thread = threading.get_ident()
    seen: dict = {"progress": [], "threads": set()}

    def work(progress):  # type: ignore[no-untyped-def]
        progress.start(3, "counting")
        for _ in range(3):
            progress.advance()
        return threading.get_ident()

    def on_progress(done: int, total: int, label: str) -> None:
        seen["threads"].add(threading.get_ident())
        seen["progress"].append((done, total))

    with _Waiter(qtbot) as waiter:
        run_in_background(work, on_success=waiter.done, on_progress=on_progress)
    assert waiter.value != gui_thread  # the work ran elsewhere
    assert seen["threads"] == {gui_thread}
    assert seen["progress"][-1] == (3, 3)


def test_known_error_goes_to_on_error(qtbot) -> None:  # type: ignore[no-untyped-def]
    def work(progress):  # type: ignore[no-untyped-def]
        raise KnownError("disk full")

    with _Waiter(qtbot) as waiter:
        run_in_background(work, on_error=waiter.done)
    assert isinstance(waiter.value, KnownError) and str(waiter.value) == "disk full"


def test_cancel_stops_work(qtbot) -> None:  # type: ignore[no-untyped-def]
    started = threading.Event()

    def work(progress):  # type: ignore[no-untyped-def]
        progress.start(1000)
        started.set()
        for _ in range(1000):
            time.sleep(0.005)
            progress.advance()
        return "finished"

    with _Waiter(qtbot) as waiter:
        task = run_in_background(work, on_success=waiter.done, on_error=waiter.done)
        assert started.wait(5)
        task.cancel()
    assert isinstance(waiter.value, Cancelled)


class _Waiter:
    """Waits (processing Qt events) until `done` is called."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self._qtbot = qtbot
        self.called = False
        self.value = None

    def done(self, value) -> None:  # type: ignore[no-untyped-def]
        self.called, self.value = True, value

    def __enter__(self) -> _Waiter:
        return self

    def __exit__(self, *exc) -> None:  # type: ignore[no-untyped-def]
        if exc[0] is None:
            self._qtbot.waitUntil(lambda: self.called, timeout=10_000)
