"""pathway: stage states, outcomes, the chosen track, dated parameters

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from alembic import op

from counsellor_app.core.ids import new_id

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# The values in force when this version shipped (domain.md §1, §2.2); administrators add
# dated rows when a finance law changes them. Amounts in centimes, rates in basis points.
PARAMETERS = {
    "soft_skills_attendance_threshold_pct": 80,
    "internship_stipend_min_centimes": 160_000,
    "internship_stipend_max_centimes": 600_000,
    "internship_max_months": 24,
    "ae_ceiling_commercial_centimes": 50_000_000,
    "ae_ceiling_services_centimes": 20_000_000,
    "ae_tax_commercial_bp": 50,
    "ae_tax_services_bp": 100,
    "ae_single_client_threshold_centimes": 8_000_000,
    "ae_single_client_withholding_bp": 3000,
    "ae_minimum_age_years": 18,
    "referral_answer_delay_days": 15,
}


def _synced_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(36)),
        sa.Column("updated_by", sa.String(36)),
        sa.Column("deleted_at", sa.DateTime()),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    parameter = op.create_table(
        "parameter",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date()),
    )
    op.create_index("ix_parameter_key_valid_from", "parameter", ["key", "valid_from"])
    op.bulk_insert(parameter, [
        {"key": key, "value": value, "valid_from": date(2023, 1, 1), "valid_to": None}
        for key, value in PARAMETERS.items()
    ])
    op.create_table(
        "pathway_stage",
        sa.Column("person_id", sa.String(36), sa.ForeignKey("person.id", name="fk_pathway_stage_person_id_person"), nullable=False),
        sa.Column("stage", sa.String(32), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("planned_on", sa.Date()),
        sa.Column("started_on", sa.Date()),
        sa.Column("ended_on", sa.Date()),
        sa.Column("reason", sa.String(300), nullable=False),
        sa.Column("counsellor_id", sa.String(36), sa.ForeignKey("user_account.id", name="fk_pathway_stage_counsellor_id_user_account")),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        *_synced_columns(),
    )
    op.create_index("ix_pathway_stage_person_id_stage", "pathway_stage", ["person_id", "stage"], unique=True)
    op.create_table(
        "outcome",
        sa.Column("person_id", sa.String(36), sa.ForeignKey("person.id", name="fk_outcome_person_id_person"), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("detail", sa.String(300), nullable=False),
        *_synced_columns(),
    )
    op.create_index("ix_outcome_person_id_kind", "outcome", ["person_id", "kind"])
    op.create_index("ix_outcome_kind_on", "outcome", ["kind", "on"])
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("track", sa.String(20)))
    # Everyone already registered completed the intake on the day their file was created.
    connection = op.get_bind()
    people = connection.execute(
        sa.text("SELECT id, created_at, created_by, counsellor_id FROM person WHERE deleted_at IS NULL")
    ).all()
    rows = [
        {"id": new_id(), "person_id": p.id, "day": str(p.created_at)[:10], "at": p.created_at,
         "by": p.created_by, "counsellor": p.counsellor_id}
        for p in people
    ]
    if rows:
        connection.execute(
            sa.text(
                "INSERT INTO pathway_stage (id, person_id, stage, status, started_on, ended_on, "
                "reason, counsellor_id, notes, data, created_at, updated_at, created_by, "
                "updated_by, server_version, dirty) VALUES (:id, :person_id, 'intake', "
                "'completed', :day, :day, '', :counsellor, '', '{}', :at, :at, :by, :by, 0, 1)"
            ),
            rows,
        )


def downgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.drop_column("track")
    op.drop_table("outcome")
    op.drop_table("pathway_stage")
    op.drop_table("parameter")
