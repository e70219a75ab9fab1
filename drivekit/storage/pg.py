"""PostgreSQL as a shared organisers' hub: plain-words errors, connection defaults, advisory locks.

Several organisers' processes write to one server at once. What they must never do twice
(create the same device, campaign or this hub's own device row, record the same bundle) is
ordered by transaction-scoped advisory locks (`xact_lock`); see docs/postgresql-hub.md.
"""

from __future__ import annotations

import os
import zlib
from typing import Any

from sqlalchemy import Engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from drivekit.errors import DatabaseUnavailable, DiskFull, KnownError
from drivekit.i18n import N_, _

CONNECT_TIMEOUT_S = 10  # an unreachable server is reported after this long instead of hanging
# First key of every DriveKit advisory lock ("DK"); the second names the thing locked (a crc32).
LOCK_SPACE = 0x444B
# SQLSTATEs worth one more try of the whole transaction: nothing of it was kept.
RETRYABLE = {"40001", "40P01"}  # serialization_failure, deadlock_detected
HOW_TO_GIVE_PASSWORD = N_("put it in the PGPASSWORD environment variable or in ~/.pgpass "
                           "(DriveKit never stores passwords)")


def is_postgresql(url: str) -> bool:
    return url.startswith("postgresql")


def connect_args(url: str) -> dict[str, Any]:
    """Driver options: a connection timeout unless the URL or PGCONNECT_TIMEOUT sets one; no
    server-side prepared statements. psycopg prepares a query after its fifth run, and the server
    then keeps one plan for it; a plan made while an import's table was nearly empty scanned the
    whole table for every later lookup of the same import (1.5 s each instead of milliseconds)."""
    args: dict[str, Any] = {"prepare_threshold": None}
    if "connect_timeout" not in make_url(url).query and not os.environ.get("PGCONNECT_TIMEOUT"):
        args["connect_timeout"] = CONNECT_TIMEOUT_S
    return args


def where(url: URL) -> str:
    """The server as a person knows it: host and port (libpq's defaults when the URL leaves them out)."""
    service = url.query.get("service") or (os.environ.get("PGSERVICE") if not url.host else None)
    if service and not url.host:
        return _("{service} (a service of pg_service.conf)").format(service=service)
    host = url.host or os.environ.get("PGHOST") or "localhost"
    port = url.port or os.environ.get("PGPORT") or 5432
    return f"{host}:{port}"


def _user(url: URL) -> str:
    return url.username or os.environ.get("PGUSER") or _("(your login name)")


def _database(url: URL) -> str:
    return url.database or os.environ.get("PGDATABASE") or _user(url)


