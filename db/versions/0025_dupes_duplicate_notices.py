"""duplicate notices from the server

The server's notice that a person may be registered by another agency too (issue 22, 6):
file numbers and reason codes only, pulled, never written here.

Revision ID: 0025_dupes_duplicate_notices
Revises: 0022_programmes_enrolments
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0025_dupes_duplicate_notices"
down_revision = "0024_committees_sessions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "duplicate_notice",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("file_number", sa.String(length=32), nullable=False),
        sa.Column("other_agency_code", sa.String(length=8), nullable=False),
        sa.Column("other_agency_name", sa.String(length=200), nullable=False),
        sa.Column("other_file_number", sa.String(length=32), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_duplicate_notice_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duplicate_notice")),
    )
    op.create_index(op.f("ix_duplicate_notice_person_id"), "duplicate_notice", ["person_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_duplicate_notice_person_id"), table_name="duplicate_notice")
    op.drop_table("duplicate_notice")
