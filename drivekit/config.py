"""Where DriveKit keeps its files; built once by the composition root."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from drivekit.errors import DataFolderUnusable
from drivekit.i18n import _

APP_NAME = "DriveKit"
DATA_DIR_ENV = "DRIVEKIT_DATA_DIR"


@dataclass(frozen=True)
class Config:
    data_dir: Path
    db_url: str

    @property
    def log_file(self) -> Path:
        return self.data_dir / "drivekit.log"


def default_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def db_url_from(value: str | None, data_dir: Path) -> str:
    """Turn `--db` (a file path or an SQLAlchemy URL) into a URL; default is the data dir's file."""
    if not value:
        return f"sqlite:///{data_dir / 'drivekit.sqlite3'}"
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().absolute()}"


def prepare_data_dir(path: Path) -> None:
    """Create the data folder (owner only) and prove it can be written, or say plainly why not."""
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        if path.stat().st_mode & 0o077:
            path.chmod(0o700)  # DriveKit's own folder (database, backups, log): owner only
        with tempfile.TemporaryFile(dir=path):
            pass
    except OSError as err:
        reason = err.strerror or type(err).__name__
        raise DataFolderUnusable(
            _("DriveKit cannot keep its files in {path} ({reason}). Fix the folder's permissions or free some "
              "space, or choose another folder by setting {variable}.").format(path=path, reason=reason, variable=DATA_DIR_ENV)) from None


def load_config(db: str | None = None) -> Config:
    data_dir = default_data_dir()
    return Config(data_dir=data_dir, db_url=db_url_from(db, data_dir))
