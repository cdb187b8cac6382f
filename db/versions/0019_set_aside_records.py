"""set-aside records

A record pulled from the server that the PC cannot store is kept aside with the reason,
instead of stopping the sync (protocol/records.py, sync/apply.py).

Revision ID: 0019
Revises: 0018
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "set_aside_record",
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("raw", sa.Text(), nullable=False),
        sa.Column("set_aside_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "entity_id", name=op.f("pk_set_aside_record")),
    )


def downgrade() -> None:
    op.drop_table("set_aside_record")
