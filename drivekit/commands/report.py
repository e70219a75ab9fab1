"""`drivekit export report`: the organiser's progress report (PDF) with the dashboard's figures and charts."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from drivekit.commands import ServicesFactory, group
from drivekit.commands.result import Result
from drivekit.i18n import _


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    esub = group(sub, common, "export", "delivery packets, CSV, OSDI, blank sheets and reports")
    p = esub.add_parser("report", parents=[common], help="progress report PDF with charts",
                        description="The organiser's progress report: unique signers against the goal, "
                                    "milestones, signers per day and hour, by event, volunteer and target, "
                                    "duplicates and withdrawals, as charts and tables. No signer's personal data.")
    p.add_argument("campaign")
    p.add_argument("-o", "--output", required=True, type=Path)
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p.set_defaults(handler=cmd_export_report)


def cmd_export_report(services: ServicesFactory, args: argparse.Namespace) -> Result:
    svc = services()
    path = svc.dashboard.export_report(args.campaign, args.output, force=args.force)
    return Result({"file": str(path)}, _("Wrote the progress report {file}.").format(file=path))
