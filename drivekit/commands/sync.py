"""Sync commands: organiser keys, campaign files, and sync bundles between machines."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from drivekit.commands import ServicesFactory, group, passphrase
from drivekit.commands.result import Result
from drivekit.errors import BadFile


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
    p.set_defaults(handler=cmd_campaign_export)
    p = csub.add_parser("import", parents=[common], help="install or update a campaign from a campaign file")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_campaign_import)

    ssub = group(sub, common, "sync", "move signatures between machines with sync bundles")
    p = ssub.add_parser("export", parents=[common], help="write a sync bundle of what this device has not exported yet")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE_OR_DIR")
    p.add_argument("--campaign", default=None)
    p.add_argument("--all", action="store_true", dest="everything", help="write everything this database holds")
    p.set_defaults(handler=cmd_sync_export)
    p = ssub.add_parser("import", parents=[common], help="import sync bundles; reports each file")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--key", type=Path, default=None, help="the organiser's secret key, for encrypted bundles")
    p.add_argument("--passphrase-file", type=Path, default=None)
    p.set_defaults(handler=cmd_sync_import)
    p = ssub.add_parser("devices", parents=[common], help="devices seen, their last bundle and missing numbers")
    p.add_argument("--campaign", default=None)
    p.set_defaults(handler=cmd_sync_devices)


def _passphrase(args: argparse.Namespace, key: Path | None) -> str | None:
    from drivekit.services.keys import KeyService

    needed = key is not None and KeyService().organiser_key_needs_passphrase(key)
    return passphrase(args.passphrase_file, needed, key.name if key is not None else "the key")


def cmd_keys_organiser(services: ServicesFactory, args: argparse.Namespace) -> Result:
    from drivekit.services.keys import KeyService

    secret_passphrase = passphrase(args.passphrase_file, False, "the organiser key")
    public = KeyService().make_organiser_keys(args.output, secret_passphrase)  # needs no database
    key, pub = args.output / "organiser.key", args.output / "organiser.pub"
    text = (f"Wrote {key} (secret: keep it safe; mode 0600) and {pub}.\n"
            f"Organiser key fingerprint: {public.fingerprint}")
    return Result({"fingerprint": public.fingerprint, "key": str(key), "public": str(pub),
                   "protected": bool(secret_passphrase)}, text)


def cmd_campaign_export(services: ServicesFactory, args: argparse.Namespace) -> Result:
    info = services().sync.export_campaign(args.campaign, args.output, args.key, _passphrase(args, args.key))
    return Result(info, f"Wrote {args.output} (campaign {info['id']}, revision {info['revision']}, "
                        f"signed by organiser key {info['organiser']}).")


def cmd_campaign_import(services: ServicesFactory, args: argparse.Namespace) -> Result:
    r = services().sync.import_campaign(args.file)
    words = {"installed": "Installed", "updated": "Updated", "up to date": "Already up to date:"}[r.outcome]
    return Result({"id": r.campaign_id, "title": r.title, "revision": r.revision, "outcome": r.outcome,
                   "organiser": r.organiser_fingerprint},
                  f"{words} campaign “{r.title}” ({r.campaign_id}, revision {r.revision}); "
                  f"organiser key {r.organiser_fingerprint}.")


def _identity_json(ident: Any) -> dict[str, str]:
    return {"id": ident.id, "name": ident.name, "fingerprint": ident.fingerprint}


def cmd_sync_export(services: ServicesFactory, args: argparse.Namespace) -> Result:
    r = services().sync.export_bundle(args.output, args.campaign, args.everything)
    sealed = f"encrypted for organiser key {r.encrypted_for}" if r.encrypted_for else "NOT encrypted (the campaign has no organiser key)"
    text = (f"Wrote {r.path}: {r.signatures} signatures, {r.withdrawals} withdrawals "
            f"(numbers {r.seq_from}-{r.seq_to}), {sealed}.\nThis device: {r.device.name} {r.device.fingerprint}")
    data = {"file": r.path, "bundle_id": r.bundle_id, "campaign": r.campaign_id, "seq_from": r.seq_from,
            "seq_to": r.seq_to, "records": r.records, "signatures": r.signatures, "withdrawals": r.withdrawals,
            "encrypted_for": r.encrypted_for, "device": _identity_json(r.device)}
    return Result(data, text)


def report_line(r: Any) -> str:
    if r.outcome == "rejected":
        return f"{r.file}: REJECTED: {r.reason.removeprefix(r.file + ': ')}"
    if r.outcome == "already imported":
        return f"{r.file}: already imported; nothing changed."
    return (f"{r.file}: {r.new} new signatures, {r.already_present} already present, {r.corrections} corrections, "
            f"{r.withdrawals} withdrawals, {r.possible_duplicates} possible duplicates")


def cmd_sync_import(services: ServicesFactory, args: argparse.Namespace) -> Result:
    svc = services()
    reports = svc.sync.import_bundles(args.files, args.key, _passphrase(args, args.key))
    lines = [report_line(r) for r in reports]
    gaps = sorted({g for r in reports for g in r.gaps})
    lines += gaps
    data = {"files": [r.to_json() for r in reports], "gaps": gaps, "device": _identity_json(svc.sync.identity())}
    rejected = [r for r in reports if r.outcome == "rejected"]
    if rejected:
        # The per-file report still goes to stdout; the refusal makes the exit status 1.
        if args.json:
            print(json.dumps(data, ensure_ascii=False, default=str))
        else:
            print("\n".join(lines))
        raise BadFile("; ".join(r.reason for r in rejected))
    return Result(data, "\n".join(lines))


def cmd_sync_devices(services: ServicesFactory, args: argparse.Namespace) -> Result:
    devices = services().sync.devices(args.campaign)
    data = [{"id": d.id, "name": d.name, "fingerprint": d.fingerprint, "this_device": d.is_self,
             "bundles": d.bundles, "last_bundle_at": d.last_bundle_at, "last_file": d.last_file,
             "received_up_to": d.received_up_to, "gaps": [list(g) for g in d.gaps]} for d in devices]
    lines = []
    for d in devices:
        who = "this device" if d.is_self else \
            f"{d.bundles} bundle{'' if d.bundles == 1 else 's'}, up to {d.received_up_to}"
        line = f"{d.id[:8]}  {d.fingerprint or '(no key yet)':<24}  {d.name}  ({who})"
        if d.gaps:
            line += f"; {d.gaps_text} not yet received"
        lines.append(line)
    return Result({"devices": data}, "\n".join(lines) or "No devices yet.")
