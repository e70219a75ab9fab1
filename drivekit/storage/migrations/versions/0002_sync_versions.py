"""sync: correction versions on signatures, exported and received sequence ranges

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('signature', schema=None) as batch_op:
        batch_op.add_column(sa.Column('edited_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('edit_device_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('edit_seq', sa.Integer(), nullable=True))
        batch_op.create_index('ix_signature_edit_seq', ['edit_device_id', 'edit_seq'], unique=False)
    with op.batch_alter_table('withdrawal', schema=None) as batch_op:
        batch_op.create_index('ix_withdrawal_device_seq', ['device_id', 'device_seq'], unique=False)

    op.create_table('sync_export',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('bundle_id', sa.String(length=64), nullable=False),
    sa.Column('campaign_id', sa.String(length=36), nullable=False),
    sa.Column('seq_from', sa.Integer(), nullable=False),
    sa.Column('seq_to', sa.Integer(), nullable=False),
    sa.Column('everything', sa.Boolean(), nullable=False),
    sa.Column('records', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_export'))
    )
    with op.batch_alter_table('sync_export', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_export_campaign_id'), ['campaign_id'], unique=False)

    op.create_table('sync_range',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('campaign_id', sa.String(length=36), nullable=False),
    sa.Column('seq_from', sa.Integer(), nullable=False),
    sa.Column('seq_to', sa.Integer(), nullable=False),
    sa.Column('bundle_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_range'))
    )
    with op.batch_alter_table('sync_range', schema=None) as batch_op:
        batch_op.create_index('ix_sync_range_device_campaign', ['device_id', 'campaign_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sync_range', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_range_device_campaign')
    op.drop_table('sync_range')
    with op.batch_alter_table('sync_export', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_export_campaign_id'))
    op.drop_table('sync_export')
    with op.batch_alter_table('withdrawal', schema=None) as batch_op:
        batch_op.drop_index('ix_withdrawal_device_seq')
    with op.batch_alter_table('signature', schema=None) as batch_op:
        batch_op.drop_index('ix_signature_edit_seq')
        batch_op.drop_column('edit_seq')
        batch_op.drop_column('edit_device_id')
        batch_op.drop_column('edited_at')
