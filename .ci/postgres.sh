#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the tests: `eval "$(.ci/postgres.sh start)"` exports
# DRIVEKIT_TEST_PG_URL and PG_TMP; `.ci/postgres.sh stop` stops it and removes its files.
# The server refuses to run as root, so it runs as the `postgres` user in a temporary directory.
set -euo pipefail
cmd=${1:-start}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ "$cmd" = start ]; then
  if [ -z "$bindir" ]; then
    echo "installing PostgreSQL (Debian package postgresql)" >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >&2
    bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  tmp=$(mktemp -d /tmp/drivekit-pg.XXXXXX)
  chmod 755 "$tmp"
  [ "$(id -u)" = 0 ] && chown postgres "$tmp"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_pg "$bindir/initdb" -D "$tmp/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >&2
  # One role must give a password (tests of a wrong or missing password, of ~/.pgpass): first match wins.
  as_pg sed -i '1i host all drivekit_pw 127.0.0.1/32 scram-sha-256' "$tmp/data/pg_hba.conf"
  as_pg "$bindir/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w \
    -o "-p $port -k $tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >&2
  echo "export PG_TMP=$tmp PG_BIN=$bindir DRIVEKIT_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
elif [ "$cmd" = stop ]; then
  if [ -n "${PG_TMP:-}" ] && [ -d "$PG_TMP" ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m fast stop >&2 || true
    rm -rf "$PG_TMP"
  fi
fi
