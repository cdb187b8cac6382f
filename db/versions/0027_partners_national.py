"""national partners: the directory the server delivers to every PC, and closing a partner

A partner of the national directory is a ``partner`` record the server authored (its owner is
no agency): ``national`` marks it on the PC, which shows it read-only; ``closed_on`` is the
day from which it is no longer offered for a new referral (earlier referrals keep it).

Revision ID: 0027_partners_national
Revises: 0023_refdata_reference_values
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0027_partners_national"
down_revision = "0026_gui_todo_expiring"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("partner") as batch:
        batch.add_column(
            sa.Column("national", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("closed_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("partner") as batch:
        batch.drop_column("closed_on")
        batch.drop_column("national")
