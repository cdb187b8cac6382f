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


def include_object(
    obj: object, name: str | None, kind: str, reflected: bool, compare_to: object
) -> bool:
    """The FTS5 search index and its shadow tables are made by hand (migration 0001)."""
    return not (kind == "table" and name is not None and name.startswith("person_fts"))


context.configure(
    connection=connection,
    include_object=include_object,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite ALTERs go through table copies
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
