"""Plain data returned by services; safe to pass between threads and to the UI."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

# The dashboard's figures are domain values (the report draws them); re-exported for the services' users.
from drivekit.domain.consent import consent_wording
from drivekit.domain.figures import Dashboard as Dashboard, Figure as Figure


@dataclass(frozen=True)
class TargetInfo:
    id: str
    name: str
    role: str
    organisation: str
    postcode_prefixes: list[str]


@dataclass(frozen=True)
class EventInfo:
    id: str
    name: str
    date: date | None
    location: str


@dataclass(frozen=True)
class VolunteerInfo:
    id: str
    name: str


@dataclass(frozen=True)
class CampaignInfo:
    id: str
    title: str
    text: str
    goal: int
    organisation: str
    country: str
    consent_text: str
    consent_version: str
    required_fields: list[str]
    targets: list[TargetInfo] = field(default_factory=list)
    events: list[EventInfo] = field(default_factory=list)
    signatures: int = 0
    retention_until: date | None = None  # signers' data is kept until this day, then purged
    purged_at: datetime | None = None  # when it was purged: only counts are left
    sealed: bool = False  # the campaign's option: laptops seal new signers to the organiser's key
    sealed_here: bool = False  # ... and this database is such a laptop: it cannot show its signers
    created_at: datetime | None = None  # when it was created (or installed from a campaign file) here

    @property
    def consent_wording(self) -> str:
        """The consent as a signer reads it here: the default wording in the current language, or the campaign's own."""
        return consent_wording(self.consent_text)


def campaign_labels(campaigns: Sequence[CampaignInfo]) -> dict[str, str]:
    """How each campaign is named to a person: its title, and when another campaign has the same title,
    what tells them apart (organisation, day created, start of the id), e.g.
    "Save the library — Friends of Hill Street · 2026-05-01 · 3f2a9c1b"."""
    seen: dict[str, int] = {}
    for c in campaigns:
        seen[c.title.strip().casefold()] = seen.get(c.title.strip().casefold(), 0) + 1
    labels = {}
    for c in campaigns:
        if seen[c.title.strip().casefold()] < 2:
            labels[c.id] = c.title
            continue
        labels[c.id] = full_campaign_label(c.id, c.title, c.organisation, c.created_at)
    return labels


def full_campaign_label(campaign_id: str, title: str, organisation: str, created_at: datetime | None) -> str:
    """Title — organisation · day created · start of the id: one campaign whatever else has its title."""
    parts = [organisation.strip(), created_at.date().isoformat() if created_at else "", campaign_id[:8]]
    return f"{title} — " + " · ".join(p for p in parts if p)


@dataclass(frozen=True)
class SignatureRecord:
    id: int
    uuid: str
    campaign_id: str
    event_id: str | None
    event_name: str | None
    signed_at: datetime
    first_name: str | None
    last_name: str | None
    email: str | None
    phone: str | None
    address: str | None
    postcode: str | None
    city: str | None
    region: str | None
    country: str | None
    comment: str | None
    contact_consent: bool
    source: str
    status: str
    duplicate_of: str | None
    has_drawing: bool
    sheet_number: int | None = None  # paper rows: where the signer is on the sheets
    sheet_line: int | None = None

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["signed_at"] = self.signed_at.isoformat()
        return data


@dataclass(frozen=True)
class SavedSignature:
    id: int
    uuid: str
    status: str
    duplicate_of: str | None


@dataclass
class ImportReport:
    imported: int = 0
    possible_duplicates: int = 0
    rejected: list[dict[str, Any]] = field(default_factory=list)
    already_imported: str | None = None  # when (UTC, ISO) this same file was imported before; nothing added
    resumed_after_line: int = 0  # an interrupted import of this file went on after this line


@dataclass(frozen=True)
class Stats:
    campaign_label: str  # title, organisation, day created, start of the id (full_campaign_label)
    total: int
    valid: int
    unique_signers: int
    duplicates: int
    withdrawn: int
    goal: int
    by_event: dict[str, int]
    by_target: dict[str, int]
    by_day: dict[str, int] = field(default_factory=dict)  # local day (ISO) -> unique valid signers
    by_volunteer: dict[str, int] = field(default_factory=dict)

