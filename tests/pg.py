"""A real PostgreSQL server for the hub tests: fresh databases, real `drivekit` processes, and a
way to make processes meet at a lock so that "at the same moment" is certain, not lucky.

`.ci/run` (and `eval "$(.ci/postgres.sh start)"`) set DRIVEKIT_TEST_PG_URL; with
DRIVEKIT_REQUIRE_PG=1 a missing server fails the tests instead of skipping them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import make_url

REPO = Path(__file__).resolve().parents[1]
PG_URL = os.environ.get("DRIVEKIT_TEST_PG_URL")


def require_pg() -> str:
    if not PG_URL:
        if os.environ.get("DRIVEKIT_REQUIRE_PG"):
            pytest.fail("DRIVEKIT_REQUIRE_PG is set but DRIVEKIT_TEST_PG_URL is not")
        pytest.skip("no PostgreSQL server (set DRIVEKIT_TEST_PG_URL; .ci/run does)")
    return PG_URL


@contextmanager
def fresh_database(prefix: str = "dk_hub") -> Iterator[str]:
    """An empty database on the test server; its URL. Dropped afterwards (even with connections open)."""
    url = require_pg()
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@dataclass
class Finished:
    code: int
    out: str
    err: str


class Process:
    """`drivekit ARGS` running in the background, as an organiser would start it in a terminal."""

    def __init__(self, args: list[str], data_dir: Path, env: dict[str, str] | None = None) -> None:
        full_env = {**os.environ, "PYTHONPATH": str(REPO), "DRIVEKIT_DATA_DIR": str(data_dir),
                    "PYTHONIOENCODING": "utf-8", **(env or {})}
        self.proc = subprocess.Popen([sys.executable, "-m", "drivekit", *args], cwd=REPO, env=full_env,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def wait(self, timeout: float = 120) -> Finished:
        out, err = self.proc.communicate(timeout=timeout)
        return Finished(self.proc.returncode, out, err)

    def kill(self) -> None:
        self.proc.kill()
        self.proc.communicate(timeout=30)


def run(args: list[str], data_dir: Path, env: dict[str, str] | None = None) -> Finished:
    return Process(args, data_dir, env).wait()


def backends_waiting(conn: Connection, locktype: str = "advisory", bigint_key: int | None = None) -> list[int]:
    """Server process ids of the sessions (of this database) waiting for a lock of this type
    (with `bigint_key`: for that one-number advisory lock only)."""
    sql = ("SELECT l.pid FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
           "WHERE NOT l.granted AND l.locktype = :t AND a.datname = current_database()")
    params: dict[str, Any] = {"t": locktype}
    if bigint_key is not None:
        sql += " AND l.objsubid = 1 AND l.classid::bigint = :hi AND l.objid::bigint = :lo"
        params.update(hi=bigint_key >> 32, lo=bigint_key & 0xFFFFFFFF)
    return [r[0] for r in conn.execute(text(sql), params)]


def wait_until(condition: Any, what: str, timeout: float = 60, procs: list[Process] | None = None) -> Any:
    """Poll `condition()` until it is truthy; fail with `what` (and what the processes said) if it never is."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        for p in procs or []:
            if p.proc.poll() is not None:
                done = p.wait()
                pytest.fail(f"waiting for {what}: a process ended early ({done.code}): {done.err or done.out}")
        time.sleep(0.05)
    pytest.fail(f"timed out waiting for {what}")
