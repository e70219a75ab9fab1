"""signature tallies: counts kept by triggers, so the dashboard never scans the signatures

`signature_tally` counts signatures by campaign, UTC day and hour, event, volunteer and status;
`signature_area_tally` by campaign, postcode area (the first AREA_LENGTH letters and digits of the
postcode, upper case, without spaces or hyphens) and status. Triggers on `signature` keep both
right after every insert, update and delete, whoever writes (a save, an edit, a CSV or sync import,
a withdrawal, a duplicate mark, a purge that rewrites rows in place); a row that moves between
keys is taken off its old key and added to its new one. Missing event/volunteer is stored as ''
(a unique key treats NULLs as distinct). Counts that fall to zero stay as rows of zero.

The expressions must match drivekit/storage/tallies.py (AREA_LENGTH, the area of a postcode);
tests/services/test_dashboard.py and tests/tallies.py check the tallies against a direct GROUP BY.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

AREA_LENGTH = 5
TALLY_KEY = "campaign_id, day, hour, event_id, volunteer_id, status"
AREA_KEY = "campaign_id, area, status"


def _area(row: str) -> str:
    return f"substr(replace(replace(upper(coalesce({row}.postcode, '')), ' ', ''), '-', ''), 1, {AREA_LENGTH})"


def _sqlite_exprs(row: str) -> dict[str, str]:
    # SQLite stores signed_at as 'YYYY-MM-DD HH:MM:SS.ffffff' (UTC).
    return {
        "campaign_id": f"{row}.campaign_id",
        "day": f"substr({row}.signed_at, 1, 10)",
        "hour": f"CAST(substr({row}.signed_at, 12, 2) AS INTEGER)",
        "event_id": f"coalesce({row}.event_id, '')",
        "volunteer_id": f"coalesce({row}.volunteer_id, '')",
        "status": f"{row}.status",
        "area": _area(row),
    }


def _pg_exprs(row: str) -> dict[str, str]:
    return {
        "campaign_id": f"{row}.campaign_id",
        "day": f"CAST({row}.signed_at AS date)",
        "hour": f"CAST(extract(hour FROM {row}.signed_at) AS integer)",
        "event_id": f"coalesce({row}.event_id, '')",
        "volunteer_id": f"coalesce({row}.volunteer_id, '')",
        "status": f"{row}.status",
        "area": _area(row),
    }


def _values(e: dict[str, str], key: str) -> str:
    return ", ".join(e[c.strip()] for c in key.split(","))


def _where(e: dict[str, str], key: str) -> str:
    return " AND ".join(f"{c.strip()} = {e[c.strip()]}" for c in key.split(","))


def _changed(old: dict[str, str], new: dict[str, str], key: str, differs: str = "IS NOT") -> str:
    return " OR ".join(f"{old[c.strip()]} {differs} {new[c.strip()]}" for c in key.split(","))


def _add(table: str, key: str, e: dict[str, str]) -> str:
    return (f"INSERT INTO {table} ({key}, n) VALUES ({_values(e, key)}, 1) "
            f"ON CONFLICT ({key}) DO UPDATE SET n = {table}.n + 1;")


def _take(table: str, key: str, e: dict[str, str]) -> str:
    return f"UPDATE {table} SET n = n - 1 WHERE {_where(e, key)};"


TABLES = (("signature_tally", TALLY_KEY), ("signature_area_tally", AREA_KEY))


def _sqlite_triggers() -> list[str]:
    old, new = _sqlite_exprs("old"), _sqlite_exprs("new")
    out = []
    for table, key in TABLES:
        cols = ", ".join(c.strip() for c in key.split(",") if c.strip() not in ("day", "hour", "area"))
        watched = cols + (", signed_at" if table == "signature_tally" else ", postcode")
        out += [
            f"CREATE TRIGGER {table}_ai AFTER INSERT ON signature BEGIN {_add(table, key, new)} END",
            f"CREATE TRIGGER {table}_ad AFTER DELETE ON signature BEGIN {_take(table, key, old)} END",
            f"CREATE TRIGGER {table}_au AFTER UPDATE OF {watched} ON signature "
            f"WHEN {_changed(old, new, key)} BEGIN {_take(table, key, old)} {_add(table, key, new)} END",
        ]
    out.append("CREATE TRIGGER signature_tally_campaign_ad AFTER DELETE ON campaign BEGIN "
               "DELETE FROM signature_tally WHERE campaign_id = old.id; "
               "DELETE FROM signature_area_tally WHERE campaign_id = old.id; END")
    return out


def _pg_function() -> str:
    old, new = _pg_exprs("OLD"), _pg_exprs("NEW")
    main_changed = _changed(old, new, TALLY_KEY, "IS DISTINCT FROM")
    area_changed = _changed(old, new, AREA_KEY, "IS DISTINCT FROM")
    return f"""
