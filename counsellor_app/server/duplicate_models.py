"""The tables of duplicates across agencies (issue 22, 6): the keys each person is compared
by, the pairs found, and the people confirmed as one.

Keys are kept as SHA-256 digests of the folded values (``core.normalize``), never the values
themselves: the index that finds a document number elsewhere reveals none. The pairs hold ids,
agencies and the reason codes only; names and numbers stay in the records they come from.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, DateTime, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from counsellor_app.server.models import Base


class DuplicateKey(Base):
    """One key a person is compared by (``doc``, ``phone``, ``dob``), as a digest."""

    __tablename__ = "duplicate_key"
    person_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64), primary_key=True)  # of "kind:value"
    agency_id: Mapped[str] = mapped_column(String(36))

    __table_args__ = (Index(None, "digest", "agency_id"),)


class DuplicateCandidate(Base):
    """Two people of two agencies that may be one: ``person_a`` sorts before ``person_b``.
    ``status``: open, confirmed (same person) or dismissed (different people)."""

    __tablename__ = "duplicate_candidate"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    person_a: Mapped[str] = mapped_column(String(36))
    person_b: Mapped[str] = mapped_column(String(36))
    agency_a: Mapped[str] = mapped_column(String(36))
    agency_b: Mapped[str] = mapped_column(String(36))
    reasons: Mapped[list[str]] = mapped_column(JSON)  # core.duplicates MatchReason codes
    status: Mapped[str] = mapped_column(String(12))
    detected_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    decided_by: Mapped[str | None] = mapped_column(String(36))  # a console account
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        Index(None, "person_a", "person_b", unique=True),
        Index(None, "person_b"),
        Index(None, "agency_a", "status"),
        Index(None, "agency_b", "status"),
        Index(None, "status", "detected_at"),
    )


class PersonLink(Base):
    """A person confirmed to be the same as others: all of them point at one ``canonical_id``
    (the smallest id of the group), which national counts use (``server.person_links``)."""

    __tablename__ = "person_link"
    person_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    canonical_id: Mapped[str] = mapped_column(String(36), index=True)
    candidate_id: Mapped[str] = mapped_column(String(36))  # the decision that linked it
    linked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class DuplicateQueued(Base):
    """A person whose keys a push may have changed, waiting for the duplicates index
    (``server.duplicate_queue``): written by the push in its own transaction, deleted by the
    drain in the transaction that updates the index, so a crashed drain leaves it queued."""

    __tablename__ = "duplicate_queued"
    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    person_id: Mapped[str] = mapped_column(String(36))
    queued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
