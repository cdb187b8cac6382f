"""programme cells

A programme's indicators added up by month like the national ones (server.indicator_facts):
the people each programme counts (enrolled and eligible) and their monthly cells. The facts'
mark is cleared so the next refresh builds everything, these included.

Revision ID: s0018_natspeed_programme_cells
Revises: s0017_natind_indicator_facts
Create Date: 2026-12-03 19:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0018_natspeed_programme_cells"
down_revision = "s0017_natind_indicator_facts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "indicator_member",
        sa.Column("programme_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("programme_id", "person_id", name=op.f("pk_indicator_member")),
    )
    op.create_index(op.f("ix_indicator_member_person_id"), "indicator_member", ["person_id"])
    op.create_table(
        "indicator_programme_mark",
        sa.Column("programme_id", sa.String(length=36), nullable=False),
        sa.Column("population", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("programme_id", name=op.f("pk_indicator_programme_mark")),
    )
    op.create_table(
        "indicator_programme_cell",
        sa.Column("programme_id", sa.String(length=36), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("milestone", sa.SmallInteger(), nullable=False),
        sa.Column("prev_month", sa.Date(), nullable=False),
        sa.Column("dimension", sa.String(length=16), nullable=False),
        sa.Column("value", sa.String(length=40), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "programme_id",
            "month",
            "milestone",
            "prev_month",
            "dimension",
            "value",
            name=op.f("pk_indicator_programme_cell"),
        ),
    )
    op.execute("DELETE FROM indicator_fact_mark")  # the next refresh rebuilds all


def downgrade() -> None:
    op.drop_table("indicator_programme_cell")
    op.drop_table("indicator_programme_mark")
    op.drop_index(op.f("ix_indicator_member_person_id"), table_name="indicator_member")
    op.drop_table("indicator_member")
