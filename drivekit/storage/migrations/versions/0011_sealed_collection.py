"""sealed collection: campaigns may seal new signatures to the organiser's key on laptops

`campaign.sealed` is the campaign's option (it travels in campaign files, format 2.0);
`campaign.installed_at` says this database installed the campaign from a campaign file (a laptop),
where sealing applies; `signature.sealed` holds a sealed signer's details, encrypted to the
organiser (the plain columns stay empty).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN: a batch copy of these tables would trip the foreign keys that point at them.
    op.add_column('campaign', sa.Column('sealed', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column('campaign', sa.Column('installed_at', sa.DateTime(), nullable=True))
    op.add_column('signature', sa.Column('sealed', sa.LargeBinary(), nullable=True))
    # Campaigns a laptop installed before: those with organiser keys that this database never
    # exported (the organiser's own database has audit entries of its campaign exports).
    conn = op.get_bind()
    exported = {r[0] for r in conn.execute(sa.text(
        "SELECT DISTINCT campaign_id FROM audit_entry WHERE action = 'campaign.exported'"))}
    for cid, keys in conn.execute(sa.text("SELECT id, organiser_keys FROM campaign")).all():
        if cid not in exported and keys not in (None, "[]", []):
            conn.execute(sa.text("UPDATE campaign SET installed_at = created_at WHERE id = :cid"), {"cid": cid})


def downgrade() -> None:
    op.drop_column('signature', 'sealed')
    op.drop_column('campaign', 'installed_at')
    op.drop_column('campaign', 'sealed')
