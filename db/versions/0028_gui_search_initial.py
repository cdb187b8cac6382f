"""register search: last names by their first letter, newest first, from an index

Typing the first letters of a name ("b", "be") listed the last names starting with them from
the sort-key index and sorted every one of them (tens of thousands for "b" at 200,000 people)
to show the most recent; this index holds them by initial in the register's order, with the
sort key to check a second letter, so the first page is read and nothing is sorted.

Revision ID: 0028_gui_search_initial
Revises: 0027_partners_national
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0028_gui_search_initial"
down_revision = "0027_partners_national"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_person_initial",
        "person",
        [sa.text("substr(sort_key, 1, 1)"), "search_rowid", "sort_key"],
        sqlite_where=sa.text("deleted_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_person_initial", table_name="person")
