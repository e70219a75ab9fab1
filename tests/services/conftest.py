"""Service tests run on SQLite and, when a server is available, on PostgreSQL too.

`.ci/run` starts a throwaway server and sets DRIVEKIT_TEST_PG_URL and DRIVEKIT_REQUIRE_PG=1,
so in CI the PostgreSQL half can fail but never silently skip.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from drivekit.services import Services, build_services
from drivekit.storage import migrate
from drivekit.storage.db import Database

PG_URL = os.environ.get("DRIVEKIT_TEST_PG_URL")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "postgres" and not PG_URL:
        if os.environ.get("DRIVEKIT_REQUIRE_PG"):
            pytest.fail("DRIVEKIT_REQUIRE_PG is set but DRIVEKIT_TEST_PG_URL is not")
        pytest.skip("no PostgreSQL server (set DRIVEKIT_TEST_PG_URL; .ci/run does)")
    return str(request.param)


@pytest.fixture
def make_services(backend: str, tmp_path: Path) -> Iterator:
    made: list[Database] = []
    created: list[str] = []
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT") if backend == "postgres" and PG_URL else None

    def make(name: str = "db") -> Services:
        if admin is not None:
            dbname = f"dk_{uuid.uuid4().hex[:12]}"
            with admin.connect() as conn:
                conn.exec_driver_sql(f'CREATE DATABASE "{dbname}"')
            created.append(dbname)
            url = make_url(PG_URL).set(database=dbname).render_as_string(hide_password=False)
        else:
            url = f"sqlite:///{tmp_path / (name + '.sqlite3')}"
        db = Database(url)
        migrate.upgrade(db)
        made.append(db)
        return build_services(db)

    yield make
    for db in made:
        db.dispose()
    if admin is not None:
        with admin.connect() as conn:
            for dbname in created:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{dbname}"')
        admin.dispose()
