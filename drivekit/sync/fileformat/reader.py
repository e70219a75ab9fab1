"""Reading sync bundles: verify the signature, then the hash, then decrypt, then parse every record.

Nothing here touches the database: a bundle is refused before any change is made.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from drivekit.domain.validation import MAX_FIELD
from drivekit.errors import BadFile
from drivekit.i18n import _
from drivekit.sync.fileformat.bundle_records import opt_str, signature_row, version, withdrawal_row
from drivekit.sync.fileformat.container import BUNDLE_MAGIC, fingerprint, unb64, unpack
from drivekit.sync.fileformat.keys import OrganiserSecret
from drivekit.sync.fileformat.limits import MAX_BUNDLE_PLAIN, MAX_RECORDS, bounded_int, loads, unpack_blocks


@dataclass
class DecodedBundle:
    name: str
    bundle_id: str
    manifest: dict[str, Any]
    device_id: str
    device_key: bytes
    campaign_id: str
    seq_from: int
    seq_to: int
    events: list[dict[str, Any]] = field(default_factory=list)
    volunteers: list[dict[str, Any]] = field(default_factory=list)
    devices: list[dict[str, Any]] = field(default_factory=list)
    coverage: list[tuple[str, int, int]] = field(default_factory=list)
    withdrawals: list[dict[str, Any]] = field(default_factory=list)
    signatures: list[dict[str, Any]] = field(default_factory=list)

    @property
    def device_fingerprint(self) -> str:
        return fingerprint(self.device_key)


def open_manifest(data: bytes, name: str) -> tuple[dict[str, Any], bytes, str]:
    """Verify framing, version and the device's signature; returns (manifest, payload, bundle id)."""
    def key_of(manifest: dict[str, Any]) -> bytes:
        return unb64(manifest["device"]["public_key"], "device key")

    unpacked = unpack(data, BUNDLE_MAGIC, name, key_of)
    return unpacked.manifest, unpacked.payload, unpacked.file_id


def _decrypt(manifest: dict[str, Any], payload: bytes, name: str, key: OrganiserSecret | None) -> bytes:
    info = manifest["payload"]
    encryption = info.get("encryption", "none")
    if encryption == "none":
        return payload
    if encryption != "x25519-sealedbox":
        raise BadFile(_("{name}: encrypted in a way this DriveKit does not know ({encryption}); update DriveKit.").format(name=name, encryption=encryption))
    recipient = info.get("recipient", "?")
    if key is None:
        raise BadFile(_("{name}: encrypted for the organiser key {recipient}; give that key (--key organiser.key).").format(name=name, recipient=recipient))
    if key.public.fingerprint != recipient:
        raise BadFile(_("{name}: encrypted for the organiser key {recipient}, not for the key given "
                        "({fingerprint}).").format(name=name, recipient=recipient, fingerprint=key.public.fingerprint))
    from nacl.exceptions import CryptoError
    from nacl.public import SealedBox

    try:
        return bytes(SealedBox(key.private_key()).decrypt(payload))
    except CryptoError:
        raise BadFile(_("{name}: cannot be decrypted with the organiser key; it was damaged or tampered with.").format(name=name)) from None


def _manifest_fields(manifest: dict[str, Any], name: str) -> tuple[str, bytes, str, int, int, int, int]:
    """(device id, device key, campaign, seq_from, seq_to, records, unpacked size limit) from the
    signed header, every one bounded."""
    try:
        device = manifest["device"]
        device_id, campaign = opt_str(device["id"], 36), opt_str(manifest["campaign"], 36)
        key = unb64(device["public_key"], "device key")
        if not device_id or not campaign or len(key) != 32:
            raise ValueError(_("no device or campaign"))
        seq_to = bounded_int(manifest["seq_to"], "seq_to")
        seq_from = bounded_int(manifest["seq_from"], "seq_from", 1, seq_to + 1)
        records = bounded_int(manifest["records"], "records", 0, MAX_RECORDS)  # every writer states it
        plain = manifest["payload"].get("plain_size")  # format 1.1
        plain = MAX_BUNDLE_PLAIN if plain is None else bounded_int(plain, "plain_size", 0, MAX_BUNDLE_PLAIN)
    except (KeyError, TypeError, ValueError, AttributeError):
        raise BadFile(_("{name}: the signed header is incomplete; the file was not written by DriveKit.").format(name=name)) from None
    return device_id, key, campaign, seq_from, seq_to, records, plain


def bundle_summary(data: bytes, name: str) -> tuple[dict[str, Any], str, DecodedBundle]:
    """Check the signed header only (nothing is decrypted or unpacked): the manifest, the bundle id,
    and a bundle with no records yet, for deciding whether to open it at all."""
    manifest, _payload, bundle_id = open_manifest(data, name)
    device_id, key, campaign, seq_from, seq_to, _records, _plain = _manifest_fields(manifest, name)
    return manifest, bundle_id, DecodedBundle(name, bundle_id, manifest, device_id, key, campaign, seq_from, seq_to)


