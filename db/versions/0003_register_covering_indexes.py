"""register covering indexes

Search-as-you-type and the register's default order read only these indexes, never the wide
person rows (SQLCipher decrypts every page it touches, so row lookups dominate otherwise).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.drop_index("ix_person_created_at")
        batch.drop_index("ix_person_sort_key")
        batch.create_index("ix_person_search_rowid_created_at_id", ["search_rowid", "created_at", "id", "deleted_at"])
        batch.create_index("ix_person_created_at_id", ["created_at", "id", "deleted_at", "search_rowid"])
        batch.create_index("ix_person_sort_key_id", ["sort_key", "id", "deleted_at", "created_at", "search_rowid"])


def downgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.drop_index("ix_person_sort_key_id")
        batch.drop_index("ix_person_created_at_id")
        batch.drop_index("ix_person_search_rowid_created_at_id")
        batch.create_index("ix_person_sort_key", ["sort_key"])
        batch.create_index("ix_person_created_at", ["created_at"])