CREATE OR REPLACE FUNCTION signature_tally_change() RETURNS trigger LANGUAGE plpgsql AS $body$
DECLARE
  main_changed boolean := true;
  area_changed boolean := true;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    main_changed := {main_changed};
    area_changed := {area_changed};
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    IF main_changed THEN {_take('signature_tally', TALLY_KEY, old)} END IF;
    IF area_changed THEN {_take('signature_area_tally', AREA_KEY, old)} END IF;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    IF main_changed THEN {_add('signature_tally', TALLY_KEY, new)} END IF;
    IF area_changed THEN {_add('signature_area_tally', AREA_KEY, new)} END IF;
  END IF;
  RETURN NULL;
END
$body$"""


PG_CAMPAIGN_FUNCTION = """
CREATE OR REPLACE FUNCTION signature_tally_campaign_gone() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
  DELETE FROM signature_tally WHERE campaign_id = OLD.id;
  DELETE FROM signature_area_tally WHERE campaign_id = OLD.id;
  RETURN NULL;
END
$body$"""


def _backfill(e: dict[str, str]) -> list[str]:
    out = []
    for table, key in TABLES:
        cols = [c.strip() for c in key.split(",")]
        exprs = ", ".join(e[c] for c in cols)
        out.append(f"INSERT INTO {table} ({key}, n) SELECT {exprs}, count(*) FROM signature GROUP BY {exprs}")
    return out


def upgrade() -> None:
    op.create_table(
        'signature_tally',
        sa.Column('campaign_id', sa.String(length=36), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('hour', sa.Integer(), nullable=False),
        sa.Column('event_id', sa.String(length=36), nullable=False),
        sa.Column('volunteer_id', sa.String(length=36), nullable=False),
        sa.Column('status', sa.String(length=24), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('campaign_id', 'day', 'hour', 'event_id', 'volunteer_id', 'status',
                                name=op.f('pk_signature_tally')),
    )
    op.create_table(
        'signature_area_tally',
        sa.Column('campaign_id', sa.String(length=36), nullable=False),
        sa.Column('area', sa.String(length=20), nullable=False),
        sa.Column('status', sa.String(length=24), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('campaign_id', 'area', 'status', name=op.f('pk_signature_area_tally')),
    )
    if op.get_bind().dialect.name == "sqlite":
        for stmt in _backfill(_sqlite_exprs("signature")):
            op.execute(stmt)
        for stmt in _sqlite_triggers():
            op.execute(stmt)
    else:
        for stmt in _backfill(_pg_exprs("signature")):
            op.execute(stmt)
        op.execute(_pg_function())
        op.execute("CREATE TRIGGER signature_tally_change AFTER INSERT OR DELETE OR UPDATE OF "
                   "campaign_id, signed_at, event_id, volunteer_id, status, postcode ON signature "
                   "FOR EACH ROW EXECUTE FUNCTION signature_tally_change()")
        op.execute(PG_CAMPAIGN_FUNCTION)
        op.execute("CREATE TRIGGER signature_tally_campaign_gone AFTER DELETE ON campaign "
                   "FOR EACH ROW EXECUTE FUNCTION signature_tally_campaign_gone()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table, _key in TABLES:
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_{suffix}")
        op.execute("DROP TRIGGER IF EXISTS signature_tally_campaign_ad")
    else:
        op.execute("DROP TRIGGER IF EXISTS signature_tally_change ON signature")
        op.execute("DROP TRIGGER IF EXISTS signature_tally_campaign_gone ON campaign")
        op.execute("DROP FUNCTION IF EXISTS signature_tally_change()")
        op.execute("DROP FUNCTION IF EXISTS signature_tally_campaign_gone()")
    op.drop_table('signature_area_tally')
    op.drop_table('signature_tally')
