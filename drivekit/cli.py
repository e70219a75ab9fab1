"""Headless commands: argparse front end over the same services as the GUI.

Exit status: 0 success, 1 refused (one plain line on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable
from typing import Any

from drivekit import __version__
from drivekit.commands import ServicesFactory
from drivekit.commands.result import Result
from drivekit.errors import KnownError
from drivekit.i18n import _

log = logging.getLogger("drivekit.cli")


Handler = Callable[[ServicesFactory, argparse.Namespace], Result]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: usage error: {message}\n")


def _global_options(parser: argparse.ArgumentParser, defaults: bool) -> None:
    d = (lambda v: v) if defaults else (lambda v: argparse.SUPPRESS)
    parser.add_argument("--db", metavar="PATH_OR_URL", default=d(None),
                        help="SQLite file or SQLAlchemy URL (default: the database in your data folder)")
    parser.add_argument("--json", action="store_true", default=d(False), help="print one JSON document on stdout")


def build_parser() -> argparse.ArgumentParser:
    from drivekit.commands import register_all

    parser = _Parser(prog="drivekit", description="Offline petition signature drives. Without a command, opens the app.")
    parser.add_argument("--version", action="version", version=f"drivekit {__version__}")
    _global_options(parser, defaults=True)
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, defaults=False)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    register_all(subparsers, common)
    return parser


def _default_text(data: Any) -> str:
    if isinstance(data, dict) and set(data) == {"id"}:
        return str(data["id"])
    return json.dumps(data, indent=2, ensure_ascii=False, default=str)


def run(args: argparse.Namespace, services_factory: ServicesFactory) -> int:
    """Run the parsed command; KnownErrors become exit 1 with one plain line, bugs are logged."""
    from drivekit.domain.text import for_terminal  # names in any output lose escape sequences

    handler: Handler = args.handler
    try:
        result = handler(services_factory, args)
    except KnownError as err:
        print(for_terminal(f"drivekit: {err}"), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("drivekit: " + _("interrupted; nothing more was changed."), file=sys.stderr)
        return 1
    except Exception as err:  # a bug: keep the traceback in the log, one line for the person
        log.exception("bug in command %s", getattr(args, "command", "?"))
        from drivekit.log import redact

        line = redact("drivekit: " + _("internal error") + f" ({type(err).__name__}: {err}").splitlines()[0]
        print(for_terminal(line) + "); " + _("details are in the log file."), file=sys.stderr)
        return 1
    for warning in result.warnings:
        print(for_terminal(f"drivekit: {warning}"), file=sys.stderr)
    try:
        if args.json:
            json.dump(result.data, sys.stdout, ensure_ascii=False, default=str)
            sys.stdout.write("\n")
        else:
            print(for_terminal(result.text or _default_text(result.data)))
        sys.stdout.flush()
    except BrokenPipeError:
        # `drivekit signatures list … | head`: the reader has what it wanted and closed the pipe. The
        # command's work is done; say nothing more (no traceback at exit from the unflushed buffer).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 0
