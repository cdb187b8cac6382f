"""Attachments' contents: resumable uploads per agency, downloads in scope, expiry and
forgetting after an erasure."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from counsellor_app.server.models import (
    AccessGrant,
    Blob,
    BlobChunk,
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
        """Append a chunk at ``offset``; a chunk already received is acknowledged again.

        Each chunk is a row of its own (``BlobChunk``): an upload of 100 MB never sits whole
        in memory, nor is its content rewritten at each chunk. The hash is checked at the end
        by reading the chunks back one at a time."""
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
                complete=False,
                created_at=self.now,
            )
            self.session.add(blob)
        if blob.complete:
            return {"status": "complete", "received": blob.received}
        if offset != blob.received:  # resume from what the server has, not what the PC thinks
            return {"status": "offset", "received": blob.received}
        if blob.received + len(chunk) > blob.size:
            return {"status": "too_large"}
        if chunk:
            self.session.add(
                BlobChunk(agency_id=blob.agency_id, sha256=sha256, start=offset, data=chunk)
            )
        blob.received += len(chunk)
        if blob.received == blob.size:
            self.session.flush()
            digest = hashlib.sha256()
            for piece in chunks_of(self.session, blob):
                digest.update(piece)
            if digest.hexdigest() != sha256:
                drop_uploads(self.session, [(blob.agency_id, sha256)])  # corrupted: start again
                return {"status": "hash_mismatch", "received": 0}
            blob.complete = True
        return {"status": "complete" if blob.complete else "partial", "received": blob.received}

    def readable(self, sha256: str) -> Blob | None:
        """The stored copy to send, if this agency uploaded it or holds an attachment naming
        it (its own or of a person referred to it). An attachment is only taken from an agency
        that uploaded its content first, so naming a hash never opens another agency's copy."""
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
            return copies[agency]
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
        return next(iter(copies.values()))

    def content(self, sha256: str) -> bytes | None:
        """The whole content (see ``readable``); the download route streams it instead."""
        blob = self.readable(sha256)
        return None if blob is None else b"".join(chunks_of(self.session, blob))


def chunks_of(session: Session, blob: Blob) -> Iterator[bytes]:
    """The content's chunks in order, each read on its own: one chunk in memory at a time."""
    starts = session.scalars(
        select(BlobChunk.start)
        .where(BlobChunk.agency_id == blob.agency_id, BlobChunk.sha256 == blob.sha256)
        .order_by(BlobChunk.start)
    ).all()
    for start in starts:
        yield (
            session.scalar(
                select(BlobChunk.data).where(
                    BlobChunk.agency_id == blob.agency_id,
                    BlobChunk.sha256 == blob.sha256,
                    BlobChunk.start == start,
                )
            )
            or b""
        )


def drop_uploads(session: Session, keys: Sequence[tuple[str, str]]) -> int:
    """Remove these uploads (agency, hash) and their chunks; returns how many."""
    removed = 0
    for agency_id, sha256 in keys:
        session.execute(
            delete(BlobChunk).where(BlobChunk.agency_id == agency_id, BlobChunk.sha256 == sha256)
        )
        removed += (
            session.connection()
            .execute(delete(Blob).where(Blob.agency_id == agency_id, Blob.sha256 == sha256))
            .rowcount
        )
    return removed


UPLOAD_LIFETIME = timedelta(days=7)  # an upload older than this and still not used is abandoned


def expire_uploads(session: Session, now: datetime) -> int:
    """Remove unfinished uploads older than ``UPLOAD_LIFETIME``; returns how many."""
    old = session.execute(
        select(Blob.agency_id, Blob.sha256).where(
            Blob.complete.is_(False), Blob.created_at < now - UPLOAD_LIFETIME
        )
    ).all()
    return drop_uploads(session, [(agency, sha) for agency, sha in old])


def expire_unreferenced(session: Session, now: datetime) -> int:
    """Remove complete uploads older than ``UPLOAD_LIFETIME`` that no stored attachment
    names (uploaded, then never sent, or its attachment refused): a compaction step, as it
    reads every attachment's hash. Returns how many."""
    named = exists().where(
        Record.entity == "attachment", Record.fields["sha256"].as_string() == Blob.sha256
    )
    old = session.execute(
        select(Blob.agency_id, Blob.sha256).where(
            Blob.complete.is_(True), Blob.created_at < now - UPLOAD_LIFETIME, ~named
        )
    ).all()
    return drop_uploads(session, [(agency, sha) for agency, sha in old])


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
        session.execute(delete(BlobChunk).where(BlobChunk.sha256.in_(sorted(gone))))
        session.execute(delete(Blob).where(Blob.sha256.in_(sorted(gone))))
