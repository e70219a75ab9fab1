"""The one way DriveKit writes a file: whole or not at all, private, never over the database.

Every export, key file and sync file goes through `output_path` / `open_output` / `write_bytes`:
the data is written to a temporary file in the destination's own folder (0600 from the start),
flushed to the disk (fsync), then linked into place. An existing file is replaced only when the
caller says `force=True`; the open database and its -wal/-shm files are never a destination, found
by resolved path and by device+inode (a hard link or a symlink to the database is the database).
A full disk, a read-only folder or a missing permission becomes one plain KnownError, any earlier
file at the destination is left as it was, and no temporary file stays behind.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from drivekit.errors import BadInput, DiskFull, KnownError
from drivekit.i18n import _

FILE_MODE = 0o600
FOLDER_MODE = 0o700
_SIDE_FILES = ("", "-wal", "-shm", "-journal", "-wait")

# Paths of the databases open in this process (added by storage.db.Database). One set per
# process on purpose: a writer anywhere (a key file, a bundle) must not need the Database handed
# down to be kept off it.
_protected: dict[Path, int] = {}


class OutputRefused(BadInput):
    """The destination may not be written: it is the database, or it exists and force was not given."""


class CannotWrite(KnownError):
    """The operating system refused the write (read-only disk, no permission, a folder in the way)."""


def protect(database: Path) -> None:
    """Keep every writer off this database file and its -wal, -shm and -journal files."""
    key = Path(os.path.abspath(database))
    _protected[key] = _protected.get(key, 0) + 1


def unprotect(database: Path) -> None:
    """One opener of this database is done with it (it stays protected while another has it open)."""
    key = Path(os.path.abspath(database))
    left = _protected.get(key, 0) - 1
    if left > 0:
        _protected[key] = left
    else:
        _protected.pop(key, None)


def _protected_files() -> list[Path]:
    return [Path(str(db) + side) for db in list(_protected) for side in _SIDE_FILES]


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def is_protected(path: Path) -> bool:
    """True when writing `path` would write the open database or one of its side files."""
    target = Path(os.path.realpath(path))
    ident = _identity(target)
    for p in _protected_files():
        if Path(os.path.realpath(p)) == target:
            return True
        if ident is not None and _identity(p) == ident:
            return True
    return False


def check_destination(path: Path | str, force: bool = False) -> Path:
    """Refuse early (before any slow work) a destination that `output_path` would refuse at the end."""
    path = Path(path)
    if is_protected(path):
        raise OutputRefused(_("{path} is DriveKit's open database; choose another file name. Nothing was written.").format(path=path))
    if path.is_dir():
        raise OutputRefused(_("{path} is a folder; give a file name.").format(path=path))
    if path.exists() and not force:
        raise OutputRefused(_("{path} already exists; it was not replaced (use --force to replace it).").format(path=path))
    folder = path.parent
    if not folder.is_dir():
        raise OutputRefused(_("The folder {folder} does not exist.").format(folder=folder))
    return path


def plain_os_error(err: OSError, path: Path) -> KnownError:
    """One line a person can act on, for an OSError met while writing `path`."""
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(_("The disk is full; {path} was not written (free some space and try again).").format(path=path))
    if err.errno == errno.EROFS:
        return CannotWrite(_("{parent} is on a read-only disk; {name} was not written.").format(parent=path.parent, name=path.name))
    if err.errno in (errno.EACCES, errno.EPERM):
        return CannotWrite(_("No permission to write in {parent}; {name} was not written.").format(parent=path.parent, name=path.name))
    if err.errno == errno.ENOENT:
        return CannotWrite(_("The folder {parent} does not exist; {name} was not written.").format(parent=path.parent, name=path.name))
    return CannotWrite(_("{path} cannot be written ({reason}).").format(path=path, reason=err.strerror or err))


def fsync_folder(folder: Path) -> None:
    """Make the new name durable too (a rename lives in the folder); not possible everywhere."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    """Make a written file's contents durable before it is renamed into place."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _place(tmp: Path, path: Path, force: bool) -> None:
    """Move the finished temporary file to `path`: atomically, and without replacing unless `force`."""
    if is_protected(path):
        raise OutputRefused(_("{path} is DriveKit's open database; choose another file name. Nothing was written.").format(path=path))
    if force:
        os.replace(tmp, path)
        return
    try:
        os.link(tmp, path)  # fails if `path` exists: no window between the check and the move
    except FileExistsError:
        raise OutputRefused(_("{path} already exists; it was not replaced (use --force to replace it).").format(path=path)) from None
    except OSError as err:
        if err.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK, errno.ENOSYS):
            raise
        # FAT USB sticks have no hard links: check, then rename (rename refuses on Windows anyway).
        if os.path.lexists(path):
            raise OutputRefused(_("{path} already exists; it was not replaced (use --force to replace it).").format(path=path)) from None
        os.rename(tmp, path)
        return
    os.unlink(tmp)


