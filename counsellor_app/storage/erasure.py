"""Erasing a person from this PC: every record about them, their history, their queued
changes and their drafts; only the id stays, in ``erased_person``.

Deletion is by person across every table that names one (directly, or through a grant
application for tranches). SQLite's ``secure_delete`` overwrites the freed pages, and the caller
checkpoints the write-ahead log after commit so no copy survives there either.
"""

from __future__ import annotations

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from counsellor_app.core.clock import utc_now
from counsellor_app.storage import changes
from counsellor_app.storage.models import (
    Attachment,
    Base,
    Disbursement,
    Draft,
    ErasedPerson,
    GrantApplication,
    Person,
)


def erase_person(session: Session, person_id: str, tombstone: bool = True) -> list[str]:
    """Delete everything about the person in the caller's transaction; returns the SHA-256 of
    their attachments, whose encrypted files the caller removes once the commit is done.
    Without ``tombstone`` it is an eviction: the person left this agency's scope, and may
    come back with a referral."""
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    # Within a pulled page the page's origin stands (a sync brought the erasure).
    session.info.setdefault(changes.ORIGIN_KEY, changes.ERASURE if tombstone else changes.EVICTION)
    changes.note(
        session,
        [t.name for t in Base.metadata.sorted_tables if "person_id" in t.c] + ["person"],
        [person_id],
    )
    changes.note_removed(session, person_id)
    blobs = list(
        session.scalars(select(Attachment.sha256).where(Attachment.person_id == person_id))
    )
    applications = select(GrantApplication.id).where(GrantApplication.person_id == person_id)
    session.execute(delete(Disbursement).where(Disbursement.application_id.in_(applications)))
    for table in Base.metadata.sorted_tables:  # records, history (change_log), queued changes
        if table.name in ("person", "erased_person") or "person_id" not in table.c:
            continue
        session.execute(delete(table).where(table.c.person_id == person_id))
    session.execute(delete(Draft).where(Draft.subject_id == person_id))
    rowid = session.scalar(select(Person.search_rowid).where(Person.id == person_id))
    if rowid is not None:
        session.execute(text("DELETE FROM person_fts WHERE rowid = :r"), {"r": rowid})
    session.execute(delete(Person).where(Person.id == person_id))
    if tombstone and session.get(ErasedPerson, person_id) is None:
        session.add(ErasedPerson(person_id=person_id, erased_at=utc_now()))
    still_used = set(session.scalars(select(Attachment.sha256).where(Attachment.sha256.in_(blobs))))
    return [sha for sha in blobs if sha not in still_used]
