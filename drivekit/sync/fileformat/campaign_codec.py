"""Campaign files (organiser -> laptops) as bytes: the campaign definition, signed by the organiser.

No database here: drivekit.sync.engine.campaign_install builds the payload from a stored campaign
and installs a parsed one.
"""

from __future__ import annotations

import json
import zlib
from datetime import date, datetime, timezone
from typing import Any

from drivekit.errors import BadFile
from drivekit.sync.fileformat.container import CAMPAIGN_MAGIC, FORMAT, pack, unb64, unpack
from drivekit.sync.fileformat.keys import OrganiserPublic, OrganiserSecret

CAMPAIGN_FIELDS = ("title", "text", "goal", "organisation", "country", "consent_text", "consent_version",
                   "required_fields")


def write_campaign(payload: dict[str, Any], secret: OrganiserSecret) -> bytes:
    """Sign a campaign payload (whose organiser_keys already include this key) into file bytes."""
    data = zlib.compress(json.dumps(payload, ensure_ascii=False).encode("utf-8"), 6)
    public = secret.public
    manifest = {"format": FORMAT, "kind": "campaign", "campaign": payload["id"], "title": payload["title"],
                "revision": payload["revision"], "created_at": datetime.now(timezone.utc).isoformat(),
                "signer": public.to_json(), "payload": {"compression": "zlib"}}
    out, _ = pack(CAMPAIGN_MAGIC, manifest, data, secret.signing_key())
    return out


def parse_campaign(data: bytes, name: str) -> tuple[dict[str, Any], OrganiserPublic]:
    """The checked payload of a campaign file and the organiser key that signed it; BadFile if not."""
    def key_of(manifest: dict[str, Any]) -> bytes:
        return unb64(manifest["signer"]["sign"], "signer key")

    unpacked = unpack(data, CAMPAIGN_MAGIC, name, key_of)
    signer = OrganiserPublic.from_json(unpacked.manifest["signer"])
    try:
        body = json.loads(zlib.decompress(unpacked.payload).decode("utf-8"))
        keys = [OrganiserPublic.from_json(k) for k in body["organiser_keys"]]
        for f in ("id", "title", "text", "goal", "targets", "events", "revision"):
            body[f]  # noqa: B018 - presence check
    except (ValueError, KeyError, TypeError, zlib.error):
        raise BadFile(f"{name}: the campaign inside the file is damaged.") from None
    if signer not in keys or body["id"] != unpacked.manifest.get("campaign"):
        raise BadFile(f"{name}: the file is not signed by one of the campaign's organiser keys.")
    return body, signer


def day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None
