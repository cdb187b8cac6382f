"""outbox act

An operation that is an act of a person (an account changed, a committee's decision, a
tranche confirmed) carries her signature, made when she acted (core/acts.py).

Revision ID: 0021_keys_outbox_act
Revises: 0020_stages_internships
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021_keys_outbox_act"
down_revision = "0020_stages_internships"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox_op") as batch_op:
        batch_op.add_column(sa.Column("act", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox_op") as batch_op:
        batch_op.drop_column("act")
