"""signature tallies on PostgreSQL: one row per key and per writer shard, so concurrent importers never wait on a count

On a PostgreSQL hub several organisers import at the same moment (sync/engine/hub_merge.py), each
writing its new signatures outside the writers' lock. With one tally row per (campaign, day, hour,
event, volunteer, status), every importer of the same day's signatures would update the same rows:
each waits for the other's commit, and two that meet the same rows in different orders deadlock.
Here each key has up to SHARDS rows, and a transaction adds and takes away only in the row of its
own server process (pg_backend_pid() mod SHARDS), so two importers almost never share a row. A
count is the sum over the shards (drivekit/storage/tallies.py sums already); a shard's row may go
below zero when a signature counted in another is withdrawn, the sum never does.

SQLite has one writer at a time: nothing changes there.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""
from alembic import op


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

SHARDS = 16
AREA_LENGTH = 5
TALLY_KEY = "campaign_id, day, hour, event_id, volunteer_id, status"
AREA_KEY = "campaign_id, area, status"
SHARD = f"CAST(pg_backend_pid() % {SHARDS} AS smallint)"


def _exprs(row: str) -> dict[str, str]:
    return {
        "campaign_id": f"{row}.campaign_id",
        "day": f"CAST({row}.signed_at AS date)",
        "hour": f"CAST(extract(hour FROM {row}.signed_at) AS integer)",
        "event_id": f"coalesce({row}.event_id, '')",
        "volunteer_id": f"coalesce({row}.volunteer_id, '')",
        "status": f"{row}.status",
        "area": f"substr(replace(replace(upper(coalesce({row}.postcode, '')), ' ', ''), '-', ''), 1, {AREA_LENGTH})",
    }


def _cols(key: str) -> list[str]:
    return [c.strip() for c in key.split(",")]


def _changed(old: dict[str, str], new: dict[str, str], key: str) -> str:
    return " OR ".join(f"{old[c]} IS DISTINCT FROM {new[c]}" for c in _cols(key))


def _add(table: str, key: str, e: dict[str, str], delta: int, sharded: bool) -> str:
    values = ", ".join(e[c] for c in _cols(key))
    if not sharded:  # as revision 0009 counts: one row per key
        return (f"INSERT INTO {table} ({key}, n) VALUES ({values}, {delta}) "
                f"ON CONFLICT ({key}) DO UPDATE SET n = {table}.n + ({delta});")
    return (f"INSERT INTO {table} ({key}, shard, n) VALUES ({values}, {SHARD}, {delta}) "
            f"ON CONFLICT ({key}, shard) DO UPDATE SET n = {table}.n + ({delta});")


def _function(sharded: bool) -> str:
    old, new = _exprs("OLD"), _exprs("NEW")
    return f"""
CREATE OR REPLACE FUNCTION signature_tally_change() RETURNS trigger LANGUAGE plpgsql AS $body$
DECLARE
  main_changed boolean := true;
  area_changed boolean := true;
BEGIN
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM campaign WHERE id = OLD.campaign_id) THEN
    RETURN NULL;  -- the campaign's own deletion: its counts go with it (signature_tally_campaign_gone)
  END IF;
  IF TG_OP = 'UPDATE' THEN
    main_changed := {_changed(old, new, TALLY_KEY)};
    area_changed := {_changed(old, new, AREA_KEY)};
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    IF main_changed THEN {_add('signature_tally', TALLY_KEY, old, -1, sharded)} END IF;
    IF area_changed THEN {_add('signature_area_tally', AREA_KEY, old, -1, sharded)} END IF;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    IF main_changed THEN {_add('signature_tally', TALLY_KEY, new, 1, sharded)} END IF;
    IF area_changed THEN {_add('signature_area_tally', AREA_KEY, new, 1, sharded)} END IF;
  END IF;
  RETURN NULL;
END
$body$"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for table, key in (("signature_tally", TALLY_KEY), ("signature_area_tally", AREA_KEY)):
        op.execute(f"ALTER TABLE {table} ADD COLUMN shard smallint NOT NULL DEFAULT 0")
        op.execute(f"ALTER TABLE {table} DROP CONSTRAINT pk_{table}")
        op.execute(f"ALTER TABLE {table} ADD CONSTRAINT pk_{table} PRIMARY KEY ({key}, shard)")
    op.execute(_function(sharded=True))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(_function(sharded=False))
    for table, key in (("signature_tally", TALLY_KEY), ("signature_area_tally", AREA_KEY)):
        # Fold each key's shards back into one row.
        op.execute(f"CREATE TEMPORARY TABLE folded AS SELECT {key}, sum(n) AS n FROM {table} GROUP BY {key}")
        op.execute(f"DELETE FROM {table}")
        op.execute(f"ALTER TABLE {table} DROP CONSTRAINT pk_{table}")
        op.execute(f"ALTER TABLE {table} DROP COLUMN shard")
        op.execute(f"ALTER TABLE {table} ADD CONSTRAINT pk_{table} PRIMARY KEY ({key})")
        op.execute(f"INSERT INTO {table} ({key}, n) SELECT {key}, n FROM folded")
        op.execute("DROP TABLE folded")
