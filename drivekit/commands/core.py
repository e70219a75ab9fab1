"""Core commands: init, campaign create/list, target add, event create, signatures, demo, stats."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drivekit.commands import ServicesFactory, group, parse_date, positive_int, progress_bar
from drivekit.commands.result import Result
from drivekit.domain.figures import milestones_passed, percent_of_goal
from drivekit.domain.text import for_terminal
from drivekit.errors import BadFile
from drivekit.i18n import _, ngettext

if TYPE_CHECKING:
    from drivekit.services.records import Stats


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common], help="create or upgrade the database")
    p.set_defaults(handler=cmd_init)

    csub = group(sub, common, "campaign", "create, list, export and import campaigns")
    p = csub.add_parser("create", parents=[common], help="create a campaign; prints its id")
    p.add_argument("--title", required=True)
    text = p.add_mutually_exclusive_group(required=True)
    text.add_argument("--text")
    text.add_argument("--text-file", type=Path)
    p.add_argument("--goal", required=True, type=positive_int)
    p.add_argument("--organisation", default="")
    p.add_argument("--country", default="GB", help="default country of signers (ISO code or name)")
    p.add_argument("--consent-text", default=None, help="the consent wording signers agree to")
    p.add_argument("--retain-until", type=parse_date, default=None, metavar="YYYY-MM-DD",
                   help="keep signers' details until this day; after it, `drivekit purge` keeps only counts")
    p.add_argument("--sealed", action="store_true",
                   help="laptops store new signers encrypted to the organiser's key (they can count, not show)")
    p.set_defaults(handler=cmd_campaign_create)
    p = csub.add_parser("list", parents=[common], help="list campaigns")
    p.set_defaults(handler=cmd_campaign_list)

    target = sub.add_parser("target", parents=[common], help="decision makers who receive the petition")
    tsub = target.add_subparsers(dest="target_command", metavar="ACTION", required=True)
    p = tsub.add_parser("add", parents=[common], help="add a target; prints its id")
    p.add_argument("campaign")
    p.add_argument("--name", required=True)
    p.add_argument("--role", default="")
    p.add_argument("--organisation", default="")
    p.add_argument("--postcode-prefix", action="append", default=[], dest="postcode_prefixes")
    p.set_defaults(handler=cmd_target_add)

    event = sub.add_parser("event", parents=[common], help="rallies, stalls and door-knocks")
    esub = event.add_subparsers(dest="event_command", metavar="ACTION", required=True)
    p = esub.add_parser("create", parents=[common], help="create an event; prints its id")
    p.add_argument("campaign")
    p.add_argument("--name", required=True)
    p.add_argument("--date", type=parse_date, default=None)
    p.add_argument("--location", default="")
    p.set_defaults(handler=cmd_event_create)

    sigs = sub.add_parser("signatures", parents=[common], help="import, list and withdraw signatures")
    ssub = sigs.add_subparsers(dest="signatures_command", metavar="ACTION", required=True)
    p = ssub.add_parser("import", parents=[common], help="import a CSV file (paper sheets, online tools' exports, "
                                                         "Action Network CSV) or an OSDI JSON file")
    p.add_argument("campaign")
    p.add_argument("file", type=Path)
    p.add_argument("--event", default=None)
    p.add_argument("--again", action="store_true",
                   help="import a file that was imported before (by its contents) once more")
    p.set_defaults(handler=cmd_signatures_import)
    p = ssub.add_parser("list", parents=[common], help="list signatures")
    p.add_argument("campaign")
    p.add_argument("--search", default=None)
    p.add_argument("--status", default=None)
    p.add_argument("--limit", type=positive_int, default=None)
    p.set_defaults(handler=cmd_signatures_list)
    p = ssub.add_parser("withdraw", parents=[common], help="withdraw a signature and erase the signer's data")
    p.add_argument("id")
    p.add_argument("--reason", default="")
    p.set_defaults(handler=cmd_signatures_withdraw)

    p = sub.add_parser("demo", parents=[common], help="create a realistic demo campaign")
    p.add_argument("--signatures", type=positive_int, default=1000)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("stats", parents=[common], help="progress of a campaign")
    p.add_argument("campaign")
    p.set_defaults(handler=cmd_stats)


def cmd_init(services: ServicesFactory, args: argparse.Namespace) -> Result:
    info = services().database.info()
    return Result({"database": info.display_name, "schema": info.schema, "engine": info.engine},
                  _("Database ready: {database}").format(database=info.display_name))


def cmd_campaign_create(services: ServicesFactory, args: argparse.Namespace) -> Result:
    text = args.text
    if args.text_file is not None:
        try:
            text = args.text_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise BadFile(_("Cannot read the petition text from {text_file}: {err}").format(text_file=args.text_file, err=err)) from None
    kwargs: dict[str, Any] = {}
    if args.consent_text is not None:
        kwargs["consent_text"] = args.consent_text
    if args.retain_until is not None:
        kwargs["retention_until"] = args.retain_until
    if args.sealed:
        kwargs["sealed"] = True
    info = services().campaigns.create(args.title, text, args.goal, args.organisation, args.country, **kwargs)
    return Result({"id": info.id})


def cmd_campaign_list(services: ServicesFactory, args: argparse.Namespace) -> Result:
    from drivekit.services.records import campaign_labels  # not at import: the GUI's start parses no command

    items = services().campaigns.list()
    labels = campaign_labels(items)  # two campaigns with one title are told apart
    data = [{"id": c.id, "title": c.title, "goal": c.goal, "organisation": c.organisation,
             "signatures": c.signatures, "created_at": c.created_at.isoformat() if c.created_at else None,
             "label": labels[c.id]} for c in items]
    lines = [f"{c.id}  {c.signatures:>8} / {c.goal:<8}  {for_terminal(labels[c.id])}" for c in items] or [_("No campaigns yet.")]
    return Result({"campaigns": data}, "\n".join(lines))


def cmd_target_add(services: ServicesFactory, args: argparse.Namespace) -> Result:
    info = services().campaigns.add_target(args.campaign, args.name, args.role, args.organisation, args.postcode_prefixes)
    return Result({"id": info.id})


def cmd_event_create(services: ServicesFactory, args: argparse.Namespace) -> Result:
    info = services().campaigns.add_event(args.campaign, args.name, args.date, args.location)
    return Result({"id": info.id})


def cmd_signatures_import(services: ServicesFactory, args: argparse.Namespace) -> Result:
    report = services().imports.import_csv(args.campaign, args.file, event_id=args.event,
                                         progress=progress_bar.for_command(args), again=args.again)
    if report.already_imported is not None:
        return Result({"imported": 0, "already_imported": report.already_imported, "possible_duplicates": 0,
                       "rejected": []},
                      _("{file} was already imported into this campaign ({when} UTC); nothing was added. Give "
                        "--again to import it once more.").format(file=args.file.name, when=report.already_imported))
    lines = [ngettext("Imported {n} signature ({duplicates} possible duplicates).",
                      "Imported {n} signatures ({duplicates} possible duplicates).", report.imported)
             .format(n=report.imported, duplicates=report.possible_duplicates)]
    if report.resumed_after_line:
        lines[0] += " " + _("An interrupted import of this file was finished: lines up to {line} were already "
                            "in.").format(line=report.resumed_after_line)
    if report.rejected:
        lines.append(ngettext("Rejected {n} line:", "Rejected {n} lines:", len(report.rejected))
                     .format(n=len(report.rejected)))
        lines += ["  " + _("line {line}: {error}").format(line=r["line"], error=r["error"]) for r in report.rejected]
    return Result({"imported": report.imported, "possible_duplicates": report.possible_duplicates,
                   "rejected": report.rejected, "already_imported": None,
                   "resumed_after_line": report.resumed_after_line}, "\n".join(lines))


def cmd_signatures_list(services: ServicesFactory, args: argparse.Namespace) -> Result:
    svc = services()
    records = svc.signatures.list(args.campaign, search=args.search, status=args.status, limit=args.limit)
    lines = [f"{r.uuid}  {r.signed_at:%Y-%m-%d}  {r.status:<18}  {r.full_name}  {r.postcode or ''} {r.city or ''}".rstrip()
             for r in records] or [_("No signatures match.")]
    from drivekit.services.sealing import SEALED_NOTE

    warnings = [_(SEALED_NOTE)] if svc.campaigns.get(args.campaign).sealed_here else []
    return Result({"signatures": [r.to_json() for r in records]}, "\n".join(lines), warnings)


def cmd_signatures_withdraw(services: ServicesFactory, args: argparse.Namespace) -> Result:
    record = services().signatures.withdraw(args.id, args.reason)
    return Result({"id": record.uuid, "status": record.status},
                  _("Signature {id} withdrawn; the signer's details were erased.").format(id=record.uuid))


def cmd_demo(services: ServicesFactory, args: argparse.Namespace) -> Result:
    result = services().demo.create(args.signatures, args.seed, progress_bar.for_command(args))
    return Result({"id": result.campaign_id, "campaign": result.campaign_id, "signatures": result.signatures},
                  ngettext("Demo campaign {id} with {n} signature.", "Demo campaign {id} with {n} signatures.",
                           result.signatures).format(id=result.campaign_id, n=result.signatures))


def _table(title: str, rows: list[tuple[str, int]], unit: str = "") -> list[str]:
    """A titled two-column table: labels left, counts right-aligned with thousands separators."""
    if not rows:
        return []
    unit = unit or _("unique signers")
    width = max(len(title), *(len(label) for label, _n in rows))
    digits = max(len(unit), *(len(f"{n:,}") for _label, n in rows))
    out = ["", f"{title:<{width}}  {unit:>{digits}}", f"{'-' * width}  {'-' * digits}"]
    out += [f"{label:<{width}}  {n:>{digits},}" for label, n in rows]
    return out


def stats_text(st: Stats) -> str:
    """`drivekit stats` for people: the headline figures, then one table per breakdown."""
    passed = milestones_passed(st.unique_signers, st.goal)
    bar_width = 30
    filled = min(bar_width, st.unique_signers * bar_width // st.goal) if st.goal else 0
    bar = f"[{'#' * filled}{'.' * (bar_width - filled)}]"
    head = [
        (_("Campaign"), for_terminal(st.campaign_label)),
        (_("Unique signers"), _("{n:,} of {goal:,} ({percent} %)").format(
            n=st.unique_signers, goal=st.goal, percent=percent_of_goal(st.unique_signers, st.goal)) + "  " + bar),
        (_("Signatures"), f"{st.total:,}"),
        (_("Valid"), _("{n:,} (unique signers and possible duplicates not yet reviewed)").format(n=st.valid)),
        (_("Duplicates"), f"{st.duplicates:,}"),
        (_("Withdrawn"), f"{st.withdrawn:,}"),
        (_("Milestones"), _("{milestones} of the goal passed").format(milestones=", ".join(f"{m} %" for m in passed))
         if passed else _("none passed yet")),
    ]
    width = max(16, *(len(label) + 2 for label, _value in head))  # labels grow in French and Spanish
    lines = [f"{label + ':':<{width}}{value}" for label, value in head]
    lines += _table(_("By day"), [(d, n) for d, n in st.by_day.items()])
    lines += _table(_("By event"), list(st.by_event.items()))
    lines += _table(_("By target"), list(st.by_target.items()))
    lines += _table(_("By volunteer"), list(st.by_volunteer.items()))
    return "\n".join(lines)


def cmd_stats(services: ServicesFactory, args: argparse.Namespace) -> Result:
    st = services().stats.stats(args.campaign)
    data = {"campaign_label": st.campaign_label, "total": st.total, "valid": st.valid, "unique_signers": st.unique_signers, "duplicates": st.duplicates,
            "withdrawn": st.withdrawn, "goal": st.goal, "by_event": st.by_event, "by_target": st.by_target,
            "by_day": st.by_day, "by_volunteer": st.by_volunteer}
    return Result(data, stats_text(st))
