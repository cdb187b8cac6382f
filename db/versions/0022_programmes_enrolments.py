"""programmes' donors and people's enrolments

A programme says who funds it (``donor``); ``programme_enrolment`` records a person's
enrolment in a programme from a day (to a day), synced with the person's records, so a
programme's indicators count the people enrolled in it. Programme definitions are national
(the server's, pulled by every PC).

Revision ID: 0022_programmes_enrolments
Revises: 0021_keys_outbox_act
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022_programmes_enrolments"
down_revision = "0021_keys_outbox_act"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("programme") as batch:
        batch.add_column(
            sa.Column("donor", sa.String(length=200), nullable=False, server_default="")
        )
    op.create_table(
        "programme_enrolment",
        sa.Column("programme_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programme.id"],
            name=op.f("fk_programme_enrolment_programme_id_programme"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_programme_enrolment_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_enrolment")),
    )
    op.create_index(
        op.f("ix_programme_enrolment_programme_id_person_id"),
        "programme_enrolment",
        ["programme_id", "person_id"],
        unique=True,
    )
    op.create_index(op.f("ix_programme_enrolment_person_id"), "programme_enrolment", ["person_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_programme_enrolment_person_id"), table_name="programme_enrolment")
    op.drop_index(
        op.f("ix_programme_enrolment_programme_id_person_id"), table_name="programme_enrolment"
    )
    op.drop_table("programme_enrolment")
    with op.batch_alter_table("programme") as batch:
        batch.drop_column("donor")
