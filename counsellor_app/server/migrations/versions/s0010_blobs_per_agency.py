"""blobs per agency

An upload was keyed by its hash alone: any agency knowing a hash could fix its declared size
(and block the real upload) or learn that another agency held it. Uploads are kept per
agency now; the copies of existing ones stay under the agency that sent them. Unfinished
uploads are found by age to expire them.

Revision ID: s0010
Revises: s0009
Create Date: 2026-12-03 09:40:00
"""

from __future__ import annotations

from alembic import op


revision = 's0010'
down_revision = 's0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('blob', schema=None) as batch_op:
        batch_op.drop_constraint('pk_blob', type_='primary')
        batch_op.create_primary_key('pk_blob', ['agency_id', 'sha256'])
        batch_op.create_index(batch_op.f('ix_blob_sha256'), ['sha256'], unique=False)
        batch_op.create_index(
            batch_op.f('ix_blob_complete_created_at'), ['complete', 'created_at'], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table('blob', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_blob_complete_created_at'))
        batch_op.drop_index(batch_op.f('ix_blob_sha256'))
        batch_op.drop_constraint('pk_blob', type_='primary')
        batch_op.create_primary_key('pk_blob', ['sha256'])
