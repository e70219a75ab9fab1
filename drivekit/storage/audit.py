"""The audit log: what was exported, imported, edited, withdrawn, purged, and on which device.

One writer (`audit`) for every service, and one reader (`entries`). Details carry ids, counts and
file names, never a signer's personal data (names, emails, phones, addresses, comments).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from drivekit.storage.devices import local_device
from drivekit.storage.models import AuditEntry, Device


def audit(session: Session, action: str, campaign_id: str | None = None, **details: Any) -> None:
    """Record what happened; never personal data (names, emails) in `details`."""
    device = local_device(session)
    session.add(AuditEntry(device_id=device.id, campaign_id=campaign_id, action=action, details=details))


def entries(session: Session, campaign_id: str | None = None,
            limit: int | None = None) -> list[tuple[AuditEntry, str | None]]:
    """Entries newest first, each with the name of the device that made it (when known)."""
    stmt = (select(AuditEntry, Device.name).outerjoin(Device, Device.id == AuditEntry.device_id)
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()))
    if campaign_id is not None:
        stmt = stmt.where(AuditEntry.campaign_id == campaign_id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [(entry, name) for entry, name in session.execute(stmt)]
