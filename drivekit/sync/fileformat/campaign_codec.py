"""Campaign files (organiser -> laptops) as bytes: the campaign definition, signed by the organiser.

No database here: drivekit.sync.engine.campaign_install builds the payload from a stored campaign
and installs a parsed one.
"""

from __future__ import annotations

import json
import zlib
from datetime import date, datetime, timezone
from typing import Any

from drivekit.errors import BadFile, BadInput
from drivekit.i18n import N_, _
from drivekit.sync.fileformat.container import CAMPAIGN_MAGIC, FORMAT, SEALED_FORMAT, pack, unb64, unpack
from drivekit.sync.fileformat.keys import OrganiserPublic, OrganiserSecret
from drivekit.sync.fileformat.limits import MAX_CAMPAIGN_PLAIN, bounded_int, loads, unpack_all

CAMPAIGN_FIELDS = ("title", "text", "goal", "organisation", "country", "consent_text", "consent_version",
                   "required_fields")


def write_campaign(payload: dict[str, Any], secret: OrganiserSecret) -> bytes:
    """Sign a campaign payload (whose organiser_keys already include this key) into file bytes."""
    plain = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    if len(plain) > MAX_CAMPAIGN_PLAIN:
        raise BadInput(_("The campaign is too large for a campaign file ({count:,} bytes).").format(count=len(plain)))
    data = zlib.compress(plain, 6)
    public = secret.public
    # A sealed campaign is 2.0: a laptop too old to seal must refuse it rather than collect in clear.
    manifest = {"format": SEALED_FORMAT if payload.get("sealed") else FORMAT, "kind": "campaign", "campaign": payload["id"], "title": payload["title"],
                "revision": payload["revision"], "created_at": datetime.now(timezone.utc).isoformat(),
                "signer": public.to_json(), "payload": {"compression": "zlib", "plain_size": len(plain)}}
    return pack(CAMPAIGN_MAGIC, manifest, data, secret.signing_key())[0]


def parse_campaign(data: bytes, name: str) -> tuple[dict[str, Any], OrganiserPublic]:
    """The checked payload of a campaign file and the organiser key that signed it; BadFile if not."""
    def key_of(manifest: dict[str, Any]) -> bytes:
        return unb64(manifest["signer"]["sign"], "signer key")

    unpacked = unpack(data, CAMPAIGN_MAGIC, name, key_of)
    try:
        signer = OrganiserPublic.from_json(unpacked.manifest["signer"])
        stated = unpacked.manifest["payload"].get("plain_size")  # format 1.1
        limit = MAX_CAMPAIGN_PLAIN if stated is None else bounded_int(stated, "plain_size", 0, MAX_CAMPAIGN_PLAIN)
    except (KeyError, TypeError, ValueError, AttributeError):
        raise BadFile(_("{name}: the signed header is incomplete; the file was not written by DriveKit.").format(name=name)) from None
    # Unpacked a step at a time and refused past its stated size; paragraphs may hold newlines.
    body = loads(unpack_all(unpacked.payload, limit, name), name, N_("the campaign inside the file is damaged"),
                 controls=True)
    try:
        keys = _check_body(body)
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError) as err:
        raise BadFile(_("{name}: the campaign inside the file is damaged ({err}).").format(name=name, err=err)) from None
    if signer not in keys or body["id"] != unpacked.manifest.get("campaign"):
        raise BadFile(_("{name}: the file is not signed by one of the campaign's organiser keys.").format(name=name))
    return body, signer


# Bounds on a campaign file's contents: the columns' sizes, and counts no campaign comes near.
_TEXTS = {"id": 36, "title": 300, "text": 200_000, "organisation": 300, "country": 2, "consent_text": 50_000,
          "consent_version": 64}
_LISTS = {"targets": 10_000, "events": 10_000, "organiser_keys": 64, "withdrawn": 1_000_000,
          "required_fields": 32}


def _short(value: Any, limit: int, what: str) -> str:
    if type(value) is not str or len(value) > limit:
        raise ValueError(_("{what} is not text of at most {limit} characters").format(what=what, limit=limit))
    return value


def _check_body(body: Any) -> list[OrganiserPublic]:
    """Types and sizes of everything a campaign file may install; raises ValueError."""
    if type(body) is not dict:
        raise ValueError(_("not an object"))
    for f, limit in _TEXTS.items():
        _short(body[f] if f in ("id", "title", "text") else (body.get(f) or ""), limit, f)
    bounded_int(body["goal"], "goal")
    bounded_int(body["revision"], "revision")
    for f, limit in _LISTS.items():
        items = body.get(f, [])
        if type(items) is not list or len(items) > limit:
            raise ValueError(_("{f} is not a list of at most {limit}").format(f=f, limit=limit))
    for f in body.get("required_fields", []):
        _short(f, 64, "a required field")
    for uid in body.get("withdrawn", []):
        _short(uid, 36, "a withdrawn id")
    for t in body["targets"]:
        _short(t["id"], 36, "a target id")
        _short(t["name"], 300, "a target name")
        for f in ("role", "organisation"):
            _short(t.get(f) or "", 300, f"a target's {f}")
        for f in ("postcode_prefixes", "regions"):
            if type(t.get(f, [])) is not list or len(t.get(f, [])) > 10_000:
                raise ValueError(_("a target's {f} is not a list").format(f=f))
            for item in t.get(f, []):
                _short(item, 300, f"a target's {f}")
    for e in body["events"]:
        _short(e["id"], 36, "an event id")
        _short(e["name"], 300, "an event name")
        _short(e.get("location") or "", 300, "an event's location")
        day(e.get("date"))
    if body.get("retention_until") is not None:
        day(_short(body["retention_until"], 10, "retention_until"))
    if type(body.get("sealed", False)) is not bool:  # format 2.0
        raise ValueError(_("sealed is not true or false"))
    keys = [OrganiserPublic.from_json(k) for k in body["organiser_keys"]]
    if body.get("sealed") and not keys:
        raise ValueError(_("a sealed campaign without an organiser key"))
    return keys


def day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None
