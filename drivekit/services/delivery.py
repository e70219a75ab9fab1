"""What goes out to decision makers and online tools: which signatures, in what order, and the audit trail."""

from __future__ import annotations

import contextlib
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from drivekit import files
from drivekit.domain.statuses import DUPLICATE, POSSIBLE_DUPLICATE, WITHDRAWN
from drivekit.domain.text import display_name
from drivekit.errors import BadInput, Cancelled, DatabaseLocked
from drivekit.export.model import PacketHeader, PacketOptions, PacketResult, PacketRow
from drivekit.i18n import N_, _, ngettext
from drivekit.progress import NullProgress, Progress
from drivekit.services.common import audit, campaign as get_campaign, find_by_id
from drivekit.services.records import TargetInfo
from drivekit.services.retention import refuse_if_purged
from drivekit.services.sealing import refuse_if_sealed
from drivekit.storage import tallies
from drivekit.storage.db import Database, begin_snapshot, begin_write
from drivekit.storage.models import VALID, Campaign, Event, Signature, Target
from drivekit.storage.search import postcode_area_condition

CHUNK = 1000


@dataclass(frozen=True)
class PacketsExport:
    packets: list[PacketResult]
    outside_targets: int | None  # valid signatures in no target's packet; None when targets were chosen


@dataclass(frozen=True)
class TableExport:
    """A CSV or OSDI file written: its rows, the signers left out of it per reason (`LEFT_OUT`
    words), and how many rows carry contact details or had them withheld for want of an opt-in."""

    path: str
    count: int
    left_out: dict[str, int] = field(default_factory=dict)
    with_contacts: int = 0
    withheld_contacts: int = 0


# Why a signature is not in a CSV or OSDI file, for people (the file's own reasons come from export.tables);
# marked for translation, translated where they are shown.
LEFT_OUT = {
    WITHDRAWN: N_("withdrawn"),
    DUPLICATE: N_("duplicates of another signature"),
    POSSIBLE_DUPLICATE: N_("possible duplicates not yet reviewed"),
    "outside_target": N_("outside the target's postcode areas"),
}


@dataclass(frozen=True)
class SheetsExport:
    path: str
    first: int
    last: int


@dataclass(frozen=True)
class PacketPlan:
    """One packet to write: its target (None = everyone) and how many signatures it will list."""

    target: TargetInfo | None
    count: int


def _target_info(t: Target) -> TargetInfo:
    return TargetInfo(t.id, t.name, t.role, t.organisation, list(t.postcode_prefixes or []))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "target"


