"""Typed SQLAlchemy 2.0 models for the whole data model of DESIGN.md."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from drivekit.domain.signer_fields import DEFAULT_REQUIRED

# Review statuses of a signature: defined by the domain, re-exported for the users of the models.
from drivekit.domain.statuses import (
    DUPLICATE as DUPLICATE,
    POSSIBLE_DUPLICATE as POSSIBLE_DUPLICATE,
    SOURCES as SOURCES,
    STATUSES as STATUSES,
    VALID as VALID,
    WITHDRAWN as WITHDRAWN,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware UTC datetimes; SQLite has no time zones, so we add UTC back on load."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return value.replace(tzinfo=timezone.utc) if value is not None else None


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Campaign(Base):
    __tablename__ = "campaign"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)
    goal: Mapped[int] = mapped_column(Integer)
    organisation: Mapped[str] = mapped_column(String(300), default="")
    country: Mapped[str] = mapped_column(String(2), default="GB")
    consent_text: Mapped[str] = mapped_column(Text, default="")
    consent_version: Mapped[str] = mapped_column(String(64), default="")
    required_fields: Mapped[list[str]] = mapped_column(JSON, default=lambda: list(DEFAULT_REQUIRED))
    organiser_keys: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    retention_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Schema 0006: set by a purge (drivekit.services.retention); the campaign then holds only counts.
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # Schema 0011, sealed collection: the campaign's option (travels in campaign files), and when
    # this database installed the campaign from a file (a laptop: where sealing applies).
    sealed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    installed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    kiosk_pin_hash: Mapped[str | None] = mapped_column(String(300), nullable=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    targets: Mapped[list[Target]] = relationship(back_populates="campaign", cascade="all, delete-orphan")
    events: Mapped[list[Event]] = relationship(back_populates="campaign", cascade="all, delete-orphan")


class Target(Base):
    __tablename__ = "target"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(300), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    postcode_prefixes: Mapped[list[str]] = mapped_column(JSON, default=list)
    regions: Mapped[list[str]] = mapped_column(JSON, default=list)

    campaign: Mapped[Campaign] = relationship(back_populates="targets")


class Event(Base):
    __tablename__ = "event"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    date: Mapped[date | None] = mapped_column(Date, nullable=True)
    location: Mapped[str] = mapped_column(String(300), default="")

    campaign: Mapped[Campaign] = relationship(back_populates="events")


class Volunteer(Base):
    __tablename__ = "volunteer"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))


class Device(Base):
    __tablename__ = "device"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(300), default="")
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    secret_key: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    is_self: Mapped[bool] = mapped_column(Boolean, default=False)
    next_seq: Mapped[int] = mapped_column(Integer, default=1)
    exported_seq: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Trust (schema 0004): the organiser enrolled this device's key; its bundles are refused
    # before they are opened unless it is enrolled and not revoked. A relay (another organiser)
    # may pass on other devices' records; a laptop only its own.
    # Loaded together when first used (deferred): saving a signature reads this row and never needs them.
    enrolled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, deferred=True,
                                                         deferred_group="trust")
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, deferred=True,
                                                        deferred_group="trust")
    relay: Mapped[bool] = mapped_column(Boolean, server_default=text("false"), deferred=True, deferred_group="trust")

    @property
    def trusted(self) -> bool:
        return self.enrolled_at is not None and self.revoked_at is None


class Signature(Base):
    __tablename__ = "signature"
    __table_args__ = (
        Index("ix_signature_campaign_status", "campaign_id", "status"),
        # Key alone, only where there is one: narrow indexes keep inserts cheap (migration 0003).
        Index("ix_signature_email_key", "email_key", sqlite_where=text("email_key IS NOT NULL"),
              postgresql_where=text("email_key IS NOT NULL")),
        Index("ix_signature_person_key", "person_key", sqlite_where=text("person_key IS NOT NULL"),
              postgresql_where=text("person_key IS NOT NULL")),
        Index("ix_signature_campaign_signed_at", "campaign_id", "signed_at"),
        Index("ix_signature_device_seq", "device_id", "device_seq"),
        Index("ix_signature_edit_seq", "edit_device_id", "edit_seq"),
        # Sorting by last name (migration 0012); led by the name so that no campaign lookup takes it.
        Index("ix_signature_last_name", "last_name", "campaign_id", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"))
    event_id: Mapped[str | None] = mapped_column(ForeignKey("event.id", ondelete="SET NULL"), nullable=True, index=True)
    volunteer_id: Mapped[str | None] = mapped_column(ForeignKey("volunteer.id", ondelete="SET NULL"), nullable=True)
    device_id: Mapped[str | None] = mapped_column(ForeignKey("device.id"), nullable=True)
    device_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime)

    first_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    last_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    email: Mapped[str | None] = mapped_column(String(320), nullable=True)
    phone: Mapped[str | None] = mapped_column(String(32), nullable=True)
    address: Mapped[str | None] = mapped_column(String(300), nullable=True)
    postcode: Mapped[str | None] = mapped_column(String(20), nullable=True)
    city: Mapped[str | None] = mapped_column(String(300), nullable=True)
    region: Mapped[str | None] = mapped_column(String(300), nullable=True)
    country: Mapped[str | None] = mapped_column(String(2), nullable=True)
    comment: Mapped[str | None] = mapped_column(Text, nullable=True)
    petition_consent: Mapped[bool] = mapped_column(Boolean, default=True)
    contact_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_version: Mapped[str] = mapped_column(String(64), default="")
    drawing: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    drawing_format: Mapped[str | None] = mapped_column(String(16), nullable=True)
    # Schema 0011: on a laptop in sealed mode, the signer's details encrypted to the organiser
    # (drivekit.sync.fileformat.sealed); the plain columns above are then empty.
    sealed: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)

    source: Mapped[str] = mapped_column(String(16), default="volunteer")
    sheet_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    sheet_line: Mapped[int | None] = mapped_column(Integer, nullable=True)

    status: Mapped[str] = mapped_column(String(24), default=VALID)
    duplicate_of: Mapped[str | None] = mapped_column(String(36), nullable=True)
    reviewed: Mapped[bool] = mapped_column(Boolean, default=False)
    email_key: Mapped[str | None] = mapped_column(String(320), nullable=True)
    person_key: Mapped[str | None] = mapped_column(String(300), nullable=True)
    search_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Version of the last correction (last writer wins by (edited_at, edit_device_id, edit_seq)).
    edited_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    edit_device_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    edit_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Withdrawal(Base):
    """Tombstone: the signature's id survives so that no merge brings it back."""

    __tablename__ = "withdrawal"
    __table_args__ = (Index("ix_withdrawal_device_seq", "device_id", "device_seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    signature_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    withdrawn_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    reason: Mapped[str] = mapped_column(String(300), default="")
    device_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    device_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)


class SyncImport(Base):
    __tablename__ = "sync_import"
    __table_args__ = (UniqueConstraint("bundle_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    bundle_id: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    campaign_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    seq_from: Mapped[int] = mapped_column(Integer)
    seq_to: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(500), default="")
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    counts: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)


class AuditEntry(Base):
    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    device_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    campaign_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    action: Mapped[str] = mapped_column(String(64))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SyncExport(Base):
    """A bundle this device wrote: the incremental export continues after the last one."""

    __tablename__ = "sync_export"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    bundle_id: Mapped[str] = mapped_column(String(64))
    campaign_id: Mapped[str] = mapped_column(String(36), index=True)
    seq_from: Mapped[int] = mapped_column(Integer)
    seq_to: Mapped[int] = mapped_column(Integer)
    everything: Mapped[bool] = mapped_column(Boolean, default=False)
    records: Mapped[int] = mapped_column(Integer, default=0)
    file_name: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SyncRange(Base):
    """A stretch of a device's sequence numbers this database has received (to report gaps)."""

    __tablename__ = "sync_range"
    __table_args__ = (Index("ix_sync_range_device_campaign", "device_id", "campaign_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(String(36))
    campaign_id: Mapped[str] = mapped_column(String(36))
    seq_from: Mapped[int] = mapped_column(Integer)
    seq_to: Mapped[int] = mapped_column(Integer)
    bundle_id: Mapped[str] = mapped_column(String(64))


class SignatureTally(Base):
    """Signatures counted by campaign, UTC day and hour, event, volunteer and status; kept by triggers
    (migrations 0009, 0010), never written by the application. '' stands for no event / no volunteer.
    On PostgreSQL a key may have several rows (one per writer shard, column `shard`, not mapped):
    always sum `n`."""

    __tablename__ = "signature_tally"

    campaign_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    hour: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    volunteer_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    status: Mapped[str] = mapped_column(String(24), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class SignatureAreaTally(Base):
    """Signatures counted by campaign, postcode area (storage/tallies.area_of) and status; kept by triggers."""

    __tablename__ = "signature_area_tally"

    campaign_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    area: Mapped[str] = mapped_column(String(20), primary_key=True)
    status: Mapped[str] = mapped_column(String(24), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)
