"""Reading the audit log (its writer is drivekit.storage.audit, used by every service)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from drivekit.services.common import campaign as get_campaign
from drivekit.storage import audit as audit_log
from drivekit.storage.db import Database


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: datetime
    device_id: str | None
    device_name: str
    campaign_id: str | None
    action: str
    details: dict[str, Any]

    @property
    def summary(self) -> str:
        """The details as `key=value` pairs, for a table cell or a line of text."""
        return ", ".join(f"{k}={_plain(v)}" for k, v in sorted(self.details.items()))

    def detail_lines(self) -> list[str]:
        """The details one `key: value` a line, for a pane that has room for them all."""
        return [f"{k}: {_plain(v)}" for k, v in sorted(self.details.items())]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "at": self.at.isoformat(), "device_id": self.device_id,
                "device_name": self.device_name, "campaign_id": self.campaign_id, "action": self.action,
                "details": self.details}


def _plain(value: Any) -> str:
    if isinstance(value, list | tuple):
        return "+".join(str(v) for v in value)
    return str(value)


class AuditService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def entries(self, campaign_id: str | None = None, limit: int | None = None) -> list[AuditRecord]:
        """The log, newest first; only one campaign's entries when `campaign_id` is given."""
        with self._db.session() as s:
            cid = get_campaign(s, campaign_id).id if campaign_id else None
            return [AuditRecord(id=e.id, at=e.at, device_id=e.device_id, device_name=name or "",
                                campaign_id=e.campaign_id, action=e.action, details=dict(e.details or {}))
                    for e, name in audit_log.entries(s, cid, limit)]
