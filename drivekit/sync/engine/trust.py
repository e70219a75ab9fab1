"""Who may change what: enrolled devices, and records bound to the device that sent them.

The organiser enrols each laptop (its key's fingerprint, read off the laptop's screen); a bundle
from a device that is not enrolled is refused from its signed header alone, before its payload is
decrypted or unpacked, and writes nothing, not even a device row: a stranger can never claim a
laptop's id. A laptop's bundle may add, correct and withdraw only the signatures its own device
collected, in the bundle's campaign, with the numbers the bundle declares; a relay (another
organiser, enrolled with --relay) may pass on any device's records. Everything here reads only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from drivekit.errors import BadFile
from drivekit.i18n import _
from drivekit.storage.models import Device, Signature, Withdrawal
from drivekit.storage.pg import xact_lock
from drivekit.sync.engine.plans import IDS, in_chunks
from drivekit.sync.fileformat.container import fingerprint
from drivekit.sync.fileformat.reader import DecodedBundle


@dataclass(frozen=True)
class Stranger:
    """A device whose bundle was refused because it is not enrolled here."""

    device_id: str
    name: str
    fingerprint: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.device_id[:8]})" if self.name else self.device_id[:8]


class NotEnrolled(BadFile):
    """A bundle from a device the organiser has not enrolled; `device` says which, to ask."""

    def __init__(self, message: str, device: Stranger) -> None:
        super().__init__(message)
        self.device = device


def device_name(b: DecodedBundle) -> str:
    """The name the laptop gave itself, fit for a terminal: no control or escape characters."""
    name = b.manifest["device"].get("name")
    if not isinstance(name, str):
        return ""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in name).split())[:60]


def stranger(b: DecodedBundle) -> Stranger:
    return Stranger(b.device_id, device_name(b), fingerprint(b.device_key))


def admit(s: Session, b: DecodedBundle, enrol: bool) -> Device | None:
    """The bundle's device if it may send bundles here (None: it will be enrolled, as asked).
    Refuses a revoked device, a known id with another key, and (unless `enrol`) a stranger."""
    known = s.get(Device, b.device_id)
    fp = fingerprint(b.device_key)
    if known is not None and known.public_key and known.public_key != b.device_key:
        if known.is_self:
            raise BadFile(_("{name}: it claims to come from this very device, with another key; refused.").format(name=b.name))
        raise BadFile(_("{name}: device {device_id} presents key {fp}, but this database knows it with key "
                        "{fingerprint}; refused.").format(name=b.name, device_id=b.device_id[:8], fp=fp, fingerprint=fingerprint(known.public_key)))
    if known is not None and known.is_self:
        return known
    if known is not None and known.revoked_at is not None:
        raise BadFile(_("{name}: device {label} (fingerprint {fp}) was revoked on {revoked_at:%Y-%m-%d}; its "
                        "bundles are refused.").format(name=b.name, label=stranger(b).label, fp=fp, revoked_at=known.revoked_at))
    if known is not None and known.enrolled_at is not None:
        return known
    if enrol:
        return None
    who = stranger(b)
    raise NotEnrolled(_("{name}: device {label} with fingerprint {fp} is not enrolled here; if that fingerprint is "
                        "the one on the laptop's Sync page, import with --enrol.").format(name=b.name, label=who.label, fp=fp), who)


def enrol(s: Session, b: DecodedBundle, relay: bool) -> Device:
    """Trust the bundle's device with the key it signed with (checked by `admit` first).
    Two importers enrolling the same device at once wait for each other here (one row, one key)."""
    xact_lock(s, "device", b.device_id)
    device = s.get(Device, b.device_id, populate_existing=True)
    if device is None:
        device = Device(id=b.device_id, name=device_name(b), is_self=False)
        s.add(device)
    elif device.public_key and device.public_key != b.device_key:
        raise BadFile(_("{name}: device {device_id} presents key {fingerprint}, but this database knows it with "
                        "key {fingerprint2}; refused.").format(name=b.name, device_id=b.device_id[:8], fingerprint=fingerprint(b.device_key), fingerprint2=fingerprint(device.public_key)))
    device.public_key, device.enrolled_at, device.relay = b.device_key, datetime.now(timezone.utc), relay
    s.flush()
    return device


def _refuse(b: DecodedBundle, what: str) -> BadFile:
    return BadFile(_("{name}: {what}; the whole file is refused.").format(name=b.name, what=what))


def bind_records(s: Session, b: DecodedBundle, relay: bool) -> None:
    """Every record must belong to the bundle's campaign and (unless from a relay) to its device,
    inside the numbers it declares. Drops withdrawals that would change nothing (the signature is
    already withdrawn here) rather than let another device re-date them."""
    me, lo, hi = b.device_id, b.seq_from, b.seq_to
    if not relay:
        for listed in b.devices:
            if listed["id"] != me:
                raise _refuse(b, _("it speaks for another device ({id})").format(id=listed['id'][:8]))
        for covered, a, z in b.coverage:
            if covered != me or not lo <= a <= z <= hi:
                raise _refuse(b, _("it claims numbers {a}-{z} of device {covered}, outside its own {lo}-{hi}").format(a=a, z=z, covered=covered[:8], lo=lo, hi=hi))
        for r in b.signatures:
            seq, edit_dev, edit_seq = r["device_seq"], r["edit_device_id"], r["edit_seq"]
            if r["device_id"] != me:
                raise _refuse(b, _("it adds a signature collected by another device ({device_id})").format(device_id=r['device_id'][:8]))
            if edit_dev not in (None, me) or (edit_seq is not None and not 1 <= edit_seq <= hi):
                raise _refuse(b, _("it carries a correction made elsewhere ({uuid})").format(uuid=r['uuid']))
            in_range = lo <= seq <= hi or (edit_seq is not None and lo <= edit_seq <= hi)
            if not 1 <= seq <= hi or not in_range:
                raise _refuse(b, _("signature {uuid} has number {seq}, outside the numbers {lo}-{hi} the file "
                                   "declares").format(uuid=r['uuid'], seq=seq, lo=lo, hi=hi))
    uuids = [r["uuid"] for r in b.signatures]
    stored = {r.uuid: r for r in in_chunks(s, select(Signature.uuid, Signature.device_id, Signature.campaign_id)
                                           .where(Signature.uuid.in_(IDS)), uuids)}
    for r in stored.values():
        if r.campaign_id != b.campaign_id:
            raise _refuse(b, _("signature {uuid} belongs to another campaign here").format(uuid=r.uuid))
        if not relay and r.device_id != me:
            raise _refuse(b, _("it corrects signature {uuid}, which another device collected").format(uuid=r.uuid))
    _bind_withdrawals(s, b, relay)


def _bind_withdrawals(s: Session, b: DecodedBundle, relay: bool) -> None:
    me, hi = b.device_id, b.seq_to
    uuids = [w["signature_uuid"] for w in b.withdrawals]
    stored = {r.uuid: r for r in in_chunks(s, select(Signature.uuid, Signature.device_id, Signature.campaign_id)
                                           .where(Signature.uuid.in_(IDS)), uuids)}
    tombs = {r.signature_uuid: r for r in in_chunks(s, select(Withdrawal.signature_uuid, Withdrawal.campaign_id)
                                                    .where(Withdrawal.signature_uuid.in_(IDS)), uuids)}
    kept = []
    for w in b.withdrawals:
        uid = w["signature_uuid"]
        sig, tomb = stored.get(uid), tombs.get(uid)
        if (sig is not None and sig.campaign_id != b.campaign_id) or (tomb is not None
                                                                      and tomb.campaign_id != b.campaign_id):
            raise _refuse(b, _("it withdraws signature {uid}, which belongs to another campaign here").format(uid=uid))
        if relay:
            kept.append(w)
            continue
        if w["device_id"] != me or not 1 <= (w["device_seq"] or 0) <= hi:
            raise _refuse(b, _("its withdrawal of {uid} is not numbered by its own device up to {hi}").format(uid=uid, hi=hi))
        if sig is not None and sig.device_id != me:
            if tomb is None:
                raise _refuse(b, _("it withdraws signature {uid}, which another device collected").format(uid=uid))
            continue  # withdrawn here already (e.g. by the organiser): nothing to change
        kept.append(w)  # its own signature: held here, in the bundle, or not yet received
    b.withdrawals = kept


def short_fingerprint(text: str) -> str:
    """A fingerprint as typed (any case, with or without dashes) in its printed form."""
    bare = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(bare[i:i + 4] for i in range(0, len(bare), 4))


def devices_with_fingerprint(s: Session, text: str) -> list[Device]:
    wanted = short_fingerprint(text)
    return [d for d in s.scalars(select(Device).where(Device.public_key.is_not(None), Device.is_self.is_(False)))
            if d.public_key and fingerprint(d.public_key) == wanted]


def describe(d: Device) -> dict[str, Any]:
    return {"id": d.id, "name": d.name, "fingerprint": fingerprint(d.public_key) if d.public_key else ""}
