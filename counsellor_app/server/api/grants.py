"""Referrals and transfers between agencies."""

from typing import Annotated, Any

from fastapi import APIRouter, Query

from counsellor_app.core.acts import ActKind
from counsellor_app.core.roles import Permission
from counsellor_app.protocol.wire import ErrorCode, Route
from counsellor_app.server.acts import ActDesk
from counsellor_app.server.api.deps import DeviceDep, RecordId, SessionDep, _now, settled
from counsellor_app.server.api.responses import ACT_REFUSALS, refusals
from counsellor_app.server.api.schemas import ApproveRequest, GrantRequest
from counsellor_app.server.grants import GrantDesk

router = APIRouter(tags=["grants"])


@router.post(
    Route.GRANTS,
    responses=refusals(
        {
            403: (ErrorCode.CONSENT_REQUIRED, *ACT_REFUSALS),
            404: (ErrorCode.NOT_FOUND, ErrorCode.AGENCY_UNKNOWN),
            422: (ErrorCode.VALIDATION,),
        }
    ),
)
def grant(body: GrantRequest, device: DeviceDep, session: SessionDep) -> dict[str, Any]:
    """Refer a person to another agency (it sees and works on the file) or offer it the
    file (a transfer, until it accepts). Needs the person's consent to sharing."""
    granter = ActDesk(session, device, _now()).require(
        body.act, ActKind.GRANT, {"person_id": body.person_id},
        {"agency_code": body.agency_code, "kind": body.kind},
        Permission.REGISTER_PEOPLE, body.user_id,
    )  # fmt: skip
    answer = GrantDesk(session, device, _now()).grant(
        body.person_id, body.agency_code, body.kind, granter
    )
    return settled(
        session,
        answer,
        {
            "not_found": (404, "not_found"),
            "agency_unknown": (404, "agency_unknown"),
            "consent_required": (403, "consent_required"),
        },
    )


@router.get(Route.GRANTS, responses=refusals())
def grants_of_person(
    person_id: Annotated[str, Query(max_length=36)], device: DeviceDep, session: SessionDep
) -> dict[str, Any]:
    listed = GrantDesk(session, device, _now()).of_person(person_id)
    session.commit()
    return {"grants": listed}


@router.post(
    Route.GRANT_REVOKE,
    responses=refusals(
        {403: ACT_REFUSALS, 404: (ErrorCode.GRANT_NOT_FOUND,), 422: (ErrorCode.VALIDATION,)},
        path_parameters=True,
    ),
)
def revoke_grant(
    grant_id: RecordId, body: ApproveRequest, device: DeviceDep, session: SessionDep
) -> dict[str, Any]:
    """End a referral or take back a transfer not yet accepted: an act of a person of the
    granting agency, signed as the offer was (``ActKind.GRANT_WITHDRAWAL``)."""
    withdrawer = ActDesk(session, device, _now()).require(
        body.act, ActKind.GRANT_WITHDRAWAL, {"grant_id": grant_id}, {},
        Permission.REGISTER_PEOPLE, body.user_id,
    )  # fmt: skip
    answer = GrantDesk(session, device, _now()).revoke(grant_id, withdrawer)
    return settled(session, answer, {"not_found": (404, "grant_not_found")})


@router.get(Route.TRANSFERS, responses=refusals())
def transfers(device: DeviceDep, session: SessionDep) -> dict[str, Any]:
    listed = GrantDesk(session, device, _now()).incoming()
    session.commit()
    return {"transfers": listed}


@router.post(
    Route.TRANSFER_ACCEPT,
    responses=refusals(
        {
            403: ACT_REFUSALS,
            404: (ErrorCode.TRANSFER_NOT_FOUND,),
            422: (ErrorCode.VALIDATION,),
        },
        path_parameters=True,
    ),
)
def accept_transfer(
    grant_id: RecordId, body: ApproveRequest, device: DeviceDep, session: SessionDep
) -> dict[str, Any]:
    taker = ActDesk(session, device, _now()).require(
        body.act, ActKind.TRANSFER_ACCEPT, {"grant_id": grant_id}, {},
        Permission.REGISTER_PEOPLE, body.user_id,
    )  # fmt: skip
    answer = GrantDesk(session, device, _now()).accept(grant_id, taker)
    return settled(session, answer, {"not_found": (404, "transfer_not_found")})