class DeliveryService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # which signatures ----------------------------------------------------------------------
    def _where(self, s: Any, campaign: Campaign, target_id: str | None) -> tuple[list[Any], Target | None]:
        target = None
        conds = [Signature.campaign_id == campaign.id, Signature.status == VALID]
        if target_id:
            target = find_by_id(s, Target, target_id, "target")
            if target.campaign_id != campaign.id:
                raise BadInput(_("Target “{name}” belongs to another campaign.").format(name=target.name))
            area = postcode_area_condition(list(target.postcode_prefixes or []))
            if area is not None:
                conds.append(area)
        return conds, target

    def plan(self, campaign_id: str, target_ids: list[str] | None = None) -> list[PacketPlan]:
        """The packets an export writes: the given targets, else one per target, else one of everyone.
        The counts come from the postcode-area tallies (storage/tallies.py) in one read snapshot: a
        few thousand rows however many signatures there are (a target prefix longer than the tally's
        areas is counted from the signatures)."""
        with self._db.session() as s:
            begin_snapshot(s)
            c = get_campaign(s, campaign_id)
            if target_ids:
                targets = [find_by_id(s, Target, t, "target") for t in target_ids]
            else:
                targets = list(s.scalars(select(Target).where(Target.campaign_id == c.id).order_by(Target.name)))
            out = []
            for target in targets or [None]:
                prefixes = list(target.postcode_prefixes or []) if target is not None else []
                out.append(PacketPlan(_target_info(target) if target else None,
                                      tallies.in_areas(s, c.id, prefixes, VALID)))
            return out

    def count(self, campaign_id: str, target_id: str | None = None) -> int:
        """How many signatures a packet for this target (None = everyone) lists."""
        with self._db.session() as s:
            c = get_campaign(s, campaign_id)
            target = self._where(s, c, target_id)[1]
            return tallies.in_areas(s, c.id, list(target.postcode_prefixes or []) if target else [], VALID)

    def outside_targets(self, campaign_id: str) -> int:
        """Valid signatures in no target's area: they would be in none of the per-target packets."""
        with self._db.session() as s:
            begin_snapshot(s)
            c = get_campaign(s, campaign_id)
            areas = [list(t.postcode_prefixes or []) for t in s.scalars(select(Target).where(Target.campaign_id == c.id))]
            if not areas or any(not any(tallies.area_key(p) for p in prefixes) for prefixes in areas):
                return 0  # no targets, or one target takes everyone
            in_some_area = tallies.in_areas(s, c.id, [p for prefixes in areas for p in prefixes], VALID)
            return tallies.in_areas(s, c.id, [], VALID) - in_some_area

    def header(self, campaign_id: str, target_id: str | None) -> PacketHeader:
        with self._db.session() as s:
            return self._header(s, get_campaign(s, campaign_id), target_id)

    def _header(self, s: Session, c: Campaign, target_id: str | None) -> PacketHeader:
        t = self._where(s, c, target_id)[1]
        events = {e.id: (e.name, e.date) for e in s.scalars(select(Event).where(Event.campaign_id == c.id))}
        return PacketHeader(
            organisation=c.organisation, title=c.title, text=c.text, campaign_id=c.id,
            target_id=t.id if t else None, target_name=t.name if t else "", target_role=t.role if t else "",
            target_organisation=t.organisation if t else "",
            postcode_prefixes=tuple(t.postcode_prefixes or []) if t else (), events=events)

    def rows(self, campaign_id: str, target_id: str | None, with_drawings: bool = False) -> Iterator[PacketRow]:
        """The packet's rows in id order, streamed in chunks from one read transaction."""
        with self._db.session() as s:
            yield from self._rows(s, get_campaign(s, campaign_id), target_id, with_drawings)

    def _rows(self, s: Session, c: Campaign, target_id: str | None, with_drawings: bool) -> Iterator[PacketRow]:
        cols = [Signature.first_name, Signature.last_name, Signature.postcode, Signature.city, Signature.country,
                Signature.address, Signature.signed_at, Signature.comment, Signature.event_id]
        if with_drawings:
            cols += [Signature.drawing, Signature.drawing_format]
        conds = self._where(s, c, target_id)[0]
        stmt = select(*cols).where(*conds).order_by(Signature.id).execution_options(yield_per=CHUNK)
        # Plain rows read on the session's connection (same transaction, same snapshot): the ORM's
        # result layer added a third to the reading of each row.
        for r in s.connection().execute(stmt):
            yield PacketRow(
                name=display_name(r[0], r[1]), postcode=r[2] or "", city=r[3] or "",
                country=r[4] or "", address=r[5] or "", signed_at=r[6], comment=r[7] or "", event_id=r[8],
                drawing=r[9] if with_drawings else None, drawing_format=r[10] if with_drawings else None)

    # the packet ----------------------------------------------------------------------------
    def export_packet(self, campaign_id: str, target_id: str | None, path: Path, options: PacketOptions,
                      signer: Any = None, progress: Progress | None = None,
                      timestamp_url: str | None = None, force: bool = False) -> PacketResult:
        """Write (and optionally sign) one packet; the file appears only when complete, and replaces
        an existing file only with `force`.

        The header, the count and the rows are read in one read transaction (one snapshot), so a
        signature saved meanwhile is in all of them or in none: the cover's count is the list's."""
        staged = files.Staged(path, force)
        try:
            result, target = self._stage_packet(campaign_id, target_id, staged, options, signer, progress,
                                                timestamp_url)
            staged.place()
        finally:
            staged.discard()
        self._record_export(campaign_id, target, result, signer, options)
        return result

    def _stage_packet(self, campaign_id: str, target_id: str | None, staged: files.Staged, options: PacketOptions,
                      signer: Any, progress: Progress | None,
                      timestamp_url: str | None) -> tuple[PacketResult, str | None]:
        """The packet written whole, and signed, in `staged`'s temporary file (placing it is the
        caller's), and the id of its target."""
        from drivekit.export.signing import certificate_fingerprint, signer_name

        progress = progress or NullProgress()
        path = staged.path
        with self._db.session() as s:
            begin_snapshot(s)
            c = get_campaign(s, campaign_id)
            refuse_if_purged(c, _("a delivery packet with names"))
            refuse_if_sealed(c, _("A delivery packet"))
            header = self._header(s, c, target_id)
            if signer is not None:
                header = replace(header, signed_by=signer_name(signer),
                                 certificate_fingerprint=certificate_fingerprint(signer))
            conds = self._where(s, c, target_id)[0]
            total = int(s.scalar(select(func.count()).select_from(Signature).where(*conds)) or 0)
            try:
                work = tempfile.TemporaryDirectory(prefix=".drivekit-", dir=path.parent)
            except OSError as err:
                raise files.plain_os_error(err, path) from None
            with work as tmp:
                facts = self._write(s, c, target_id, header, total, Path(tmp), staged, options, signer, progress,
                                    timestamp_url)
        signed = facts.get("signing")
        return PacketResult(str(path), facts["count"], facts["pages"], facts["fingerprint"],
                            facts["distinct_images"], header.signed_by or None, header.target_name,
                            header.certificate_fingerprint or None, signed.level if signed else None,
                            signed.note if signed else ""), header.target_id

    def _record_export(self, campaign_id: str, target_id: str | None, result: PacketResult, signer: Any,
                       options: PacketOptions) -> None:
        with self._db.session() as s:
            audit(s, "packet.exported", get_campaign(s, campaign_id).id, target=target_id,
                  count=result.count, pages=result.pages, fingerprint=result.fingerprint, signed=signer is not None,
                  certificate=result.certificate_fingerprint, pades_level=result.pades_level,
                  signature_images=options.signature_images, full_address=options.full_address)

    def _write(self, s: Session, c: Campaign, target_id: str | None, header: PacketHeader, total: int, tmp: Path,
               staged: files.Staged, options: PacketOptions, signer: Any, progress: Progress,
               timestamp_url: str | None = None) -> dict[str, Any]:
        """Write the packet in `tmp` from the rows of `s`'s snapshot, and sign it into `staged`'s file."""
        from drivekit.export.packet import write_packet
        from drivekit.export.signing import SigningOptions, finalize

        raw, listed = tmp / "raw.pdf", tmp / "list.tsv"
        try:
            with open(listed, "wb") as sink:
                facts = write_packet(str(raw), header, self._rows(s, c, target_id, options.signature_images),
                                     options, progress, total, sink)
            meta = {"format": "drivekit-packet/1", "campaign": header.campaign_id, "target": header.target_id,
                    "target_name": header.target_name, "count": facts["count"],
                    "fingerprint": facts["fingerprint"], "full_address": options.full_address}
            facts["signing"] = finalize(raw, staged.tmp, listed, meta, signer, SigningOptions(timestamp_url))
        except OSError as err:
            raise files.plain_os_error(err, staged.path) from None
        return facts

    def export_packets(self, campaign_id: str, target_ids: list[str] | None, out: Path, options: PacketOptions,
                       signer: Any = None, progress: Progress | None = None,
                       timestamp_url: str | None = None, force: bool = False) -> PacketsExport:
        """The packets of the given targets (else one per target, else one of everyone). `out` is the
        file (F-<target>.pdf when there are several), or a folder: packet-<campaign title>.pdf there.
        `outside_targets` (when no target was chosen): valid signatures in no packet. Every file is
        checked before the first is written: none replaced without `force`, none the database.

        All or nothing: every packet is written whole before the first is put in place, so a person
        who cancels, a full disk or a refused certificate leaves the folder as it was, never a new
        packet for one decision maker beside an old one (or none) for the next."""
        plans, paths = self._packet_files(campaign_id, target_ids, Path(out))
        existing = [p for p in paths if p.exists()]
        if existing and not force and len(paths) > 1:
            if len(existing) == 1:
                refusal = _("{file} already exists; no packet was written (use --force to replace it).")
            else:
                refusal = ngettext("{file} and {n} other packet file already exist; no packet was written (use "
                                   "--force to replace them).",
                                   "{file} and {n} other packet files already exist; no packet was written (use "
                                   "--force to replace them).", len(existing) - 1)
            raise files.OutputRefused(refusal.format(file=existing[0], n=len(existing) - 1))
        for path in paths:
            files.check_destination(path, force)
        written: list[tuple[files.Staged, PacketResult, str | None]] = []
        with contextlib.ExitStack() as leftovers:
            for plan, path in zip(plans, paths, strict=True):
                staged = files.Staged(path, force)
                leftovers.callback(staged.discard)
                written.append((staged, *self._stage_packet(campaign_id, plan.target.id if plan.target else None,
                                                            staged, options, signer, progress, timestamp_url)))
            if getattr(progress, "cancelled", False):  # the last moment a Cancel is heard: nothing is in place yet
                raise Cancelled(_("Cancelled; nothing was changed."))  # (no advance(0): a terminal's bar would draw again)
            placed = 0
            try:
                for staged, _result, _target in written:
                    staged.place()
                    placed += 1
            finally:
                for _staged, result, target in written[:placed]:
                    self._record_export(campaign_id, target, result, signer, options)
        return PacketsExport([result for _staged, result, _target in written],
                             None if target_ids else self.outside_targets(campaign_id))

    def _packet_files(self, campaign_id: str, target_ids: list[str] | None,
                      out: Path) -> tuple[list[PacketPlan], list[Path]]:
        plans = self.plan(campaign_id, target_ids or None)
        if out.is_dir():
            with self._db.session() as s:
                out = out / f"packet-{slug(get_campaign(s, campaign_id).title)}.pdf"
        return plans, self.packet_paths(plans, out)

    def existing_packet_files(self, campaign_id: str, target_ids: list[str] | None, out: Path) -> list[str]:
        """The files an export of these packets to `out` would replace (the GUI asks before it does)."""
        return [str(p) for p in self._packet_files(campaign_id, target_ids, Path(out))[1] if p.exists()]

    def packet_paths(self, plans: list[PacketPlan], out: Path) -> list[Path]:
        """One file per target named from `out` (F-<target>.pdf) when there are several packets."""
        if len(plans) == 1:
            return [out]
        stem, suffix = out.stem, out.suffix or ".pdf"
        names: list[Path] = []
        for p in plans:
            base = f"{stem}-{slug(p.target.name) if p.target else 'all'}"
            candidate, i = out.with_name(base + suffix), 2
            while candidate in names:
                candidate, i = out.with_name(f"{base}-{i}{suffix}"), i + 1
            names.append(candidate)
        return names

    def record(self, campaign_id: str, action: str, **details: Any) -> None:
        """Audit an export done elsewhere (CSV, OSDI, blank sheets); details carry counts, never people."""
        with self._db.session() as s:
            audit(s, action, get_campaign(s, campaign_id).id, **details)

    def signers(self, campaign_id: str, target_id: str | None = None) -> Iterator[dict[str, Any]]:
        """Every valid signature with its contact details, in id order, for CSV and OSDI files."""
        cols = [Signature.uuid, Signature.first_name, Signature.last_name, Signature.email, Signature.phone,
                Signature.address, Signature.postcode, Signature.city, Signature.region, Signature.country,
                Signature.comment, Signature.signed_at, Signature.contact_consent, Signature.source]
        with self._db.session() as s:
            conds = self._where(s, get_campaign(s, campaign_id), target_id)[0]
            stmt = select(*cols).where(*conds).order_by(Signature.id).execution_options(yield_per=CHUNK)
            for r in s.execute(stmt):
                yield dict(r._mapping)

    def campaign_summary(self, campaign_id: str) -> dict[str, Any]:
        """The petition and its targets, as plain data for OSDI and blank sheets."""
        with self._db.session() as s:
            c = get_campaign(s, campaign_id)
            targets = [_target_info(t) for t in s.scalars(select(Target).where(Target.campaign_id == c.id)
                                                          .order_by(Target.name))]
            return {"id": c.id, "title": c.title, "text": c.text, "organisation": c.organisation,
                    "consent_text": c.consent_text, "consent_version": c.consent_version, "goal": c.goal,
                    "created_at": c.created_at, "targets": targets}

    def reserve_sheets(self, campaign_id: str, pages: int) -> int:
        """Sheet numbers never repeat within a campaign: returns the first of `pages` fresh numbers, audited."""
        if pages < 1:
            raise BadInput(_("Print at least one sheet."))
        with self._db.session() as s:
            begin_write(s)
            c = get_campaign(s, campaign_id)
            first = self._first_free_sheet(s, c)
            audit(s, "sheets.printed", c.id, first=first, last=first + pages - 1)
            return first

    def _first_free_sheet(self, s: Session, c: Campaign) -> int:
        from drivekit.storage.models import AuditEntry

        used = [d.get("last", 0) for d in s.scalars(select(AuditEntry.details).where(
            AuditEntry.campaign_id == c.id, AuditEntry.action == "sheets.printed"))]
        printed = s.scalar(select(func.max(Signature.sheet_number)).where(Signature.campaign_id == c.id)) or 0
        return max([0, printed, *[int(u) for u in used]]) + 1

    # files for online tools and paper ------------------------------------------------------
    def left_out_by_status(self, campaign_id: str, target_id: str | None = None) -> dict[str, int]:
        """Signatures of the campaign that no CSV or OSDI file of it lists, per reason: withdrawn,
        duplicates, possible duplicates awaiting review, and (for one target) valid ones outside its area."""
        with self._db.session() as s:
            c = get_campaign(s, campaign_id)
            by_status = s.execute(select(Signature.status, func.count()).where(
                Signature.campaign_id == c.id, Signature.status != VALID).group_by(Signature.status)).all()
            out: dict[str, int] = {str(status): int(n) for status, n in by_status if n}
            if target_id:
                conds = self._where(s, c, target_id)[0]
                valid = s.scalar(select(func.count()).select_from(Signature).where(
                    Signature.campaign_id == c.id, Signature.status == VALID)) or 0
                listed = s.scalar(select(func.count()).select_from(Signature).where(*conds)) or 0
                if valid - listed:
                    out["outside_target"] = int(valid - listed)
            return out

    def export_table(self, campaign_id: str, kind: str, path: Path, target_id: str | None = None,
                     csv_format: str = "drivekit", include_contacts: bool = False,
                     progress: Progress | None = None, force: bool = False) -> TableExport:
        """Valid signatures as CSV (`kind` "csv", in `csv_format`) or OSDI JSON ("osdi"), audited.
        Email, phone and address only for signers who opted in, unless `include_contacts`; an
        Action Network file holds only opted-in signers with an email or a phone, whatever the flags.
        An existing file is replaced only with `force`; the database itself never."""
        from drivekit.export.tables import CSV_FORMATS, write_csv, write_osdi

        if kind not in ("csv", "osdi"):
            raise BadInput(_("Unknown export kind “{kind}”.").format(kind=kind))
        if kind == "csv" and csv_format not in CSV_FORMATS:
            raise BadInput(_("Unknown CSV format “{csv_format}” (use {items}).").format(csv_format=csv_format, items=' or '.join(CSV_FORMATS)))
        path = files.check_destination(path, force)
        with self._db.session() as s:
            c = get_campaign(s, campaign_id)
            refuse_if_purged(c, _("a {kind} file of signers").format(kind=kind.upper()))
            refuse_if_sealed(c, _("A {kind} file of signers").format(kind=kind.upper()))
        total = self.count(campaign_id, target_id)
        petition = self.campaign_summary(campaign_id) if kind == "osdi" else None
        with files.open_output(path, "w", force=force, encoding="utf-8", newline="") as out:
            if petition is None:
                counts = write_csv(out, self.signers(campaign_id, target_id), csv_format, include_contacts,
                                   progress, total)
            else:
                counts = write_osdi(out, petition, self.signers(campaign_id, target_id), include_contacts,
                                    progress, total)
        left_out = {**self.left_out_by_status(campaign_id, target_id), **counts.left_out}
        details: dict[str, Any] = {"count": counts.written}
        if kind == "csv":
            details["format"] = csv_format
        details["include_contacts"] = include_contacts and csv_format != "actionnetwork"
        # Counts only, never people: how many rows carry contact details, and who was left out why.
        details["contact_details"] = counts.with_contacts
        details["left_out"] = left_out
        self.record(campaign_id, f"{kind}.exported", **details)
        return TableExport(str(path), counts.written, left_out, counts.with_contacts, counts.withheld_contacts)

    def export_blank_sheets(self, campaign_id: str, path: Path, pages: int,
                            progress: Progress | None = None, force: bool = False) -> SheetsExport:
        """Printable sheets with fresh sheet numbers (never reused in the campaign).

        The numbers are recorded only with the file: the sheets are drawn into a temporary file
        without holding the database, then one write transaction checks the numbers are still free,
        records them, puts the file in place and commits. A failed or refused write records nothing;
        numbers taken meanwhile by another export make it draw again with the next free ones."""
        from drivekit.export.sheets import write_sheets

        if pages < 1:
            raise BadInput(_("Print at least one sheet (--pages 1 or more)."))
        path = files.check_destination(path, force)
        petition = self.campaign_summary(campaign_id)
        for _attempt in range(5):
            with self._db.session() as s:
                first = self._first_free_sheet(s, get_campaign(s, campaign_id))
            staged = files.Staged(path, force)
            try:
                try:
                    write_sheets(str(staged.tmp), petition, first, pages, progress)
                except OSError as err:
                    raise files.plain_os_error(err, path) from None
                if self._record_sheets(campaign_id, first, pages, staged):
                    return SheetsExport(str(path), first, first + pages - 1)
            finally:
                staged.discard()
        raise DatabaseLocked(_("Other exports keep taking the next sheet numbers; try again in a moment."))

    def _record_sheets(self, campaign_id: str, first: int, pages: int, staged: files.Staged) -> bool:
        """Record sheets first.. and place their file, in one transaction; False if the numbers were taken."""
        placed = False
        try:
            with self._db.session() as s:
                begin_write(s)
                c = get_campaign(s, campaign_id)
                if self._first_free_sheet(s, c) != first:
                    return False
                audit(s, "sheets.printed", c.id, first=first, last=first + pages - 1)
                s.flush()
                staged.place()
                placed = True
        except BaseException:
            if placed:  # the numbers were not recorded: a file showing them must not stay
                staged.path.unlink(missing_ok=True)
            raise
        return True
