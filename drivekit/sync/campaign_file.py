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

from drivekit.errors import BadFile
from drivekit.storage.models import Campaign, Event, Target
from drivekit.sync.container import CAMPAIGN_MAGIC, FORMAT, pack, unb64, unpack
from drivekit.sync.keys import OrganiserPublic, OrganiserSecret

CAMPAIGN_FIELDS = ("title", "text", "goal", "organisation", "country", "consent_text", "consent_version",
                   "required_fields")


@dataclass(frozen=True)
class CampaignImport:
    campaign_id: str
    title: str
    revision: int
    outcome: str  # "installed", "updated" or "up to date"
    organiser_fingerprint: str


def campaign_payload(c: Campaign) -> dict[str, Any]:
    return {
        "id": c.id, **{f: getattr(c, f) for f in CAMPAIGN_FIELDS},
        "retention_until": c.retention_until.isoformat() if c.retention_until else None,
        "revision": c.revision, "organiser_keys": list(c.organiser_keys or []),
        "targets": [{"id": t.id, "name": t.name, "role": t.role, "organisation": t.organisation,
                     "postcode_prefixes": list(t.postcode_prefixes or []), "regions": list(t.regions or [])}
                    for t in sorted(c.targets, key=lambda t: t.id)],
        "events": [{"id": e.id, "name": e.name, "date": e.date.isoformat() if e.date else None,
                    "location": e.location} for e in sorted(c.events, key=lambda e: e.id)],
    }


def write_campaign(c: Campaign, secret: OrganiserSecret) -> bytes:
    """Sign the campaign (whose organiser_keys already include this key) into file bytes."""
    payload = zlib.compress(json.dumps(campaign_payload(c), ensure_ascii=False).encode("utf-8"), 6)
    public = secret.public
    manifest = {"format": FORMAT, "kind": "campaign", "campaign": c.id, "title": c.title, "revision": c.revision,
                "created_at": datetime.now(timezone.utc).isoformat(), "signer": public.to_json(),
                "payload": {"compression": "zlib"}}
    data, _ = pack(CAMPAIGN_MAGIC, manifest, payload, secret.signing_key())
    return data


def _parse(data: bytes, name: str) -> tuple[dict[str, Any], OrganiserPublic]:
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


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def install_campaign(s: Session, path: Path) -> CampaignImport:
    """Install a campaign file, or update the campaign from a newer revision; signatures are untouched."""
    from drivekit.sync.container import read_file

    name = Path(path).name
    body, signer = _parse(read_file(path), name)
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
    return CampaignImport(c.id, c.title, c.revision, outcome, signer.fingerprint)
