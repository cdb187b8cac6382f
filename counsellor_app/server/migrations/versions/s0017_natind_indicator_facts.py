"""indicator facts

The milestones each person reached, kept for the console's national indicators
(server.indicator_facts), and the record sequence they were built from.

Revision ID: s0017_natind_indicator_facts
Revises: s0016_dupes_duplicates
Create Date: 2026-12-03 16:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0017_natind_indicator_facts"
down_revision = "s0016_dupes_duplicates"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "indicator_fact",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("milestone", sa.SmallInteger(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("prev_day", sa.Date(), nullable=True),
        sa.Column("agency_id", sa.String(length=36), nullable=False),
        sa.Column("sex", sa.String(length=40), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("nationality", sa.String(length=40), nullable=False),
        sa.Column("legal_status", sa.String(length=40), nullable=False),
        sa.Column("city_id", sa.String(length=40), nullable=False),
        sa.Column("track", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("person_id", "milestone", "day", name=op.f("pk_indicator_fact")),
    )
    op.create_index(op.f("ix_indicator_fact_day_milestone"), "indicator_fact", ["day", "milestone"])
    op.create_index(op.f("ix_indicator_fact_agency_id_day"), "indicator_fact", ["agency_id", "day"])
    op.create_table(
        "indicator_fact_mark",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_fact_mark")),
    )
    op.create_table(
        "indicator_cell",
        sa.Column("milestone", sa.SmallInteger(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("prev_month", sa.Date(), nullable=False),
        sa.Column("dimension", sa.String(length=16), nullable=False),
        sa.Column("value", sa.String(length=40), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "milestone",
            "month",
            "prev_month",
            "dimension",
            "value",
            name=op.f("pk_indicator_cell"),
        ),
    )
    op.create_table(
        "indicator_agency_cell",
        sa.Column("agency_id", sa.String(length=36), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("milestone", sa.SmallInteger(), nullable=False),
        sa.Column("prev_month", sa.Date(), nullable=False),
        sa.Column("dimension", sa.String(length=16), nullable=False),
        sa.Column("value", sa.String(length=40), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "agency_id",
            "month",
            "milestone",
            "prev_month",
            "dimension",
            "value",
            name=op.f("pk_indicator_agency_cell"),
        ),
    )
    op.create_table(
        "console_programme_assignment",
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.Column("programme_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["console_account.id"],
            name=op.f("fk_console_programme_assignment_account_id_console_account"),
        ),
        sa.PrimaryKeyConstraint(
            "account_id", "programme_id", name=op.f("pk_console_programme_assignment")
        ),
    )


def downgrade() -> None:
    op.drop_table("console_programme_assignment")
    op.drop_table("indicator_agency_cell")
    op.drop_table("indicator_cell")
    op.drop_table("indicator_fact_mark")
    op.drop_index(op.f("ix_indicator_fact_agency_id_day"), table_name="indicator_fact")
    op.drop_index(op.f("ix_indicator_fact_day_milestone"), table_name="indicator_fact")
    op.drop_table("indicator_fact")