class Staged:
    """A temporary file beside `path`, placed by `place()`; `discard()` removes it if it was not placed.

    For callers that must do something between "the data is on the disk" and "the file is in
    place" (record sheet numbers in the same transaction); others use `output_path`."""

    def __init__(self, path: Path | str, force: bool = False) -> None:
        self.path = check_destination(path, force)
        self.force = force
        try:
            fd, name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent)
        except OSError as err:
            raise plain_os_error(err, self.path) from None
        os.close(fd)
        self.tmp = Path(name)

    def place(self) -> None:
        try:
            os.chmod(self.tmp, FILE_MODE)  # a library may have recreated the file with the umask's mode
            fsync_file(self.tmp)
            _place(self.tmp, self.path, self.force)
            fsync_folder(self.path.parent)
        except OSError as err:
            raise plain_os_error(err, self.path) from None

    def discard(self) -> None:
        try:
            os.unlink(self.tmp)
        except OSError:
            pass


@contextmanager
def output_path(path: Path | str, force: bool = False) -> Iterator[Path]:
    """A temporary path (an empty 0600 file) to write; on success it becomes `path`, else it vanishes.

    For writers that want a file name (a PDF library); others use `open_output`."""
    staged = Staged(path, force)
    try:
        try:
            yield staged.tmp
        except OSError as err:
            raise plain_os_error(err, staged.path) from None
        staged.place()
    finally:
        staged.discard()


@contextmanager
def open_output(path: Path | str, mode: str = "wb", force: bool = False, encoding: str | None = None,
                newline: str | None = None) -> Iterator[IO[Any]]:
    """An open file to write; it appears at `path` (0600) only when the block ends without an error."""
    if mode not in ("w", "wb"):
        raise ValueError("open_output writes whole files: mode 'w' or 'wb'")
    if "b" not in mode and encoding is None:
        encoding = "utf-8"
    with output_path(path, force) as tmp:
        try:
            fh = open(tmp, mode, encoding=encoding, newline=newline)
        except OSError as err:
            raise plain_os_error(err, Path(path)) from None
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())


def write_bytes(path: Path | str, data: bytes, force: bool = False) -> Path:
    """Write `data` as the whole new file `path` (see the module's promises)."""
    with open_output(path, "wb", force=force) as fh:
        fh.write(data)
    return Path(path)


def write_text(path: Path | str, text: str, force: bool = False) -> Path:
    with open_output(path, "w", force=force, encoding="utf-8", newline="") as fh:
        fh.write(text)
    return Path(path)


def private_folder(path: Path, tighten: bool = False) -> Path:
    """Create `path` (and missing parents) readable by its owner only (0700).

    An existing folder is left as it is unless `tighten` (DriveKit's own data folder): a person's
    Documents folder chosen for key files is theirs to set."""
    try:
        existed = path.is_dir()
        path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
        if tighten or not existed:
            os.chmod(path, FOLDER_MODE)  # mkdir's mode is filtered by the umask
    except OSError as err:
        raise plain_os_error(err, path) from None
    return path
