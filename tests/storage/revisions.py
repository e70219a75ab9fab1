"""Databases left at an older schema revision, as an earlier DriveKit wrote them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from alembic import command

from drivekit.storage import migrate
from drivekit.storage.db import Database


def database_at(path: Path, revision: str, fill: Callable[[Any], None] | None = None) -> Database:
    """A new SQLite file migrated only up to `revision`; `fill(connection)` adds rows in the same transaction."""
    db = Database(f"sqlite:///{path}")
    cfg = migrate._alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        if fill is not None:
            fill(conn)
    return db


OLD_DEVICE = "00000000-0000-4000-8000-000000000001"
_AT = "2026-11-28 10:00:00"


def insert_campaign(conn: Any, campaign_id: str, title: str = "Pool", country: str = "GB") -> str:
    """A campaign row with only the columns every revision has (today's model has more)."""
    conn.exec_driver_sql(
        "INSERT INTO campaign (id, title, text, goal, organisation, country, consent_text, consent_version, "
        "required_fields, organiser_keys, revision, created_at, updated_at) "
        f"VALUES (?, ?, 'Keep the pool open.', 10, 'Swimmers', ?, '', '', '[\"name\"]', '[]', 1, '{_AT}', '{_AT}')",
        (campaign_id, title, country))
    return campaign_id


def insert_signature(conn: Any, campaign_id: str, seq: int, first: str | None, last: str | None,
                     email: str | None = None, postcode: str | None = None, city: str | None = None,
                     country: str | None = None, search: str | None = None, person_key: str | None = None,
                     status: str = "valid", duplicate_of: str | None = None, event_id: str | None = None,
                     signed_at: str = _AT) -> str:
    """A valid signature as an older DriveKit saved it on device OLD_DEVICE (which the caller made):
    the match keys and search text worked out then, unless given."""
    from drivekit.domain.duplicate_rule import match_keys
    from drivekit.domain.ids import new_signature_id
    from drivekit.domain.text import search_text

    email_key, made_key = match_keys(first, last, email, postcode)
    uuid = new_signature_id()
    erased = first is None and last is None  # a withdrawn signature: nothing of the signer is kept
    conn.exec_driver_sql(
        "INSERT INTO signature (uuid, campaign_id, device_id, device_seq, signed_at, first_name, last_name, email, "
        "postcode, city, country, petition_consent, contact_consent, consent_version, source, status, "
        "duplicate_of, event_id, reviewed, email_key, person_key, search_text, created_at, updated_at) "
        f"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0, '', 'volunteer', ?, ?, ?, 0, ?, ?, ?, '{_AT}', '{_AT}')",
        (uuid, campaign_id, OLD_DEVICE, seq, signed_at, first, last, email, postcode, city, country, status,
         duplicate_of, event_id, None if erased else email_key, None if erased else person_key or made_key,
         None if erased else search or search_text(first, last, postcode, city)))
    return uuid


def database_at_url(url: str, revision: str, fill: Callable[[Any], None] | None = None) -> Database:
    """`database_at` for any database URL (a PostgreSQL hub left at an older revision)."""
    db = Database(url)
    cfg = migrate._alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        if fill is not None:
            fill(conn)
    return db


def downgrade_to(db: Database, revision: str) -> None:
    cfg = migrate._alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
