"""natural keys unique per agency

A natural key (a person's stage, an agency's letterhead…) named records across agencies, so
one agency's record could take the place of another's. It is unique within an agency now; the
index still leads with the kind and the key, which is how a push looks records up.

Revision ID: s0009
Revises: p0008
Create Date: 2026-12-03 09:30:00
"""

from __future__ import annotations

from alembic import op


revision = 's0009'
down_revision = 'p0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_record_entity_natural_key'))
        batch_op.create_index(
            batch_op.f('ix_record_entity_natural_key_owner_agency_id'),
            ['entity', 'natural_key', 'owner_agency_id'],
            unique=True,
        )


def downgrade() -> None:
    with op.batch_alter_table('record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_record_entity_natural_key_owner_agency_id'))
        batch_op.create_index(
            batch_op.f('ix_record_entity_natural_key'), ['entity', 'natural_key'], unique=True
        )
