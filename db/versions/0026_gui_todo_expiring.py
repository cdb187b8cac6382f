"""to-do: documents expiring read from one covering index

The to-do list's "residence documents expiring" lines are read in expiry order straight from
this index (type, deletion and person included), stopping at the lines a screen shows; the
single-column expiry index it replaces made each candidate a read of the wide row.

Revision ID: 0026_gui_todo_expiring
Revises: 0022_programmes_enrolments
"""

from __future__ import annotations

from alembic import op

revision = "0026_gui_todo_expiring"
down_revision = "0025_dupes_duplicate_notices"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_identity_document_expires_on", table_name="identity_document")
    op.create_index(
        "ix_identity_document_expiring",
        "identity_document",
        ["expires_on", "doc_type", "deleted_at", "person_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_identity_document_expiring", table_name="identity_document")
    op.create_index("ix_identity_document_expires_on", "identity_document", ["expires_on"])
