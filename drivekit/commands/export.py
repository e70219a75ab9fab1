"""Delivery commands: export packet/csv/osdi/blank-sheets, verify, keys certificate."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from drivekit.commands import ServicesFactory, force_option, group, passphrase, positive_int, progress_bar
from drivekit.commands.result import Result
from drivekit.errors import BadFile, BadInput
from drivekit.i18n import _, ngettext

PACKET_HELP = """Write the delivery packet PDF. With --target, one packet for that target. Without it, one
packet per target of the campaign, named from -o (F-<target>.pdf), or, when the campaign has no
targets, one packet of all valid signatures. Only valid signatures are listed (withdrawn ones and
duplicates never; possible duplicates only after review); emails and phone numbers never appear."""


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    export = sub.add_parser("export", parents=[common], help="delivery packets, CSV, OSDI and blank sheets")
    esub = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    p = esub.add_parser("packet", parents=[common], help="delivery packet PDF", description=PACKET_HELP)
    p.add_argument("campaign")
    p.add_argument("--target", action="append", default=None, help="target id (repeat for several)")
    p.add_argument("-o", "--output", required=True, type=Path)
    p.add_argument("--sign", type=Path, default=None, metavar="P12", help="sign with this PKCS#12 certificate file")
    p.add_argument("--passphrase-file", type=Path, default=None, help="file holding the certificate's passphrase")
    p.add_argument("--timestamp-url", default=None, metavar="URL",
                   help="RFC 3161 timestamp server: the signature gets a trusted time (PAdES B-T/B-LT)")
    p.add_argument("--signature-images", action="store_true", help="include each drawn signature")
    p.add_argument("--landscape", action="store_true")
    p.add_argument("--full-address", action="store_true", help="print street addresses, not only postcode and city")
    force_option(p)
    p.set_defaults(handler=cmd_export_packet)

    p = esub.add_parser("csv", parents=[common], help="CSV for spreadsheets and online tools",
                        description="Valid signatures as UTF-8 CSV. Email, phone and address only for signers who "
                                    "agreed to be contacted, unless --include-contacts is given. --format "
                                    "actionnetwork writes Action Network's upload fields and only signers who agreed "
                                    "to be contacted and gave an email or a phone, whatever the other options "
                                    "(Action Network takes opted-in contacts only). Prints how many signers were "
                                    "left out, and why.")
    p.add_argument("campaign")
    p.add_argument("-o", "--output", required=True, type=Path)
    p.add_argument("--format", choices=["drivekit", "actionnetwork"], default="drivekit",
                   help="drivekit (all columns) or actionnetwork (Action Network's upload fields, opted-in only)")
    p.add_argument("--target", default=None)
    p.add_argument("--include-contacts", action="store_true",
                   help="also contact details of signers who did not opt in (not with --format actionnetwork)")
    force_option(p)
    p.set_defaults(handler=cmd_export_csv)

    p = esub.add_parser("osdi", parents=[common], help="OSDI JSON (petition, targets, signatures)",
                        description="Contact details only for signers who opted in, unless --include-contacts; "
                                    "every email and phone carries its status: subscribed only for those who "
                                    "opted in, unsubscribed for the others.")
    p.add_argument("campaign")
    p.add_argument("-o", "--output", required=True, type=Path)
    p.add_argument("--target", default=None)
    p.add_argument("--include-contacts", action="store_true",
                   help="also contact details of signers who did not opt in, marked unsubscribed")
    force_option(p)
    p.set_defaults(handler=cmd_export_osdi)

    p = esub.add_parser("blank-sheets", parents=[common], help="printable paper signature sheets")
    p.add_argument("campaign")
    p.add_argument("-o", "--output", required=True, type=Path)
    p.add_argument("--pages", type=positive_int, default=10)
    force_option(p)
    p.set_defaults(handler=cmd_export_blank_sheets)

    p = sub.add_parser("verify", parents=[common], help="check a packet's digital signatures and fingerprint",
                       description="Checks every signature in the packet. Exit 0 when each is intact, nothing was "
                                   "changed after the packet was signed and the list matches its fingerprint; 1 "
                                   "(with the reason) when the file was altered, is unsigned, or was signed with "
                                   "another certificate than --cert / --fingerprint.")
    p.add_argument("file", type=Path)
    p.add_argument("--cert", type=Path, default=None, help="the organisation's certificate.pem to trust")
    p.add_argument("--fingerprint", default=None, metavar="HEX",
                   help="the SHA-256 fingerprint of the organisation's certificate, as it publishes it")
    p.set_defaults(handler=cmd_verify)

    ksub = group(sub, common, "keys", "keys and certificates")
    p = ksub.add_parser("certificate", parents=[common], help="create a self-signed certificate for signing packets")
    p.add_argument("--organisation", required=True)
    p.add_argument("-o", "--output", required=True, type=Path, metavar="DIR")
    p.add_argument("--passphrase-file", type=Path, default=None)
    p.set_defaults(handler=cmd_keys_certificate)


def cmd_export_packet(services: ServicesFactory, args: argparse.Namespace) -> Result:
    from drivekit.export.model import PacketOptions
    from drivekit.services.keys import KeyService

    signer = None
    if args.timestamp_url and args.sign is None:
        raise BadInput(_("--timestamp-url timestamps a signature: give --sign too."))
    if args.sign is not None:
        keys = KeyService()
        secret = passphrase(args.passphrase_file, keys.certificate_needs_passphrase(args.sign), str(args.sign))
        signer = keys.load_certificate(args.sign, secret)
    options = PacketOptions(landscape=args.landscape, signature_images=args.signature_images,
                            full_address=args.full_address)
    delivery = services().delivery
    done = delivery.export_packets(args.campaign, args.target, args.output, options, signer,
                                   progress_bar.for_command(args), args.timestamp_url, force=args.force)
    results = done.packets
    data: dict[str, Any] = {"packets": [{"file": r.path, "target": r.target_name, "count": r.count, "pages": r.pages,
                                         "fingerprint": r.fingerprint, "signed_by": r.signed_by,
                                         "certificate_fingerprint": r.certificate_fingerprint,
                                         "pades_level": r.pades_level} for r in results]}
    lines = [_("{file}: {count} signatures, {pages} pages").format(file=r.path, count=r.count, pages=r.pages)
             + (" " + _("for {target}").format(target=r.target_name) if r.target_name else "")
             + (", " + _("signed by {signer} ({note})").format(signer=r.signed_by, note=r.signing_note)
                if r.signed_by else "")
             for r in results]
    if results and results[0].certificate_fingerprint:
        from drivekit.export.verification import format_fingerprint

        lines.append(_("Signing certificate SHA-256: {fingerprint}").format(
            fingerprint=format_fingerprint(results[0].certificate_fingerprint)))
    warnings = []
    if done.outside_targets is not None:
        if done.outside_targets:
            warnings.append(ngettext("{n} valid signature is outside every target's postcode areas and in no "
                                     "packet.", "{n} valid signatures are outside every target's postcode areas "
                                     "and in no packet.", done.outside_targets).format(n=done.outside_targets))
        data["outside_targets"] = done.outside_targets
    # Who is in no packet, and why: the same reasons a CSV or OSDI export gives.
    left_out = delivery.left_out_by_status(args.campaign)
    if done.outside_targets:
        left_out["outside_target"] = done.outside_targets
    data["left_out"] = left_out
    lines += _left_out_lines(left_out)
    return Result(data, "\n".join(lines), warnings)


def _left_out_lines(left_out: dict[str, int]) -> list[str]:
    """ "Left out: N signers:" and one line per reason, in words."""
    from drivekit.export.tables import LEFT_OUT_REASONS
    from drivekit.services.delivery import LEFT_OUT

    words = {**LEFT_OUT, **LEFT_OUT_REASONS}
    left = sum(left_out.values())
    head = (ngettext("Left out: {n} signer:", "Left out: {n} signers:", left) if left
            else _("Left out: no signers."))
    return [head.format(n=left),
            *(f"  {n} {_(words[reason]) if reason in words else reason}" for reason, n in sorted(left_out.items()))]


def _table_result(done: Any, path: Path) -> Result:
    """A CSV/OSDI export's result: rows written, and every signer left out with the reason."""
    lines = [_("{file}: {count} signatures").format(file=path, count=done.count)]
    if done.with_contacts:
        lines[0] += ", " + _("{n} with contact details").format(n=done.with_contacts)
    left = sum(done.left_out.values())
    lines += _left_out_lines(done.left_out)
    if done.withheld_contacts:
        lines.append(_("Contact details left out for {n} signers who did not agree to be contacted "
                       "(--include-contacts adds them, marked unsubscribed in OSDI).").format(n=done.withheld_contacts))
    data = {"file": str(path), "count": done.count, "left_out": dict(done.left_out), "left_out_total": left,
            "contact_details": done.with_contacts, "contacts_withheld": done.withheld_contacts}
    return Result(data, "\n".join(lines))


