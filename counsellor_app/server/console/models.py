"""The console's tables: central accounts, their sessions, the hash-chained audit trail, the
agencies' descriptions and the release the PCs are told about.

Kept apart from the sync tables (``server.models``) but on the same metadata, so one Alembic
history migrates both. Sessions live in the database, never in a worker's memory: any worker
answers any request, and a restart signs nobody out.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from counsellor_app.server.models import Base


class ConsoleAccount(Base):
    """A person of the central office. ``agency_id`` for an agency supervisor only."""

    __tablename__ = "console_account"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(24))
    agency_id: Mapped[str | None] = mapped_column(ForeignKey("agency.id"))
    password_hash: Mapped[str] = mapped_column(String(200))  # Argon2id, encoded with its salt
    totp_secret: Mapped[str | None] = mapped_column(String(64))  # base32, when enabled
    totp_last_step: Mapped[int | None] = mapped_column(BigInteger)  # a code is good once
    language: Mapped[str] = mapped_column(String(4), default="fr")
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    disabled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ConsoleSession(Base):
    """A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so a
    copy of the database signs nobody in. ``pending_totp``: the password was right, the second
    factor is still to come."""

    __tablename__ = "console_session"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("console_account.id"))
    csrf_token: Mapped[str] = mapped_column(String(64))
    pending_totp: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index(None, "account_id"),)


class ConsoleAuditHead(Base):
    """One row: the last link of the audit chain. Locked while a link is added, so that two
    workers writing at once keep one chain."""

    __tablename__ = "console_audit_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))


class ConsoleAudit(Base):
    """Every sign-in (and failed one), change and export, each link hashing the one before:
    a row edited or removed afterwards breaks the chain from that point on."""

    __tablename__ = "console_audit"
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    account_id: Mapped[str | None] = mapped_column(String(36))
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(120), default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AgencyProfile(Base):
    """What the central office knows of an agency beyond its code: names in the three
    languages, where it is and what kind of place it is."""

    __tablename__ = "agency_profile"
    agency_id: Mapped[str] = mapped_column(ForeignKey("agency.id"), primary_key=True)
    name_fr: Mapped[str] = mapped_column(String(200))
    name_ar: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")
    region: Mapped[str] = mapped_column(String(80), default="")
    city: Mapped[str] = mapped_column(String(80), default="")
    kind: Mapped[str] = mapped_column(String(24), default="anapec")


class ReleaseSetting(Base):
    """One row: the app versions the PCs are told about and where to download the current one."""

    __tablename__ = "release_setting"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    min_version: Mapped[str] = mapped_column(String(32))
    current_version: Mapped[str] = mapped_column(String(32))
    download_url: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
