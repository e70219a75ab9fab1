"""CLI command groups; each module registers its subcommands with a handler(services_factory, args)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any


def register_all(subparsers: Any, common: argparse.ArgumentParser) -> None:
    from drivekit.commands import core, export

    core.register(subparsers, common)
    export.register(subparsers, common)


def parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{value}” is not a date in the form YYYY-MM-DD") from None


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{value}” is not a whole number") from None
    if number < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return number
