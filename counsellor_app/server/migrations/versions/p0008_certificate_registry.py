"""certificate registry

Certificate signing keys registered by the PC that holds them (agency and device), and the
revocations kept after an erasure.

Revision ID: p0008
Revises: p0007
Create Date: 2026-12-03 09:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = 'p0008'
down_revision = 'p0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'certificate_key',
        sa.Column('key_id', sa.String(length=8), nullable=False),
        sa.Column('public_key', sa.LargeBinary(), nullable=False),
        sa.Column('agency_id', sa.String(length=36), nullable=False),
        sa.Column('device_id', sa.String(length=36), nullable=False),
        sa.Column('registered_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], name=op.f('fk_certificate_key_agency_id_agency')),
        sa.PrimaryKeyConstraint('key_id', name=op.f('pk_certificate_key')),
    )
    op.create_table(
        'revoked_serial',
        sa.Column('serial', sa.String(length=40), nullable=False),
        sa.Column('agency_id', sa.String(length=36), nullable=False),
        sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('reason_code', sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint('serial', name=op.f('pk_revoked_serial')),
    )


def downgrade() -> None:
    op.drop_table('revoked_serial')
    op.drop_table('certificate_key')
