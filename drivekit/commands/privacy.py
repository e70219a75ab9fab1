"""Privacy commands: the audit log, campaign retention settings, and purge after the retention date."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from drivekit.commands import ServicesFactory, group, parse_date, positive_int
from drivekit.commands.result import Result
from drivekit.errors import BadInput
from drivekit.i18n import _


def _date_or_none(value: str) -> date | None:
    return None if value.strip().lower() == "none" else parse_date(value)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("audit", parents=[common],
                       help="the audit log: what was exported, imported, edited, withdrawn, purged, when, where")
    p.add_argument("--campaign", default=None, metavar="ID", help="only this campaign's entries")
    p.add_argument("--limit", type=positive_int, default=None, help="only the newest N entries")
    p.set_defaults(handler=cmd_audit)

    csub = group(sub, common, "campaign", "create, list, export and import campaigns")
    p = csub.add_parser("edit", parents=[common], help="change a campaign's privacy settings")
    p.add_argument("campaign")
    p.add_argument("--retain-until", type=_date_or_none, default=..., metavar="YYYY-MM-DD",
                   help="keep signers' details until this day (none: no date)")
    sealed = p.add_mutually_exclusive_group()
    sealed.add_argument("--sealed", action="store_true", default=None,
                        help="laptops store new signers encrypted to the organiser's key (from the next campaign file)")
    sealed.add_argument("--not-sealed", action="store_false", dest="sealed",
                        help="laptops store new signers as usual")
    p.set_defaults(handler=cmd_campaign_edit)

    p = sub.add_parser("purge", parents=[common],
                       help="after the retention date: erase the signers, keep the counts (asks unless --yes)")
    p.add_argument("campaign")
    p.add_argument("--yes", action="store_true", help="do not ask")
    p.add_argument("--before-retention-date", action="store_true", dest="early",
                   help="purge even though the retention date has not passed (or none was set)")
    p.set_defaults(handler=cmd_purge)


def cmd_audit(services: ServicesFactory, args: argparse.Namespace) -> Result:
    records = services().audit.entries(args.campaign, args.limit)
    lines = [f"{r.at:%Y-%m-%d %H:%M:%S}  {(r.device_name or r.device_id or '')[:20]:<20}  "
             f"{(r.campaign_id or '-')[:8]:<8}  {r.action:<22}  {r.summary}".rstrip() for r in records]
    when, device, campaign, what, details = _("when (UTC)"), _("device"), _("campaign"), _("what"), _("details")
    header = f"{when:<19}  {device:<20}  {campaign:<8}  {what:<22}  {details}"
    text = "\n".join([header, *lines]) if lines else _("The audit log is empty.")
    return Result({"entries": [r.to_json() for r in records]}, text)


def cmd_campaign_edit(services: ServicesFactory, args: argparse.Namespace) -> Result:
    if args.retain_until is ... and args.sealed is None:
        raise BadInput(_("Say what to change: --retain-until DATE (or none), --sealed or --not-sealed."))
    svc = services()
    if args.sealed is not None:
        svc.campaigns.set_sealed(args.campaign, args.sealed)
    if args.retain_until is not ...:
        svc.retention.set_retention(args.campaign, args.retain_until)
    info = svc.campaigns.get(args.campaign)
    until = info.retention_until.isoformat() if info.retention_until else None
    lines = [_("Signers' details in “{campaign}” are kept until {date}.").format(campaign=info.title, date=until)
             if until else _("“{campaign}” has no retention date.").format(campaign=info.title),
             _("Laptops seal new signers to the organiser's key (from the next campaign file).") if info.sealed
             else _("Laptops store new signers as usual (not sealed).")]
    return Result({"id": info.id, "retain_until": until, "sealed": info.sealed}, "\n".join(lines))


def cmd_purge(services: ServicesFactory, args: argparse.Namespace) -> Result:
    svc = services()
    st = svc.retention.status(args.campaign)
    svc.retention.check_purge(args.campaign, early=args.early)
    if not args.yes:
        if not sys.stdin.isatty():
            raise BadInput(_("purge erases every signer of the campaign for good; add --yes to confirm."))
        answer = input(_("Erase the names, contact details and comments of {n} signatures in “{campaign}” for "
                         "good, keeping only counts? Type yes to purge: ").format(n=st.personal, campaign=st.title))
        if answer.strip().lower() not in ("yes", _("yes").lower()):
            raise BadInput(_("Nothing was purged."))
    result = svc.retention.purge(args.campaign, early=args.early)
    return Result({"id": result.campaign_id, "anonymised": result.anonymised,
                   "retain_until": result.retention_until.isoformat() if result.retention_until else None,
                   "purged_at": result.purged_at.isoformat()},
                  _("Purged “{campaign}”: {n} signatures anonymised; counts by day, event and postcode area are "
                    "kept.").format(campaign=result.title, n=result.anonymised))
