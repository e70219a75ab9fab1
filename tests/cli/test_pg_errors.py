"""A PostgreSQL hub that cannot be used says so in one plain line: what happened and what to do."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.pg import fresh_database, require_pg, run

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


PASSWORD_ROLE = "drivekit_pw"  # .ci/postgres.sh makes the server ask this role for a password
RIGHT = "correct horse battery staple"


@pytest.fixture
def password_hub(tmp_path: Path) -> Iterator[str]:
    """A database owned by a role that must give a password; its URL, which holds no password."""
    from sqlalchemy import create_engine

    with fresh_database() as url:
        admin = create_engine(url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DO $$ BEGIN CREATE ROLE {PASSWORD_ROLE} LOGIN; "
                                 "EXCEPTION WHEN duplicate_object THEN NULL; END $$")
            conn.exec_driver_sql(f"ALTER ROLE {PASSWORD_ROLE} PASSWORD '{RIGHT}'")
            conn.exec_driver_sql(f'GRANT ALL ON DATABASE "{make_url(url).database}" TO {PASSWORD_ROLE}')
            conn.exec_driver_sql(f"GRANT ALL ON SCHEMA public TO {PASSWORD_ROLE}")
        admin.dispose()
        hub = make_url(url).set(username=PASSWORD_ROLE)
        if run(["--db", hub.render_as_string(hide_password=False), "init"], tmp_path / "probe",
               {"PGPASSWORD": "not it"}).code == 0:
            if os.environ.get("DRIVEKIT_REQUIRE_PG"):
                pytest.fail("the test server does not ask drivekit_pw for a password; start it with .ci/postgres.sh")
            pytest.skip("the test server does not ask drivekit_pw for a password (see .ci/postgres.sh)")
        yield hub.render_as_string(hide_password=False)


def test_a_wrong_or_missing_password_and_the_right_one_from_pgpass(password_hub: str, tmp_path: Path) -> None:
    nowhere = {"PGPASSFILE": str(tmp_path / "none"), "PGPASSWORD": ""}
    wrong = run(["--db", password_hub, "init"], tmp_path / "a", {**nowhere, "PGPASSWORD": "guess"})
    assert wrong.code == 1
    err = _plain_one_line(wrong.err)
    assert f"refused the password of user {PASSWORD_ROLE}" in err and "~/.pgpass" in err

    missing = run(["--db", password_hub, "init"], tmp_path / "b", nowhere)  # an empty PGPASSWORD is none
    assert missing.code == 1
    assert "asks for the password" in _plain_one_line(missing.err)

    url = make_url(password_hub)
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{url.host}:{url.port}:{url.database}:{PASSWORD_ROLE}:{RIGHT}\n", encoding="utf-8")
    pgpass.chmod(0o600)
    ok = run(["--db", password_hub, "--json", "campaign", "create", "--title", "Hub", "--text", "t", "--goal", "5"],
             tmp_path / "c", {"PGPASSFILE": str(pgpass), "PGPASSWORD": ""})
    assert ok.code == 0, ok.err
    assert RIGHT not in ok.out + ok.err


def test_a_service_file_names_the_hub(tmp_path: Path) -> None:
    """libpq's pg_service.conf: the URL holds only the service's name."""
    url = make_url(require_pg())
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[drivekit-hub]\nhost={url.host}\nport={url.port}\ndbname={url.database}\n"
                        f"user={url.username}\n", encoding="utf-8")
    done = run(["--db", "postgresql+psycopg://?service=drivekit-hub", "--json", "campaign", "list"], tmp_path,
               {"PGSERVICEFILE": str(services)})
    assert done.code == 0, done.err
    missing = run(["--db", "postgresql+psycopg://?service=no-such-hub", "campaign", "list"], tmp_path,
                  {"PGSERVICEFILE": str(services)})
    assert missing.code == 1
    assert "no service “no-such-hub”" in _plain_one_line(missing.err)


def test_a_user_who_is_not_one_of_the_hubs_organisers(tmp_path: Path) -> None:
    import uuid

    from sqlalchemy import create_engine

    with fresh_database() as url:
        assert run(["--db", url, "init"], tmp_path).code == 0
        outsider = f"outsider_{uuid.uuid4().hex[:8]}"
        admin = create_engine(url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE ROLE {outsider} LOGIN")
        try:
            done = run(["--db", make_url(url).set(username=outsider).render_as_string(hide_password=False),
                        "campaign", "list"], tmp_path)
            assert done.code == 1
            assert f"User {outsider} may not do that" in _plain_one_line(done.err)
        finally:
            with admin.connect() as conn:
                conn.exec_driver_sql(f"DROP ROLE {outsider}")
            admin.dispose()
