"""Reading sync bundles: verify the signature, then the hash, then decrypt, then parse every record.

Nothing here touches the database: a bundle is refused before any change is made.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, field
from typing import Any

from drivekit.errors import BadFile
from drivekit.sync.fileformat.bundle_records import signature_row, version, withdrawal_row
from drivekit.sync.fileformat.container import BUNDLE_MAGIC, fingerprint, unb64, unpack
from drivekit.sync.fileformat.keys import OrganiserSecret

PARSE_CHUNK = 2_000  # records per JSON parse (about 8 ms)


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
        raise BadFile(f"{name}: encrypted in a way this DriveKit does not know ({encryption}); update DriveKit.")
    recipient = info.get("recipient", "?")
    if key is None:
        raise BadFile(f"{name}: encrypted for the organiser key {recipient}; give that key (--key organiser.key).")
    if key.public.fingerprint != recipient:
        raise BadFile(f"{name}: encrypted for the organiser key {recipient}, not for the key given "
                      f"({key.public.fingerprint}).")
    from nacl.exceptions import CryptoError
    from nacl.public import SealedBox

    try:
        return bytes(SealedBox(key.private_key()).decrypt(payload))
    except CryptoError:
        raise BadFile(f"{name}: cannot be decrypted with the organiser key; it was damaged or tampered with.") from None


def decode_bundle(data: bytes, name: str, key: OrganiserSecret | None) -> DecodedBundle:
    """A fully checked, parsed bundle; any problem is a BadFile naming the file."""
    manifest, payload, bundle_id = open_manifest(data, name)
    try:
        device = manifest["device"]
        bundle = DecodedBundle(name, bundle_id, manifest, str(device["id"]), unb64(device["public_key"], "device key"),
                               str(manifest["campaign"]), int(manifest["seq_from"]), int(manifest["seq_to"]))
    except (KeyError, TypeError, ValueError):
        raise BadFile(f"{name}: the signed header is incomplete; the file was not written by DriveKit.") from None
    plain = _decrypt(manifest, payload, name, key)
    try:
        text = zlib.decompress(plain)
    except zlib.error:
        raise BadFile(f"{name}: the contents cannot be unpacked; the file is damaged.") from None
    lines = text.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    try:
        header = json.loads(lines[0])
        cid = bundle.campaign_id
        if header.get("campaign") != cid:
            raise ValueError("the records belong to another campaign")
        bundle.events = [{"id": str(e["id"]), "name": str(e["name"]), "date": e.get("date"),
                          "location": str(e.get("location") or "")} for e in header.get("events", [])]
        bundle.volunteers = [{"id": str(v["id"]), "name": str(v["name"])} for v in header.get("volunteers", [])]
        bundle.devices = [{"id": str(d["id"]), "name": str(d.get("name") or ""),
                           "public_key": unb64(d["public_key"], "device key") if d.get("public_key") else None}
                          for d in header.get("devices", [])]
        bundle.coverage = [(str(d), int(a), int(b)) for d, a, b in header.get("coverage", [])]
        sigs: dict[str, dict[str, Any]] = {}
        tombs: dict[str, dict[str, Any]] = {}
        # A few thousand lines per parse: as fast as the C parser goes, and short enough that the
        # parser (which holds the GIL) never freezes the window importing in the background.
        records = []
        for i in range(1, len(lines), PARSE_CHUNK):
            records += json.loads(b"[" + b",".join(lines[i:i + PARSE_CHUNK]) + b"]")
        if len(records) != len(lines) - 1 or not all(type(rec) is dict for rec in records):
            raise ValueError("a line does not hold exactly one record")
        for rec in records:
            kind = rec.get("t")
            if kind == "s":
                row = signature_row(rec, cid)
                old = sigs.get(row["uuid"])
                if old is None or version(row) > version(old):
                    sigs[row["uuid"]] = row
            elif kind == "w":
                row = withdrawal_row(rec, cid)
                tombs.setdefault(row["signature_uuid"], row)
            # Records of kinds a newer minor version added are skipped.
        bundle.signatures, bundle.withdrawals = list(sigs.values()), list(tombs.values())
    except (ValueError, KeyError, TypeError, IndexError, AttributeError) as err:
        raise BadFile(f"{name}: the records inside are damaged ({err}).") from None
    stated = manifest.get("records")
    if isinstance(stated, int) and stated != len(lines) - 1:
        raise BadFile(f"{name}: holds {len(lines) - 1} records but its header says {stated}; the file is damaged.")
    return bundle
