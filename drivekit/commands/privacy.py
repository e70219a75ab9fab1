"""Privacy commands: the audit log (and, with retention, purge)."""

from __future__ import annotations

import argparse
from typing import Any

from drivekit.commands import ServicesFactory, positive_int
from drivekit.commands.result import Result


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("audit", parents=[common],
                       help="the audit log: what was exported, imported, edited, withdrawn, purged, when, where")
    p.add_argument("--campaign", default=None, metavar="ID", help="only this campaign's entries")
    p.add_argument("--limit", type=positive_int, default=None, help="only the newest N entries")
    p.set_defaults(handler=cmd_audit)


def cmd_audit(services: ServicesFactory, args: argparse.Namespace) -> Result:
    records = services().audit.entries(args.campaign, args.limit)
    lines = [f"{r.at:%Y-%m-%d %H:%M:%S}  {(r.device_name or r.device_id or '')[:20]:<20}  "
             f"{(r.campaign_id or '-')[:8]:<8}  {r.action:<22}  {r.summary}".rstrip() for r in records]
    header = f"{'when (UTC)':<19}  {'device':<20}  {'campaign':<8}  {'what':<22}  details"
    text = "\n".join([header, *lines]) if lines else "The audit log is empty."
    return Result({"entries": [r.to_json() for r in records]}, text)
