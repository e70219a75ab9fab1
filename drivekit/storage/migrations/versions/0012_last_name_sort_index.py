"""signatures: an index to sort a campaign by last name

The Signatures page sorts a million signatures by last name in one header click. Without an index
SQLite read every row and sorted them (about 0.5 s for the first screenful, 1.4 s for all). This
index holds (last_name, campaign_id, status), so that the sorted list comes straight from it,
with withdrawn rows left out, without reading the table.

Its first column is the last name, not the campaign, on purpose: the many queries that look a
campaign up (`campaign_id = ?`) can never pick it instead of their own index (an index led by
campaign_id made SQLite walk it, and read the table in name order, for other sorts: 17.8 s).
`SignatureService.ids` names it (`INDEXED BY`) where it is the right plan.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""
from alembic import op


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_signature_last_name', 'signature', ['last_name', 'campaign_id', 'status'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_signature_last_name', table_name='signature')
