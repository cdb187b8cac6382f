"""duplicates across agencies

The keys people are compared by (digests), the pairs found across agencies and the people
confirmed as one (issue 22, 6).

Revision ID: s0016_dupes_duplicates
Revises: s0015_glass_break_glass
Create Date: 2026-12-03 16:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0016_dupes_duplicates"
down_revision = "s0015_glass_break_glass"
branch_labels = None
depends_on = None

UTC_TIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "duplicate_key",
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("agency_id", sa.String(36), nullable=False),
        sa.PrimaryKeyConstraint("person_id", "digest", name="pk_duplicate_key"),
    )
    op.create_index("ix_duplicate_key_digest_agency_id", "duplicate_key", ["digest", "agency_id"])
    op.create_table(
        "duplicate_candidate",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("person_a", sa.String(36), nullable=False),
        sa.Column("person_b", sa.String(36), nullable=False),
        sa.Column("agency_a", sa.String(36), nullable=False),
        sa.Column("agency_b", sa.String(36), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("detected_at", UTC_TIME, nullable=False),
        sa.Column("decided_by", sa.String(36), nullable=True),
        sa.Column("decided_at", UTC_TIME, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_duplicate_candidate"),
    )
    op.create_index(
        "ix_duplicate_candidate_person_a_person_b",
        "duplicate_candidate",
        ["person_a", "person_b"],
        unique=True,
    )
    op.create_index("ix_duplicate_candidate_person_b", "duplicate_candidate", ["person_b"])
    op.create_index(
        "ix_duplicate_candidate_agency_a_status", "duplicate_candidate", ["agency_a", "status"]
    )
    op.create_index(
        "ix_duplicate_candidate_agency_b_status", "duplicate_candidate", ["agency_b", "status"]
    )
    op.create_index(
        "ix_duplicate_candidate_status_detected_at",
        "duplicate_candidate",
        ["status", "detected_at"],
    )
    op.create_table(
        "person_link",
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.Column("canonical_id", sa.String(36), nullable=False),
        sa.Column("candidate_id", sa.String(36), nullable=False),
        sa.Column("linked_at", UTC_TIME, nullable=False),
        sa.PrimaryKeyConstraint("person_id", name="pk_person_link"),
    )
    op.create_index("ix_person_link_canonical_id", "person_link", ["canonical_id"])


def downgrade() -> None:
    op.drop_index("ix_person_link_canonical_id", table_name="person_link")
    op.drop_table("person_link")
    for name in (
        "ix_duplicate_candidate_status_detected_at",
        "ix_duplicate_candidate_agency_b_status",
        "ix_duplicate_candidate_agency_a_status",
        "ix_duplicate_candidate_person_b",
        "ix_duplicate_candidate_person_a_person_b",
    ):
        op.drop_index(name, table_name="duplicate_candidate")
    op.drop_table("duplicate_candidate")
    op.drop_index("ix_duplicate_key_digest_agency_id", table_name="duplicate_key")
    op.drop_table("duplicate_key")
