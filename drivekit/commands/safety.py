"""The safety net: backup, restore, check. They work on the database file itself, so they do not
open it through the usual start-up (a damaged database must still be checked and replaced)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drivekit.commands import ServicesFactory
from drivekit.commands.result import Result
from drivekit.i18n import _, ngettext

if TYPE_CHECKING:  # imported when a command runs: building the parser (and so the GUI's start) stays light
    from drivekit.services.backups import BackupService


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", parents=[common], help="copy the database safely, even while the app runs")
    p.add_argument("-o", "--output", type=Path, default=None,
                   help="the copy's file (default: a rotating backup in the data folder's backups)")
    p.add_argument("--force", action="store_true", help="replace the output file if it exists")
    p.set_defaults(handler=cmd_backup)
    p = sub.add_parser("restore", parents=[common], help="replace the database with a backup (the current one is kept)")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_restore)
    p = sub.add_parser("check", parents=[common], help="check the database for damage; exits 1 if it is damaged")
    p.set_defaults(handler=cmd_check)


def _service(args: argparse.Namespace) -> BackupService:
    from drivekit.config import load_config
    from drivekit.services.backups import BackupService

    return BackupService.for_url(load_config(args.db).db_url)


def cmd_backup(services: ServicesFactory, args: argparse.Namespace) -> Result:
    result = _service(args).backup(args.output, force=args.force)
    copies = [{"path": str(c.path), "size": c.size, "made_at": c.made_at.isoformat()} for c in result.copies]
    lines = [_("Backup written: {file} ({size:,} bytes)").format(file=c.path, size=c.size) for c in result.copies]
    return Result({"backups": copies}, "\n".join(lines), list(result.warnings))


def cmd_restore(services: ServicesFactory, args: argparse.Namespace) -> Result:
    report = _service(args).restore(args.file)
    lines = [_("Restored {database} from {backup} (schema {schema}).").format(
        database=report.database, backup=report.restored_from, schema=report.schema)]
    if report.kept_copy is not None:
        lines.append(_("The database it replaced was kept as {file}.").format(file=report.kept_copy))
    if report.withdrawals_reapplied:
        lines.append(ngettext("{n} signature withdrawn since that backup was erased again.",
                              "{n} signatures withdrawn since that backup were erased again.",
                              report.withdrawals_reapplied).format(n=report.withdrawals_reapplied))
    return Result({"database": str(report.database), "restored_from": str(report.restored_from),
                   "kept_copy": str(report.kept_copy) if report.kept_copy else None, "schema": report.schema,
                   "withdrawals_reapplied": report.withdrawals_reapplied}, "\n".join(lines))


def cmd_check(services: ServicesFactory, args: argparse.Namespace) -> Result:
    service = _service(args)
    report = service.check()
    if not report.ok:
        raise service.damaged(report.problems)
    return Result({"database": str(report.database), "ok": True, "schema": report.schema},
                  _("{database}: no damage found (schema {schema}).").format(database=report.database,
                                                                             schema=report.schema))
