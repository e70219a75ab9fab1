"""Composition root: parse arguments, build config, database and services, then run the CLI or the GUI."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from drivekit.config import load_config, prepare_data_dir
from drivekit.errors import DataFolderUnusable
from drivekit.i18n import language_from_environment, set_language
from drivekit.log import setup_logging

if TYPE_CHECKING:
    from drivekit.services import Services


class ServicesFactory:
    """Builds the database and services on first use (so `--help` never touches a database), after
    a quick integrity check of the file; `close()` records a clean shutdown."""

    def __init__(self, db_url: str) -> None:
        self.db_url = db_url
        self._built: Services | None = None
        self._hold: Any = None

    def __call__(self) -> Services:
        if self._built is None:
            from drivekit.services import build_services
            from drivekit.services.backups import BackupService
            from drivekit.storage import migrate
            from drivekit.storage.db import Database

            backups = BackupService.for_url(self.db_url)
            backups.startup_check()
            self._hold = backups.hold()  # a restore waits until this process is done with the file
            db = Database(self.db_url)
            try:
                migrate.upgrade(db)
            except BaseException:
                db.dispose()
                raise
            self._built = build_services(db)
        return self._built

    def close(self) -> None:
        if self._built is not None:
            self._built.db.dispose()
            self._built.backups.closing()
        if self._hold is not None:
            self._hold.release()


class CommandServicesFactory(ServicesFactory):
    """For a command (a short process): once the core is imported and the database open, the
    objects made so far (SQLAlchemy's, the models', the services') live until the process ends, so
    they are moved out of the garbage collector's sight (gc.freeze). Its full collections during the
    command then walk only the command's own objects: 0.32 -> 0.09 s of CPU in a 100,000-signature
    `sync import`, 0.05 -> 0.01 s in a `sync export` (docs/performance.md, bundlewrite). Not for the
    GUI, whose windows and pages come and go for hours."""

    def __call__(self) -> Services:
        first = self._built is None
        built = super().__call__()
        if first:
            import gc

            gc.freeze()
        return built


def make_services_factory(db_url: str) -> ServicesFactory:
    return ServicesFactory(db_url)


def main(argv: Sequence[str] | None = None) -> int:
    from drivekit.cli import build_parser, run

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is not None:
        # The command line speaks the language of LANG (LC_ALL, LC_MESSAGES, LANGUAGE); --json output
        # is for scripts and stays in English whatever the language. The GUI sets its own (ui.resources).
        set_language("en" if args.json else language_from_environment())
    config = load_config(args.db)
    if args.command is not None and args.db is None:  # the GUI says it in a window (ui.app)
        try:
            prepare_data_dir(config.data_dir)
        except DataFolderUnusable as err:
            print(f"drivekit: {err}", file=sys.stderr)
            return 1
    setup_logging(config.log_file)
    factory = make_services_factory(config.db_url) if args.command is None else CommandServicesFactory(config.db_url)
    try:
        if args.command is None:
            from drivekit.ui.app import run_gui

            # Without --db, the GUI opens the database chosen in its settings (a shared server), if any.
            return run_gui(config, factory, make_services_factory if args.db is None else None)
        return run(args, factory)
    finally:
        factory.close()
        if args.command is not None:
            _no_last_collection()


def _no_last_collection() -> None:
    """A command is done: its database is closed (factory.close) and every file it wrote is on the
    disk (drivekit.files: written, flushed, fsynced, renamed). The interpreter's exit would now walk
    every object of SQLAlchemy, the models and the command's data in its last garbage collections:
    0.17-0.23 s after a 100,000-signature `sync export`, 20 ms without them (docs/performance.md,
    bundlewrite). Frozen objects are simply let go with the process; nothing may rely on a
    collection to close or flush what it holds (files are closed by `with`, connections by close)."""
    import gc

    gc.freeze()
