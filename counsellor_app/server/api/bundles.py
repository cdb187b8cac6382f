"""USB bundles brought by a courier: imported, answered with the bundle to take back."""

from fastapi import APIRouter, BackgroundTasks, Request
from fastapi.responses import Response

from counsellor_app.core import bundle
from counsellor_app.protocol.wire import Route
from counsellor_app.server import duplicate_queue
from counsellor_app.server.api.deps import ApiError, SessionDep, _now
from counsellor_app.server.api.responses import refusals
from counsellor_app.server.bundles import import_bundle

router = APIRouter(tags=["bundles"])


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
    data = await request.body()
    try:
        imported = import_bundle(session, data, _now())
    except bundle.BundleRefused as refused:
        session.rollback()
        raise ApiError(422, refused.reason) from None
    session.commit()
    after.add_task(duplicate_queue.drain_quietly, request.app.state.sessions)  # the index
    return Response(imported.answer, media_type="application/zip")
