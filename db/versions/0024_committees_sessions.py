"""grant committees as they sit: scoring grids, sessions and their agenda items

``scoring_grid`` (a programme's weighted criteria) and ``committee_session`` (date, place,
members, status, the signed minutes' hash) are the agency's own records; ``committee_item``
(an application's scores, conflicts, votes and decision) follows its person.

Revision ID: 0024_committees_sessions
Revises: 0022_programmes_enrolments
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0024_committees_sessions"
down_revision = "0023_refdata_reference_values"
branch_labels = None
depends_on = None


def _bookkeeping() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "scoring_grid",
        sa.Column("agency_id", sa.String(length=36), nullable=False),
        sa.Column("programme_id", sa.String(length=36), nullable=True),
        sa.Column("weights", sa.JSON(), nullable=False),
        *_bookkeeping(),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_scoring_grid_agency_id_agency")
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"], ["programme.id"], name=op.f("fk_scoring_grid_programme_id_programme")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scoring_grid")),
    )
    op.create_table(
        "committee_session",
        sa.Column("agency_id", sa.String(length=36), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("programme_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("members", sa.JSON(), nullable=False),
        sa.Column("minutes_sha256", sa.String(length=64), nullable=False),
        *_bookkeeping(),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_committee_session_agency_id_agency")
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programme.id"],
            name=op.f("fk_committee_session_programme_id_programme"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee_session")),
    )
    op.create_table(
        "committee_item",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("application_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("scores", sa.JSON(), nullable=False),
        sa.Column("conflicts", sa.JSON(), nullable=False),
        sa.Column("votes", sa.JSON(), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=True),
        sa.Column("amount_centimes", sa.Integer(), nullable=False),
        sa.Column("conditions", sa.Text(), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        *_bookkeeping(),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["committee_session.id"],
            name=op.f("fk_committee_item_session_id_committee_session"),
        ),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["grant_application.id"],
            name=op.f("fk_committee_item_application_id_grant_application"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_committee_item_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee_item")),
    )
    op.create_index(
        op.f("ix_committee_item_session_id_application_id"),
        "committee_item",
        ["session_id", "application_id"],
        unique=True,
    )
    op.create_index(op.f("ix_committee_item_person_id"), "committee_item", ["person_id"])
    op.create_index(op.f("ix_committee_item_application_id"), "committee_item", ["application_id"])


def downgrade() -> None:
    op.drop_table("committee_item")
    op.drop_table("committee_session")
    op.drop_table("scoring_grid")
