"""Attachments' contents on the server (issue 20, deliverable 6): stored a chunk at a time
and sent back in a stream, so a 100 MB content never sits whole in the server's memory; a
content announced too large is refused before its chunk is read; uploads never used expire.

Memory is read from the server process's ``/proc`` status, as a bound (never a timing)."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, func, select, update
from sqlalchemy.orm import Session

from counsellor_app.server.blobs import BLOB_CHUNK_BYTES, MAX_BLOB_BYTES, UPLOAD_LIFETIME
from counsellor_app.server.models import Blob, BlobChunk
from counsellor_app.services.attachments import AttachmentService
from counsellor_app.sync.client import SyncError
from tests.conftest import person
from tests.server_fixtures import Pc, Server
from tests.sync.test_hostile_agency import _scan
from tests.sync.test_hostile_perimeter import _raw, _rss, _server_pid, _signed

MB = 1024 * 1024


def _call(pc: Pc, method: str, path: str, content: bytes = b"") -> httpx.Response:
    """A signed call through the PC's own client (which checks the answer's signature)."""
    client = pc.client()
    try:
        return client._send(method, path, content, "application/octet-stream")
    except SyncError as error:
        return httpx.Response(int(error.details["status"]), json={"error": error.reason})
    finally:
        client.close()


def _rows(server: Server) -> tuple[list[tuple[str, bool]], int]:
    engine = create_engine(server.environment["COUNSELLOR_SERVER_DATABASE_URL"])
    try:
        with Session(engine) as session:
            blobs = session.execute(select(Blob.sha256, Blob.complete)).all()
            chunks = session.scalar(select(func.count()).select_from(BlobChunk)) or 0
    finally:
        engine.dispose()
    return sorted((sha, bool(done)) for sha, done in blobs), int(chunks)


def _age_uploads(server: Server) -> None:
    engine = create_engine(server.environment["COUNSELLOR_SERVER_DATABASE_URL"])
    try:
        with Session(engine) as session, session.begin():
            session.execute(
                update(Blob).values(
                    created_at=datetime.now(UTC) - UPLOAD_LIFETIME - timedelta(minutes=1)
                )
            )
    finally:
        engine.dispose()


@pytest.fixture
def pc(server: Server, make_pc: Any) -> Pc:
    made: Pc = make_pc("rabat", "RABAG")
    made.enrol(server, then_sync=False)
    return made


def test_a_content_announced_too_large_is_refused_before_its_chunk_is_read(
    server: Server, pc: Pc
) -> None:
    client = pc.client()
    sha = "ab" * 32
    target = f"/v1/blobs/{sha}?size={MAX_BLOB_BYTES + 1}&offset=0"
    chunk = b"x" * BLOB_CHUNK_BYTES
    try:
        # Its chunk announced but never sent: a server that read it first would wait for it
        # (and this would get no answer); it is answered from the headers.
        status, answer, _sent = _raw(
            server,
            "PUT",
            target,
            {**_signed(client, "PUT", target, chunk), "Content-Length": str(len(chunk))},
            iter([]),
            chunked=False,
        )
    finally:
        client.close()
    assert (status, answer["error"]) == (413, "blob_too_large")
    # Chunks past the content's size, or one larger than a chunk, are refused as well.
    small = _call(pc, "PUT", f"/v1/blobs/{sha}?size=10&offset=0", b"y" * 11)
    big = _call(pc, "PUT", f"/v1/blobs/{sha}?size=10000000&offset=0", b"z" * (BLOB_CHUNK_BYTES + 1))
    assert (small.status_code, big.status_code) == (413, 413)
    assert _rows(server) == ([(sha, False)], 0) or _rows(server) == ([], 0)


@pytest.mark.timeout(900)
def test_a_hundred_megabytes_go_up_and_down_a_chunk_at_a_time(server: Server, pc: Pc) -> None:
    content = os.urandom(MAX_BLOB_BYTES)
    sha = hashlib.sha256(content).hexdigest()
    pid = _server_pid(server)
    before, peak = _rss(pid), 0
    for offset in range(0, len(content), BLOB_CHUNK_BYTES):
        chunk = content[offset : offset + BLOB_CHUNK_BYTES]
        answer = _call(pc, "PUT", f"/v1/blobs/{sha}?size={len(content)}&offset={offset}", chunk)
        assert answer.status_code == 200, answer.text
        peak = max(peak, _rss(pid))
    assert answer.json() == {"status": "complete", "received": len(content)}
    blobs, chunks = _rows(server)
    assert blobs == [(sha, True)] and chunks == -(-len(content) // BLOB_CHUNK_BYTES)
    downloaded = _call(pc, "GET", f"/v1/blobs/{sha}")  # its signature checked by the client
    peak = max(peak, _rss(pid))
    assert downloaded.status_code == 200 and downloaded.content == content
    print(f"server memory: {before // MB} MB before, {peak // MB} MB at most")
    # Held whole (even once), the content alone would add 100 MB.
    assert peak - before < 60 * MB


def test_a_corrupted_upload_leaves_no_chunk_behind(server: Server, pc: Pc) -> None:
    content = b"\x89PNG" + os.urandom(BLOB_CHUNK_BYTES + 100)
    sha = hashlib.sha256(b"what the PC meant to send").hexdigest()
    size = len(content)
    first = _call(pc, "PUT", f"/v1/blobs/{sha}?size={size}&offset=0", content[:BLOB_CHUNK_BYTES])
    assert first.json()["status"] == "partial" and _rows(server)[1] == 1
    last = _call(
        pc,
        "PUT",
        f"/v1/blobs/{sha}?size={size}&offset={BLOB_CHUNK_BYTES}",
        content[BLOB_CHUNK_BYTES:],
    )
    assert last.json() == {"status": "hash_mismatch", "received": 0}
    assert _rows(server) == ([], 0)


def test_uploads_never_used_expire_at_compaction_and_used_ones_stay(server: Server, pc: Pc) -> None:
    used, unused = _scan(30), _scan(90)  # the second uploaded, never sent
    person_id = pc.people().register(person(last_name="Kamara"), confirmed_new=True)
    AttachmentService(pc.db, pc.user).attach(person_id, "carte.png", used, "Carte")
    pc.sync()  # the content goes up, then the attachment naming it
    unused_sha = hashlib.sha256(unused).hexdigest()
    done = _call(pc, "PUT", f"/v1/blobs/{unused_sha}?size={len(unused)}&offset=0", unused)
    assert done.json()["status"] == "complete"
    partial_sha = "cd" * 32
    _call(pc, "PUT", f"/v1/blobs/{partial_sha}?size=100&offset=0", b"half")
    used_sha = hashlib.sha256(used).hexdigest()
    assert [sha for sha, _done in _rows(server)[0]] == sorted([used_sha, unused_sha, partial_sha])

    # Young, nothing goes (a PC uploads first and sends the attachment after).
    assert server.admin("compact").endswith("0 unused and 0 unfinished uploads expired")
    _age_uploads(server)
    assert server.admin("compact").endswith("1 unused and 1 unfinished uploads expired")
    assert _rows(server) == ([(used_sha, True)], 1)
    assert _call(pc, "GET", f"/v1/blobs/{used_sha}").content == used
    assert _call(pc, "GET", f"/v1/blobs/{unused_sha}").status_code == 404
