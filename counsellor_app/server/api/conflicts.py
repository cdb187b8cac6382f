"""The agency's open conflicts and their resolution, a person's act: her signature by her
own key (``core.acts.ActKind.CONFLICT_RESOLUTION`` over the conflict and the choice), checked
against the server's records of her key, her agency, her account and her role; the PC's
word for who chose counts for nothing."""

from typing import Any

from fastapi import APIRouter

from counsellor_app.core.acts import ActKind
from counsellor_app.core.roles import Permission
from counsellor_app.protocol.wire import ErrorCode, Route
from counsellor_app.server.acts import ActDesk
from counsellor_app.server.api.deps import DeviceDep, RecordId, SessionDep, _now, settled
from counsellor_app.server.api.responses import ACT_REFUSALS, refusals
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
    responses=refusals(
        {403: ACT_REFUSALS, 404: (ErrorCode.CONFLICT_NOT_FOUND,)}, path_parameters=True
    ),
)
def resolve(
    conflict_id: RecordId, body: ResolveRequest, device: DeviceDep, session: SessionDep
) -> dict[str, Any]:
    """Keep one of a conflict's two values; the PC asks the same right to resolve (a refusal
    rolls back, so neither the conflict nor the act's nonce changes)."""
    chooser = ActDesk(session, device, _now()).require(
        body.act, ActKind.CONFLICT_RESOLUTION, {"conflict_id": conflict_id},
        {"choice": body.choice}, Permission.REGISTER_PEOPLE, body.user_id,
    )  # fmt: skip
    answer = ConflictDesk(session, device, _now()).resolve(conflict_id, body.choice, chooser)
    return settled(session, answer, {"not_found": (404, "conflict_not_found")})
