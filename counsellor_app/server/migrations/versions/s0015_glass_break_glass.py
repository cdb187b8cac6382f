"""break glass

Masked files opened with a reason, each signed by the person who opened it (issue 20, 4).

Revision ID: s0015_glass_break_glass
Revises: s0014_console_accounts
Create Date: 2026-12-03 14:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0015_glass_break_glass"
down_revision = "s0014_console_accounts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "break_glass",
        sa.Column("nonce", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("agency_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("signature", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_break_glass_agency_id_agency")
        ),
        sa.PrimaryKeyConstraint("nonce", "user_id", name=op.f("pk_break_glass")),
    )
    with op.batch_alter_table("break_glass", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_break_glass_agency_id"), ["agency_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("break_glass", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_break_glass_agency_id"))
    op.drop_table("break_glass")
