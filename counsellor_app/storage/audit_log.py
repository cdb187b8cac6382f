"""Writing and reading the audit trail's table; the chain rules are in ``core.audit``."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from counsellor_app.core.audit import GENESIS, AuditEntry, AuditEvent, entry_hash
from counsellor_app.core.clock import utc_now
from counsellor_app.storage.models import AuditRecord

READ_CHUNK = 5_000


def append(
    session: Session,
    actor_id: str,
    actor_name: str,
    event: AuditEvent,
    at: datetime | None = None,
) -> AuditEntry:
    """Add one entry in the caller's transaction: it is kept exactly when the act is."""
    last_seq, prev = head(session)
    seq = last_seq + 1
    when = at or utc_now()
    detail = dict(event.detail)
    digest = entry_hash(
        seq,
        when,
        actor_id,
        actor_name,
        event.action.value,
        event.subject_type,
        event.subject_id,
        detail,
        prev,
    )
    session.add(
        AuditRecord(
            seq=seq,
            at=when,
            actor_id=actor_id,
            actor_name=actor_name,
            action=event.action.value,
            subject_type=event.subject_type,
            subject_id=event.subject_id,
            detail=detail,
            prev_hash=prev,
            hash=digest,
        )
    )
    session.flush()
    return AuditEntry(
        seq,
        when,
        actor_id,
        actor_name,
        event.action.value,
        event.subject_type,
        event.subject_id,
        detail,
        prev,
        digest,
    )


def to_entry(record: AuditRecord) -> AuditEntry:
    return AuditEntry(
        record.seq,
        record.at,
        record.actor_id,
        record.actor_name,
        record.action,
        record.subject_type,
        record.subject_id,
        record.detail or {},
        record.prev_hash,
        record.hash,
    )


def head(session: Session) -> tuple[int, str]:
    """The last entry's sequence and hash (0 and the genesis on an empty trail)."""
    last = session.execute(
        select(AuditRecord.seq, AuditRecord.hash).order_by(AuditRecord.seq.desc()).limit(1)
    ).first()
    return (int(last[0]), str(last[1])) if last else (0, GENESIS)


def all_entries(session: Session) -> Iterator[AuditEntry]:
    """Every entry in order, read in chunks so a trail of years does not fill the memory."""
    after = 0
    while True:
        records = session.scalars(
            select(AuditRecord)
            .where(AuditRecord.seq > after)
            .order_by(AuditRecord.seq)
            .limit(READ_CHUNK)
        ).all()
        if not records:
            return
        for record in records:
            yield to_entry(record)
        after = records[-1].seq
        session.expunge_all()


@dataclass(frozen=True)
class AuditQuery:
    since: datetime | None = None
    until: datetime | None = None  # exclusive
    actions: Sequence[str] = ()
    actor_id: str = ""
    subject_id: str = ""


def _filtered(query: AuditQuery) -> Select[AuditRecord]:
    statement = select(AuditRecord)
    if query.since is not None:
        statement = statement.where(AuditRecord.at >= query.since)
    if query.until is not None:
        statement = statement.where(AuditRecord.at < query.until)
    if query.actions:
        statement = statement.where(AuditRecord.action.in_(list(query.actions)))
    if query.actor_id:
        statement = statement.where(AuditRecord.actor_id == query.actor_id)
    if query.subject_id:
        statement = statement.where(AuditRecord.subject_id == query.subject_id)
    return statement


def search(session: Session, query: AuditQuery, limit: int) -> list[AuditEntry]:
    """Newest first."""
    records = session.scalars(_filtered(query).order_by(AuditRecord.seq.desc()).limit(limit))
    return [to_entry(record) for record in records]
