"""signatures: on PostgreSQL, a trigram index for substring search (pg_trgm)

Search matches every word of the query as a substring of the folded text (`search_text`;
case, accents and script folded in Python, so both databases compare the same text). SQLite
answers it from its FTS5 trigram table; on PostgreSQL a GIN index with pg_trgm's operator class
lets `search_text LIKE '%word%'` use an index instead of reading every row of a large hub.
The extension is created only if this role may (a superuser, or the database's owner since
PostgreSQL 13, pg_trgm being a trusted extension); otherwise search still works, unindexed,
and docs/postgresql-hub.md says how an administrator adds it. Nothing changes on SQLite.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

INDEX = 'ix_signature_search_trgm'


def _trgm_ready(conn: sa.Connection) -> bool:
    """pg_trgm is installed in this database, or this role may install it now."""
    if conn.execute(sa.text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).first():
        return True
    may = conn.execute(sa.text(
        "SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
        "OR (bool_or(v.trusted) AND has_database_privilege(current_database(), 'CREATE')) "
        "FROM pg_available_extension_versions v WHERE v.name = 'pg_trgm'")).scalar()
    if not may:
        return False
    conn.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    return True


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != 'postgresql' or not _trgm_ready(conn):
        return
    conn.execute(sa.text(f"CREATE INDEX IF NOT EXISTS {INDEX} ON signature USING gin (search_text gin_trgm_ops)"))


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql':
        conn.execute(sa.text(f"DROP INDEX IF EXISTS {INDEX}"))
