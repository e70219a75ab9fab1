"""campaigns: when they were purged (only counts kept after their retention date)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN: a batch copy of `campaign` would trip the foreign keys that point at it.
    op.add_column('campaign', sa.Column('purged_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    op.drop_column('campaign', 'purged_at')
