"""to-do indexes

A counsellor's pending consents are read in order from one index, and "the latest document
of this kind" is a single probe; both replace narrower indexes they make redundant.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_person_counsellor_id", table_name="person")
    op.create_index(
        "ix_person_counsellor_todo",
        "person",
        ["counsellor_id", "consent_status", "deleted_at", "created_at", "id"],
    )
    op.drop_index("ix_identity_document_person_id", table_name="identity_document")
    op.create_index(
        "ix_identity_document_latest",
        "identity_document",
        ["person_id", "doc_type", "expires_on", "deleted_at"],
    )


def downgrade() -> None:
    op.drop_index("ix_identity_document_latest", table_name="identity_document")
    op.create_index("ix_identity_document_person_id", "identity_document", ["person_id"])
    op.drop_index("ix_person_counsellor_todo", table_name="person")
    op.create_index("ix_person_counsellor_id", "person", ["counsellor_id"])
