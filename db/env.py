"""Alembic environment: always runs on the connection the application hands over.

The database is encrypted, so Alembic never opens it itself: ``storage.migrations`` passes a
connection from the one engine factory in ``config.attributes["connection"]``.
"""

from __future__ import annotations

from alembic import context

from counsellor_app.storage.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through counsellor_app.storage.migrations")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite ALTERs go through table copies
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
