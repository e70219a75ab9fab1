"""Two kinds of failure: KnownError (shown to a person in plain words) and everything else (a bug)."""

from __future__ import annotations


class KnownError(Exception):
    """A failure we expect and can explain; `str(err)` is the message for a person."""


class BadInput(KnownError):
    """Input that a person gave us does not make sense (unknown id, invalid value)."""


class NotFound(BadInput):
    """The thing asked for does not exist."""


class BadFile(KnownError):
    """A file that cannot be read, or that was damaged or tampered with."""


class DatabaseTooNew(KnownError):
    """The database was written by a newer DriveKit; we must not touch it."""


class DatabaseDamaged(BadFile):
    """The database file failed its integrity check; `backup` is the newest good backup, if any."""

    def __init__(self, message: str, backup: object = None, problems: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.backup = backup  # a pathlib.Path, or None when no good backup was found
        self.problems = problems


class DatabaseLocked(KnownError):
    """Another program holds the database."""


class DatabaseUnavailable(KnownError):
    """The database server cannot be reached, refuses the login, lacks the database, or dropped the connection."""


class DataFolderUnusable(KnownError):
    """DriveKit's data folder cannot be created or written (read-only disk, permissions, a file in the way)."""


class DiskFull(KnownError):
    """No space left to write."""


class Cancelled(KnownError):
    """The person cancelled a long operation; nothing was changed."""


class ValidationError(BadInput):
    """One or more fields are invalid; `errors` maps field name to a plain message."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__("; ".join(f"{field}: {msg}" for field, msg in self.errors.items()))
