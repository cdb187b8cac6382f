"""host organisations and internships

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('host_organisation',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('sector', sa.String(length=120), nullable=False),
    sa.Column('city_id', sa.String(length=40), nullable=True),
    sa.Column('contact_name', sa.String(length=120), nullable=False),
    sa.Column('contact_phone', sa.String(length=20), nullable=True),
    sa.Column('ice', sa.String(length=15), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('dirty', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['city_id'], ['city.id'], name=op.f('fk_host_organisation_city_id_city')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_host_organisation'))
    )
    op.create_table('internship',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('host_id', sa.String(length=36), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('tutor', sa.String(length=120), nullable=False),
    sa.Column('stipend_centimes', sa.Integer(), nullable=False),
    sa.Column('agreement_status', sa.String(length=20), nullable=False),
    sa.Column('midterm_evaluation', sa.Text(), nullable=False),
    sa.Column('final_evaluation', sa.Text(), nullable=False),
    sa.Column('hired', sa.Boolean(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('dirty', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['host_id'], ['host_organisation.id'], name=op.f('fk_internship_host_id_host_organisation')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_internship_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_internship'))
    )
    with op.batch_alter_table('internship', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_internship_host_id'), ['host_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_internship_person_id'), ['person_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('internship', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_internship_person_id'))
        batch_op.drop_index(batch_op.f('ix_internship_host_id'))

    op.drop_table('internship')
    op.drop_table('host_organisation')

