"""Collecting a sync bundle from the database: what this device has not exported yet (or everything).

The records are sealed into file bytes by drivekit.sync.fileformat.bundle_writer."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from drivekit.errors import BadInput
from drivekit.i18n import _
from drivekit.progress import NullProgress, Progress
from drivekit.storage.models import Campaign, Device, Event, Signature, SyncExport, SyncRange, Volunteer, Withdrawal
from drivekit.sync.engine import bundle_sql
from drivekit.sync.fileformat.bundle_records import (
    SIGNATURE_COLUMNS,
    signature_json,
    stored_signature_json,
    withdrawal_json,
)
from drivekit.sync.fileformat.bundle_writer import BundleBytes, BundleSource, SignatureLines, dumps, seal_bundle
from drivekit.sync.fileformat.container import b64
from drivekit.sync.fileformat.keys import OrganiserPublic

CHUNK = 5000
USE_DRIVER = True  # read signatures straight through SQLite's driver (tests compare with the ORM's way)
LINES_IN_SQL = True  # ... and have SQLite write their lines (tests compare with the Python way)
_DEVICE = SIGNATURE_COLUMNS.index("device_id")


def suggested_name(device: Device, seq_from: int, seq_to: int, everything: bool = False) -> str:
    """The device's name and the start of its id (laptops set up from one image share a name), the
    day and the sequence numbers: e.g. drivekit-stall-2-1cb94de8-20261129-101-200.dkb."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", device.name or "").strip("-").lower()[:24]
    day = datetime.now(timezone.utc).strftime("%Y%m%d")
    span = "all" if everything else f"{seq_from}-{seq_to}"
    return "-".join(filter(None, ["drivekit", slug, device.id[:8], day, span])) + ".dkb"


def free_path(folder: Path, name: str) -> Path:
    """`name` in `folder`, or name-2, name-3... if a file already has it: a bundle on a USB stick is
    never replaced by another."""
    path, n = folder / name, 1
    while path.exists():
        n += 1
        path = folder / f"{Path(name).stem}-{n}{Path(name).suffix}"
    return path


def export_range(s: Session, device: Device, campaign_id: str, everything: bool) -> tuple[int, int]:
    """The sequence numbers the next bundle covers: after the last incremental export, up to now."""
    last_seq = device.next_seq - 1
    if everything:
        return 1, last_seq
    done = s.scalar(select(func.max(SyncExport.seq_to)).where(
        SyncExport.campaign_id == campaign_id, SyncExport.everything.is_(False))) or 0
    if done >= last_seq:
        raise BadInput(_("Nothing new to export since the last bundle (up to number {done}); use --all to write "
                         "everything again.").format(done=done))
    return done + 1, last_seq


def _signature_rows(s: Session, cid: str, device_id: str, lo: int, hi: int, everything: bool) -> Any:
    cols = [getattr(Signature, c) for c in SIGNATURE_COLUMNS]
    stmt = select(*cols).where(Signature.campaign_id == cid)
    if not everything:
        stmt = stmt.where(or_(
            and_(Signature.device_id == device_id, Signature.device_seq.between(lo, hi)),
            and_(Signature.edit_device_id == device_id, Signature.edit_seq.between(lo, hi))))
    return s.execute(stmt.order_by(Signature.id)).mappings()


# The signatures to send, by id. Read through the ids' index and looked up by rowid in id order:
# with `WHERE campaign_id = ? ORDER BY id` SQLite took the rows from the campaign's index and sorted
# the whole bundle's rows in a temporary B-tree (on disk) before giving the first one.
_WHICH = "SELECT id FROM signature WHERE campaign_id = ?"
_RANGE_SQL = (" AND ((device_id = ? AND device_seq BETWEEN ? AND ?)"
              " OR (edit_device_id = ? AND edit_seq BETWEEN ? AND ?))")
_STORED_SQL = f"SELECT id, {', '.join(SIGNATURE_COLUMNS)} FROM signature WHERE id IN "


def queries(cid: str, device_id: str, lo: int, hi: int, everything: bool) -> tuple[str, str, list[Any]]:
    """SQLite: the query of the lines (bundle_sql.SELECT_LINES), that of the stored values, and
    their parameters."""
    which, params = _WHICH, list[Any]([cid])
    if not everything:
        which += _RANGE_SQL
        params += [device_id, lo, hi, device_id, lo, hi]
    return (f"{bundle_sql.SELECT_LINES} WHERE id IN ({which}) ORDER BY id",
            f"{_STORED_SQL}({which}) ORDER BY id", params)


@dataclass
class Part:
    """Some of the bundle's signature lines, in id order, and what the header needs to know of them."""

    lines: list[bytes]
    devices: set[str | None] = field(default_factory=set)
    withdrawn: list[str] = field(default_factory=list)
    sealed: bool = False


def _orm_parts(s: Session, cid: str, device_id: str, lo: int, hi: int, everything: bool) -> Iterator[Part]:
    """The ORM's way (PostgreSQL; the tests' reference): mappings, datetimes, `signature_json`."""
    for rows in _signature_rows(s, cid, device_id, lo, hi, everything).partitions(CHUNK):
        part = Part([])
        for row in rows:
            rec = signature_json(row)
            part.lines.append(dumps(rec))
            part.devices.add(row["device_id"])
            part.sealed = part.sealed or "sealed" in rec
            if rec["withdrawn"]:
                part.withdrawn.append(rec["uuid"])
        yield part


