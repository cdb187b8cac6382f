"""reference data: regions and cities

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import csv
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

REFERENCE = Path(__file__).resolve().parents[1] / "reference"


def _rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def upgrade() -> None:
    region = sa.table(
        "region",
        sa.column("code", sa.String),
        sa.column("name_fr", sa.String),
        sa.column("name_ar", sa.String),
        sa.column("name_en", sa.String),
        sa.column("valid_from", sa.Date),
    )
    city = sa.table(
        "city",
        sa.column("id", sa.String),
        sa.column("region_code", sa.String),
        sa.column("name_fr", sa.String),
        sa.column("name_ar", sa.String),
        sa.column("name_en", sa.String),
    )
    from datetime import date

    regions = [{**row, "valid_from": date(2015, 2, 20)} for row in _rows("regions.csv")]
    op.bulk_insert(region, regions)  # decree 2-15-40 of 20 February 2015
    op.bulk_insert(city, _rows("cities.csv"))


def downgrade() -> None:
    op.execute("DELETE FROM city")
    op.execute("DELETE FROM region")
