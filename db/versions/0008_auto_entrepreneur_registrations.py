"""auto-entrepreneur registrations

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('ae_registration',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('documents_gathered', sa.Boolean(), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('filed_on', sa.Date(), nullable=True),
    sa.Column('registration_number', sa.String(length=40), nullable=False),
    sa.Column('registered_on', sa.Date(), nullable=True),
    sa.Column('activity', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('tax_number', sa.String(length=20), nullable=False),
    sa.Column('ice', sa.String(length=15), nullable=False),
    sa.Column('cnss_affiliated', sa.Boolean(), nullable=False),
    sa.Column('cnss_number', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('dirty', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_ae_registration_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ae_registration'))
    )
    with op.batch_alter_table('ae_registration', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ae_registration_person_id'), ['person_id'], unique=True)




def downgrade() -> None:

    with op.batch_alter_table('ae_registration', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ae_registration_person_id'))

    op.drop_table('ae_registration')

