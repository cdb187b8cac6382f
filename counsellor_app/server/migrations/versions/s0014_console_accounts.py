"""console accounts, sessions, audit chain, agency profiles, release setting

The central office's web console (issue 22): accounts with Argon2id passwords and optional
TOTP, sessions kept in the database (stateless workers), a hash-chained audit trail, each
agency's names and place, the app versions the PCs are told about, and per PC the
operations still waiting in its outbox after its last sync.

Revision ID: s0014_console_accounts
Revises: s0013_keys
Create Date: 2026-12-03 13:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "s0014_console_accounts"
down_revision = "s0013_keys"
branch_labels = None
depends_on = None

UTC_TIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("waiting_ops", sa.Integer(), server_default="0", nullable=False)
        )
    op.create_table(
        "console_account",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("display_name", sa.String(120), nullable=False),
        sa.Column("role", sa.String(24), nullable=False),
        sa.Column("agency_id", sa.String(36), nullable=True),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("totp_secret", sa.String(64), nullable=True),
        sa.Column("totp_last_step", sa.BigInteger(), nullable=True),
        sa.Column("language", sa.String(4), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", UTC_TIME, nullable=True),
        sa.Column("disabled_at", UTC_TIME, nullable=True),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name="fk_console_account_agency_id_agency"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_console_account"),
        sa.UniqueConstraint("username", name="uq_console_account_username"),
    )
    op.create_table(
        "console_session",
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("account_id", sa.String(36), nullable=False),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("pending_totp", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.Column("last_seen_at", UTC_TIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["console_account.id"],
            name="fk_console_session_account_id_console_account",
        ),
        sa.PrimaryKeyConstraint("token_hash", name="pk_console_session"),
    )
    op.create_index("ix_console_session_account_id", "console_session", ["account_id"])
    op.create_table(
        "console_audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_console_audit_head"),
    )
    op.create_table(
        "console_audit",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("at", UTC_TIME, nullable=False),
        sa.Column("account_id", sa.String(36), nullable=True),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("target", sa.String(120), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_console_audit"),
    )
    op.create_table(
        "agency_profile",
        sa.Column("agency_id", sa.String(36), nullable=False),
        sa.Column("name_fr", sa.String(200), nullable=False),
        sa.Column("name_ar", sa.String(200), nullable=False),
        sa.Column("name_en", sa.String(200), nullable=False),
        sa.Column("region", sa.String(80), nullable=False),
        sa.Column("city", sa.String(80), nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name="fk_agency_profile_agency_id_agency"
        ),
        sa.PrimaryKeyConstraint("agency_id", name="pk_agency_profile"),
    )
    op.create_table(
        "release_setting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("min_version", sa.String(32), nullable=False),
        sa.Column("current_version", sa.String(32), nullable=False),
        sa.Column("download_url", sa.Text(), nullable=False),
        sa.Column("updated_at", UTC_TIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_release_setting"),
    )


def downgrade() -> None:
    op.drop_table("release_setting")
    op.drop_table("agency_profile")
    op.drop_table("console_audit")
    op.drop_table("console_audit_head")
    op.drop_index("ix_console_session_account_id", table_name="console_session")
    op.drop_table("console_session")
    op.drop_table("console_account")
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.drop_column("waiting_ops")
