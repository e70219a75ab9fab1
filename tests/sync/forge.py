"""Bundles made by hand from docs/sync-format.md, as another program (or an attacker) would."""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import uuid
import zlib
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from nacl.public import PublicKey, SealedBox
from nacl.signing import SigningKey

MAGIC = b"DKBUNDLE"


def fingerprint(key: bytes) -> str:
    digest = base64.b32encode(hashlib.sha256(key).digest()).decode()[:20]
    return "-".join(digest[i:i + 4] for i in range(0, 20, 4))


def signature_record(device_id: str, seq: int, **fields: Any) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "t": "s", "uuid": str(uuid.uuid4()), "event_id": None, "volunteer_id": None, "device_id": device_id,
        "device_seq": seq, "signed_at": "2026-05-01T10:00:00+00:00", "first_name": "Eve", "last_name": "Forger",
        "email": None, "phone": None, "address": None, "postcode": "SW1A 1AA", "city": "London", "region": None,
        "country": "GB", "comment": None, "petition_consent": True, "contact_consent": False,
        "consent_version": "", "drawing": None, "drawing_format": None, "source": "volunteer",
        "sheet_number": None, "sheet_line": None, "edited_at": None, "edit_device_id": None, "edit_seq": None,
        "withdrawn": False}
    rec.update(fields)
    return rec


def withdrawal_record(signature_uuid: str, device_id: str, seq: int) -> dict[str, Any]:
    return {"t": "w", "uuid": signature_uuid, "withdrawn_at": "2026-05-02T10:00:00+00:00", "reason": "",
            "device_id": device_id, "device_seq": seq}


class Forger:
    """A device of its own (a fresh Ed25519 key), writing bundles by the documented format."""

    def __init__(self, campaign_id: str, organiser: Any | None, device_id: str | None = None,
                 name: str = "Stall 9") -> None:
        """`organiser`: the organiser's public key (.box, .fingerprint) to encrypt to, or None."""
        self.key = SigningKey.generate()
        self.public = bytes(self.key.verify_key)
        self.device_id = device_id or str(uuid.uuid4())
        self.name = name
        self.campaign_id = campaign_id
        self.organiser = organiser

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public)

    def bundle(self, path: Path, records: list[dict[str, Any]], seq_from: int, seq_to: int,
               coverage: list[list[Any]] | None = None, body: bytes | None = None,
               manifest_extra: dict[str, Any] | None = None) -> Path:
        """`body`: the unpacked payload itself (zlib-compressed here), instead of header + records."""
        header = {"campaign": self.campaign_id, "events": [], "volunteers": [],
                  "devices": [{"id": self.device_id, "name": self.name, "public_key": base64.b64encode(self.public).decode()}],
                  "coverage": coverage if coverage is not None else [[self.device_id, seq_from, seq_to]]}
        if body is None:
            body = b"\n".join(json.dumps(x).encode() for x in [header, *records]) + b"\n"
            compressed = zlib.compress(body)
        else:
            compressed = body
        payload_info: dict[str, Any] = {"compression": "zlib", "encryption": "none"}
        payload = compressed
        if self.organiser is not None:
            payload = bytes(SealedBox(PublicKey(self.organiser.box)).encrypt(compressed))
            payload_info.update(encryption="x25519-sealedbox", recipient=self.organiser.fingerprint)
        manifest: dict[str, Any] = {
            "format": "1.1", "kind": "bundle", "campaign": self.campaign_id, "campaign_title": "x",
            "device": {"id": self.device_id, "name": self.name, "public_key": base64.b64encode(self.public).decode(),
                       "fingerprint": self.fingerprint},
            "seq_from": seq_from, "seq_to": seq_to, "all": False, "records": len(records),
            "signatures": sum(r["t"] == "s" for r in records), "withdrawals": sum(r["t"] == "w" for r in records),
            "created_at": datetime.now(timezone.utc).isoformat(), "payload": payload_info}
        extra = dict(manifest_extra or {})
        manifest["payload"].update(extra.pop("payload", {}))
        manifest.update(extra)
        manifest["payload"] = {**manifest["payload"], "size": len(payload),
                               "sha256": hashlib.sha256(payload).hexdigest()}
        text = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
        head = MAGIC + struct.pack(">I", len(text)) + text
        path.write_bytes(head + self.key.sign(head).signature + payload)
        return path
