"""The safety net: backups (automatic and on demand), checks, restores, and withdrawals that no
backup can bring back. SQLite only; a PostgreSQL server is backed up with its own tools."""

from __future__ import annotations

import builtins
import logging
import os
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy.exc import OperationalError

from drivekit import files as outputs
from drivekit.errors import BadFile, BadInput, DatabaseDamaged, DatabaseLocked, DatabaseTooNew, KnownError
from drivekit.i18n import _
from drivekit.storage import backup as files, safety_state
from drivekit.storage.audit import audit
from drivekit.storage.backup import BackupFile, FileCheck, Tombstone
from drivekit.storage.db import Database, sqlite_has_fts_secure_delete, sqlite_path_of

log = logging.getLogger(__name__)

# One rewrite of the backups at a time in this process: the Signatures page erases them on a
# worker thread after each withdrawal. Two at once would do the work twice, and one that waited
# longer than the copy's busy timeout would take the busy copy for a damaged one and delete it.
_REWRITING = threading.Lock()

BACKUP_FOLDER = "backups"
# When a restore replaces a database that cannot be read, this device's next sequence number
# jumps this far past the last one remembered, so no number sent in a bundle is ever reused.
SEQ_GAP_UNREADABLE = 1_000_000
AUTO_EVERY_SIGNATURES = 100
AUTO_EVERY_SECONDS = 15 * 60


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    size: int


@dataclass(frozen=True)
class BackupResult:
    copies: tuple[BackupInfo, ...]  # the files written (data folder first, then the second folder)
    warnings: tuple[str, ...] = ()  # e.g. the second folder (a USB stick) is not there


@dataclass(frozen=True)
class BackupPolicy:
    folder: Path  # the data folder's backups
    second_folder: Path | None
    keep: int
    last_backup: datetime | None


@dataclass(frozen=True)
class CheckReport:
    database: Path
    ok: bool
    problems: tuple[str, ...]
    schema: str | None
    newest_good_backup: Path | None


@dataclass(frozen=True)
class RestoreReport:
    database: Path
    restored_from: Path
    kept_copy: Path | None  # the database as it was before (None when there was none)
    schema: str
    withdrawals_reapplied: int


class BackupSchedule:
    """When collecting, an automatic backup is due after 100 signatures or 15 minutes with saves."""

    def __init__(self, every_signatures: int = AUTO_EVERY_SIGNATURES, every_seconds: float = AUTO_EVERY_SECONDS) -> None:
        self.every_signatures, self.every_seconds = every_signatures, every_seconds
        self.unsaved = 0  # signatures saved since the last backup
        self._since: float | None = None

    def note_saved(self, now: float) -> bool:
        """A signature was saved; True when a backup is due now."""
        self.unsaved += 1
        if self._since is None:
            self._since = now
        return self.unsaved >= self.every_signatures

    def due(self, now: float) -> bool:
        return self._since is not None and self.unsaved > 0 and now - self._since >= self.every_seconds

    def done(self) -> None:
        self.unsaved, self._since = 0, None


def _file_signature(path: Path) -> dict[str, int]:
    """Size and time of the file and of a WAL that holds pages: unchanged since a good check (or the
    last backup) means no need to check (or copy) again.

    An empty WAL holds nothing, and SQLite creates or truncates it each time the app opens or closes
    the file without writing anything: its time alone must not count as a change, or closing a
    window that only read a 1,000,000-signature database copied 1.3 GB. Every write either leaves
    pages in the WAL or, once checkpointed, changes the file itself."""
    sig: dict[str, int] = {}
    for key, p in (("db", path), ("wal", Path(str(path) + "-wal"))):
        try:
            st = os.stat(p)
        except OSError:
            continue
        if key == "wal" and st.st_size == 0:
            continue
        sig[f"{key}_size"], sig[f"{key}_mtime_ns"] = st.st_size, st.st_mtime_ns
    return sig


