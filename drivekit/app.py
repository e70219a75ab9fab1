"""Composition root: parse arguments, build config, database and services, then run the CLI or the GUI."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from drivekit.config import load_config, prepare_data_dir
from drivekit.errors import DataFolderUnusable
from drivekit.log import setup_logging

if TYPE_CHECKING:
    from drivekit.services import Services


def make_services_factory(db_url: str) -> Callable[[], Services]:
    """Build the database and services on first use (so `--help` never touches a database)."""
    built: list[Services] = []

    def factory() -> Services:
        if not built:
            from drivekit.services import build_services
            from drivekit.storage import migrate
            from drivekit.storage.db import Database

            db = Database(db_url)
            migrate.upgrade(db)
            built.append(build_services(db))
        return built[0]

    return factory


def main(argv: Sequence[str] | None = None) -> int:
    from drivekit.cli import build_parser, run

    parser = build_parser()
    args = parser.parse_args(argv)
    config = load_config(args.db)
    if args.command is not None and args.db is None:  # the GUI says it in a window (ui.app)
        try:
            prepare_data_dir(config.data_dir)
        except DataFolderUnusable as err:
            print(f"drivekit: {err}", file=sys.stderr)
            return 1
    setup_logging(config.log_file)
    factory = make_services_factory(config.db_url)
    if args.command is None:
        from drivekit.ui.app import run_gui

        # Without --db, the GUI opens the database chosen in its settings (a shared server), if any.
        return run_gui(config, factory, make_services_factory if args.db is None else None)
    return run(args, factory)


if __name__ == "__main__":
    sys.exit(main())
