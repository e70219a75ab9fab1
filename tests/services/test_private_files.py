"""Files that stay private: owner-only modes, logs without signers' data, names safe on a terminal."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from drivekit.domain.text import for_terminal
from drivekit.log import RedactingFormatter, setup_logging
from drivekit.storage.db import Database

SECRET_NAME = "Zebedee Quillfeather"
SECRET_EMAIL = "zebedee.quill@example.org"


def test_a_failing_insert_leaves_no_signer_data_in_the_log(make_services) -> None:  # type: ignore[no-untyped-def]
    services = make_services()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(RedactingFormatter("%(levelname)s %(name)s: %(message)s"))
    log = logging.getLogger("drivekit.test_private_files")
    log.addHandler(handler)
    try:
        # No uuid, campaign or device: a NOT NULL failure; PostgreSQL puts the whole row in its DETAIL.
        with pytest.raises(Exception) as caught:
            with services.db.session() as s:
                s.execute(text("INSERT INTO signature (first_name, last_name, email) VALUES (:f, :l, :e)"),
                          {"f": SECRET_NAME.split()[0], "l": SECRET_NAME.split()[1], "e": SECRET_EMAIL})
        try:
            raise caught.value
        except Exception:
            log.exception("bug while saving")
    finally:
        log.removeHandler(handler)
    logged = stream.getvalue()
    assert "bug while saving" in logged and "Traceback" in logged and "signature" in logged
    for secret in ("Zebedee", "Quillfeather", SECRET_EMAIL):
        assert secret not in logged
    # and the engine itself keeps parameters out of the exception's text, whatever formats it
    assert "Zebedee" not in str(caught.value).split("DETAIL")[0]


def test_redaction_of_driver_messages() -> None:
    formatter = RedactingFormatter("%(message)s")
    for message in (f"[SQL: INSERT ...]\n[parameters: ('{SECRET_NAME}', '{SECRET_EMAIL}')]",
                    f"duplicate key value violates unique constraint\nDETAIL:  Key (email)=({SECRET_EMAIL}) exists.",
                    f"null value in column\nDETAIL:  Failing row contains (1, {SECRET_NAME}, null)."):
        out = formatter.format(logging.LogRecord("drivekit", logging.ERROR, __file__, 1, message, None, None))
        assert SECRET_NAME not in out and SECRET_EMAIL not in out


def test_database_log_and_folders_are_the_owners_only(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        db = Database(f"sqlite:///{tmp_path / 'data' / 'drivekit.sqlite3'}")
        with db.session() as s:
            s.execute(text("CREATE TABLE t (x)"))
            s.execute(text("INSERT INTO t VALUES (1)"))
        made = [tmp_path / "data" / name for name in ("drivekit.sqlite3", "drivekit.sqlite3-wal",
                                                       "drivekit.sqlite3-shm")]
        assert (tmp_path / "data").stat().st_mode & 0o777 == 0o700
        for path in made:
            assert path.stat().st_mode & 0o777 == 0o600, path
        db.dispose()
        older = tmp_path / "older.sqlite3"  # made by an earlier version with the umask's mode
        older.touch(mode=0o644)
        Database(f"sqlite:///{older}").dispose()
        assert older.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old_umask)


def test_log_file_is_the_owners_only(tmp_path: Path) -> None:
    # In a fresh interpreter: this one's "drivekit" logger may already have its handler.
    code = ("import os, pathlib, sys; os.umask(0o022); from drivekit.log import setup_logging; "
            "setup_logging(pathlib.Path(sys.argv[1])); import logging; logging.getLogger('drivekit').info('hello')")
    log_file = tmp_path / "logs" / "drivekit.log"
    subprocess.run([sys.executable, "-c", code, str(log_file)], check=True,
                   env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    assert "hello" in log_file.read_text()
    assert log_file.stat().st_mode & 0o777 == 0o600
    assert log_file.parent.stat().st_mode & 0o777 == 0o700
    assert setup_logging  # the function the program calls at start-up


def test_names_for_a_terminal_lose_escape_sequences() -> None:
    assert for_terminal("\x1b[2JMallory\x07 \u202eevil\r") == "[2JMallory evil"
    assert for_terminal("Zoë Łukasz 王小明 محمد\nnext\tline") == "Zoë Łukasz 王小明 محمد\nnext\tline"
