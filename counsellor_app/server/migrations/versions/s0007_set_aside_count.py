"""set-aside count

Each PC reports how many records received from the server it could not store and keeps
aside (protocol/records.py); the count is kept per device for the central console.

Revision ID: s0007
Revises: s0006
Create Date: 2026-12-03 09:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "s0007"
down_revision = "s0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("set_aside_count", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("set_aside_reported_at", sa.DateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.drop_column("set_aside_reported_at")
        batch_op.drop_column("set_aside_count")
