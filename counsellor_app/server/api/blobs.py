"""Attachments' contents: upload state, chunks, download."""

from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse

from counsellor_app.protocol.wire import ErrorCode, Route
from counsellor_app.server.api.deps import BIGINT, ApiError, DeviceDep, SessionDep, Sha256, _now
from counsellor_app.server.api.responses import refusals
from counsellor_app.server.blobs import BlobDesk, chunks_of
from counsellor_app.server.models import Blob
from counsellor_app.server.perimeter import DIGEST_HEADER

router = APIRouter(tags=["blobs"])


@router.get(Route.BLOB_STATE, responses=refusals(path_parameters=True))
def blob_state(sha256: Sha256, device: DeviceDep, session: SessionDep) -> dict[str, Any]:
    answer = BlobDesk(session, device, _now()).state(sha256)
    session.commit()
    return answer


@router.put(
    Route.BLOB,
    responses=refusals({413: (ErrorCode.BLOB_TOO_LARGE,)}, path_parameters=True),
)
async def blob_chunk(
    sha256: Sha256,
    size: Annotated[int, Query(ge=0, le=BIGINT)],
    offset: Annotated[int, Query(ge=0, le=BIGINT)],
    request: Request,
    device: DeviceDep,
    session: SessionDep,
) -> dict[str, Any]:
    chunk = await request.body()
    answer = BlobDesk(session, device, _now()).receive(sha256, size, offset, chunk)
    if answer["status"] == "too_large":
        raise ApiError(413, "blob_too_large")
    session.commit()
    return answer


@router.get(
    Route.BLOB,
    responses=refusals({404: (ErrorCode.BLOB_NOT_FOUND,)}, path_parameters=True),
)
def blob_content(
    sha256: Sha256, request: Request, device: DeviceDep, session: SessionDep
) -> StreamingResponse:
    """The content, streamed a chunk at a time (each read in a session of its own, as the
    request's session is closed once the answer starts)."""
    blob = BlobDesk(session, device, _now()).readable(sha256)
    session.commit()
    if blob is None:
        raise ApiError(404, ErrorCode.BLOB_NOT_FOUND)
    agency_id, size, factory = blob.agency_id, blob.size, request.app.state.sessions

    def chunks() -> Iterator[bytes]:
        with factory() as reading:
            stored = reading.get(Blob, (agency_id, sha256))
            if stored is not None:
                yield from chunks_of(reading, stored)

    return StreamingResponse(
        chunks(),
        media_type="application/octet-stream",
        # Signed by the perimeter from the hash checked on upload, not by buffering the body.
        headers={"content-length": str(size), DIGEST_HEADER.decode(): sha256},
    )
