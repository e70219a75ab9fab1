"""initial schema: the whole data model, plus full-text search on SQLite

Revision ID: 0001
Revises: 
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

from drivekit.storage import sqlite_driver


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=True),
    sa.Column('campaign_id', sa.String(length=36), nullable=True),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_campaign_id'), ['campaign_id'], unique=False)

    op.create_table('campaign',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('goal', sa.Integer(), nullable=False),
    sa.Column('organisation', sa.String(length=300), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('consent_text', sa.Text(), nullable=False),
    sa.Column('consent_version', sa.String(length=64), nullable=False),
    sa.Column('required_fields', sa.JSON(), nullable=False),
    sa.Column('organiser_keys', sa.JSON(), nullable=False),
    sa.Column('retention_until', sa.Date(), nullable=True),
    sa.Column('kiosk_pin_hash', sa.String(length=300), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaign'))
    )
    op.create_table('device',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('public_key', sa.LargeBinary(), nullable=True),
    sa.Column('secret_key', sa.LargeBinary(), nullable=True),
    sa.Column('is_self', sa.Boolean(), nullable=False),
    sa.Column('next_seq', sa.Integer(), nullable=False),
    sa.Column('exported_seq', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_device'))
    )
    op.create_table('sync_import',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('bundle_id', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('campaign_id', sa.String(length=36), nullable=True),
    sa.Column('seq_from', sa.Integer(), nullable=False),
    sa.Column('seq_to', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_import')),
    sa.UniqueConstraint('bundle_id', name=op.f('uq_sync_import_bundle_id'))
    )
    with op.batch_alter_table('sync_import', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_import_device_id'), ['device_id'], unique=False)

    op.create_table('event',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('campaign_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('location', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_event_campaign_id_campaign'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event'))
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_campaign_id'), ['campaign_id'], unique=False)

    op.create_table('target',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('campaign_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('role', sa.String(length=300), nullable=False),
    sa.Column('organisation', sa.String(length=300), nullable=False),
    sa.Column('postcode_prefixes', sa.JSON(), nullable=False),
    sa.Column('regions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_target_campaign_id_campaign'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_target'))
    )
    with op.batch_alter_table('target', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_target_campaign_id'), ['campaign_id'], unique=False)

    op.create_table('volunteer',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('campaign_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_volunteer_campaign_id_campaign'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer'))
    )
    with op.batch_alter_table('volunteer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_campaign_id'), ['campaign_id'], unique=False)

    op.create_table('withdrawal',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('signature_uuid', sa.String(length=36), nullable=False),
    sa.Column('campaign_id', sa.String(length=36), nullable=False),
    sa.Column('withdrawn_at', sa.DateTime(), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=True),
    sa.Column('device_seq', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_withdrawal_campaign_id_campaign'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_withdrawal')),
    sa.UniqueConstraint('signature_uuid', name=op.f('uq_withdrawal_signature_uuid'))
    )
    with op.batch_alter_table('withdrawal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_withdrawal_campaign_id'), ['campaign_id'], unique=False)

    op.create_table('signature',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('campaign_id', sa.String(length=36), nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=True),
    sa.Column('volunteer_id', sa.String(length=36), nullable=True),
    sa.Column('device_id', sa.String(length=36), nullable=True),
    sa.Column('device_seq', sa.Integer(), nullable=True),
    sa.Column('signed_at', sa.DateTime(), nullable=False),
    sa.Column('first_name', sa.String(length=200), nullable=True),
    sa.Column('last_name', sa.String(length=200), nullable=True),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('phone', sa.String(length=32), nullable=True),
    sa.Column('address', sa.String(length=300), nullable=True),
    sa.Column('postcode', sa.String(length=20), nullable=True),
    sa.Column('city', sa.String(length=300), nullable=True),
    sa.Column('region', sa.String(length=300), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('petition_consent', sa.Boolean(), nullable=False),
    sa.Column('contact_consent', sa.Boolean(), nullable=False),
    sa.Column('consent_version', sa.String(length=64), nullable=False),
    sa.Column('drawing', sa.LargeBinary(), nullable=True),
    sa.Column('drawing_format', sa.String(length=16), nullable=True),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('sheet_number', sa.Integer(), nullable=True),
    sa.Column('sheet_line', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=24), nullable=False),
    sa.Column('duplicate_of', sa.String(length=36), nullable=True),
    sa.Column('reviewed', sa.Boolean(), nullable=False),
    sa.Column('email_key', sa.String(length=320), nullable=True),
    sa.Column('person_key', sa.String(length=300), nullable=True),
    sa.Column('search_text', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_signature_campaign_id_campaign'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['device_id'], ['device.id'], name=op.f('fk_signature_device_id_device')),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_signature_event_id_event'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], name=op.f('fk_signature_volunteer_id_volunteer'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signature')),
    sa.UniqueConstraint('uuid', name=op.f('uq_signature_uuid'))
    )
    with op.batch_alter_table('signature', schema=None) as batch_op:
        batch_op.create_index('ix_signature_campaign_email_key', ['campaign_id', 'email_key'], unique=False)
        batch_op.create_index('ix_signature_campaign_person_key', ['campaign_id', 'person_key'], unique=False)
        batch_op.create_index('ix_signature_campaign_signed_at', ['campaign_id', 'signed_at'], unique=False)
        batch_op.create_index('ix_signature_campaign_status', ['campaign_id', 'status'], unique=False)
        batch_op.create_index('ix_signature_device_seq', ['device_id', 'device_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_signature_event_id'), ['event_id'], unique=False)


    if op.get_bind().dialect.name == "sqlite":
        _create_sqlite_search()


def _create_sqlite_search() -> None:
    """Trigram FTS5 over a folded copy of name, postcode and city: substring search on any script."""
    op.execute(
        "CREATE VIRTUAL TABLE signature_fts USING fts5("
        "search_text, content='signature', content_rowid='id', tokenize='trigram')"
    )
    if sqlite_driver.has_fts_secure_delete():
        # Deleted rows leave no trace in the index (withdrawal is erasure).
        op.execute("INSERT INTO signature_fts(signature_fts, rank) VALUES('secure-delete', 1)")
    op.execute(
        "CREATE TRIGGER signature_fts_ai AFTER INSERT ON signature WHEN new.search_text IS NOT NULL BEGIN "
        "INSERT INTO signature_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER signature_fts_ad AFTER DELETE ON signature WHEN old.search_text IS NOT NULL BEGIN "
        "INSERT INTO signature_fts(signature_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER signature_fts_au AFTER UPDATE OF search_text ON signature BEGIN "
        "INSERT INTO signature_fts(signature_fts, rowid, search_text) "
        "SELECT 'delete', old.id, old.search_text WHERE old.search_text IS NOT NULL; "
        "INSERT INTO signature_fts(rowid, search_text) "
        "SELECT new.id, new.search_text WHERE new.search_text IS NOT NULL; END"
    )

def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("signature_fts_ai", "signature_fts_ad", "signature_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS signature_fts")
    with op.batch_alter_table('signature', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signature_event_id'))
        batch_op.drop_index('ix_signature_device_seq')
        batch_op.drop_index('ix_signature_campaign_status')
        batch_op.drop_index('ix_signature_campaign_signed_at')
        batch_op.drop_index('ix_signature_campaign_person_key')
        batch_op.drop_index('ix_signature_campaign_email_key')

    op.drop_table('signature')
    with op.batch_alter_table('withdrawal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_withdrawal_campaign_id'))

    op.drop_table('withdrawal')
    with op.batch_alter_table('volunteer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteer_campaign_id'))

    op.drop_table('volunteer')
    with op.batch_alter_table('target', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_target_campaign_id'))

    op.drop_table('target')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_campaign_id'))

    op.drop_table('event')
    with op.batch_alter_table('sync_import', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_import_device_id'))

    op.drop_table('sync_import')
    op.drop_table('device')
    op.drop_table('campaign')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_campaign_id'))
        batch_op.drop_index(batch_op.f('ix_audit_entry_at'))

    op.drop_table('audit_entry')
