"""blob chunks

An upload's content was one column, rewritten whole at each chunk and read whole to check
its hash or send it (100 MB in memory, twice). Each chunk is a row of its own now; the
contents already stored become one chunk each.

Revision ID: s0012_server_blob_chunks
Revises: s0011_server_rate_limit
Create Date: 2026-12-03 13:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = 's0012_server_blob_chunks'
down_revision = 's0011_server_rate_limit'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'blob_chunk',
        sa.Column('agency_id', sa.String(length=36), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('start', sa.BigInteger(), nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint('agency_id', 'sha256', 'start', name=op.f('pk_blob_chunk')),
    )
    op.execute(
        "INSERT INTO blob_chunk (agency_id, sha256, start, data) "
        "SELECT agency_id, sha256, 0, content FROM blob WHERE received > 0"
    )
    with op.batch_alter_table('blob', schema=None) as batch_op:
        batch_op.drop_column('content')


def downgrade() -> None:
    with op.batch_alter_table('blob', schema=None) as batch_op:
        batch_op.add_column(sa.Column('content', sa.LargeBinary(), nullable=True))
    # A content stored in one chunk comes back whole; one uploaded in several is marked
    # unfinished from its start (its PC uploads it again), rather than joined here.
    op.execute(
        "UPDATE blob SET content = (SELECT data FROM blob_chunk c WHERE c.agency_id = "
        "blob.agency_id AND c.sha256 = blob.sha256 AND c.start = 0) WHERE received = ("
        "SELECT length(data) FROM blob_chunk c WHERE c.agency_id = blob.agency_id AND "
        "c.sha256 = blob.sha256 AND c.start = 0)"
    )
    op.execute(
        "UPDATE blob SET content = '', received = 0, complete = false WHERE content IS NULL"
    )
    with op.batch_alter_table('blob', schema=None) as batch_op:
        batch_op.alter_column('content', existing_type=sa.LargeBinary(), nullable=False)
    op.drop_table('blob_chunk')
