"""Campaign files (organiser -> laptops): the campaign definition, signed by the organiser."""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from drivekit.errors import BadFile, BadInput
from drivekit.storage.models import Campaign, Event, Target
from drivekit.sync.container import CAMPAIGN_MAGIC, FORMAT, pack, unb64, unpack
from drivekit.sync.keys import OrganiserPublic, OrganiserSecret
from drivekit.sync.limits import (
    MAX_CAMPAIGN_FILE, MAX_CAMPAIGN_PLAIN, bounded_int, loads, read_bounded, unpack_all,
)

CAMPAIGN_FIELDS = ("title", "text", "goal", "organisation", "country", "consent_text", "consent_version",
                   "required_fields")


@dataclass(frozen=True)
class CampaignImport:
    campaign_id: str
    title: str
    revision: int
    outcome: str  # "installed", "updated" or "up to date"
    organiser_fingerprint: str
    withdrawn: tuple[str, ...] = ()  # signature ids withdrawn at the organiser (installed or updated only)
    erased: int = 0  # of them, signatures this database held and has now erased


def campaign_payload(c: Campaign, withdrawn: list[str] | None = None) -> dict[str, Any]:
    """The campaign as a campaign file carries it; `withdrawn`: ids of every withdrawn signature
    (format 1.1), so that laptops erase them too. Ids only: nothing about the signer."""
    return {"withdrawn": sorted(withdrawn or []),
        "id": c.id, **{f: getattr(c, f) for f in CAMPAIGN_FIELDS},
        "retention_until": c.retention_until.isoformat() if c.retention_until else None,
        "revision": c.revision, "organiser_keys": list(c.organiser_keys or []),
        "targets": [{"id": t.id, "name": t.name, "role": t.role, "organisation": t.organisation,
                     "postcode_prefixes": list(t.postcode_prefixes or []), "regions": list(t.regions or [])}
                    for t in sorted(c.targets, key=lambda t: t.id)],
        "events": [{"id": e.id, "name": e.name, "date": e.date.isoformat() if e.date else None,
                    "location": e.location} for e in sorted(c.events, key=lambda e: e.id)],
    }


def write_campaign(c: Campaign, secret: OrganiserSecret, withdrawn: list[str] | None = None) -> bytes:
    """Sign the campaign (whose organiser_keys already include this key) into file bytes."""
    plain = json.dumps(campaign_payload(c, withdrawn), ensure_ascii=False).encode("utf-8")
    if len(plain) > MAX_CAMPAIGN_PLAIN:
        raise BadInput(f"The campaign is too large for a campaign file ({len(plain):,} bytes).")
    payload = zlib.compress(plain, 6)
    public = secret.public
    manifest = {"format": FORMAT, "kind": "campaign", "campaign": c.id, "title": c.title, "revision": c.revision,
                "created_at": datetime.now(timezone.utc).isoformat(), "signer": public.to_json(),
                "payload": {"compression": "zlib", "plain_size": len(plain)}}
    data, _ = pack(CAMPAIGN_MAGIC, manifest, payload, secret.signing_key())
    return data


def _parse(data: bytes, name: str) -> tuple[dict[str, Any], OrganiserPublic]:
    def key_of(manifest: dict[str, Any]) -> bytes:
        return unb64(manifest["signer"]["sign"], "signer key")

    unpacked = unpack(data, CAMPAIGN_MAGIC, name, key_of)
    try:
        signer = OrganiserPublic.from_json(unpacked.manifest["signer"])
        stated = unpacked.manifest["payload"].get("plain_size")  # format 1.1
        limit = MAX_CAMPAIGN_PLAIN if stated is None else bounded_int(stated, "plain_size", 0, MAX_CAMPAIGN_PLAIN)
    except (KeyError, TypeError, ValueError, AttributeError):
        raise BadFile(f"{name}: the signed header is incomplete; the file was not written by DriveKit.") from None
    body = loads(unpack_all(unpacked.payload, limit, name), name, "the campaign inside the file is damaged",
                 controls=True)
    try:
        keys = _check_body(body)
    except (ValueError, KeyError, TypeError, AttributeError) as err:
        raise BadFile(f"{name}: the campaign inside the file is damaged ({err}).") from None
    if signer not in keys or body["id"] != unpacked.manifest.get("campaign"):
        raise BadFile(f"{name}: the file is not signed by one of the campaign's organiser keys.")
    return body, signer


