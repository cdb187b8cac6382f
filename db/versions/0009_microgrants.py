"""microgrants

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('budget_envelope',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('budget_centimes', sa.Integer(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('dirty', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_budget_envelope'))
    )
    op.create_table('follow_up_visit',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('business_status', sa.String(length=12), nullable=True),
    sa.Column('monthly_revenue_centimes', sa.Integer(), nullable=True),
    sa.Column('jobs_created', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('dirty', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_follow_up_visit_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up_visit'))
    )
    with op.batch_alter_table('follow_up_visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_visit_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_visit_person_id'), ['person_id'], unique=False)

    op.create_table('grant_application',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('envelope_id', sa.String(length=36), nullable=False),
    sa.Column('requested_centimes', sa.Integer(), nullable=False),
    sa.Column('decision', sa.String(length=20), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('approved_centimes', sa.Integer(), nullable=False),
    sa.Column('score', sa.Integer(), nullable=True),
    sa.Column('conditions', sa.Text(), nullable=False),
    sa.Column('committee_members', sa.String(length=400), nullable=False),
    sa.Column('minutes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('dirty', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['envelope_id'], ['budget_envelope.id'], name=op.f('fk_grant_application_envelope_id_budget_envelope')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_grant_application_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_application'))
    )
    with op.batch_alter_table('grant_application', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_application_envelope_id'), ['envelope_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_grant_application_person_id'), ['person_id'], unique=False)

    op.create_table('disbursement',
    sa.Column('application_id', sa.String(length=36), nullable=False),
    sa.Column('amount_centimes', sa.Integer(), nullable=False),
    sa.Column('mode', sa.String(length=10), nullable=False),
    sa.Column('receipt', sa.String(length=120), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('recorded_by_user', sa.String(length=36), nullable=False),
    sa.Column('confirmed_by_user', sa.String(length=36), nullable=True),
    sa.Column('confirmed_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('dirty', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['grant_application.id'], name=op.f('fk_disbursement_application_id_grant_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_disbursement'))
    )
    with op.batch_alter_table('disbursement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_disbursement_application_id'), ['application_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('disbursement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_disbursement_application_id'))

    op.drop_table('disbursement')
    with op.batch_alter_table('grant_application', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_application_person_id'))
        batch_op.drop_index(batch_op.f('ix_grant_application_envelope_id'))

    op.drop_table('grant_application')
    with op.batch_alter_table('follow_up_visit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_visit_person_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_visit_due_on'))

    op.drop_table('follow_up_visit')
    op.drop_table('budget_envelope')

