"""The audit log writer: what was exported, imported, edited, withdrawn, purged, and on which device."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from drivekit.storage.devices import local_device
from drivekit.storage.models import AuditEntry


def audit(session: Session, action: str, campaign_id: str | None = None, **details: Any) -> None:
    """Record what happened; never personal data (names, emails) in `details`."""
    device = local_device(session)
    session.add(AuditEntry(device_id=device.id, campaign_id=campaign_id, action=action, details=details))