def decode_bundle(data: bytes, name: str, key: OrganiserSecret | None) -> DecodedBundle:
    """A fully checked, parsed bundle; any problem is a BadFile naming the file. The payload is
    unpacked a step at a time, and refused as soon as it passes what its signed header states."""
    manifest, payload, bundle_id = open_manifest(data, name)
    device_id, device_key, cid, seq_from, seq_to, stated, plain_limit = _manifest_fields(manifest, name)
    bundle = DecodedBundle(name, bundle_id, manifest, device_id, device_key, cid, seq_from, seq_to)
    plain = _decrypt(manifest, payload, name, key)
    blocks = unpack_blocks(plain, plain_limit, name)
    sigs: dict[str, dict[str, Any]] = {}
    tombs: dict[str, dict[str, Any]] = {}
    count = 0
    try:
        head, newline, block = next(blocks, b"null").partition(b"\n")
        header = loads(head, name)
        if type(header) is not dict or header.get("campaign") != cid:
            raise ValueError(_("the records belong to another campaign"))
        _read_header(bundle, header)
        # A block of whole lines (about 1 MB: 1,000-4,000 records) per parse: as fast as the C
        # parser goes, and short enough that the parser (which holds the GIL) never freezes the
        # window importing in the background. The lines become one JSON array with no Python
        # object made for each.
        while True:
            if not newline:  # the first block's lines after the header are parsed first
                following = next(blocks, None)
                if following is None:
                    break
                block = following
            newline = b""
            lines = block.count(b"\n") + 1
            count += lines
            if count > stated:
                raise BadFile(_("{name}: holds more records than its header says ({stated}); the file is damaged.").format(name=name, stated=stated))
            records = loads(b"[" + block.replace(b"\n", b",") + b"]", name)
            if len(records) != lines or not all(type(rec) is dict for rec in records):
                raise ValueError(_("a line does not hold exactly one record"))
            for rec in records:
                kind = rec.get("t")
                if kind == "s":
                    if rec.get("sealed") is not None:
                        rec = _unseal(rec, key, name)
                    row = signature_row(rec, cid)
                    old = sigs.get(row["uuid"])
                    if old is None or version(row) > version(old):
                        sigs[row["uuid"]] = row
                elif kind == "w":
                    row = withdrawal_row(rec, cid)
                    tombs.setdefault(row["signature_uuid"], row)
                # Records of kinds a newer minor version added are skipped.
        bundle.signatures, bundle.withdrawals = list(sigs.values()), list(tombs.values())
    except (ValueError, KeyError, TypeError, IndexError, AttributeError, OverflowError) as err:
        raise BadFile(_("{name}: the records inside are damaged ({err}).").format(name=name, err=err)) from None
    if stated != count:
        raise BadFile(_("{name}: holds {count} records but its header says {stated}; the file is damaged.").format(name=name, count=count, stated=stated))
    return bundle


def _unseal(rec: dict[str, Any], key: OrganiserSecret | None, name: str) -> dict[str, Any]:
    """A sealed record (format 2.0) with its signer's details opened by the organiser's key."""
    from drivekit.sync.fileformat.sealed import SEALED_FIELDS, open_signer

    if key is None:
        raise BadFile(_("{name}: holds sealed signatures, which only the organiser key opens; give it (--key "
                        "organiser.key).").format(name=name))
    blob = unb64(rec.pop("sealed"), "sealed signer")
    if any(rec.get(f) not in (None, False) for f in SEALED_FIELDS):
        raise ValueError(_("a sealed record also holds details in clear"))
    rec.update(open_signer(blob, key))
    return rec


def _read_header(bundle: DecodedBundle, header: dict[str, Any]) -> None:
    def listed(key: str, limit: int) -> list[Any]:
        items = header.get(key, [])
        if type(items) is not list or len(items) > limit or not all(type(x) in (dict, list) for x in items):
            raise ValueError(_("{key} is not a list").format(key=key))
        return items

    bundle.events = [{"id": _text(e["id"], 36), "name": _text(e["name"], MAX_FIELD), "date": _date(e.get("date")),
                      "location": opt_str(e.get("location"), MAX_FIELD) or ""} for e in listed("events", 10_000)]
    bundle.volunteers = [{"id": _text(v["id"], 36), "name": _text(v["name"], MAX_FIELD)}
                         for v in listed("volunteers", 10_000)]
    bundle.devices = [{"id": _text(d["id"], 36), "name": opt_str(d.get("name"), MAX_FIELD) or "",
                       "public_key": unb64(d["public_key"], "device key") if d.get("public_key") else None}
                      for d in listed("devices", 10_000)]
    bundle.coverage = [(_text(d, 36), bounded_int(a, "coverage"), bounded_int(b, "coverage"))
                       for d, a, b in listed("coverage", 100_000)]


def _text(value: Any, limit: int) -> str:
    text = opt_str(value, limit)
    if not text:
        raise ValueError(_("an id or name is missing"))
    return text


def _date(value: Any) -> str | None:
    if value is None:
        return None
    return date.fromisoformat(_text(value, 10)).isoformat()
