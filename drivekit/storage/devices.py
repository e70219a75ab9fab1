"""This installation's device row and its sequence numbers."""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from drivekit.domain.ids import new_id
from drivekit.storage.models import Device
from drivekit.storage.pg import xact_lock


def local_device(session: Session) -> Device:
    """This installation's device row, created on first use."""
    device = session.scalars(select(Device).where(Device.is_self.is_(True))).first()
    if device is None:  # two processes starting on a new shared database make one row, not two
        xact_lock(session, "device", "self")
        device = session.scalars(select(Device).where(Device.is_self.is_(True))).first()
    if device is None:
        import platform

        device = Device(id=new_id(), name=platform.node() or "this computer", is_self=True, next_seq=1)
        session.add(device)
        session.flush()
    return device


_DEVICES = cast(Table, Device.__table__)
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
