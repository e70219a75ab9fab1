"""search index: FTS5 secure-delete on databases made with an older SQLite

A withdrawal must leave no trace of the signer in the search index. Databases created while
DriveKit ran on Python's own SQLite (older than 3.44) have an index without `secure-delete`, so
each withdrawal had to rebuild the whole index ('optimize') to drop the erased name. DriveKit now
runs on sqlean's SQLite (drivekit.storage.sqlite_driver); this turns the option on. Names erased
before are already gone (each of those withdrawals optimized the index), so no rebuild is needed.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("INSERT INTO signature_fts(signature_fts, rank) VALUES('secure-delete', 1)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("INSERT INTO signature_fts(signature_fts, rank) VALUES('secure-delete', 0)")
