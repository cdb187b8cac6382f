"""every agency's counts per period

Every agency's indicator counts per month, quarter and year, kept by the refresh
(server.indicator_periods): an agency's or a region's page reads these instead of adding up
every agency's monthly cells. The facts' mark is cleared so the next refresh builds
everything, these included.

Revision ID: s0019_aggwarm_agency_periods
Revises: s0018_natspeed_programme_cells
Create Date: 2026-12-03 20:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0019_aggwarm_agency_periods"
down_revision = "s0018_ingest_duplicate_queue"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "indicator_agency_period",
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("months", sa.SmallInteger(), nullable=False),
        sa.Column("agency_id", sa.String(length=36), nullable=False),
        sa.Column("milestone", sa.SmallInteger(), nullable=False),
        sa.Column("dimension", sa.String(length=16), nullable=False),
        sa.Column("value", sa.String(length=40), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "period_start",
            "months",
            "agency_id",
            "milestone",
            "dimension",
            "value",
            name=op.f("pk_indicator_agency_period"),
        ),
    )
    op.execute("DELETE FROM indicator_fact_mark")  # the next refresh rebuilds all


def downgrade() -> None:
    op.drop_table("indicator_agency_period")
