"""request nonce

The nonces of signed requests, remembered for the clock window so that no request is
accepted twice.

Revision ID: p0007
Revises: s0007
Create Date: 2026-12-03 09:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = 'p0007'
down_revision = 's0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'request_nonce',
        sa.Column('device_id', sa.String(length=36), nullable=False),
        sa.Column('nonce', sa.String(length=64), nullable=False),
        sa.Column('expires_ms', sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint('device_id', 'nonce', name=op.f('pk_request_nonce')),
    )
    with op.batch_alter_table('request_nonce', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_request_nonce_expires_ms'), ['expires_ms'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('request_nonce', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_request_nonce_expires_ms'))
    op.drop_table('request_nonce')
