"""CLI command groups; each module registers its subcommands with a handler(services_factory, args)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drivekit.i18n import _

if TYPE_CHECKING:
    from drivekit.services import Services

# What every handler receives: builds (once) and returns the services; commands that need no
# database never call it.
ServicesFactory = Callable[[], "Services"]


def register_all(subparsers: Any, common: argparse.ArgumentParser) -> None:
    from drivekit.commands import core, export, privacy, report, safety, sync

    core.register(subparsers, common)
    sync.register(subparsers, common)
    export.register(subparsers, common)
    report.register(subparsers, common)
    safety.register(subparsers, common)
    privacy.register(subparsers, common)


def group(sub: Any, common: argparse.ArgumentParser, name: str, help: str) -> Any:
    """The ACTION subparsers of `drivekit NAME`; the first module to ask creates the group, later
    ones (e.g. `keys organiser` here, `keys certificate` elsewhere) add their actions to it."""
    parser = sub.choices.get(name)
    if parser is None:
        parser = sub.add_parser(name, parents=[common], help=help)
        return parser.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def force_option(parser: argparse.ArgumentParser) -> None:
    """`--force`: the one way to let an export replace an existing file (never the database)."""
    parser.add_argument("--force", action="store_true", help="replace the output file if it exists")


def parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(_("“{value}” is not a date in the form YYYY-MM-DD").format(value=value)) from None


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(_("“{value}” is not a whole number").format(value=value)) from None
    if number < 0:
        raise argparse.ArgumentTypeError(_("must not be negative"))
    return number


def passphrase(path: Path | None, needed: bool, what: str) -> str | None:
    """The passphrase from --passphrase-file (first line), else asked on a terminal when `needed`."""
    from drivekit.errors import BadFile, BadInput

    if path is not None:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise BadFile(_("Cannot read the passphrase file {path}: {err}").format(path=path, err=err)) from None
        first = text.splitlines()[0] if text.strip() else ""
        if not first:
            raise BadInput(_("The passphrase file {path} is empty.").format(path=path))
        return first
    if needed:
        if not sys.stdin.isatty():
            raise BadInput(_("{what} is protected by a passphrase; give it with --passphrase-file.").format(what=what))
        import getpass

        return getpass.getpass(_("Passphrase for {what}: ").format(what=what))
    return None
