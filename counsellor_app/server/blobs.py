"""Attachments' contents: resumable uploads per agency, downloads in scope, expiry and
forgetting after an erasure."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from counsellor_app.server.models import (
    AccessGrant,
    Blob,
    Device,
    Record,
)

MAX_BLOB_BYTES = 100 * 1024 * 1024
BLOB_CHUNK_BYTES = 2_621_440  # 2.5 MB (reference/sync.md §9.14)


class BlobDesk:
    """Resumable uploads of attachments' contents, each agency its own, and downloads of the
    contents a device's agency uploaded or may read through an attachment in its scope."""

    def __init__(self, session: Session, device: Device, now: datetime) -> None:
        self.session, self.device, self.now = session, device, now

    def state(self, sha256: str) -> dict[str, Any]:
        """This agency's upload only: whether another holds the hash is never told."""
        blob = self.session.get(Blob, (self.device.agency_id, sha256))
        if blob is None:
            return {"sha256": sha256, "received": 0, "complete": False}
        return {"sha256": sha256, "received": blob.received, "complete": blob.complete}

    def receive(self, sha256: str, size: int, offset: int, chunk: bytes) -> dict[str, Any]:
        """Append a chunk at ``offset``; a chunk already received is acknowledged again."""
        if not 0 < size <= MAX_BLOB_BYTES or len(chunk) > BLOB_CHUNK_BYTES:
            return {"status": "too_large"}
        blob = self.session.get(Blob, (self.device.agency_id, sha256), with_for_update=True)
        if blob is None:
            expire_uploads(self.session, self.now)  # each new upload clears the abandoned
            blob = Blob(
                agency_id=self.device.agency_id,
                sha256=sha256,
                size=size,
                received=0,
                content=b"",
                complete=False,
                created_at=self.now,
            )
            self.session.add(blob)
        if blob.complete:
            return {"status": "complete", "received": blob.received}
        if offset != blob.received:  # resume from what the server has, not what the PC thinks
            return {"status": "offset", "received": blob.received}
        content = blob.content + chunk
        if len(content) > blob.size:
            return {"status": "too_large"}
        blob.content, blob.received = content, len(content)
        if blob.received == blob.size:
            if hashlib.sha256(content).hexdigest() != sha256:
                self.session.delete(blob)  # corrupted on the way: start again
                return {"status": "hash_mismatch", "received": 0}
            blob.complete = True
        return {"status": "complete" if blob.complete else "partial", "received": blob.received}

    def content(self, sha256: str) -> bytes | None:
        """The content, if this agency uploaded it or holds an attachment naming it (its own
        or of a person referred to it). An attachment is only taken from an agency that
        uploaded its content first, so naming a hash never opens another agency's copy."""
        agency = self.device.agency_id
        copies = {
            blob.agency_id: blob
            for blob in self.session.scalars(
                select(Blob).where(Blob.sha256 == sha256, Blob.complete.is_(True))
            )
        }
        if not copies:
            return None
        if agency in copies:
            return copies[agency].content
        granted = select(AccessGrant.person_id).where(
            AccessGrant.agency_id == agency,
            AccessGrant.kind == "referral",
            AccessGrant.status == "active",
        )
        named = self.session.scalar(
            select(Record.id)
            .where(
                Record.entity == "attachment",
                (Record.owner_agency_id == agency) | Record.person_id.in_(granted),
                Record.fields["sha256"].as_string() == sha256,
            )
            .limit(1)
        )
        if named is None:
            return None
        return next(iter(copies.values())).content


UPLOAD_LIFETIME = timedelta(days=7)  # an unfinished upload older than this is abandoned


def expire_uploads(session: Session, now: datetime) -> int:
    """Remove unfinished uploads older than ``UPLOAD_LIFETIME``; returns how many."""
    removed: int = (
        session.connection()
        .execute(
            delete(Blob).where(Blob.complete.is_(False), Blob.created_at < now - UPLOAD_LIFETIME)
        )
        .rowcount
    )
    return removed


def forget_contents(session: Session, shas: set[str]) -> None:
    """Remove the stored contents no attachment names any more (after an erasure): content
    still named by another stored attachment is kept for it."""
    if not shas:
        return
    still_named = set(
        session.scalars(
            select(Record.fields["sha256"].as_string()).where(
                Record.entity == "attachment",
                Record.fields["sha256"].as_string().in_(sorted(shas)),
            )
        )
    )
    gone = shas - still_named
    if gone:
        session.execute(delete(Blob).where(Blob.sha256.in_(sorted(gone))))
