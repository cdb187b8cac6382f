"""business plans

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('business_plan',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('activity', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('sections', sa.JSON(), nullable=False),
    sa.Column('startup_costs', sa.JSON(), nullable=False),
    sa.Column('funding', sa.JSON(), nullable=False),
    sa.Column('revenue', sa.JSON(), nullable=False),
    sa.Column('costs', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('dirty', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_business_plan_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_business_plan'))
    )
    with op.batch_alter_table('business_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_business_plan_person_id'), ['person_id'], unique=True)




def downgrade() -> None:

    with op.batch_alter_table('business_plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_business_plan_person_id'))

    op.drop_table('business_plan')

