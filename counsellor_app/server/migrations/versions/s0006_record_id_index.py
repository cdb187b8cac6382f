"""record id index

Records are looked up by id alone (an operation names its record's id, a pull page lists ids):
the primary key leads with the kind of record, so without this index each lookup read the
whole table.

Revision ID: s0006
Revises: s0005
Create Date: 2026-11-23 09:10:00
"""

from __future__ import annotations

from alembic import op


revision = 's0006'
down_revision = 's0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_record_id'), ['id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_record_id'))
