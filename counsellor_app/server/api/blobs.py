"""Attachments' contents: upload state, chunks, download."""

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from counsellor_app.protocol.wire import ErrorCode, Route
from counsellor_app.server.api.deps import BIGINT, ApiError, DeviceDep, SessionDep, Sha256, _now
from counsellor_app.server.api.responses import refusals
from counsellor_app.server.blobs import BlobDesk

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
def blob_content(sha256: Sha256, device: DeviceDep, session: SessionDep) -> Response:
    content = BlobDesk(session, device, _now()).content(sha256)
    session.commit()
    if content is None:
        raise ApiError(404, ErrorCode.BLOB_NOT_FOUND)
    return Response(content, media_type="application/octet-stream")
