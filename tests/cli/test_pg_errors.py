"""A PostgreSQL hub that cannot be used says so in one plain line: what happened and what to do."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.pg import require_pg, run

pytestmark = pytest.mark.postgres


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _plain_one_line(err: str) -> str:
    assert err.startswith("drivekit: ") and err.count("\n") == 1, err
    for word in ("sqlalchemy", "psycopg", "Traceback", "OperationalError", "sqlalche.me"):
        assert word.lower() not in err.lower(), err
    return err


def test_a_server_that_cannot_be_reached(tmp_path: Path) -> None:
    url = f"postgresql+psycopg://organiser@127.0.0.1:{_free_port()}/hub"
    done = run(["--db", url, "stats", "x"], tmp_path)
    assert done.code == 1
    err = _plain_one_line(done.err)
    assert "Cannot reach the database server at 127.0.0.1:" in err and "check that it is running" in err


def test_a_database_that_does_not_exist(tmp_path: Path) -> None:
    url = make_url(require_pg()).set(database="no_such_hub").render_as_string(hide_password=False)
    done = run(["--db", url, "campaign", "list"], tmp_path)
    assert done.code == 1
    err = _plain_one_line(done.err)
    assert "There is no database “no_such_hub”" in err and "createdb" in err


def test_a_user_the_server_does_not_know(tmp_path: Path) -> None:
    url = make_url(require_pg()).set(username="nobody_here").render_as_string(hide_password=False)
    done = run(["--db", url, "init"], tmp_path)
    assert done.code == 1
    assert "has no user “nobody_here”" in _plain_one_line(done.err)
