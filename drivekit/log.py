"""Logging set-up: bugs go to a log file with their traceback; people see plain messages.

The log file is the owner's only (0600) and never holds a signer's data: SQL parameters are hidden
by the engine (hide_parameters) and, in case a driver puts values in its own message (PostgreSQL's
"DETAIL: Key (email)=(...)", "Failing row contains (...)"), the formatter cuts them out.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

_REDACTIONS = [
    (re.compile(r"\[parameters: .*?\](?=\n|$)", re.DOTALL), "[parameters hidden]"),
    (re.compile(r"^(\s*DETAIL:).*$", re.MULTILINE), r"\1 (hidden: may hold a signer's data)"),
    (re.compile(r"Failing row contains \(.*?\)(?=\.?\s*$)", re.MULTILINE), "Failing row contains (hidden)"),
    (re.compile(r"(Key \([^)]*\))=\(.*?\)", re.MULTILINE), r"\1=(hidden)"),
]


def redact(text: str) -> str:
    """`text` without anything that looks like SQL parameters or row values."""
    for pattern, replacement in _REDACTIONS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFormatter(logging.Formatter):
    """A formatter that cuts parameters and row values out of messages and tracebacks."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def setup_logging(log_file: Path, verbose: bool = False) -> None:
    root = logging.getLogger("drivekit")
    if root.handlers:
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        if not log_file.parent.exists():
            log_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.close(os.open(log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
        if log_file.stat().st_mode & 0o077:
            os.chmod(log_file, 0o600)
        handler: logging.Handler = logging.FileHandler(log_file, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
