"""USB bundles brought by a courier: imported, answered with the bundle to take back.

Anyone may post one, and a bundle proves who sent it only once read whole (its signature
covers the payload's hash); so the body is not held in memory: it is read a piece at a time
into a spooled temporary file (in memory up to ``SPOOL_IN_MEMORY``, then on disk), refused
as soon as it passes the limit, and the signature is checked over the payload hashed in
pieces before anything is decrypted or parsed. The file holds what the courier carried:
a manifest of ids and dates, the ciphertext and the signature, nothing in clear.
"""

import tempfile

from fastapi import APIRouter, BackgroundTasks, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from counsellor_app.core import bundle
from counsellor_app.protocol.wire import Route
from counsellor_app.server import duplicate_queue
from counsellor_app.server.api.deps import ApiError, SessionDep, _now
from counsellor_app.server.api.responses import refusals
from counsellor_app.server.bundles import import_bundle
from counsellor_app.server.perimeter import MAX_BUNDLE_BODY

router = APIRouter(tags=["bundles"])
SPOOL_IN_MEMORY = 1024 * 1024


@router.post(
    Route.BUNDLES,
    include_in_schema=True,
    responses=refusals(
        {422: ("bundle_damaged", "bundle_tampered", "bundle_replayed", "bundle_too_large")},
        signed=False,
    ),
)
async def bundles(request: Request, session: SessionDep, after: BackgroundTasks) -> Response:
    """A PC's USB bundle, brought by a courier: the answer is the bundle to take back.
    The bundle authenticates itself (signed by its PC's key); no sign-in."""
    with tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY) as spool:
        size = 0
        try:
            async for piece in request.stream():
                size += len(piece)
                if size > MAX_BUNDLE_BODY:
                    raise ApiError(413, "body_too_large", max_bytes=MAX_BUNDLE_BODY)
                spool.write(piece)
        except ClientDisconnect:
            raise ApiError(400, "bad_request", field="body") from None
        try:  # hashing, decrypting and applying up to 200 MB: off the worker's event loop
            imported = await run_in_threadpool(import_bundle, session, spool, _now())
        except bundle.BundleRefused as refused:
            session.rollback()
            raise ApiError(422, refused.reason) from None
    await run_in_threadpool(session.commit)
    after.add_task(duplicate_queue.drain_quietly, request.app.state.sessions)  # the index
    return Response(imported.answer, media_type="application/zip")
