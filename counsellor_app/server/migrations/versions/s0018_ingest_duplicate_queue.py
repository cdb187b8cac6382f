"""people waiting for the duplicates index

The push records which people it changed (``duplicate_queued``); a drain after its commit
updates the duplicates index (issue 25, 5: the index kept inside the push cost fifty PCs a
third of their ingest).

Revision ID: s0018_ingest_duplicate_queue
Revises: s0017_natind_indicator_facts
Create Date: 2026-12-03 19:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0018_ingest_duplicate_queue"
down_revision = "s0018_natspeed_programme_cells"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "duplicate_queued",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.Column("queued_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_duplicate_queued"),
    )


def downgrade() -> None:
    op.drop_table("duplicate_queued")
