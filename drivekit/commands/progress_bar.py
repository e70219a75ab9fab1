"""A progress bar for long command-line work, drawn on stderr only when a person is watching.

Quiet when stderr is not a terminal (scripts, pipes, CI logs) and with ``--json`` (scripts again),
so the one JSON document on stdout and any one-line error on stderr stay exactly as the CLI
contract says.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from collections.abc import Callable
from typing import TextIO


class TerminalProgress:
    """``label  [#######.......]  45%  4,500 / 10,000`` redrawn in place, at most ten times a second
    (and whenever the percentage changes), finished with a newline. Several ``start`` calls (one per
    file of a ``sync import``) each get their own line."""

    def __init__(self, stream: TextIO | None = None, enabled: bool | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = _is_terminal(self.stream) if enabled is None else enabled
        self.clock = clock
        self.total, self.done, self.label = 0, 0, ""
        self._shown_pct, self._shown_at, self._open = -1, 0.0, False

    def start(self, total: int, label: str = "") -> None:
        self._finish_line()
        self.total, self.done, self.label = max(0, total), 0, label
        self._shown_pct, self._shown_at = -1, 0.0
        self._draw(force=True)

    def advance(self, amount: int = 1) -> None:
        self.done += amount
        self._draw(force=False)
        if self.total and self.done >= self.total:
            self._finish_line()

    def close(self) -> None:
        self._finish_line()

    # -- drawing ---------------------------------------------------------------------------------
    def _draw(self, force: bool) -> None:
        if not self.enabled or self.total <= 0:
            return
        pct = min(100, 100 * self.done // self.total)
        now = self.clock()
        if not force and pct == self._shown_pct and now - self._shown_at < 0.1:
            return
        self._shown_pct, self._shown_at = pct, now
        counts = f"{min(self.done, self.total):,} / {self.total:,}"
        columns = shutil.get_terminal_size((80, 24)).columns
        label = "".join(ch for ch in self.label if ch.isprintable())  # names from files: no escapes
        room = columns - len(counts) - 12  # brackets, percentage and spaces
        width = max(10, min(40, room - len(label) - 2))
        if len(label) + width + 2 > room:  # a narrow terminal: shorten the label, never wrap
            label = label[:max(0, room - width - 3)].rstrip() + "…" if room - width - 3 > 0 else ""
        filled = width * pct // 100
        bar = "#" * filled + "." * (width - filled)
        text = f"{label}  [{bar}] {pct:3d}%  {counts}" if label else f"[{bar}] {pct:3d}%  {counts}"
        self.stream.write("\r" + text + "\x1b[K")
        self.stream.flush()
        self._open = True

    def _finish_line(self) -> None:
        if self._open:
            if self.total and self._shown_pct < 100 and self.done >= self.total:
                self._shown_pct = -1
                self._draw(force=True)
            self.stream.write("\n")
            self.stream.flush()
            self._open = False


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or unusual stream: no bar
        return False


def for_command(args: argparse.Namespace) -> TerminalProgress:
    """The bar a command shows: on a terminal, and never with ``--json``."""
    return TerminalProgress(enabled=False) if getattr(args, "json", False) else TerminalProgress()
