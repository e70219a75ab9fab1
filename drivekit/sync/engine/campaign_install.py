"""Campaign files against a database: the payload of a stored campaign, and installing a parsed one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from drivekit.errors import BadFile
from drivekit.i18n import N_, _
from drivekit.storage.models import Campaign, Event, Target
from drivekit.storage.pg import xact_lock
from drivekit.sync.fileformat.campaign_codec import CAMPAIGN_FIELDS, day, parse_campaign, write_campaign
from drivekit.sync.fileformat.keys import OrganiserPublic, OrganiserSecret
from drivekit.sync.fileformat.limits import MAX_CAMPAIGN_FILE, read_bounded


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
        **({"sealed": True} if c.sealed else {}),  # format 2.0
        "revision": c.revision, "organiser_keys": list(c.organiser_keys or []),
        "targets": [{"id": t.id, "name": t.name, "role": t.role, "organisation": t.organisation,
                     "postcode_prefixes": list(t.postcode_prefixes or []), "regions": list(t.regions or [])}
                    for t in sorted(c.targets, key=lambda t: t.id)],
        "events": [{"id": e.id, "name": e.name, "date": e.date.isoformat() if e.date else None,
                    "location": e.location} for e in sorted(c.events, key=lambda e: e.id)],
    }


def campaign_file(c: Campaign, secret: OrganiserSecret, withdrawn: list[str] | None = None) -> bytes:
    """The signed file of a stored campaign (whose organiser_keys already include this key)."""
    return write_campaign(campaign_payload(c, withdrawn), secret)


def install_campaign(s: Session, path: Path) -> CampaignImport:
    """Install a campaign file, or update the campaign from a newer revision; signatures are untouched."""
    name = Path(path).name
    body, signer = parse_campaign(read_bounded(path, MAX_CAMPAIGN_FILE, N_(
        "{name}: too large for a campaign file ({size} MB); it is not a DriveKit file.")), name)
    xact_lock(s, "campaign", str(body["id"]))  # two organisers installing it at once: one installs
    existing = s.get(Campaign, body["id"], populate_existing=True)
    revision = int(body["revision"])
    if existing is not None:
        known = [OrganiserPublic.from_json(k) for k in existing.organiser_keys or []]
        if known and signer not in known:
            raise BadFile(_("{name}: signed by organiser key {fingerprint}, which this campaign does not know.").format(name=name, fingerprint=signer.fingerprint))
        if revision <= existing.revision and known:
            return CampaignImport(existing.id, existing.title, existing.revision, "up to date", signer.fingerprint)
        c, outcome = existing, "updated"
    else:
        c, outcome = Campaign(id=body["id"]), "installed"
        s.add(c)
    try:
        for f in CAMPAIGN_FIELDS:
            setattr(c, f, body[f])
        c.retention_until = day(body.get("retention_until"))
        c.sealed = bool(body.get("sealed", False))
        c.installed_at = c.installed_at or datetime.now(timezone.utc)  # a laptop: sealing applies here
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
            ev.name, ev.date, ev.location = e["name"], day(e.get("date")), e.get("location", "")
            s.add(ev)
        s.flush()
    except (KeyError, TypeError, ValueError):
        raise BadFile(_("{name}: the campaign inside the file is damaged.").format(name=name)) from None
    return CampaignImport(c.id, c.title, c.revision, outcome, signer.fingerprint, tuple(body.get("withdrawn", [])))