def translate(err: BaseException, url: URL) -> KnownError | None:
    """One line for a person, from a psycopg error: what happened and what to do; None if it is
    not a failure of the server, the network or the login (a bug, or a retryable conflict)."""
    sqlstate = getattr(err, "sqlstate", None) or ""
    message = str(err)
    low = message.lower()
    server, user, database = where(url), _user(url), _database(url)
    if sqlstate in RETRYABLE:
        return None
    if "definition of service" in low or "service file" in low:
        service = url.query.get("service") or os.environ.get("PGSERVICE") or "?"
        return DatabaseUnavailable(_("PostgreSQL knows no service “{service}”: add it to ~/.pg_service.conf (or "
                                     "the file PGSERVICEFILE names), or check its name.").format(service=service))
    if sqlstate == "28P01" or "password authentication failed" in low:
        return DatabaseUnavailable(_("The database server at {server} refused the password of user {user}; "
                                     "{how}, then try again.").format(server=server, user=user, how=_(HOW_TO_GIVE_PASSWORD)))
    if "no password supplied" in low or "password is required" in low:
        return DatabaseUnavailable(_("The database server at {server} asks for the password of user {user}; "
                                     "{how}, then try again.").format(server=server, user=user, how=_(HOW_TO_GIVE_PASSWORD)))
    if sqlstate == "3D000" or (f'database "{database}" does not exist' in message):
        return DatabaseUnavailable(_("There is no database “{database}” on the server at {server}; check its name "
                                     "or ask the server's administrator to create it (createdb -O {user} "
                                     "{database}).").format(database=database, server=server, user=user))
    if "role" in low and "does not exist" in low:
        return DatabaseUnavailable(_("The database server at {server} has no user “{user}”; check the name or ask "
                                     "the server's administrator to create it (see docs/postgresql-hub.md).").format(server=server, user=user))
    if sqlstate in ("28000",) or "pg_hba.conf" in low:
        return DatabaseUnavailable(_("The database server at {server} does not let user {user} connect from this "
                                     "computer; ask its administrator to allow it (pg_hba.conf).").format(server=server, user=user))
    if sqlstate == "53300" or "too many clients" in low or "remaining connection slots" in low:
        return DatabaseUnavailable(_("The database server at {server} has no free connection; close DriveKit "
                                     "elsewhere or try again in a moment.").format(server=server))
    if sqlstate == "53100" or "could not extend file" in low or "no space left" in low:
        return DiskFull(_("The database server at {server} has run out of disk space; nothing of the unfinished "
                          "operation was saved. Ask its administrator to free some space.").format(server=server))
    if sqlstate in ("42501", "3F000") or "permission denied" in low:  # 3F000: no schema it may use
        return DatabaseUnavailable(_("User {user} may not do that in the database “{database}” at {server} "
                                     "(permission denied); ask the server's administrator for the hub's roles (see "
                                     "docs/postgresql-hub.md).").format(user=user, database=database, server=server))
    if sqlstate == "25006" or "read-only transaction" in low:
        return DatabaseUnavailable(_("The database “{database}” at {server} is read-only (a standby or a read-only "
                                     "role); point DriveKit at the main server.").format(database=database, server=server))
    if "connection refused" in low or "could not translate host name" in low or "timeout expired" in low \
            or "no route to host" in low or "network is unreachable" in low or "name or service not known" in low \
            or "could not connect" in low or ("connection failed" in low and "connection to server" in low):
        return DatabaseUnavailable(_("Cannot reach the database server at {server}; check that it is running and "
                                     "that the address is right (and the network is up), then try again.").format(server=server))
    if sqlstate.startswith("08") or sqlstate in ("57P01", "57P02", "57P03") or "server closed the connection" in low \
            or "connection is lost" in low or "consuming input failed" in low or "connection is closed" in low \
            or "terminating connection" in low or "the connection is closed" in low:
        return DatabaseUnavailable(_("The connection to the database server at {server} was lost; nothing of the "
                                     "unfinished operation was saved. Check the network and the server, then do it "
                                     "again (an import is finished by importing the same files again).").format(server=server))
    return None


def install_error_translation(engine: Engine) -> None:
    """Every failure of the server, the network or the login, wherever it happens (connecting,
    migrating, a query, a commit), reaches the caller as a KnownError with one plain line."""
    url = engine.url

    def handle_error(ctx: Any) -> KnownError | None:
        known = translate(ctx.original_exception, url)
        if known is not None:
            known.__cause__ = ctx.sqlalchemy_exception
        return known

    event.listen(engine, "handle_error", handle_error)


def is_retryable(err: BaseException) -> bool:
    """A deadlock or serialization failure: the transaction was undone and may simply run again."""
    orig = getattr(err, "orig", err)
    return getattr(orig, "sqlstate", None) in RETRYABLE


def lock_key(kind: str, name: str) -> int:
    """A stable 32-bit key for (kind, name): the same in every process and every version."""
    return zlib.crc32(f"{kind}:{name}".encode()) - 2**31


def xact_lock(session: Session, kind: str, name: str) -> None:
    """Wait for, and hold to the end of the transaction, the lock on one thing (PostgreSQL only;
    on SQLite one writer at a time already holds the whole file)."""
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:space, :key)"),
                     {"space": LOCK_SPACE, "key": lock_key(kind, name)})


def hub_url(host: str, port: int | None, database: str, user: str, service: str = "") -> str:
    """The URL of a database on a PostgreSQL server, never with a password (libpq finds it);
    `service` names an entry of a pg_service.conf file, which may say all the rest."""
    return URL.create("postgresql+psycopg", username=user or None, host=host or None, port=port or None,
                      database=database or None, query={"service": service} if service else {}
                      ).render_as_string(hide_password=False)


def without_password(url: str) -> tuple[str, bool]:
    """`url` with any password taken out, and whether it had one (settings never keep a password)."""
    parsed = make_url(url)
    if parsed.password is None:
        return url, False
    return parsed._replace(password=None).render_as_string(hide_password=False), True