# Bounds on a campaign file's contents: the columns' sizes, and counts no campaign comes near.
_TEXTS = {"id": 36, "title": 300, "text": 200_000, "organisation": 300, "country": 2, "consent_text": 50_000,
          "consent_version": 64}
_LISTS = {"targets": 10_000, "events": 10_000, "organiser_keys": 64, "withdrawn": 1_000_000,
          "required_fields": 32}


def _short(value: Any, limit: int, what: str) -> str:
    if type(value) is not str or len(value) > limit:
        raise ValueError(f"{what} is not text of at most {limit} characters")
    return value


def _check_body(body: Any) -> list[OrganiserPublic]:
    """Types and sizes of everything a campaign file may install; raises ValueError."""
    if type(body) is not dict:
        raise ValueError("not an object")
    for f, limit in _TEXTS.items():
        _short(body[f] if f in ("id", "title", "text") else (body.get(f) or ""), limit, f)
    bounded_int(body["goal"], "goal")
    bounded_int(body["revision"], "revision")
    for f, limit in _LISTS.items():
        items = body.get(f, [])
        if type(items) is not list or len(items) > limit:
            raise ValueError(f"{f} is not a list of at most {limit}")
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
                raise ValueError(f"a target's {f} is not a list")
            for item in t.get(f, []):
                _short(item, 300, f"a target's {f}")
    for e in body["events"]:
        _short(e["id"], 36, "an event id")
        _short(e["name"], 300, "an event name")
        _short(e.get("location") or "", 300, "an event's location")
        _day(e.get("date"))
    if body.get("retention_until") is not None:
        _day(_short(body["retention_until"], 10, "retention_until"))
    return [OrganiserPublic.from_json(k) for k in body["organiser_keys"]]


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def install_campaign(s: Session, path: Path) -> CampaignImport:
    """Install a campaign file, or update the campaign from a newer revision; signatures are untouched."""
    name = Path(path).name
    body, signer = _parse(read_bounded(path, MAX_CAMPAIGN_FILE, "campaign file"), name)
    existing = s.get(Campaign, body["id"])
    revision = int(body["revision"])
    if existing is not None:
        known = [OrganiserPublic.from_json(k) for k in existing.organiser_keys or []]
        if known and signer not in known:
            raise BadFile(f"{name}: signed by organiser key {signer.fingerprint}, which this campaign does not know.")
        if revision <= existing.revision and known:
            return CampaignImport(existing.id, existing.title, existing.revision, "up to date", signer.fingerprint)
        c, outcome = existing, "updated"
    else:
        c, outcome = Campaign(id=body["id"]), "installed"
        s.add(c)
    try:
        for f in CAMPAIGN_FIELDS:
            setattr(c, f, body[f])
        c.retention_until = _day(body.get("retention_until"))
        c.revision, c.organiser_keys = revision, list(body["organiser_keys"])
        s.flush()
        targets = {t.id: t for t in s.scalars(select(Target).where(Target.campaign_id == c.id))}
        for t in body["targets"]:
            row = targets.get(t["id"]) or Target(id=t["id"], campaign_id=c.id)
            row.name, row.role, row.organisation = t["name"], t.get("role", ""), t.get("organisation", "")
            row.postcode_prefixes, row.regions = list(t.get("postcode_prefixes", [])), list(t.get("regions", []))
            s.add(row)
        events = {e.id: e for e in s.scalars(select(Event).where(Event.campaign_id == c.id))}
        for e in body["events"]:
            ev = events.get(e["id"]) or Event(id=e["id"], campaign_id=c.id)
            ev.name, ev.date, ev.location = e["name"], _day(e.get("date")), e.get("location", "")
            s.add(ev)
        s.flush()
    except (KeyError, TypeError, ValueError):
        raise BadFile(f"{name}: the campaign inside the file is damaged.") from None
    return CampaignImport(c.id, c.title, c.revision, outcome, signer.fingerprint, tuple(body.get("withdrawn", [])))
