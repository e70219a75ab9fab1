"""Alembic environment: the app passes its own connection in; batch mode for SQLite."""

from alembic import context

from drivekit.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("DriveKit migrations are run by the app (drivekit init), not by the alembic CLI.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
