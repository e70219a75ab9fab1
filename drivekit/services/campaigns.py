"""Campaigns, their targets, events and volunteers."""

from __future__ import annotations

import builtins
import hashlib
from datetime import date

from sqlalchemy import select

from drivekit.domain.consent import DEFAULT_CONSENT as DEFAULT_CONSENT, stored_consent
from drivekit.domain.signer_fields import DEFAULT_REQUIRED, REQUIRABLE
from drivekit.domain.text import clean
from drivekit.domain.validation import normalise_country
from drivekit.errors import BadInput, ValidationError
from drivekit.i18n import _
from drivekit.services.common import audit, campaign as get_campaign, new_id
from drivekit.services.records import CampaignInfo, EventInfo, TargetInfo, VolunteerInfo
from drivekit.services.sealing import sealed_here
from drivekit.storage import tallies
from drivekit.storage.db import Database, begin_snapshot
from drivekit.storage.models import Campaign, Event, Target, Volunteer

OPTIONAL_REQUIRED = set(REQUIRABLE)


def consent_version(text: str) -> str:
    """A short hash that changes whenever the consent wording does."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def check_postcode_prefixes(values: list[str]) -> list[str]:
    """Upper-cased, trimmed prefixes (e.g. SW1, 75); BadInput naming the first that is not one."""
    prefixes = [p for p in (clean(x).upper() for x in values) if p]
    for p in prefixes:
        if not any(ch.isalnum() for ch in p) or len(p) > 12:
            raise BadInput(_("“{prefix}” is not a postcode prefix (for example SW1 or 75).").format(prefix=p))
    return prefixes


def target_info(t: Target) -> TargetInfo:
    return TargetInfo(id=t.id, name=t.name, role=t.role, organisation=t.organisation,
                      postcode_prefixes=list(t.postcode_prefixes or []))


def event_info(e: Event) -> EventInfo:
    return EventInfo(id=e.id, name=e.name, date=e.date, location=e.location)


def campaign_info(c: Campaign, signatures: int = 0) -> CampaignInfo:
    return CampaignInfo(
        id=c.id, title=c.title, text=c.text, goal=c.goal, organisation=c.organisation, country=c.country,
        consent_text=c.consent_text, consent_version=c.consent_version, required_fields=list(c.required_fields or []),
        targets=[target_info(t) for t in sorted(c.targets, key=lambda t: t.name)],
        events=[event_info(e) for e in sorted(c.events, key=lambda e: (e.date or date.min, e.name))],
        signatures=signatures, retention_until=c.retention_until, purged_at=c.purged_at,
        sealed=bool(c.sealed), sealed_here=sealed_here(c), created_at=c.created_at,
    )


def campaign_problems(title: str, text: str, goal: int, country: str = "GB") -> dict[str, str]:
    """What is wrong with a new campaign's details, field by field ({} when nothing): create() refuses
    these, and the campaign wizard says them under each field as it is left."""
    errors: dict[str, str] = {}
    title, text = clean(title), (text or "").strip()
    if not title:
        errors["title"] = _("Please give the petition a title.")
    elif len(title) > 300:
        errors["title"] = _("The title is longer than {limit} characters.").format(limit=300)
    if not text:
        errors["text"] = _("Please enter the petition text.")
    if not isinstance(goal, int) or goal < 1:
        errors["goal"] = _("The goal must be a whole number of signatures, at least 1.")
    try:
        normalise_country(country or "GB")
    except ValueError as err:
        errors["country"] = str(err)
    return errors


class CampaignService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def create(self, title: str, text: str, goal: int, organisation: str = "", country: str = "GB",
               consent_text: str = DEFAULT_CONSENT, required_fields: list[str] | None = None,
               retention_until: date | None = None, sealed: bool = False) -> CampaignInfo:
        errors = campaign_problems(title, text, goal, country)
        title, text, organisation = clean(title), (text or "").strip(), clean(organisation)
        if "country" not in errors:
            country = normalise_country(country or "GB")
        required = list(required_fields or DEFAULT_REQUIRED)
        if set(required) - OPTIONAL_REQUIRED:
            errors["required_fields"] = _("Unknown fields: {fields}.").format(
                fields=", ".join(sorted(set(required) - OPTIONAL_REQUIRED)))
        consent_text = stored_consent((consent_text or "").strip() or DEFAULT_CONSENT)
        if errors:
            raise ValidationError(errors)
        with self._db.session() as s:
            c = Campaign(id=new_id(), title=title, text=text, goal=goal, organisation=organisation, country=country,
                         consent_text=consent_text, consent_version=consent_version(consent_text),
                         required_fields=required, organiser_keys=[], revision=1, retention_until=retention_until,
                         sealed=sealed)
            s.add(c)
            s.flush()
            audit(s, "campaign.created", c.id, title=title)
            return campaign_info(c)

    def list(self) -> list[CampaignInfo]:
        with self._db.session() as s:
            begin_snapshot(s)
            counts = tallies.campaign_totals(s)  # a few thousand tally rows, not every signature
            return [campaign_info(c, counts.get(c.id, 0)) for c in s.scalars(select(Campaign).order_by(Campaign.created_at))]

    def get(self, campaign_id: str) -> CampaignInfo:
        with self._db.session() as s:
            begin_snapshot(s)
            c = get_campaign(s, campaign_id)
            return campaign_info(c, tallies.campaign_totals(s, c.id).get(c.id, 0))

    def add_target(self, campaign_id: str, name: str, role: str = "", organisation: str = "",
                   postcode_prefixes: builtins.list[str] | None = None) -> TargetInfo:
        name = clean(name)
        if not name:
            raise BadInput(_("Please give the target's name."))
        prefixes = check_postcode_prefixes(postcode_prefixes or [])
        with self._db.session() as s:
            c = get_campaign(s, campaign_id)
            t = Target(id=new_id(), campaign_id=c.id, name=name, role=clean(role), organisation=clean(organisation),
                       postcode_prefixes=prefixes, regions=[])
            s.add(t)
            audit(s, "target.added", c.id, target=t.id)
            return target_info(t)

    def add_event(self, campaign_id: str, name: str, day: date | None = None, location: str = "") -> EventInfo:
        name = clean(name)
        if not name:
            raise BadInput(_("Please give the event a name."))
        with self._db.session() as s:
            c = get_campaign(s, campaign_id)
            e = Event(id=new_id(), campaign_id=c.id, name=name, date=day, location=clean(location))
            s.add(e)
            audit(s, "event.created", c.id, event=e.id)
            return event_info(e)

    def add_volunteer(self, campaign_id: str, name: str) -> VolunteerInfo:
        name = clean(name)
        if not name:
            raise BadInput(_("Please give the volunteer's name."))
        with self._db.session() as s:
            c = get_campaign(s, campaign_id)
            v = Volunteer(id=new_id(), campaign_id=c.id, name=name)
            s.add(v)
            return VolunteerInfo(id=v.id, name=v.name)

    def volunteers(self, campaign_id: str) -> builtins.list[VolunteerInfo]:
        with self._db.session() as s:
            c = get_campaign(s, campaign_id)
            rows = s.scalars(select(Volunteer).where(Volunteer.campaign_id == c.id).order_by(Volunteer.name))
            return [VolunteerInfo(id=v.id, name=v.name) for v in rows]

    def sealed_here(self, campaign_id: str) -> bool:
        """Whether this database seals the campaign's new signers (and so cannot show them)."""
        with self._db.session() as s:
            return sealed_here(get_campaign(s, campaign_id))

    def set_sealed(self, campaign_id: str, sealed: bool) -> CampaignInfo:
        """The organiser's choice: laptops seal new signers to the organiser key (from the next
        campaign file). On a laptop it may be turned on, never off: that is the organiser's call."""
        with self._db.session() as s:
            c = get_campaign(s, campaign_id)
            if not sealed and c.sealed and c.installed_at is not None:
                raise BadInput(_("Sealed collection is the organiser's choice for this campaign; it is turned off "
                                 "only by a new campaign file from the organiser."))
            if sealed and c.installed_at is not None and not c.organiser_keys:
                raise BadInput(_("This campaign has no organiser key to seal signatures to."))
            if bool(c.sealed) != sealed:
                c.sealed = sealed
                audit(s, "campaign.sealed_set", c.id, sealed=sealed)
            s.flush()
            return campaign_info(c)

    # -- kiosk PIN --------------------------------------------------------------------------
    def set_kiosk_pin(self, campaign_id: str, pin: str) -> None:
        """Store the coordinator's kiosk PIN as a salted scrypt hash (never the PIN itself)."""
        from drivekit.domain.pin import hash_pin

        hashed = hash_pin(pin)
        with self._db.session() as s:
            c = get_campaign(s, campaign_id)
            c.kiosk_pin_hash = hashed
            audit(s, "kiosk.pin_set", c.id)

    def has_kiosk_pin(self, campaign_id: str) -> bool:
        with self._db.session() as s:
            return bool(get_campaign(s, campaign_id).kiosk_pin_hash)

    def check_kiosk_pin(self, campaign_id: str, pin: str) -> bool:
        """True when `pin` is the campaign's kiosk PIN; False when wrong or when none is set."""
        from drivekit.domain.pin import verify_pin

        with self._db.session() as s:
            stored = get_campaign(s, campaign_id).kiosk_pin_hash
        return verify_pin(pin, stored)

    def unlock_kiosk(self, campaign_id: str, pin: str) -> bool:
        """Check the PIN that ends kiosk mode; the audit log records each unlock and each refusal."""
        ok = self.check_kiosk_pin(campaign_id, pin)
        with self._db.session() as s:
            audit(s, "kiosk.unlocked" if ok else "kiosk.unlock_refused", get_campaign(s, campaign_id).id)
        return ok
