"""Helpers shared by services: finding things by id (and, gathered here, ids, the local device, the audit log)."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from drivekit.domain.ids import new_id, new_signature_id
from drivekit.errors import BadInput, NotFound
from drivekit.i18n import N_, _
from drivekit.storage.audit import audit
from drivekit.storage.devices import local_device, take_sequence
from drivekit.storage.models import Campaign

# Shared by the services; the audit writer and the device's sequence live in storage, ids in domain.
__all__ = ["audit", "campaign", "find_by_id", "local_device", "new_id", "new_signature_id", "take_sequence"]

T = TypeVar("T")


# What find_by_id says for each kind of record: no id given, an ambiguous prefix, nothing found.
_ID_MESSAGES = {
    "campaign": (N_("Please give a campaign id."), N_("“{id}” matches more than one campaign; give more of the id."),
                 N_("No campaign with id “{id}”.")),
    "target": (N_("Please give a target id."), N_("“{id}” matches more than one target; give more of the id."),
               N_("No target with id “{id}”.")),
}
_OTHER_ID_MESSAGES = (N_("Please give an id."), N_("“{id}” matches more than one record; give more of the id."),
                      N_("Nothing has the id “{id}”."))


def find_by_id(session: Session, model: type[T], ident: str, what: str) -> T:
    """Look up by full id, or by a unique prefix of at least 4 characters (like git)."""
    missing, ambiguous, not_found = _ID_MESSAGES.get(what, _OTHER_ID_MESSAGES)
    ident = (ident or "").strip()
    if not ident:
        raise BadInput(_(missing))
    found = session.get(model, ident)
    if found is not None:
        return found
    if len(ident) >= 4:
        column = model.id  # type: ignore[attr-defined]
        # literally: "_" and "%" in what was typed are characters, not wildcards
        matches = session.scalars(select(model).where(column.startswith(ident, autoescape=True)).limit(2)).all()
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise BadInput(_(ambiguous).format(id=ident))
    raise NotFound(_(not_found).format(id=ident))


def campaign(session: Session, campaign_id: str) -> Campaign:
    return find_by_id(session, Campaign, campaign_id, "campaign")