def cmd_export_csv(services: ServicesFactory, args: argparse.Namespace) -> Result:
    done = services().delivery.export_table(args.campaign, "csv", args.output, args.target, args.format,
                                            args.include_contacts, progress_bar.for_command(args), force=args.force)
    return _table_result(done, args.output)


def cmd_export_osdi(services: ServicesFactory, args: argparse.Namespace) -> Result:
    done = services().delivery.export_table(args.campaign, "osdi", args.output, args.target,
                                            include_contacts=args.include_contacts, progress=progress_bar.for_command(args),
                                            force=args.force)
    return _table_result(done, args.output)


def cmd_export_blank_sheets(services: ServicesFactory, args: argparse.Namespace) -> Result:
    if args.pages < 1:
        raise BadInput(_("Print at least one sheet (--pages 1 or more)."))
    done = services().delivery.export_blank_sheets(args.campaign, args.output, args.pages, progress_bar.for_command(args),
                                                   force=args.force)
    return Result({"file": str(args.output), "first_sheet": done.first, "last_sheet": done.last},
                  _("{file}: sheets {first} to {last}").format(file=args.output, first=done.first, last=done.last))


def cmd_verify(services: ServicesFactory, args: argparse.Namespace) -> Result:
    from drivekit.export.verification import format_fingerprint
    from drivekit.services.keys import KeyService

    report = KeyService().verify_packet(args.file, args.cert, args.fingerprint)
    if not report.ok:
        raise BadFile(_("{file} is NOT a valid signed packet: {problems}.").format(
            file=args.file, problems="; ".join(report.problems)))
    if report.trusted:
        trust = _("the certificate given with --cert")
    elif args.fingerprint:
        trust = _("the certificate fingerprint given with --fingerprint")
    else:
        trust = _("certificate not checked: give --cert or --fingerprint to check it")
    first = report.signatures[0]
    when = (_("timestamped {when}").format(when=first.timestamp.isoformat()) if first.timestamp is not None
            else _("not timestamped: the time is the signer's clock"))
    text = "\n".join([
        _("{file}: signature intact and nothing changed since, signed by {signer} ({trust}); PAdES {level}, "
          "{when}").format(file=args.file, signer=report.signer, trust=trust, level=first.level, when=when),
        _("certificate SHA-256: {fingerprint}").format(fingerprint=format_fingerprint(first.certificate_sha256)),
        _("{count} signatures, list fingerprint {fingerprint}").format(count=report.count,
                                                                       fingerprint=report.fingerprint)])
    return Result({"file": str(args.file), "valid": True, "intact": report.intact, "trusted": report.trusted,
                   "signed_by": report.signer, "count": report.count, "fingerprint": report.fingerprint,
                   "certificate_fingerprint": first.certificate_sha256, "pades_level": first.level,
                   "timestamp": first.timestamp.isoformat() if first.timestamp else None,
                   "signatures": len(report.signatures), "certified": first.certification,
                   "notes": report.notes}, text, list(report.notes))


def cmd_keys_certificate(services: ServicesFactory, args: argparse.Namespace) -> Result:
    from drivekit.export.verification import format_fingerprint
    from drivekit.services.keys import KeyService

    secret = passphrase(args.passphrase_file, False, _("the certificate"))
    made = KeyService().make_certificate(args.organisation, args.output, secret)
    p12, pem = made
    fp = KeyService().certificate_fingerprint(pem)
    warnings = [] if secret else [_("{file} has no passphrase: its private key is stored in clear. Anyone who "
                                    "copies the file can sign packets in your name; use --passphrase-file to "
                                    "protect it.").format(file=p12)]
    return Result({"p12": str(p12), "certificate": str(pem), "certificate_fingerprint": fp,
                   "passphrase": bool(secret)},
                  _("Wrote {p12} (keep it secret) and {pem} (give it to recipients to check packets).").format(
                      p12=p12, pem=pem) + "\n"
                  + _("Certificate SHA-256 fingerprint (publish it): {fingerprint}").format(
                      fingerprint=format_fingerprint(fp)), warnings)