class BackupService:
    """Backups of one SQLite database file. Made from `Database` by build_services, or from a path
    alone (`for_path`) for `check` and `restore`, which must work when the database cannot be opened."""

    def __init__(self, db: Database | None = None, path: Path | None = None) -> None:
        self._db = db
        self._path = path if path is not None else (db.sqlite_path if db is not None else None)

    @classmethod
    def for_url(cls, url: str) -> BackupService:
        return cls(None, sqlite_path_of(url))

    # -- where ----------------------------------------------------------------------------------
    @property
    def path(self) -> Path:
        if self._path is None:
            raise BadInput(_("Backups here are for a SQLite database file; back up a PostgreSQL server with "
                             "pg_dump."))
        return self._path

    @property
    def available(self) -> bool:
        return self._path is not None

    def folder(self) -> Path:
        return self.path.parent / BACKUP_FOLDER

    def _folders(self, state: safety_state.SafetyState) -> list[Path]:
        folders = [self.folder()]
        if state.second_folder:
            folders.append(Path(state.second_folder))
        return folders

    def policy(self) -> BackupPolicy:
        state = safety_state.load(self.path)
        last = datetime.fromisoformat(state.last_backup) if state.last_backup else None
        return BackupPolicy(self.folder(), Path(state.second_folder) if state.second_folder else None, state.keep, last)

    def set_policy(self, keep: int | None = None, second_folder: Path | None | str = "") -> BackupPolicy:
        """`keep`: how many automatic backups each folder keeps; `second_folder`: a folder (a USB
        stick) that gets a copy of each too, None to stop; "" leaves it as it is."""
        if keep is not None and not 1 <= keep <= 1000:
            raise BadInput(_("Keep between 1 and 1000 backups."))
        if second_folder not in ("", None):
            folder = Path(str(second_folder)).expanduser().absolute()
            if not folder.is_dir():
                raise BadInput(_("The folder {folder} does not exist.").format(folder=folder))
            if folder.resolve() == self.folder().resolve():
                raise BadInput(_("Choose a second folder other than the data folder's backups."))
        with safety_state.updating(self.path) as state:
            if keep is not None:
                state.keep = keep
            if second_folder is None:
                state.second_folder = ""
            elif second_folder != "":
                state.second_folder = str(Path(str(second_folder)).expanduser().absolute())
        return self.policy()

    def list(self) -> list[BackupInfo]:
        """Every automatic backup in the data folder and the second folder, newest first."""
        state = safety_state.load(self.path)
        found: list[BackupFile] = []
        for folder in self._folders(state):
            found += files.list_backups(folder, self.path.stem)
        found.sort(key=lambda b: b.made_at, reverse=True)
        return [BackupInfo(b.path, b.made_at, b.size) for b in found]

    # -- making ---------------------------------------------------------------------------------
    def backup(self, target: Path | None = None, force: bool = False, only_if_changed: bool = False) -> BackupResult:
        """A consistent copy while the app runs: to `target`, or (None) a rotating automatic backup in
        the data folder's backups and the second folder, keeping the newest N in each.
        `only_if_changed`: no new automatic backup when nothing was written since the last one."""
        path = self.path
        if not path.exists():
            raise BadInput(_("There is no database at {path} to back up.").format(path=path))
        if only_if_changed and target is None:
            state = safety_state.load(path)
            if state.backed_up and state.backed_up == _file_signature(path):
                return BackupResult(())
        self.remember_withdrawals()
        if target is not None:
            target = Path(target).expanduser().absolute()
            if target.resolve() == path.resolve() or str(target).startswith(str(path) + "-"):
                raise BadInput(_("{target} is the database itself; choose another file name.").format(target=target))
            if target.is_dir():
                raise BadInput(_("{target} is a folder; give a file name.").format(target=target))
            if target.exists() and not force:
                raise BadInput(_("{target} already exists; it was not replaced (use --force to replace it).").format(target=target))
            outputs.check_destination(target, force)  # never an open database or its -wal/-shm
            self._checked(files.copy_database(path, target, replace=force))
            made = datetime.now(timezone.utc)
            return BackupResult((BackupInfo(target, made, target.stat().st_size),))
        state = safety_state.load(self.path)
        made = datetime.now(timezone.utc)
        self._fold_wal()
        before = _file_signature(path)
        name = files.backup_name(path.stem, made)
        copies: list[BackupInfo] = []
        warnings: list[str] = []
        first: Path | None = None
        for i, folder in enumerate(self._folders(state)):
            if i > 0 and not folder.is_dir():
                warnings.append(_("The second backup folder {folder} is not there (is the USB stick plugged in?); "
                                  "the backup was kept in the data folder only.").format(folder=folder))
                continue
            try:
                out = files.copy_database(first if first is not None else path, folder / name)
                if first is None:
                    self._checked(out)  # a damaged copy must never push a good one out of the rotation
            except KnownError as err:
                if i == 0:
                    raise
                warnings.append(_("No copy in the second backup folder: {reason}").format(reason=err))
                continue
            first = first or out
            copies.append(BackupInfo(out, made, out.stat().st_size))
            files.prune(folder, path.stem, state.keep)
        with safety_state.updating(self.path) as st:
            st.last_backup = made.isoformat()
            st.backed_up = before
        return BackupResult(tuple(copies), tuple(warnings))

    def _fold_wal(self) -> None:
        """Fold the WAL into the file before an automatic backup, so the size and time remembered
        for it are those the file keeps when the app closes: otherwise the checkpoint at closing
        changed the file and the next close copied the whole database again, with nothing new.
        It never waits for readers (it would hold the write lock, and saves, while waiting)."""
        if self._db is None or not self._db.is_sqlite:
            return
        try:  # never waits: someone reading or saving now just means the next close copies again
            if not self._db.checkpoint(wait=False):
                log.info("no checkpoint before the backup: the file is in use")
        except (KnownError, OperationalError) as err:
            log.info("no checkpoint before the backup: %s", err)

    def _checked(self, copy: Path) -> Path:
        result = files.check_file(copy, full=False)
        if not result.ok:
            copy.unlink(missing_ok=True)
            raise self.damaged(result.problems)
        return copy

    # -- checking -------------------------------------------------------------------------------
    def check(self) -> CheckReport:
        """The full integrity check (every page and index), and whether it is a DriveKit database."""
        path = self.path
        if not path.exists():
            raise BadInput(_("There is no database at {path}.").format(path=path))
        result = files.check_file(path, full=True)
        if result.ok:
            self._remember_good()
        return CheckReport(path, result.ok, result.problems, result.schema,
                           None if result.ok else self.newest_good_backup())

    def newest_good_backup(self) -> Path | None:
        for b in self.list():
            if files.check_file(b.path, full=False).ok:
                return b.path
        return None

    def startup_check(self) -> None:
        """A quick check before the database is used; skipped when the file has not changed since
        its last good check. Raises DatabaseDamaged naming the newest good backup."""
        if self._path is None or not self._path.exists() or self._path.stat().st_size == 0:
            return
        state = safety_state.load(self._path)
        sig = _file_signature(self._path)
        if state.last_good and state.last_good == sig:
            return
        result = files.check_file(self._path, full=False)
        if result.problems and result.damaged:
            raise self.damaged(result.problems)
        self._remember_good()

    def damaged(self, problems: tuple[str, ...]) -> DatabaseDamaged:
        """The error for a damaged database: what is wrong, and which backup to restore."""
        good = self.newest_good_backup()
        if good is None:
            return DatabaseDamaged(_("The database {path} is damaged ({problem}). No good backup of it was found; "
                                     "keep the file for an expert and start a new one with --db.")
                                   .format(path=self.path, problem=problems[0]), None, problems)
        made = next((b.made_at for b in self.list() if b.path == good), None)
        if made is None:
            message = _("The database {path} is damaged ({problem}). Restore the newest good backup with: "
                        "drivekit restore \"{backup}\"")
        else:
            message = _("The database {path} is damaged ({problem}). Restore the newest good backup, made "
                        "{made:%Y-%m-%d %H:%M} UTC, with: drivekit restore \"{backup}\"")
        return DatabaseDamaged(message.format(path=self.path, problem=problems[0], made=made, backup=good),
                               good, problems)

    def _remember_good(self) -> None:
        try:
            with safety_state.updating(self.path) as state:
                state.last_good = _file_signature(self.path)
        except OSError as err:  # a read-only folder: the check simply runs again next time
            log.info("cannot remember the good check: %s", err)

    def hold(self) -> safety_state.InUse | None:
        """Mark the database as in use by this process until `.release()` (restores wait for it)."""
        if self._path is None:
            return None
        self._path.parent.mkdir(parents=True, exist_ok=True)
        hold = safety_state.InUse(self._path)
        if not hold.share():
            hold.release()
            raise DatabaseLocked(_("{path} is being restored from a backup right now; try again in a moment.").format(path=self._path))
        return hold

    def closing(self) -> None:
        """The app is closing cleanly: remember the withdrawals, the sequence and the file as good."""
        if self._path is None or not self._path.exists():
            return
        try:
            self.remember_withdrawals()
            self._remember_good()
        except (KnownError, OSError) as err:
            log.info("closing: %s", err)

    # -- withdrawals ----------------------------------------------------------------------------
    def remember_withdrawals(self) -> int:
        """Copy every withdrawal (ids only) and this device's next sequence number from the database
        into the state file beside it; returns how many withdrawals were new there."""
        if self._path is None or not self._path.exists():
            return 0
        try:
            conn = files.connect(self._path, read_only=True)
        except Exception as err:  # noqa: BLE001 - unreadable: nothing to remember from it
            log.info("remember_withdrawals: %s", err)
            return 0
        try:
            since = safety_state.load(self._path).withdrawal_rowid
            rows = conn.execute("SELECT id, signature_uuid, campaign_id, withdrawn_at, device_id, device_seq "
                                "FROM withdrawal WHERE id > ? ORDER BY id", (since,)).fetchall()
            mine = conn.execute("SELECT id, next_seq FROM device WHERE is_self = 1").fetchall()
            columns = {r[1] for r in conn.execute("PRAGMA table_info(campaign)")}
            purged = [r[0] for r in conn.execute("SELECT id FROM campaign WHERE purged_at IS NOT NULL")] \
                if "purged_at" in columns else []
        except Exception as err:  # noqa: BLE001 - a damaged or foreign file: the check says so
            log.info("remember_withdrawals: %s", err)
            return 0
        finally:
            conn.close()
        with safety_state.updating(self._path) as state:
            now = safety_state.now_ns()
            # after a restore the log is read again from the start: skip what it already holds
            known = set(safety_state.load_tombstones(self._path)) if since == 0 and rows else set()
            fresh = [Tombstone(uuid, cid, str(at), dev, seq) for _id, uuid, cid, at, dev, seq in rows
                     if uuid not in known]
            safety_state.append_tombstones(self._path, fresh)
            if rows:
                state.withdrawal_rowid = max(state.withdrawal_rowid, max(r[0] for r in rows))
            if fresh:
                state.latest_ns = now
            for device_id, next_seq in mine:
                state.next_seq[device_id] = max(int(next_seq), state.next_seq.get(device_id, 0))
            new = len(fresh)
            for cid in purged:
                if cid not in state.purged:
                    state.purged[cid] = now
                    new += 1
        return new

    def after_withdrawal(self) -> int:
        """Called after every commit that withdrew signatures or purged a campaign: the tombstones
        and purges are kept beside the database, and every backup made before is erased of those
        signers. Returns the backups rewritten."""
        if self._path is None:
            return 0
        self.remember_withdrawals()
        return self.rewrite_stale_backups()

    def _old_copies(self, state: safety_state.SafetyState) -> builtins.list[Path]:
        """Every copy of this database DriveKit made: automatic backups, copies kept by a restore,
        and the copies made before a schema upgrade (next to the database)."""
        stem = self.path.stem
        found: builtins.list[Path] = []
        for folder in self._folders(state):
            for kind in ("", "-replaced"):
                found += [b.path for b in files.list_backups(folder, stem + kind)]
        found += sorted(self.path.parent.glob(f"{stem}.before-*{self.path.suffix}"))
        return found

    def rewrite_stale_backups(self) -> int:
        """Erase withdrawn signers from every copy made before their withdrawal was recorded; a copy
        that cannot be rewritten (damaged) is deleted rather than left holding them."""
        with _REWRITING:
            return self._rewrite_stale_backups()

    def _rewrite_stale_backups(self) -> int:
        state = safety_state.load(self.path)
        latest = state.latest_withdrawal_ns()
        if not latest:
            return 0
        from drivekit.sync.fileformat.bundle_records import ERASED

        rewritten = 0
        tombstones: builtins.list[Tombstone] | None = None  # read once, and only if a copy is stale
        for copy in self._old_copies(state):
            try:
                made = copy.stat().st_mtime_ns
                if made > latest:
                    continue
                if tombstones is None:
                    tombstones = list(safety_state.load_tombstones(self.path).values())
                files.erase_in_file(copy, tombstones, ERASED, sqlite_has_fts_secure_delete())
                if made <= state.latest_purge_ns():
                    self._anonymise_copy(copy, set(state.purged))
                os.utime(copy)
                rewritten += 1
            except (KnownError, OSError) as err:
                log.warning("a backup could not be erased of withdrawn signers and was deleted: %s (%s)", copy, err)
                try:
                    copy.unlink()
                except OSError:
                    pass
        return rewritten

    @staticmethod
    def _anonymise_copy(copy: Path, campaign_ids: set[str]) -> None:
        """Purge the purged campaigns in a copy as the database was (its schema brought up to date on
        a temporary file that then takes the copy's place)."""
        from drivekit.storage import migrate

        work = copy.with_name(f".{copy.name}.purging")
        files.copy_database(copy, work, replace=True)
        db = Database(f"sqlite:///{work}")
        try:
            migrate.upgrade(db, backup=False)
            with db.session() as s:
                _purge_campaigns(s, campaign_ids)
            db.checkpoint()
        finally:
            db.dispose()
        try:
            files.copy_database(work, copy, replace=True)
        finally:
            for side in ("", "-wal", "-shm", "-journal"):
                Path(str(work) + side).unlink(missing_ok=True)

    # -- restoring ------------------------------------------------------------------------------
    def restore(self, source: Path) -> RestoreReport:
        """Replace the database with a backup: the file is checked first (whole, a DriveKit database,
        a schema this version can read), the current database is kept as a copy, an older schema is
        upgraded, and every withdrawal recorded since is applied again."""
        from drivekit.storage import migrate

        path = self.path
        source = Path(source).expanduser().absolute()
        if source.exists() and path.exists() and source.resolve() == path.resolve():
            raise BadInput(_("{source} is the database itself; give a backup file.").format(source=source))
        result: FileCheck = files.check_file(source, full=True)
        if not result.ok:
            raise BadFile(_("{source} cannot be restored: {problems}. Nothing was changed.").format(source=source, problems=result.problems[0]))
        assert result.schema is not None
        if result.schema not in migrate.known_revisions():
            raise DatabaseTooNew(_("{source} was written by a newer version of DriveKit (schema {schema}); install "
                                   "the newer version to restore it. Nothing was changed.").format(source=source, schema=result.schema))
        hold = safety_state.InUse(path)
        if not hold.alone():
            raise DatabaseLocked(_("DriveKit is using {path} (the app, or another command); close it, then "
                                   "restore. Nothing was changed.").format(path=path))
        try:
            return self._restore(path, source, hold)
        finally:
            hold.release()

    def _restore(self, path: Path, source: Path, hold: safety_state.InUse) -> RestoreReport:
        readable = path.exists() and files.check_file(path, full=False).ok
        if readable:
            self.remember_withdrawals()
        kept = self._keep_current() if path.exists() else None
        tmp = path.with_name(f".{path.name}.restoring")
        files.copy_database(source, tmp, replace=True)
        try:
            reapplied = self._catch_up(tmp, gap=0 if readable or not path.exists() else SEQ_GAP_UNREADABLE,
                                       source_name=source.name)
            for side in ("-wal", "-shm", "-journal"):
                try:
                    os.unlink(str(path) + side)
                except FileNotFoundError:
                    pass
            os.replace(tmp, path)
            outputs.fsync_folder(path.parent)
        finally:
            for side in ("", "-wal", "-shm", "-journal"):
                try:
                    os.unlink(str(tmp) + side)
                except OSError:
                    pass
        with safety_state.updating(path) as state:
            state.withdrawal_rowid = 0  # the restored file numbers its withdrawals its own way
        self.remember_withdrawals()
        self._remember_good()
        self.rewrite_stale_backups()
        schema = files.check_file(path, full=False).schema or ""
        return RestoreReport(path, source, kept, schema, reapplied)

    def _keep_current(self) -> Path:
        """Keep the database being replaced: a consistent copy when it can be read, else its bytes."""
        stamp = files.backup_name(self.path.stem + "-replaced", datetime.now(timezone.utc))
        target = self.folder() / stamp
        try:
            return files.copy_database(self.path, target)
        except KnownError:
            damaged = target.with_name(target.name.replace("-replaced-", "-damaged-"))
            damaged.parent.mkdir(parents=True, exist_ok=True)
            try:
                import shutil

                shutil.copyfile(self.path, damaged)
                os.chmod(damaged, files.FILE_MODE)
                wal = Path(str(self.path) + "-wal")
                if wal.exists():
                    shutil.copyfile(wal, str(damaged) + "-wal")
            except OSError as err:
                raise files.plain_os_error(err, damaged) from None
            return damaged

    def _catch_up(self, copy: Path, gap: int, source_name: str = "") -> int:
        """On the restored copy: upgrade the schema, apply the withdrawals made since, move this
        device's sequence numbers past every number it has used, and record the restore in its
        audit log."""
        from sqlalchemy import select, update

        from drivekit.storage import duplicate_marks, migrate
        from drivekit.storage.models import WITHDRAWN, Campaign, Device, Signature
        from drivekit.sync.engine.merge import apply_tombstones

        state = safety_state.load(self.path)
        db = Database(f"sqlite:///{copy}")
        try:
            migrate.upgrade(db, backup=False)
            erased = 0
            with db.session() as s:
                duplicate_marks.serialize_writers(s)
                campaigns = set(s.scalars(select(Campaign.id)))
                by_campaign: dict[str, list[dict[str, object]]] = {}
                for t in safety_state.load_tombstones(self.path).values():
                    if t.campaign in campaigns:
                        by_campaign.setdefault(t.campaign, []).append({
                            "signature_uuid": t.signature, "campaign_id": t.campaign,
                            "withdrawn_at": _parse_time(t.withdrawn_at), "reason": "",
                            "device_id": t.device, "device_seq": t.seq})
                for cid, batch in by_campaign.items():
                    erased += apply_tombstones(s, cid, batch)
                # Rows a rewritten backup left marked as duplicates of a signer since erased.
                withdrawn = select(Signature.uuid).where(Signature.status == WITHDRAWN)
                dangling = s.execute(select(Signature.campaign_id, Signature.email_key, Signature.person_key)
                                     .where(Signature.duplicate_of.in_(withdrawn))).all()
                for cid in {r.campaign_id for r in dangling}:
                    rows = [r for r in dangling if r.campaign_id == cid]
                    duplicate_marks.resolve(s, cid, [], also={
                        "email_key": {r.email_key for r in rows if r.email_key},
                        "person_key": {r.person_key for r in rows if r.person_key}})
                _purge_campaigns(s, set(state.purged))
                for device_id, next_seq in state.next_seq.items():
                    s.execute(update(Device).where(Device.id == device_id, Device.is_self.is_(True),
                                                   Device.next_seq < next_seq + gap)
                              .values(next_seq=next_seq + gap))
                audit(s, "database.restored", None, file=source_name, withdrawals_reapplied=erased)
            if erased and not sqlite_has_fts_secure_delete():
                with db.engine.begin() as conn:
                    conn.exec_driver_sql("INSERT INTO signature_fts(signature_fts) VALUES('optimize')")
            db.checkpoint()
        finally:
            db.dispose()
        return erased


def _parse_time(text: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return datetime.now(timezone.utc)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def _purge_campaigns(s: Any, campaign_ids: set[str]) -> None:
    """Campaigns purged since a copy was made are purged in it too (anonymised, marked purged)."""
    from drivekit.storage.anonymise import anonymise_campaign
    from drivekit.storage.models import Campaign

    for cid in sorted(campaign_ids):
        c = s.get(Campaign, cid)
        if c is not None:
            anonymise_campaign(s, c)
            c.purged_at = c.purged_at or datetime.now(timezone.utc)
