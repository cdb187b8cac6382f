"""Alembic environment of the server: runs on the connection ``server.database`` hands over."""

from __future__ import annotations

from alembic import context

from counsellor_app.server import duplicate_models as _duplicate_tables  # noqa: F401
from counsellor_app.server import indicator_facts as _indicator_tables  # noqa: F401 (same metadata)
from counsellor_app.server.console import models as _console_tables  # noqa: F401 (same metadata)
from counsellor_app.server.console import programme_access as _access_tables  # noqa: F401
from counsellor_app.server.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run server migrations through counsellor_app.server.database")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
