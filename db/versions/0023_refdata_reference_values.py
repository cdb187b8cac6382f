"""national dated reference values pulled from the server

``reference_value`` holds the central values (the attendance threshold, the internship
bounds, the auto-entrepreneur ceilings and rates…) each from its date, as the server's
national records: the PC's rules read them over the shipped ``parameter`` rows. A city added
to the national list comes as one too; triggers copy it into ``city`` (people may live there;
its region must be known here), the lists offering it from its date (services/reference.py).

Revision ID: 0023_refdata_reference_values
Revises: 0022_programmes_enrolments
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023_refdata_reference_values"
down_revision = "0022_programmes_enrolments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reference_value",
        sa.Column("domain", sa.String(length=20), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reference_value")),
    )
    op.create_index(
        op.f("ix_reference_value_domain_code_valid_from"),
        "reference_value",
        ["domain", "code", "valid_from"],
    )

    for event in ("INSERT", "UPDATE"):
        op.execute(
            f"""
            CREATE TRIGGER reference_value_city_{event.lower()} AFTER {event} ON reference_value
            WHEN NEW.domain = 'city' AND EXISTS (
                SELECT 1 FROM region WHERE code = json_extract(NEW.data, '$.region_code'))
            BEGIN
                INSERT OR IGNORE INTO city (id, region_code, name_fr, name_ar, name_en)
                VALUES (NEW.code, json_extract(NEW.data, '$.region_code'), NEW.code, NEW.code,
                        NEW.code);
                UPDATE city SET
                    name_fr = coalesce(json_extract(NEW.data, '$.name_fr'), name_fr),
                    name_ar = coalesce(json_extract(NEW.data, '$.name_ar'), name_ar),
                    name_en = coalesce(json_extract(NEW.data, '$.name_en'), name_en)
                WHERE id = NEW.code AND region_code = json_extract(NEW.data, '$.region_code');
            END
            """
        )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS reference_value_city_insert")
    op.execute("DROP TRIGGER IF EXISTS reference_value_city_update")
    op.drop_index(op.f("ix_reference_value_domain_code_valid_from"), table_name="reference_value")
    op.drop_table("reference_value")
