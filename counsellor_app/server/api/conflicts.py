"""The agency's open conflicts and their resolution."""

from typing import Any

from fastapi import APIRouter

from counsellor_app.protocol.wire import ErrorCode, Route
from counsellor_app.server.api.deps import DeviceDep, RecordId, SessionDep, _now, settled
from counsellor_app.server.api.responses import refusals
from counsellor_app.server.api.schemas import ResolveRequest
from counsellor_app.server.conflicts import ConflictDesk

router = APIRouter(tags=["conflicts"])


@router.get(Route.CONFLICTS, responses=refusals())
def conflicts(device: DeviceDep, session: SessionDep) -> dict[str, Any]:
    listed = ConflictDesk(session, device, _now()).open_conflicts()
    session.commit()
    return {"conflicts": listed}


@router.post(
    Route.CONFLICT_RESOLVE,
    responses=refusals({404: (ErrorCode.CONFLICT_NOT_FOUND,)}, path_parameters=True),
)
def resolve(
    conflict_id: RecordId, body: ResolveRequest, device: DeviceDep, session: SessionDep
) -> dict[str, Any]:
    answer = ConflictDesk(session, device, _now()).resolve(conflict_id, body.choice, body.user_id)
    return settled(session, answer, {"not_found": (404, "conflict_not_found")})
