"""internship kinds, agreement life, scored evaluations and outcome

Internships of every kind programmes use (contrat d'insertion, formation-insertion and
association placements, apprenticeship), the agreement signed by the three parties with its
signed copy, an early end with its reason, mid-term and final scores on a grid, and the
outcome (contract kind when hired, the reason when not). core/internships.py.

Revision ID: 0020_stages_internships
Revises: 0019
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020_stages_internships"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("internship", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(24), nullable=False, server_default="contrat_insertion")
        )
        batch_op.add_column(sa.Column("signatures", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("signed_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("signed_copy_id", sa.String(36), nullable=True))
        batch_op.add_column(sa.Column("ended_early_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("end_reason", sa.String(300), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("midterm_scores", sa.JSON(), nullable=False, server_default="{}")
        )
        batch_op.add_column(
            sa.Column("final_scores", sa.JSON(), nullable=False, server_default="{}")
        )
        batch_op.add_column(
            sa.Column("contract_kind", sa.String(8), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("not_hired_reason", sa.String(24), nullable=False, server_default="")
        )
    # The agreement's old words: "validated" was a started internship, "terminated" an early end.
    op.execute(
        "UPDATE internship SET agreement_status = 'started' WHERE agreement_status = 'validated'"
    )
    op.execute(
        "UPDATE internship SET agreement_status = 'ended_early' WHERE agreement_status = 'terminated'"
    )


def downgrade() -> None:
    op.execute(
        "UPDATE internship SET agreement_status = 'validated' WHERE agreement_status = 'started'"
    )
    op.execute(
        "UPDATE internship SET agreement_status = 'terminated' WHERE agreement_status = 'ended_early'"
    )
    with op.batch_alter_table("internship", schema=None) as batch_op:
        for name in ("not_hired_reason", "contract_kind", "final_scores", "midterm_scores",
                     "end_reason", "ended_early_on", "signed_copy_id", "signed_on", "signatures",
                     "kind"):  # fmt: skip
            batch_op.drop_column(name)
