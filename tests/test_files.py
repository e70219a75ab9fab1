"""The one file writer: whole or nothing, private, no replacing without force, never the database."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from drivekit import files
from drivekit.errors import DiskFull, KnownError


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


@pytest.fixture
def database(tmp_path: Path):
    db = tmp_path / "drivekit.sqlite3"
    db.write_bytes(b"SQLite format 3\x00 the real data")
    (tmp_path / "drivekit.sqlite3-wal").write_bytes(b"wal")
    files.protect(db)
    yield db
    files.unprotect(db)


def test_new_file_is_private_and_whole(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    files.write_text(out, "a,b\n")
    assert out.read_text() == "a,b\n"
    assert out.stat().st_mode & 0o777 == 0o600
    assert leftovers(tmp_path) == []


def test_existing_file_is_kept_unless_forced(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    out.write_text("earlier")
    with pytest.raises(files.OutputRefused, match="already exists.*--force"):
        files.write_text(out, "later")
    assert out.read_text() == "earlier"
    files.write_text(out, "later", force=True)
    assert out.read_text() == "later"
    assert leftovers(tmp_path) == []


def test_file_appearing_while_writing_is_not_replaced(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    with pytest.raises(files.OutputRefused):
        with files.open_output(out, "w") as fh:
            fh.write("ours")
            out.write_text("someone else's")
    assert out.read_text() == "someone else's"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("name", ["drivekit.sqlite3", "drivekit.sqlite3-wal", "drivekit.sqlite3-shm"])
def test_database_and_its_side_files_are_refused_even_with_force(database: Path, name: str) -> None:
    target = database.parent / name
    before = database.read_bytes()
    with pytest.raises(files.OutputRefused, match="open database"):
        files.write_bytes(target, b"x", force=True)
    assert database.read_bytes() == before
    assert leftovers(database.parent) == []


def test_database_reached_by_another_name_is_refused(database: Path, tmp_path: Path) -> None:
    link = tmp_path / "sub" / "link.db"
    link.parent.mkdir()
    link.symlink_to(database)
    hard = tmp_path / "hard.db"
    os.link(database, hard)
    dotted = tmp_path / "sub" / ".." / "drivekit.sqlite3"
    for target in (link, hard, dotted):
        with pytest.raises(files.OutputRefused, match="open database"):
            files.write_bytes(target, b"x", force=True)
    assert database.read_bytes().startswith(b"SQLite format 3")


def test_a_closed_database_is_no_longer_protected(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    files.protect(db)
    files.protect(db)
    files.unprotect(db)
    assert files.is_protected(db)  # still open by its other opener
    files.unprotect(db)
    assert not files.is_protected(db)


@pytest.mark.parametrize("where", ["write", "fsync"])
def test_full_disk_keeps_the_earlier_file_and_says_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             where: str) -> None:
    out = tmp_path / "out.csv"
    out.write_text("earlier")

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(DiskFull) as caught:
        with files.open_output(out, "wb", force=True) as fh:
            fh.write(b"x" * 100_000)
            if where == "write":  # what a write into a full disk raises
                full()
            monkeypatch.setattr(os, "fsync", full)
    monkeypatch.undo()
    message = str(caught.value)
    assert "disk is full" in message and "\n" not in message and str(out) in message
    assert out.read_text() == "earlier"
    assert leftovers(tmp_path) == []


@pytest.fixture
def tiny_disk(tmp_path: Path):
    """A real 64 KB file system (tmpfs), where the operating system allows mounting one."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    if os.geteuid() != 0 or os.system(f"mount -t tmpfs -o size=64k tmpfs {folder} 2>/dev/null") != 0:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        yield folder
    finally:
        os.system(f"umount {folder}")


def test_really_full_disk(tiny_disk: Path) -> None:
    out = tiny_disk / "export.csv"
    files.write_bytes(out, b"earlier" * 1000)
    with pytest.raises(DiskFull, match="disk is full"):
        files.write_bytes(out, os.urandom(200_000), force=True)
    assert out.read_bytes() == b"earlier" * 1000
    assert leftovers(tiny_disk) == []


@pytest.mark.parametrize(("code", "words"), [(errno.EROFS, "read-only"), (errno.EACCES, "No permission")])
def test_unwritable_folder_says_one_plain_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int,
                                               words: str) -> None:
    real_mkstemp = files.tempfile.mkstemp

    def refused(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(files.tempfile, "mkstemp", refused)
    with pytest.raises(KnownError, match=words) as caught:
        files.write_bytes(tmp_path / "out.pdf", b"x")
    assert "\n" not in str(caught.value)
    assert files.tempfile.mkstemp is not real_mkstemp
    assert not (tmp_path / "out.pdf").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_really_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(files.CannotWrite, match="No permission"):
            files.write_bytes(folder / "out.csv", b"x")
    finally:
        folder.chmod(0o700)
    assert list(folder.iterdir()) == []


def test_error_in_the_writer_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    with pytest.raises(RuntimeError):
        with files.output_path(out) as tmp:
            tmp.write_bytes(b"half")
            raise RuntimeError("the PDF library failed")
    assert not out.exists() and leftovers(tmp_path) == []


def test_writer_by_name_gets_a_private_file(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    with files.output_path(out) as tmp:
        tmp.unlink()
        tmp.write_bytes(b"%PDF")  # a library recreating the file with the umask's mode
    assert out.read_bytes() == b"%PDF" and out.stat().st_mode & 0o777 == 0o600


def test_missing_folder_and_folder_as_destination(tmp_path: Path) -> None:
    with pytest.raises(files.OutputRefused, match="does not exist"):
        files.write_bytes(tmp_path / "nowhere" / "f.csv", b"x")
    with pytest.raises(files.OutputRefused, match="is a folder"):
        files.write_bytes(tmp_path, b"x", force=True)


def test_private_folder(tmp_path: Path) -> None:
    made = files.private_folder(tmp_path / "a" / "keys")
    assert made.stat().st_mode & 0o777 == 0o700
    mine = tmp_path / "documents"
    mine.mkdir(mode=0o755)
    mine.chmod(0o755)
    files.private_folder(mine)
    assert mine.stat().st_mode & 0o777 == 0o755  # a person's own folder is theirs to set
    files.private_folder(mine, tighten=True)
    assert mine.stat().st_mode & 0o777 == 0o700
