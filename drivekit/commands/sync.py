"""Sync commands: organiser keys, campaign files, and sync bundles between machines."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from drivekit.commands import ServicesFactory, force_option, group, passphrase, progress_bar
from drivekit.commands.result import Result
from drivekit.errors import BadFile
from drivekit.i18n import _, ngettext


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    ksub = group(sub, common, "keys", "make key pairs (organiser keys, certificates)")
    p = ksub.add_parser("organiser", parents=[common], help="make the organiser's key pair (organiser.key, organiser.pub)")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="DIR")
    p.add_argument("--passphrase-file", type=Path, default=None, help="protect the secret key with this passphrase")
    p.set_defaults(handler=cmd_keys_organiser)

    csub = group(sub, common, "campaign", "create, list, export and import campaigns")
    p = csub.add_parser("export", parents=[common], help="write a signed campaign file for the laptops")
    p.add_argument("campaign")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    p.add_argument("--key", required=True, type=Path, help="the organiser's secret key (organiser.key)")
    p.add_argument("--passphrase-file", type=Path, default=None)
    force_option(p)
    p.set_defaults(handler=cmd_campaign_export)
    p = csub.add_parser("import", parents=[common], help="install or update a campaign from a campaign file")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_campaign_import)

    ssub = group(sub, common, "sync", "move signatures between machines with sync bundles")
    p = ssub.add_parser("export", parents=[common], help="write a sync bundle of what this device has not exported yet")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE_OR_DIR")
    p.add_argument("--campaign", default=None)
    p.add_argument("--all", action="store_true", dest="everything", help="write everything this database holds")
    force_option(p)
    p.set_defaults(handler=cmd_sync_export)
    p = ssub.add_parser("import", parents=[common], help="import sync bundles; reports each file")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--key", type=Path, default=None, help="the organiser's secret key, for encrypted bundles")
    p.add_argument("--passphrase-file", type=Path, default=None)
    p.add_argument("--enrol", action="store_true",
                   help="trust the devices of these files (check the fingerprints printed against each laptop's screen)")
    p.add_argument("--relay", action="store_true",
                   help="with --enrol: the devices are other organisers, whose bundles may carry any laptop's records")
    p.set_defaults(handler=cmd_sync_import)
    p = ssub.add_parser("devices", parents=[common], help="enrolled devices, their last bundle and missing numbers")
    p.add_argument("--campaign", default=None)
    p.set_defaults(handler=cmd_sync_devices)
    p = ssub.add_parser("revoke", parents=[common], help="refuse every future bundle of a device (a lost laptop)")
    p.add_argument("fingerprint", metavar="FINGERPRINT")
    p.set_defaults(handler=cmd_sync_revoke)


def _passphrase(args: argparse.Namespace, key: Path | None) -> str | None:
    from drivekit.services.keys import KeyService

    needed = key is not None and KeyService().organiser_key_needs_passphrase(key)
    return passphrase(args.passphrase_file, needed, key.name if key is not None else _("the key"))


def cmd_keys_organiser(services: ServicesFactory, args: argparse.Namespace) -> Result:
    from drivekit.services.keys import KeyService

    secret_passphrase = passphrase(args.passphrase_file, False, _("the organiser key"))
    public = KeyService().make_organiser_keys(args.output, secret_passphrase)  # needs no database
    key, pub = args.output / "organiser.key", args.output / "organiser.pub"
    text = (_("Wrote {key} (secret: keep it safe; mode 0600) and {pub}.").format(key=key, pub=pub) + "\n"
            + _("Organiser key fingerprint: {fingerprint}").format(fingerprint=public.fingerprint))
    return Result({"fingerprint": public.fingerprint, "key": str(key), "public": str(pub),
                   "protected": bool(secret_passphrase)}, text)


def cmd_campaign_export(services: ServicesFactory, args: argparse.Namespace) -> Result:
    info = services().sync.export_campaign(args.campaign, args.output, args.key, _passphrase(args, args.key),
                                           force=args.force)
    return Result(info, _("Wrote {file} (campaign {id}, revision {revision}, signed by organiser key {organiser}; "
                          "{withdrawn} withdrawn signature ids for the laptops to erase).").format(
                              file=args.output, id=info["id"], revision=info["revision"],
                              organiser=info["organiser"], withdrawn=info["withdrawn"]))


def cmd_campaign_import(services: ServicesFactory, args: argparse.Namespace) -> Result:
    r = services().sync.import_campaign(args.file)
    said = {"installed": _("Installed campaign “{title}” ({id}, revision {revision}); organiser key {organiser}."),
            "updated": _("Updated campaign “{title}” ({id}, revision {revision}); organiser key {organiser}."),
            "up to date": _("Already up to date: campaign “{title}” ({id}, revision {revision}); organiser key "
                            "{organiser}.")}[r.outcome]
    text = said.format(title=safe(r.title), id=r.campaign_id, revision=r.revision, organiser=r.organiser_fingerprint)
    if r.erased:
        text += "\n" + ngettext("Erased {n} signature withdrawn at the organiser.",
                                "Erased {n} signatures withdrawn at the organiser.", r.erased).format(n=r.erased)
    return Result({"id": r.campaign_id, "title": r.title, "revision": r.revision, "outcome": r.outcome,
                   "organiser": r.organiser_fingerprint, "erased": r.erased}, text)


def _identity_json(ident: Any) -> dict[str, str]:
    return {"id": ident.id, "name": ident.name, "fingerprint": ident.fingerprint}


def cmd_sync_export(services: ServicesFactory, args: argparse.Namespace) -> Result:
    r = services().sync.export_bundle(args.output, args.campaign, args.everything, force=args.force)
    sealed = (_("encrypted for organiser key {fingerprint}").format(fingerprint=r.encrypted_for) if r.encrypted_for
              else _("NOT encrypted (the campaign has no organiser key)"))
    text = (_("Wrote {file}: {signatures} signatures, {withdrawals} withdrawals (numbers {first}-{last}), "
              "{sealed}.").format(file=r.path, signatures=r.signatures, withdrawals=r.withdrawals, first=r.seq_from,
                                  last=r.seq_to, sealed=sealed)
            + "\n" + _("This device: {name} {fingerprint}").format(name=r.device.name, fingerprint=r.device.fingerprint))
    data = {"file": r.path, "bundle_id": r.bundle_id, "campaign": r.campaign_id, "seq_from": r.seq_from,
            "seq_to": r.seq_to, "records": r.records, "signatures": r.signatures, "withdrawals": r.withdrawals,
            "encrypted_for": r.encrypted_for, "device": _identity_json(r.device)}
    return Result(data, text)


def safe(text: str) -> str:
    """A name from a file, on one line, without control or escape characters, for a terminal."""
    from drivekit.domain.text import for_terminal

    return for_terminal(text).replace("\n", " ").replace("\t", " ")


def report_line(r: Any) -> str:
    if r.outcome == "rejected":
        reason = r.reason.removeprefix(r.file + ": ").removeprefix(r.file + " : ")  # French: a space before ":"
        return safe(_("{file}: REJECTED: {reason}").format(file=r.file, reason=reason))
    if r.outcome == "already imported":
        return _("{file}: already imported; nothing changed.").format(file=r.file)
    return _("{file}: {new} new signatures, {present} already present, {corrections} corrections, {withdrawals} "
             "withdrawals, {duplicates} possible duplicates").format(
                 file=r.file, new=r.new, present=r.already_present, corrections=r.corrections,
                 withdrawals=r.withdrawals, duplicates=r.possible_duplicates)


def cmd_sync_import(services: ServicesFactory, args: argparse.Namespace) -> Result:
    if args.relay and not args.enrol:
        print("drivekit sync import: usage error: --relay goes with --enrol", file=sys.stderr)
        raise SystemExit(2)
    svc = services()
    reports = svc.sync.import_bundles(args.files, args.key, _passphrase(args, args.key), enrol=args.enrol,
                                      relay=args.relay, progress=progress_bar.for_command(args))
    lines = []
    for r in reports:
        if r.enrolment == "enrolled":
            enrolled = (_("Enrolled device {name} ({id}), fingerprint {fingerprint} as a relay.") if args.relay
                        else _("Enrolled device {name} ({id}), fingerprint {fingerprint}."))
            lines.append(enrolled.format(name=safe(r.device_name) or "?", id=r.device_id[:8], fingerprint=r.fingerprint))
        lines.append(report_line(r))
    received: dict[str, list[str]] = {}
    for r in reports:
        if r.outcome == "imported" and r.campaign_title:
            received.setdefault(r.campaign_title, []).append(r.file)
    lines += [safe(_("Received by campaign “{campaign}”: {files}.").format(campaign=title, files=", ".join(names)))
              for title, names in received.items()]
    gaps = sorted({g for r in reports for g in r.gaps})
    lines += [safe(g) for g in gaps]
    data = {"files": [r.to_json() for r in reports], "gaps": gaps, "device": _identity_json(svc.sync.identity())}
    rejected = [r for r in reports if r.outcome == "rejected"]
    if rejected:
        # The per-file report still goes to stdout; the refusal makes the exit status 1.
        if args.json:
            print(json.dumps(data, ensure_ascii=False, default=str))
        else:
            print("\n".join(lines))
        raise BadFile(safe("; ".join(r.reason.rstrip(".") for r in rejected) + "."))
    return Result(data, "\n".join(lines))


def cmd_sync_devices(services: ServicesFactory, args: argparse.Namespace) -> Result:
    devices = services().sync.devices(args.campaign)
    data = [{"id": d.id, "name": d.name, "fingerprint": d.fingerprint, "this_device": d.is_self, "trust": d.trust,
             "enrolled_at": d.enrolled_at, "revoked_at": d.revoked_at,
             "bundles": d.bundles, "last_bundle_at": d.last_bundle_at, "last_file": d.last_file,
             "received_up_to": d.received_up_to, "gaps": [list(g) for g in d.gaps]} for d in devices]
    lines = []
    for d in devices:
        who = _("this device") if d.is_self else ngettext("{n} bundle, up to {last}", "{n} bundles, up to {last}",
                                                          d.bundles).format(n=d.bundles, last=d.received_up_to)
        key = d.fingerprint or _("(no key yet)")
        line = f"{d.id[:8]}  {key:<24}  {d.trust:<12}  {safe(d.name)}  ({who})"
        if d.gaps:
            line += "; " + _("numbers {numbers} not yet received").format(numbers=d.gaps_text)
        lines.append(line)
    return Result({"devices": data}, "\n".join(lines) or _("No devices yet."))


def cmd_sync_revoke(services: ServicesFactory, args: argparse.Namespace) -> Result:
    revoked = services().sync.revoke(args.fingerprint)
    text = "\n".join(_("Revoked device {name} ({id}), fingerprint {fingerprint}: its future bundles are refused; "
                       "what it sent before stays.").format(name=safe(d.name), id=d.id[:8], fingerprint=d.fingerprint)
                     for d in revoked)
    return Result({"revoked": [_identity_json(d) for d in revoked]}, text)
