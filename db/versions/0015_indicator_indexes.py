"""indicator indexes

The dashboard counts who completed or started a stage in a period: two covering indexes make
each count a range scan instead of reading every stage of every person; a third gives each
counted person's dimensions (sex, birth date, nationality, status, agency, city, track)
without reading their whole row.

Revision ID: 0015
Revises: 0014
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_pathway_stage_completed",
        "pathway_stage",
        ["stage", "status", "ended_on", "person_id", "deleted_at"],
    )
    op.create_index(
        "ix_pathway_stage_started",
        "pathway_stage",
        ["stage", "started_on", "person_id", "deleted_at"],
    )


    op.create_index(
        "ix_person_dimensions",
        "person",
        ["id", "deleted_at", "sex", "date_of_birth", "nationality", "legal_status",
         "owner_agency_id", "city_id", "track"],
    )  # fmt: skip


def downgrade() -> None:
    op.drop_index("ix_person_dimensions", table_name="person")
    op.drop_index("ix_pathway_stage_started", table_name="pathway_stage")
    op.drop_index("ix_pathway_stage_completed", table_name="pathway_stage")