def _signature_parts(s: Session, cid: str, device_id: str, lo: int, hi: int,
                     everything: bool) -> Iterator[Part]:
    """The bundle's signature lines, CHUNK at a time. On SQLite each line is made by SQLite itself
    (`bundle_sql`), and a row it cannot make the same way by `stored_signature_json` from the
    values read straight through the driver; elsewhere through the ORM's types."""
    if not USE_DRIVER or s.get_bind().dialect.name != "sqlite":
        yield from _orm_parts(s, cid, device_id, lo, hi, everything)
        return
    dialect = s.get_bind().dialect
    time_type = Signature.__table__.c.signed_at.type.dialect_impl(dialect)  # how the ORM reads a time here
    parse = time_type.result_processor(dialect, None) or (lambda v: v)
    raw = s.connection().connection.dbapi_connection
    assert raw is not None
    lines_sql, stored_sql, params = queries(cid, device_id, lo, hi, everything)
    if not (LINES_IN_SQL and bundle_sql.agrees(raw)):
        cursor = raw.execute(stored_sql, params)
        while rows := cursor.fetchmany(CHUNK):
            yield _part([_from_values(row[1:], parse) for row in rows])
        return
    cursor = raw.execute(lines_sql, params)
    while rows := cursor.fetchmany(CHUNK):
        odd = [row[4] for row in rows if row[0] is None]
        if odd:  # a time in another form, an unexpected type: the Python way, from the stored values
            made = {r[0]: _from_values(r[1:], parse)
                    for r in raw.execute(f"{_STORED_SQL}({', '.join('?' * len(odd))})", odd)}
            rows = [made[row[4]] if row[0] is None else row for row in rows]
        yield _part(rows)


def _from_values(values: Sequence[Any], parse: Any) -> tuple[bytes, str | None, str | None, bool]:
    """(line, device id, uuid if withdrawn, sealed?) of a row's stored values (SIGNATURE_COLUMNS)."""
    rec = stored_signature_json(values, parse)
    return dumps(rec), values[_DEVICE], rec["uuid"] if rec["withdrawn"] else None, "sealed" in rec


def _part(rows: list[Any]) -> Part:
    """A Part from rows of (line, device id, uuid if withdrawn, sealed?, ...)."""
    return Part([r[0] for r in rows], {r[1] for r in rows}, [r[2] for r in rows if r[2] is not None],
                any(map(itemgetter(3), rows)))


def build_bundle(s: Session, campaign: Campaign, device: Device, signing_key: Any, everything: bool,
                 progress: Progress | None = None) -> tuple[BundleBytes, int, int]:
    """Collect and seal a bundle; returns it with its sequence range. Writes nothing to the database."""
    progress = progress or NullProgress()
    cid = campaign.id
    lo, hi = export_range(s, device, cid, everything)
    total = s.scalar(select(func.count()).select_from(Signature).where(Signature.campaign_id == cid)) or 0
    progress.start(total, _("Collecting signatures"))
    devices: set[str | None] = {device.id}
    withdrawn_uuids: list[str] = []
    any_sealed = False
    lines = SignatureLines()  # compressed on a thread while the next rows are read
    try:
        for part in _signature_parts(s, cid, device.id, lo, hi, everything):
            any_sealed = any_sealed or part.sealed
            devices |= part.devices
            withdrawn_uuids += part.withdrawn
            lines.add(part.lines)
            progress.advance(len(part.lines))
        wstmt = select(Withdrawal.__table__).where(Withdrawal.campaign_id == cid)
        if not everything:
            wstmt = wstmt.where(or_(and_(Withdrawal.device_id == device.id, Withdrawal.device_seq.between(lo, hi)),
                                    Withdrawal.signature_uuid.in_(withdrawn_uuids)))
        wlines = [dumps(withdrawal_json(w)) for w in s.execute(wstmt.order_by(Withdrawal.id)).mappings()]
        header = _header(s, cid, device, devices, lo, hi, everything)
        sealed = seal_bundle(header, wlines, lines, BundleSource(
            cid, campaign.title, device.id, device.name, device.public_key or b"", lo, hi, everything),
            [OrganiserPublic.from_json(k) for k in campaign.organiser_keys or []], signing_key, any_sealed)
    finally:
        lines.close()
    return sealed, lo, hi


def _header(s: Session, cid: str, device: Device, device_ids: set[str | None], lo: int, hi: int,
            everything: bool) -> dict[str, Any]:
    """Events, volunteers and devices the records refer to, and (for --all) what was received."""
    events = [{"id": e.id, "name": e.name, "date": e.date.isoformat() if e.date else None, "location": e.location}
              for e in s.scalars(select(Event).where(Event.campaign_id == cid).order_by(Event.id))]
    volunteers = [{"id": v.id, "name": v.name}
                  for v in s.scalars(select(Volunteer).where(Volunteer.campaign_id == cid).order_by(Volunteer.id))]
    ids = sorted(d for d in device_ids if d)
    devices = [{"id": d.id, "name": d.name, "public_key": b64(d.public_key) if d.public_key else None}
               for d in s.scalars(select(Device).where(Device.id.in_(ids)).order_by(Device.id))]
    coverage: list[list[Any]] = [[device.id, lo, hi]] if hi >= lo else []
    if everything:
        coverage += [[r.device_id, r.seq_from, r.seq_to] for r in s.execute(
            select(SyncRange.device_id, SyncRange.seq_from, SyncRange.seq_to)
            .where(SyncRange.campaign_id == cid, SyncRange.device_id != device.id)
            .order_by(SyncRange.device_id, SyncRange.seq_from))]
    return {"campaign": cid, "events": events, "volunteers": volunteers, "devices": devices, "coverage": coverage}
