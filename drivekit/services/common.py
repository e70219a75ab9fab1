"""Helpers shared by services: finding things by id, the local device, the audit log."""

from __future__ import annotations

import uuid as uuidlib
from typing import Any, TypeVar

import uuid6
from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from drivekit.errors import BadInput, NotFound
from drivekit.storage.models import AuditEntry, Campaign, Device

T = TypeVar("T")


def new_id() -> str:
    return str(uuidlib.uuid4())


def new_signature_id() -> str:
    """A time-ordered UUID (version 7): signatures recorded one after another get neighbouring ids,
    so the uuid index of a large campaign is appended to rather than written all over (a 100,000
    signature import touches a third fewer pages). It tells when the signature was recorded, which
    the signature's own signed_at already says wherever the id goes."""
    return str(uuid6.uuid7())


def find_by_id(session: Session, model: type[T], ident: str, what: str) -> T:
    """Look up by full id, or by a unique prefix of at least 4 characters (like git)."""
    ident = (ident or "").strip()
    if not ident:
        raise BadInput(f"Please give a {what} id.")
    found = session.get(model, ident)
    if found is not None:
        return found
    if len(ident) >= 4:
        column = model.id  # type: ignore[attr-defined]
        matches = session.scalars(select(model).where(column.like(ident.replace("%", "").replace("_", "") + "%")).limit(2)).all()
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise BadInput(f"“{ident}” matches more than one {what}; give more of the id.")
    raise NotFound(f"No {what} with id “{ident}”.")


def campaign(session: Session, campaign_id: str) -> Campaign:
    return find_by_id(session, Campaign, campaign_id, "campaign")


def local_device(session: Session) -> Device:
    """This installation's device row, created on first use."""
    device = session.scalars(select(Device).where(Device.is_self.is_(True))).first()
    if device is None:
        import platform

        device = Device(id=new_id(), name=platform.node() or "this computer", is_self=True, next_seq=1)
        session.add(device)
        session.flush()
    return device


_DEVICES = Device.__table__
_MINE = _DEVICES.c.is_self.is_(True)
_RESERVE = update(_DEVICES).where(_MINE).values(next_seq=_DEVICES.c.next_seq + bindparam("n"))
_RESERVED = select(_DEVICES.c.id, _DEVICES.c.next_seq).where(_MINE)


def take_sequence(session: Session, count: int = 1) -> tuple[str, int]:
    """Reserve `count` sequence numbers on this device; returns (device id, first number).

    Two plain statements (it runs on every save): an UPDATE of the counter, then reading it back."""
    conn = session.connection()
    if not conn.execute(_RESERVE, {"n": count}).rowcount:  # first use: create this device, then reserve
        local_device(session)
        return take_sequence(session, count)
    for obj in list(session.identity_map.values()):  # a loaded copy of the row must not show the old count
        if isinstance(obj, Device) and obj.is_self:
            session.expire(obj, ["next_seq"])
    device_id, after = conn.execute(_RESERVED).one()
    return device_id, after - count


def audit(session: Session, action: str, campaign_id: str | None = None, **details: Any) -> None:
    """Record what happened; never personal data (names, emails) in `details`."""
    device = local_device(session)
    session.add(AuditEntry(device_id=device.id, campaign_id=campaign_id, action=action, details=details))
