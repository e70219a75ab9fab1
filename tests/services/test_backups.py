"""Backups: consistent while saving, rotated, checked, restored; a withdrawn signer never comes back."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from drivekit.domain.validation import SignerInput
from drivekit.errors import BadFile, BadInput, DatabaseDamaged, DatabaseTooNew, KnownError
from drivekit.services.backups import BackupSchedule, BackupService
from drivekit.storage import backup as backup_files, safety_state

SECRET_LAST = "Zarvanowska"


def _signer(i: int, last: str = "Neighbour") -> SignerInput:
    return SignerInput(first_name=f"Person{i}", last_name=last, email=f"p{i}@example.org", postcode="SW1A 1AA",
                       city="London", country="GB", petition_consent=True)


@pytest.fixture
def sqlite_only(services):  # type: ignore[no-untyped-def]
    if not services.db.is_sqlite:
        pytest.skip("backups here are of a SQLite file")
    return services


def _blob(path: Path) -> bytes:
    return b"".join(Path(str(path) + s).read_bytes() for s in ("", "-wal", "-journal") if Path(str(path) + s).exists())


def test_backup_is_a_whole_checked_database_and_rotation_keeps_n(sqlite_only, campaign) -> None:  # type: ignore[no-untyped-def]
    services = sqlite_only
    for i in range(5):
        services.signatures.save(campaign.id, _signer(i))
    services.backups.set_policy(keep=3)
    made = [services.backups.backup().copies[0].path for _ in range(5)]
    kept = services.backups.list()
    assert [b.path for b in kept] == made[:-4:-1]  # the newest three, newest first
    assert all(not p.exists() for p in made[:2])
    copy = kept[0].path
    assert backup_files.check_file(copy).ok
    assert oct(copy.stat().st_mode & 0o777) == "0o600"
    assert not Path(str(copy) + "-wal").exists()  # a single file, not a WAL database
    conn = backup_files.connect(copy, read_only=True)
    assert conn.execute("SELECT count(*) FROM signature").fetchone()[0] == 5
    conn.close()
    assert services.backups.policy().last_backup is not None


def test_backup_while_another_thread_saves_is_consistent(sqlite_only, campaign) -> None:  # type: ignore[no-untyped-def]
    services = sqlite_only
    stop = threading.Event()
    saved: list[int] = []

    def collect() -> None:
        i = 0
        while not stop.is_set():
            services.signatures.save(campaign.id, _signer(i))
            saved.append(i)
            i += 1

    worker = threading.Thread(target=collect)
    worker.start()
    try:
        copies = [services.backups.backup().copies[0].path for _ in range(3)]
    finally:
        stop.set()
        worker.join()
    counts = []
    for copy in copies:
        assert backup_files.check_file(copy).ok
        conn = backup_files.connect(copy, read_only=True)
        counts.append(conn.execute("SELECT count(*) FROM signature").fetchone()[0])
        # every signature in the copy has its sequence number: one snapshot, not a torn read
        assert conn.execute("SELECT next_seq - 1 FROM device WHERE is_self = 1").fetchone()[0] >= counts[-1]
        conn.close()
    assert counts == sorted(counts) and counts[-1] <= len(saved)


def test_second_folder_gets_a_copy_and_a_missing_stick_is_a_warning(sqlite_only, campaign, tmp_path) -> None:  # type: ignore[no-untyped-def]
    services = sqlite_only
    stick = tmp_path / "usb"
    stick.mkdir()
    services.backups.set_policy(second_folder=stick)
    result = services.backups.backup()
    assert [c.path.parent for c in result.copies] == [services.backups.folder(), stick]
    assert not result.warnings
    stick.rename(tmp_path / "unplugged")
    result = services.backups.backup()
    assert len(result.copies) == 1 and "not there" in result.warnings[0]
    with pytest.raises(BadInput):
        services.backups.set_policy(second_folder=tmp_path / "nowhere")


def test_backup_to_a_file_refuses_the_database_and_an_existing_file(sqlite_only, tmp_path) -> None:  # type: ignore[no-untyped-def]
    services = sqlite_only
    with pytest.raises(BadInput, match="database itself"):
        services.backups.backup(services.db.sqlite_path)
    out = tmp_path / "copy.sqlite3"
    services.backups.backup(out)
    with pytest.raises(BadInput, match="already exists"):
        services.backups.backup(out)
    services.backups.backup(out, force=True)


def test_withdrawal_erases_the_signer_from_every_older_backup(sqlite_only, campaign) -> None:  # type: ignore[no-untyped-def]
    services = sqlite_only
    for i in range(50):
        services.signatures.save(campaign.id, _signer(i))
    target = services.signatures.save(campaign.id, _signer(99, SECRET_LAST))
    old = [services.backups.backup().copies[0].path for _ in range(2)]
    assert all(SECRET_LAST.encode() in _blob(p) for p in old)
    services.signatures.withdraw(target.uuid)
    for p in old:
        assert SECRET_LAST.encode() not in _blob(p), p
        assert SECRET_LAST.lower().encode() not in _blob(p)  # the folded search text too
        assert backup_files.check_file(p).ok
        conn = backup_files.connect(p, read_only=True)
        assert conn.execute("SELECT count(*) FROM withdrawal WHERE signature_uuid = ?", (target.uuid,)).fetchone()[0] == 1
        conn.close()
    # the tombstone beside the database holds the id, not the person
    state_text = safety_state.tombstones_path(services.db.sqlite_path).read_text()
    assert target.uuid in state_text and SECRET_LAST not in state_text and "Person" not in state_text


def test_a_withdrawal_that_leaves_the_backups_for_later_is_already_erased_and_recorded(sqlite_only, campaign) -> None:  # type: ignore[no-untyped-def]
    """The Signatures page shows its table again before the backups are rewritten (0.3 s each on a
    million signatures): by then the database, its WAL and the tombstone beside it must be done."""
    services = sqlite_only
    for i in range(20):
        services.signatures.save(campaign.id, _signer(i))
    target = services.signatures.save(campaign.id, _signer(99, SECRET_LAST))
    old = services.backups.backup().copies[0].path
    services.signatures.withdraw(target.uuid, purge_later=True)
    assert SECRET_LAST.encode() not in _blob(services.db.sqlite_path)
    assert SECRET_LAST.lower().encode() not in _blob(services.db.sqlite_path)  # nor the search index
    assert target.uuid in safety_state.tombstones_path(services.db.sqlite_path).read_text()  # restores erase it
    services.signatures.finish_purge()
    assert SECRET_LAST.encode() not in _blob(old) and backup_files.check_file(old).ok


def test_restoring_an_older_backup_reapplies_later_withdrawals(sqlite_only, campaign, tmp_path) -> None:  # type: ignore[no-untyped-def]
    services = sqlite_only
    first = services.signatures.save(campaign.id, _signer(1, SECRET_LAST))
    dup = services.signatures.save(campaign.id, _signer(1, SECRET_LAST))  # the same person again
    assert dup.status == "possible_duplicate"
    outside = tmp_path / "elsewhere.sqlite3"
    services.backups.backup(outside)  # a copy DriveKit does not rotate: never rewritten
    services.signatures.withdraw(first.uuid)
    later = services.signatures.save(campaign.id, _signer(2))
    seq_before = _next_seq(services.db.sqlite_path)
    services.db.dispose()

    report = BackupService(path=services.db.sqlite_path).restore(outside)
    assert report.withdrawals_reapplied == 1 and report.kept_copy is not None and report.kept_copy.exists()
    rec = {r.uuid: r for r in services.signatures.list(campaign.id)}
    assert rec[first.uuid].status == "withdrawn" and rec[first.uuid].last_name is None
    assert rec[dup.uuid].status == "valid"  # no longer a duplicate of someone erased
    assert later.uuid not in rec  # saved after the backup: in the kept copy, not here
    assert _next_seq(services.db.sqlite_path) >= seq_before  # no sequence number is used twice
    # a withdrawal after the restore is recorded too (the restored file numbers its rows anew)
    services.signatures.withdraw(dup.uuid)
    assert dup.uuid in safety_state.load_tombstones(services.db.sqlite_path)
    assert services.stats.stats(campaign.id).withdrawn == 2


def _next_seq(path: Path) -> int:
    conn = backup_files.connect(path, read_only=True)
    try:
        return int(conn.execute("SELECT next_seq FROM device WHERE is_self = 1").fetchone()[0])
    finally:
        conn.close()


def test_restore_refuses_a_damaged_or_foreign_file_and_changes_nothing(sqlite_only, campaign, tmp_path) -> None:  # type: ignore[no-untyped-def]
    services = sqlite_only
    services.signatures.save(campaign.id, _signer(1))
    path = services.db.sqlite_path
    before = _blob(path)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(BadFile, match="not an SQLite database"):
        services.backups.restore(junk)
    other = tmp_path / "other.sqlite3"
    conn = backup_files.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(BadFile, match="not a DriveKit database"):
        services.backups.restore(other)
    newer = tmp_path / "newer.sqlite3"
    services.backups.backup(newer)
    conn = backup_files.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseTooNew):
        services.backups.restore(newer)
    assert _blob(path) == before


def _damage(path: Path) -> None:
    """Overwrite the middle pages with garbage, as a failing USB stick or a half-written sector would."""
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek(size // 2)
        fh.write(os.urandom(min(8192, size // 4)))


def test_damaged_database_is_found_at_start_and_names_the_newest_good_backup(sqlite_only, campaign) -> None:  # type: ignore[no-untyped-def]
    services = sqlite_only
    for i in range(300):
        services.signatures.save(campaign.id, _signer(i))
    good = services.backups.backup().copies[0].path
    path = services.db.sqlite_path
    services.db.checkpoint()
    services.db.dispose()
    service = BackupService(path=path)
    service.closing()
    service.startup_check()  # unchanged since the good check: skipped
    _damage(path)
    with pytest.raises(DatabaseDamaged) as caught:
        service.startup_check()
    assert caught.value.backup == good and f'drivekit restore "{good}"' in str(caught.value)
    report = service.check()
    assert not report.ok and report.newest_good_backup == good
    service.restore(good)
    assert service.check().ok
    service.startup_check()


def test_schedule_is_due_after_100_signatures_or_15_minutes_with_saves() -> None:
    schedule = BackupSchedule()
    assert not schedule.due(10_000)  # nothing saved: nothing to back up
    assert not any(schedule.note_saved(0) for _ in range(99))
    assert schedule.note_saved(1)
    schedule.done()
    schedule.note_saved(100)
    assert not schedule.due(100 + 899) and schedule.due(100 + 900)


def test_a_purge_reaches_older_backups_and_survives_a_restore(sqlite_only, campaign, tmp_path) -> None:  # type: ignore[no-untyped-def]
    services = sqlite_only
    for i in range(20):
        services.signatures.save(campaign.id, _signer(i, SECRET_LAST))
    old = services.backups.backup().copies[0].path
    outside = tmp_path / "elsewhere.sqlite3"
    services.backups.backup(outside)
    assert SECRET_LAST.encode() in _blob(old)
    services.retention.purge(campaign.id, early=True)
    assert SECRET_LAST.encode() not in _blob(old) and SECRET_LAST.lower().encode() not in _blob(old)
    assert backup_files.check_file(old).ok
    assert safety_state.load(services.db.sqlite_path).purged.keys() == {campaign.id}
    services.db.dispose()
    BackupService(path=services.db.sqlite_path).restore(outside)
    assert SECRET_LAST.encode() not in _blob(services.db.sqlite_path)
    assert services.stats.stats(campaign.id).total == 20  # the counts stay, the people go
    with pytest.raises(KnownError):  # still a purged campaign: it takes no new signers
        services.signatures.save(campaign.id, _signer(99))


def test_restore_is_refused_while_drivekit_uses_the_database(sqlite_only, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    services = sqlite_only
    copy = tmp_path / "copy.sqlite3"
    services.backups.backup(copy)
    path = services.db.sqlite_path
    # another DriveKit process (the app, a long import) has the database open
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from drivekit.services.backups import BackupService; "
        f"h = BackupService(path=Path({str(path)!r})).hold(); print('held', flush=True); time.sleep(30)")],
        stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[2])
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        before = _blob(path)
        with pytest.raises(KnownError, match="close it, then restore"):
            BackupService(path=path).restore(copy)
        assert _blob(path) == before
    finally:
        holder.kill()
        holder.wait()
    services.db.dispose()
    BackupService(path=path).restore(copy)  # nobody else has it: restored


def test_closing_after_only_reading_makes_no_new_backup(sqlite_only, campaign, make_services) -> None:  # type: ignore[no-untyped-def]
    """Opening and closing the app without saving anything must not copy the database again (on
    1,000,000 signatures that was 1.3 GB at every close); a save since the last backup still does."""
    services = sqlite_only
    services.signatures.save(campaign.id, _signer(1))
    path = services.db.sqlite_path
    assert services.backups.backup().copies
    services.db.dispose()  # the window closes: SQLite truncates the WAL, which changes its time
    for _ in range(2):  # the app is opened, only read, and closed again, twice
        again = make_services()  # the same file
        assert again.delivery.count(campaign.id) == 1
        again.db.dispose()
        wal = Path(str(path) + "-wal")
        if wal.exists():
            os.utime(wal, ns=(wal.stat().st_atime_ns, wal.stat().st_mtime_ns + 10**9))
        reader = make_services()
        assert reader.backups.backup(only_if_changed=True).copies == ()
        reader.db.dispose()
    writer = make_services()
    writer.signatures.save(campaign.id, _signer(2))
    assert len(writer.backups.backup(only_if_changed=True).copies) == 1
    assert len(writer.backups.list()) == 2


def test_the_fold_before_a_backup_never_waits_for_a_reader(sqlite_only, campaign) -> None:  # type: ignore[no-untyped-def]
    """Folding the WAL waits for no one: a waiting checkpoint holds the write lock while a long read
    (a sort of 1,000,000 rows) finishes, and a volunteer's save would wait behind it."""
    services = sqlite_only
    services.signatures.save(campaign.id, _signer(1))
    reader = backup_files.connect(services.db.sqlite_path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM signature").fetchone()  # holds a snapshot from before the next save
    try:
        services.signatures.save(campaign.id, _signer(2))
        done: list[object] = []
        worker = threading.Thread(target=lambda: done.append(services.backups.backup()))
        worker.start()
        worker.join(timeout=5)  # a waiting checkpoint would sit here for the 10 s busy timeout
        assert not worker.is_alive() and done, "the backup waited for the reader"
        assert services.db.checkpoint(wait=False) is False  # the reader still holds its snapshot
        services.signatures.save(campaign.id, _signer(3))  # and saves go on
    finally:
        reader.rollback()
        reader.close()
    assert services.db.checkpoint(wait=False) is True
