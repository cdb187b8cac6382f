"""first day and programmes

``person_first_day`` keeps each live person's first day with the agency (the earliest of the
file's creation and its intake stages), kept by triggers in the same statement as the change:
"registered in the period" becomes one range scan instead of subtracting every earlier
registration from the period's (most of a register's cost on the dashboard).

``programme`` holds the donor programmes (period, the people they count, targets) as synced
records, so every PC of an agency shows the same targets. They were a setting of one PC; the
app moves those into the table (and the outbox) at first use.

Revision ID: 0018
Revises: 0017
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def _recompute(person: str) -> str:
    """Statements that set the person's first day from their live rows (or remove it)."""
    return (
        f"DELETE FROM person_first_day WHERE person_id = {person}; "
        "INSERT INTO person_first_day (person_id, day) "
        f"SELECT {person}, min(d) FROM ("
        f"SELECT date(created_at) AS d FROM person WHERE id = {person} AND deleted_at IS NULL "
        "UNION ALL SELECT started_on FROM pathway_stage "
        f"WHERE person_id = {person} AND stage = 'intake' AND deleted_at IS NULL "
        "AND started_on IS NOT NULL) HAVING min(d) IS NOT NULL;"
    )


TRIGGERS = {
    "person_first_day_on_person_insert": "AFTER INSERT ON person BEGIN "
    + _recompute("NEW.id")
    + " END",
    "person_first_day_on_person_update": "AFTER UPDATE OF created_at, deleted_at ON person BEGIN "
    + _recompute("NEW.id")
    + " END",
    "person_first_day_on_person_delete": "AFTER DELETE ON person BEGIN "
    "DELETE FROM person_first_day WHERE person_id = OLD.id; END",
    "person_first_day_on_stage_insert": "AFTER INSERT ON pathway_stage "
    "WHEN NEW.stage = 'intake' BEGIN " + _recompute("NEW.person_id") + " END",
    "person_first_day_on_stage_update": "AFTER UPDATE OF stage, started_on, deleted_at, person_id "
    "ON pathway_stage WHEN OLD.stage = 'intake' OR NEW.stage = 'intake' BEGIN "
    + _recompute("OLD.person_id")
    + " "
    + _recompute("NEW.person_id")
    + " END",
    "person_first_day_on_stage_delete": "AFTER DELETE ON pathway_stage "
    "WHEN OLD.stage = 'intake' BEGIN " + _recompute("OLD.person_id") + " END",
}


def upgrade() -> None:
    op.create_table(
        "person_first_day",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_person_first_day")),
    )
    op.create_index("ix_person_first_day_day", "person_first_day", ["day", "person_id"])
    op.execute(
        "INSERT INTO person_first_day (person_id, day) "
        "SELECT person_id, min(d) FROM ("
        "SELECT id AS person_id, date(created_at) AS d FROM person WHERE deleted_at IS NULL "
        "UNION ALL SELECT person_id, started_on FROM pathway_stage "
        "WHERE stage = 'intake' AND deleted_at IS NULL AND started_on IS NOT NULL"
        ") GROUP BY person_id"
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")

    op.create_table(
        "programme",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("targets", sa.JSON(), nullable=False),
        sa.Column("population", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme")),
    )


def downgrade() -> None:
    op.drop_table("programme")
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index("ix_person_first_day_day", table_name="person_first_day")
    op.drop_table("person_first_day")
