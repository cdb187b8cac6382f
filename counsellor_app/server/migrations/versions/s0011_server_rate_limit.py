"""rate limit in the database

The public verification page's token buckets, one per client address, shared by every
worker of the server (they were kept in each worker's memory: n workers allowed n times
the limit).

Revision ID: s0011_server_rate_limit
Revises: s0010
Create Date: 2026-12-03 13:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = 's0011_server_rate_limit'
down_revision = 's0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'rate_bucket',
        sa.Column('key', sa.String(length=80), nullable=False),
        sa.Column('tokens', sa.Float(), nullable=False),
        sa.Column('updated_ms', sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_rate_bucket')),
    )
    with op.batch_alter_table('rate_bucket', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rate_bucket_updated_ms'), ['updated_ms'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('rate_bucket', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rate_bucket_updated_ms'))
    op.drop_table('rate_bucket')
