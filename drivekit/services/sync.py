"""Moving data between machines without a network: keys, campaign files, sync bundles, devices seen."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, undefer_group

from drivekit import files
from drivekit.errors import BadInput, Cancelled, KnownError, NotFound
from drivekit.i18n import N_, _, ngettext
from drivekit.progress import NullProgress, Progress
from drivekit.services.common import audit, campaign as get_campaign, local_device, take_sequence
from drivekit.services.records import full_campaign_label
from drivekit.storage.db import Database
from drivekit.storage.models import (
    WITHDRAWN,
    Campaign,
    Device,
    Signature,
    SyncExport,
    SyncImport,
    SyncRange,
    Withdrawal,
)

DEVICE_NAME_MAX = 60  # characters; the name is shown in tables and reports


def device_name_problem(name: str) -> str | None:
    """Why `name` cannot name this device (as rename_device says it), or None; a form keeps room for it."""
    if 1 <= len(" ".join((name or "").split())) <= DEVICE_NAME_MAX:
        return None
    return _("Give this device a name of 1 to {limit} characters.").format(limit=DEVICE_NAME_MAX)


@dataclass(frozen=True)
class DeviceIdentity:
    id: str
    name: str
    fingerprint: str
    public_key: bytes = b""


@dataclass(frozen=True)
class ExportResult:
    path: str
    bundle_id: str
    campaign_id: str
    seq_from: int
    seq_to: int
    records: int
    signatures: int
    withdrawals: int
    encrypted_for: str | None
    device: DeviceIdentity


@dataclass
class BundleReport:
    """What importing one file did: "imported", "already imported", "rejected" or "cancelled"."""

    file: str
    outcome: str
    reason: str = ""
    device_id: str = ""
    device_name: str = ""
    campaign_id: str = ""
    seq_from: int = 0
    seq_to: int = 0
    new: int = 0
    already_present: int = 0
    corrections: int = 0
    withdrawals: int = 0
    possible_duplicates: int = 0
    gaps: list[str] = field(default_factory=list)
    fingerprint: str = ""  # of the device's key
    enrolment: str = ""  # "needed" (refused: not enrolled), "enrolled" (by this import), or ""
    path: str = ""  # the file as given (`file` is its name)
    campaign_title: str = ""  # the campaign that received it, as people tell it apart from the others here

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class DeviceStatus:
    id: str
    name: str
    fingerprint: str
    is_self: bool
    bundles: int
    last_bundle_at: datetime | None
    last_file: str
    received_up_to: int
    gaps: list[tuple[int, int]]
    enrolled_at: datetime | None = None
    revoked_at: datetime | None = None
    relay: bool = False

    @property
    def trust(self) -> str:
        """"this device", "enrolled", "relay", "revoked" or "not enrolled" (seen in a relay's bundle)."""
        if self.is_self:
            return "this device"
        if self.revoked_at is not None:
            return "revoked"
        if self.enrolled_at is None:
            return "not enrolled"
        return "relay" if self.relay else "enrolled"

    @property
    def label(self) -> str:
        """The name people gave it, with the start of its id: names (often the computer's) repeat."""
        return f"{self.name} ({self.id[:8]})" if self.name else self.id[:8]

    @property
    def gaps_text(self) -> str:
        """The numbers not yet received, as people read them: "3 to 5, 9"."""
        return numbers_in_words(self.gaps)

    @property
    def missing(self) -> int:
        """How many signatures or changes (one number each) have not arrived yet."""
        return sum(b - a + 1 for a, b in self.gaps)


@dataclass(frozen=True)
class SentStatus:
    """What a laptop has sent of one campaign: its last sync file, and what is waiting for the next one."""

    device: DeviceIdentity
    files: int  # sync files written for this campaign
    last_file: str
    last_at: datetime | None
    sent_up_to: int  # this device's numbers, up to which the incremental files went
    waiting: int  # numbers (signatures, corrections, withdrawals) not yet in a file
    waiting_signatures: int  # of which new signatures
    installed: bool  # the campaign came from a campaign file (this computer is a laptop of it)


def numbers_in_words(gaps: Sequence[tuple[int, int]]) -> str:
    """Runs of sequence numbers as people read them: "3 to 5, 9"."""
    return ", ".join(_("{first} to {last}").format(first=a, last=b) if a != b else str(a) for a, b in gaps)


def device_names(devices: Sequence[DeviceStatus]) -> dict[str, str]:
    """The name people gave each device; the start of its id only where two share a name (laptops set up
    from one image) or it has none."""
    seen: dict[str, int] = {}
    for d in devices:
        seen[d.name.casefold()] = seen.get(d.name.casefold(), 0) + 1
    return {d.id: d.name if d.name and seen[d.name.casefold()] < 2 else d.label for d in devices}


def gaps_sentence(name: str, gaps: Sequence[tuple[int, int]]) -> str:
    """A sentence such as: Numbers 3 to 5 from “Stall 2” have not arrived yet: 3 signatures or changes."""
    count = sum(b - a + 1 for a, b in gaps)
    return ngettext("Number {numbers} from “{device}” has not arrived yet: {n} signature or change.",
                    "Numbers {numbers} from “{device}” have not arrived yet: {n} signatures or changes.",
                    count).format(numbers=numbers_in_words(gaps), device=name, n=count)


def ensure_identity(s: Session) -> Device:
    """This installation's device, with its Ed25519 key made on first use (kept in the database)."""
    from drivekit.sync.fileformat.keys import new_device_key

    device = local_device(s)
    if not device.secret_key:
        device.public_key, device.secret_key = new_device_key()
        s.flush()
    return device


def _identity(device: Device) -> DeviceIdentity:
    from drivekit.sync.fileformat.container import fingerprint

    return DeviceIdentity(device.id, device.name, fingerprint(device.public_key or b""), device.public_key or b"")


def _pick_campaign(s: Session, campaign_id: str | None) -> Campaign:
    if campaign_id:
        return get_campaign(s, campaign_id)
    campaigns = s.scalars(select(Campaign).order_by(Campaign.created_at).limit(2)).all()
    if not campaigns:
        raise BadInput(_("There is no campaign to export; import a campaign file first."))
    if len(campaigns) > 1:
        raise BadInput(_("This database holds several campaigns; choose one with --campaign ID."))
    return campaigns[0]


class SyncService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- identity and keys ---------------------------------------------------------------------
    def identity(self) -> DeviceIdentity:
        with self._db.session() as s:
            return _identity(ensure_identity(s))

    def rename_device(self, name: str) -> DeviceIdentity:
        """Name this device as people know it ("Stall 2"), for the organiser's reports of what
        is missing. The name travels in the next bundle; renaming takes a sequence number, so the
        newest name is the one of the bundle that reaches furthest (whatever order they arrive in)."""
        name = " ".join((name or "").split())
        problem = device_name_problem(name)
        if problem:
            raise BadInput(problem)
        with self._db.session() as s:
            device = ensure_identity(s)
            if device.name != name:
                take_sequence(s)
                device.name = name
                audit(s, "device.renamed", None, device=device.id)
            return _identity(device)

    # -- campaign files ------------------------------------------------------------------------
    def export_campaign(self, campaign_id: str, path: Path, key_path: Path, passphrase: str | None = None,
                        force: bool = False) -> dict[str, Any]:
        """Sign the campaign with the organiser key (added to the campaign's keys) and write the file.
        The revision is counted only if the file was written (one transaction, committed after it)."""
        from drivekit.sync.engine.campaign_install import campaign_file
        from drivekit.sync.fileformat.keys import load_organiser_key

        path = files.check_destination(path, force)
        secret = load_organiser_key(Path(key_path), passphrase)
        public = secret.public.to_json()
        with self._db.session() as s:
            c = get_campaign(s, campaign_id)
            keys = [k for k in (c.organiser_keys or []) if k.get("fingerprint") != public["fingerprint"]]
            c.organiser_keys = [*keys, public]
            c.revision = (c.revision or 0) + 1
            s.flush()
            withdrawn = list(s.scalars(select(Withdrawal.signature_uuid).where(Withdrawal.campaign_id == c.id)))
            data = campaign_file(c, secret, withdrawn)
            files.write_bytes(path, data, force)
            audit(s, "campaign.exported", c.id, file=Path(path).name, revision=c.revision, withdrawn=len(withdrawn))
            return {"id": c.id, "file": str(path), "revision": c.revision, "organiser": public["fingerprint"],
                    "withdrawn": len(withdrawn)}

    def import_campaign(self, path: Path) -> Any:
        """Install or update a campaign; signatures withdrawn at the organiser are erased here
        exactly as a withdrawal made on this laptop (a tombstone numbered by this device)."""
        from dataclasses import replace

        from drivekit.services.signatures import SignatureService, erase_signature
        from drivekit.storage import duplicate_marks
        from drivekit.sync.engine.campaign_install import install_campaign
        from drivekit.sync.engine.plans import IDS, in_chunks

        with self._db.session() as s:
            result = install_campaign(s, Path(path))
            erased = 0
            if result.outcome != "up to date":
                audit(s, f"campaign.{result.outcome}", result.campaign_id, file=Path(path).name,
                      revision=result.revision)
                live = [r[0] for r in in_chunks(s, select(Signature.id).where(
                    Signature.uuid.in_(IDS), Signature.campaign_id == result.campaign_id,
                    Signature.status != WITHDRAWN), list(result.withdrawn))]
                if live:
                    duplicate_marks.serialize_writers(s)
                    for sig_id in live:
                        sig = s.get(Signature, sig_id)
                        if sig is not None and sig.status != WITHDRAWN:
                            erase_signature(s, sig, "withdrawn at the organiser")
                            erased += 1
            result = replace(result, erased=erased)
        if erased:
            SignatureService(self._db).purge_erased()
        return result

    # -- bundles ---------------------------------------------------------------------------------
    def export_bundle(self, path: Path, campaign_id: str | None = None, everything: bool = False,
                      progress: Progress | None = None, force: bool = False) -> ExportResult:
        """Write a bundle to `path` (a file, or a folder: a new file there with the suggested name).
        Collected data is untouched; an existing file is replaced only with `force`."""
        from nacl.signing import SigningKey

        from drivekit.sync.engine.bundle_collect import build_bundle, free_path, suggested_name

        path = Path(path)
        if not path.is_dir():
            files.check_destination(path, force)
        with self._db.session() as s:
            device = ensure_identity(s)
            c = _pick_campaign(s, campaign_id)
            assert device.secret_key is not None  # ensure_identity made it
            bundle, lo, hi = build_bundle(s, c, device, SigningKey(device.secret_key), everything, progress)
            if path.is_dir():
                path = free_path(path, suggested_name(device, lo, hi, everything))
            files.write_bytes(path, bundle.data, force)
            s.add(SyncExport(bundle_id=bundle.bundle_id, campaign_id=c.id, seq_from=lo, seq_to=hi,
                             everything=everything, records=bundle.records, file_name=path.name[:500]))
            if not everything:
                device.exported_seq = max(device.exported_seq or 0, hi)
            audit(s, "sync.exported", c.id, file=path.name, bundle=bundle.bundle_id, seq_from=lo, seq_to=hi,
                  records=bundle.records, everything=everything)
            payload = bundle.manifest["payload"]
            return ExportResult(str(path), bundle.bundle_id, c.id, lo, hi, bundle.records, bundle.signatures,
                                bundle.withdrawals, payload.get("recipient"), _identity(device))

    def suggested_file_name(self, campaign_id: str | None = None, everything: bool = False) -> str:
        from drivekit.sync.engine.bundle_collect import export_range, suggested_name

        with self._db.session() as s:
            device = ensure_identity(s)
            c = _pick_campaign(s, campaign_id)
            try:
                lo, hi = export_range(s, device, c.id, everything)
            except BadInput:
                lo, hi = device.next_seq, device.next_seq - 1
            return suggested_name(device, lo, hi, everything)

    def import_bundles(self, paths: Sequence[Path], key_path: Path | None = None, passphrase: str | None = None,
                       progress: Progress | None = None, enrol: bool | Collection[str] = False,
                       relay: bool = False) -> list[BundleReport]:
        """Import each file on its own; a refused file is reported and leaves the database as it was.
        `enrol`: trust the devices of these files (True), or those with these fingerprints, before
        importing; `relay`: as organisers whose bundles may carry other devices' records."""
        from drivekit.sync.fileformat.keys import load_organiser_key

        progress = progress or NullProgress()
        key = load_organiser_key(Path(key_path), passphrase) if key_path else None
        reports: list[BundleReport] = []
        for path in map(Path, paths):
            try:
                progress.advance(0)  # a cancel stops before the next file, never inside one
            except Cancelled:
                reports += [BundleReport(p.name, "cancelled", _("not imported: cancelled"), path=str(p))
                            for p in map(Path, paths[len(reports):])]
                break
            report = self._import_one(path, key, progress, enrol, relay)
            report.path = str(path)
            reports.append(report)
        return reports

    def _import_one(self, path: Path, key: Any, progress: Progress, enrol: bool | Collection[str],
                    relay: bool) -> BundleReport:
        from drivekit.sync.engine import merge, trust
        from drivekit.sync.fileformat.limits import MAX_BUNDLE_FILE, read_bounded
        from drivekit.sync.fileformat.reader import bundle_summary, decode_bundle

        name = path.name
        fp = ""
        try:
            data = read_bounded(path, MAX_BUNDLE_FILE, N_("{name}: too large for a sync bundle ({size} MB); it is not a DriveKit "
                                                     "file."))
            manifest, bundle_id, head = bundle_summary(data, name)
            fp = head.device_fingerprint
            with self._db.session() as s:
                done = merge.already_imported(s, bundle_id)
                if done is not None:
                    return BundleReport(name, "already imported", _("already imported from {file}").format(file=done.file_name),
                                        done.device_id, "", done.campaign_id or "", done.seq_from, done.seq_to,
                                        fingerprint=fp, campaign_title=self._campaign_label(done.campaign_id or ""))
                # Decided from the signed header alone: a stranger's payload is never opened.
                merge.check_campaign(s, head)
                device = trust.admit(s, head, enrol is True or fp in (enrol or ()))
                # This database's own export holds what it received: it relays.
                as_relay = bool(device.relay or device.is_self) if device is not None else relay
            bundle = decode_bundle(data, name, key)
            with self._db.session() as s:
                merge.check(s, bundle, as_relay)
        except trust.NotEnrolled as err:
            return BundleReport(name, "rejected", str(err), err.device.device_id, err.device.name,
                                fingerprint=err.device.fingerprint, enrolment="needed")
        except KnownError as err:
            return BundleReport(name, "rejected", str(err), fingerprint=fp)
        if device is None:
            with self._db.session() as s:
                trust.enrol(s, bundle, relay)
                audit(s, "device.enrolled", bundle.campaign_id, device=bundle.device_id, fingerprint=fp, relay=relay)
        try:
            counts = merge.apply_bundle(self._db, bundle, progress)
        except merge.AlreadyImported as err:  # another importer took the same file at the same moment
            return BundleReport(name, "already imported", _("already imported from {file}").format(file=err.file_name), err.device_id,
                                "", err.campaign_id, err.seq_from, err.seq_to, fingerprint=fp)
        from drivekit.services.retention import RetentionService

        RetentionService(self._db).reapply({bundle.campaign_id})  # a purged campaign stays purged
        if counts.erased:
            from drivekit.services.signatures import SignatureService

            SignatureService(self._db).purge_erased()
        counted: dict[str, Any] = counts.as_dict()
        report = BundleReport(name, "imported", "", bundle.device_id, trust.device_name(bundle),
                              bundle.campaign_id, bundle.seq_from, bundle.seq_to, **counted,
                              fingerprint=fp, enrolment="enrolled" if device is None else "")
        report.campaign_title = self._campaign_label(bundle.campaign_id)
        covered = {bundle.device_id, *(c[0] for c in bundle.coverage)}
        devices = self.devices(bundle.campaign_id)
        names = device_names(devices)
        report.gaps = [gaps_sentence(names[d.id], d.gaps) for d in devices if d.gaps and d.id in covered]
        return report

    def _campaign_label(self, campaign_id: str) -> str:
        """The campaign's title, told apart (organisation, day, id) from another one here with the same title."""
        with self._db.session() as s:
            c = s.get(Campaign, campaign_id)
            if c is None:
                return ""
            key = c.title.strip().casefold()
            same = sum(t.strip().casefold() == key for t in s.scalars(select(Campaign.title)))
            return full_campaign_label(c.id, c.title, c.organisation, c.created_at) if same > 1 else c.title

    def enrol_device(self, device_id: str, name: str, public_key: bytes, relay: bool = False) -> DeviceIdentity:
        """Enrol a device by its key, without a bundle (e.g. read from the laptop itself)."""
        from drivekit.sync.engine import trust
        from drivekit.sync.fileformat.container import fingerprint
        from drivekit.sync.fileformat.reader import DecodedBundle

        head = DecodedBundle("", "", {"device": {"name": name}}, device_id, public_key, "", 1, 0)
        with self._db.session() as s:
            device = trust.admit(s, head, True) or trust.enrol(s, head, relay)
            audit(s, "device.enrolled", None, device=device.id, fingerprint=fingerprint(public_key), relay=relay)
            return DeviceIdentity(device.id, device.name, fingerprint(public_key))

    def revoke(self, fingerprint_text: str) -> list[DeviceIdentity]:
        """Refuse every future bundle of the device(s) with this key; what was imported stays."""
        from drivekit.sync.engine import trust
        from drivekit.sync.fileformat.container import fingerprint

        with self._db.session() as s:
            found = trust.devices_with_fingerprint(s, fingerprint_text)
            if not found:
                raise NotFound(_("No other device here has the fingerprint {fingerprint}; see drivekit sync "
                                 "devices.").format(fingerprint=trust.short_fingerprint(fingerprint_text)))
            now = datetime.now(timezone.utc)
            for d in found:
                if d.revoked_at is None:
                    d.revoked_at = now
                    audit(s, "device.revoked", None, device=d.id, fingerprint=fingerprint(d.public_key or b""))
            return [DeviceIdentity(d.id, d.name, fingerprint(d.public_key or b"")) for d in found]

    def installed_here(self, campaign_id: str) -> bool:
        """Whether the campaign came from an organiser's campaign file (this computer is one of its laptops)
        rather than being created here (the organiser's computer)."""
        with self._db.session() as s:
            return s.scalar(select(Campaign.installed_at).where(Campaign.id == campaign_id)) is not None

    def sent(self, campaign_id: str) -> SentStatus:
        """What this computer has sent of the campaign in sync files, and what waits for the next one."""
        with self._db.session() as s:
            c = get_campaign(s, campaign_id)
            device = ensure_identity(s)
            exports = select(SyncExport).where(SyncExport.campaign_id == c.id)
            files_written = s.scalar(select(func.count()).select_from(exports.subquery())) or 0
            last = s.scalars(exports.order_by(SyncExport.created_at.desc(), SyncExport.id.desc()).limit(1)).first()
            upto = s.scalar(select(func.max(SyncExport.seq_to)).where(
                SyncExport.campaign_id == c.id, SyncExport.everything.is_(False))) or 0
            new_signatures = s.scalar(select(func.count()).select_from(Signature).where(
                Signature.device_id == device.id, Signature.device_seq > upto, Signature.campaign_id == c.id)) or 0
            # The numbers are this device's, shared by every campaign on it: those another campaign
            # used (its signatures, corrections, withdrawals) never go in this campaign's files.
            elsewhere = sum(s.scalar(q) or 0 for q in (
                select(func.count()).select_from(Signature).where(
                    Signature.device_id == device.id, Signature.device_seq > upto, Signature.campaign_id != c.id),
                select(func.count()).select_from(Signature).where(
                    Signature.edit_device_id == device.id, Signature.edit_seq > upto, Signature.campaign_id != c.id),
                select(func.count()).select_from(Withdrawal).where(
                    Withdrawal.device_id == device.id, Withdrawal.device_seq > upto, Withdrawal.campaign_id != c.id)))
            waiting = max(new_signatures, device.next_seq - 1 - upto - elsewhere)
            return SentStatus(_identity(device), files_written, last.file_name if last else "",
                              last.created_at if last else None, upto, waiting, new_signatures,
                              c.installed_at is not None)

    # -- devices seen ----------------------------------------------------------------------------
    def devices(self, campaign_id: str | None = None) -> list[DeviceStatus]:
        """Every device known here, with its last bundle and the sequence numbers still missing."""
        from drivekit.sync.engine.merge import gaps
        from drivekit.sync.fileformat.container import fingerprint

        with self._db.session() as s:
            cid = get_campaign(s, campaign_id).id if campaign_id else None
            rq = select(SyncRange.device_id, SyncRange.campaign_id, SyncRange.seq_from, SyncRange.seq_to)
            if cid:
                rq = rq.where(SyncRange.campaign_id == cid)
            ranges: dict[tuple[str, str], list[tuple[int, int]]] = {}
            for r in s.execute(rq):
                ranges.setdefault((r.device_id, r.campaign_id), []).append((r.seq_from, r.seq_to))
            iq = select(SyncImport.device_id, func.count(), func.max(SyncImport.imported_at)).group_by(SyncImport.device_id)
            if cid:
                iq = iq.where(SyncImport.campaign_id == cid)
            imports = {r[0]: (r[1], r[2]) for r in s.execute(iq)}
            last_files = dict(s.execute(select(SyncImport.device_id, SyncImport.file_name)
                                        .order_by(SyncImport.imported_at, SyncImport.id)).all())
            out = []
            for d in s.scalars(select(Device).options(undefer_group("trust")).order_by(Device.is_self.desc(), Device.name, Device.id)):
                mine = [rng for (dev, _c), rs in ranges.items() if dev == d.id for rng in [rs]]
                missing = [g for rs in mine for g in gaps(rs)]
                upto = max((hi for rs in mine for _lo, hi in rs), default=0)
                n, last = imports.get(d.id, (0, None))
                if cid and not d.is_self and not mine and not n and d.enrolled_at is None:
                    continue
                out.append(DeviceStatus(d.id, d.name, fingerprint(d.public_key) if d.public_key else "",
                                        bool(d.is_self), n, last, last_files.get(d.id, ""), upto, missing,
                                        d.enrolled_at, d.revoked_at, bool(d.relay)))
            return out
