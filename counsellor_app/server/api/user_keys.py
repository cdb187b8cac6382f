"""People's public keys (``server.acts``): registered by an act of an agency's administrator,
rooted at the first administrator, listed to the agency's own PCs so colleagues log in on any
of them."""

from typing import Any

from fastapi import APIRouter

from counsellor_app.protocol.wire import ErrorCode, Route
from counsellor_app.server.acts import ActDesk, root_with_code
from counsellor_app.server.api.deps import DeviceDep, SessionDep, _now
from counsellor_app.server.api.responses import ACT_REFUSALS, refusals
from counsellor_app.server.api.schemas import RootKeyRequest, UserKeyRequest

router = APIRouter(tags=["user keys"])


@router.post(
    Route.USER_KEYS,
    responses=refusals(
        {403: ACT_REFUSALS, 409: (ErrorCode.USER_KEY_TAKEN,), 422: (ErrorCode.VALIDATION,)}
    ),
)
def register_user_key(
    body: UserKeyRequest, device: DeviceDep, session: SessionDep
) -> dict[str, Any]:
    """A colleague's public key, registered by an act of an agency's administrator."""
    answer = ActDesk(session, device, _now()).register(
        body.user_id, body.public_key, body.material, body.act
    )
    session.commit()
    return answer


@router.post(
    Route.USER_KEY_ROOT,
    responses=refusals(
        {
            403: (
                *ACT_REFUSALS,
                "code_unknown",
                "code_used",
                "code_expired",
                "code_for_another_agency",
            ),
            409: (ErrorCode.USER_KEY_TAKEN,),
            422: (ErrorCode.VALIDATION,),
        }
    ),
)
def root_user_key(body: RootKeyRequest, device: DeviceDep, session: SessionDep) -> dict[str, Any]:
    """An enrolled PC's administrator's key rooted with a fresh enrolment code (PCs enrolled
    before people's keys existed)."""
    answer = root_with_code(session, device, body.code, body.admin_key, _now())
    session.commit()
    return answer


@router.get(Route.USER_KEYS, responses=refusals())
def user_keys(device: DeviceDep, session: SessionDep) -> dict[str, Any]:
    """The agency's keys (its own PCs only): colleagues log in on any of them."""
    listed = ActDesk(session, device, _now()).listed()
    session.commit()
    return {"keys": listed}
