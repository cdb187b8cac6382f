"""user keys

Each person's public key per account (rooted at the agency's first administrator, then
registered by an administrator's signed act), and the nonces of the acts accepted.

Revision ID: s0013_keys
Revises: s0012_server_blob_chunks
Create Date: 2026-12-03 13:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "s0013_keys"
down_revision = "s0012_server_blob_chunks"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "user_key",
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("agency_id", sa.String(length=36), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("material", sa.JSON(), nullable=True),
        sa.Column("root", sa.Boolean(), nullable=False),
        sa.Column("registered_by", sa.String(length=36), nullable=False),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_user_key_agency_id_agency")
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_user_key")),
    )
    with op.batch_alter_table("user_key", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_user_key_agency_id"), ["agency_id"], unique=False)
    op.create_table(
        "act_nonce",
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("nonce", sa.String(length=64), nullable=False),
        sa.Column("spent_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("user_id", "nonce", name=op.f("pk_act_nonce")),
    )


def downgrade() -> None:
    op.drop_table("act_nonce")
    with op.batch_alter_table("user_key", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_user_key_agency_id"))
    op.drop_table("user_key")
