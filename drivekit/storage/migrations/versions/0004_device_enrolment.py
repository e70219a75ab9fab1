"""devices: enrolment (the organiser trusts a laptop's key), revocation, relays

A device id is bound to its key when it is enrolled; bundles from devices that are not enrolled
are refused before they are opened. Databases that imported bundles before this revision trusted
every device that sent one: those devices stay trusted with the key they were recorded with
(enrolled at the time of their first bundle), and a device whose bundles carried other devices'
ranges (another organiser's --all export) is enrolled as a relay. Devices known only from
another device's bundle, and devices without a key, are not enrolled.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN: a batch copy of `device` would trip the signatures' foreign keys to it.
    op.add_column('device', sa.Column('enrolled_at', sa.DateTime(), nullable=True))
    op.add_column('device', sa.Column('revoked_at', sa.DateTime(), nullable=True))
    op.add_column('device', sa.Column('relay', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.execute(
        "UPDATE device SET enrolled_at = (SELECT MIN(sync_import.imported_at) FROM sync_import "
        "WHERE sync_import.device_id = device.id) "
        "WHERE is_self = false AND public_key IS NOT NULL "
        "AND EXISTS (SELECT 1 FROM sync_import WHERE sync_import.device_id = device.id)")
    op.execute(
        "UPDATE device SET relay = true WHERE enrolled_at IS NOT NULL AND EXISTS ("
        "SELECT 1 FROM sync_import JOIN sync_range ON sync_range.bundle_id = sync_import.bundle_id "
        "WHERE sync_import.device_id = device.id AND sync_range.device_id != device.id)")


def downgrade() -> None:
    op.drop_column('device', 'relay')
    op.drop_column('device', 'revoked_at')
    op.drop_column('device', 'enrolled_at')
