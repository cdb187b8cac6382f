"""Erasure requests and their approval by a second person."""

import logging
from typing import Any

from fastapi import APIRouter

from counsellor_app.core.acts import ActKind
from counsellor_app.core.roles import Permission
from counsellor_app.protocol.wire import ErrorCode, Route
from counsellor_app.server import certificates
from counsellor_app.server.acts import ActDesk
from counsellor_app.server.api.deps import DeviceDep, RecordId, SessionDep, _now, settled
from counsellor_app.server.api.responses import ACT_REFUSALS, refusals
from counsellor_app.server.api.schemas import ApproveRequest, ErasureRequest
from counsellor_app.server.erasure import ErasureDesk

log = logging.getLogger("counsellor.server")
router = APIRouter(tags=["erasures"])


@router.post(
    Route.ERASURES,
    responses=refusals(
        {
            403: (ErrorCode.FORBIDDEN, *ACT_REFUSALS),
            422: (ErrorCode.NOT_FOUND, ErrorCode.LEGAL_BASIS_REQUIRED, ErrorCode.VALIDATION),
        }
    ),
)
def request_erasure(body: ErasureRequest, device: DeviceDep, session: SessionDep) -> dict[str, Any]:
    asker = ActDesk(session, device, _now()).require(
        body.act, ActKind.ERASURE_REQUEST, {"person_id": body.person_id},
        {"legal_basis": body.legal_basis}, Permission.REGISTER_PEOPLE, body.user_id,
    )  # fmt: skip
    answer = ErasureDesk(session, device, _now()).request(body.person_id, body.legal_basis, asker)
    return settled(
        session,
        answer,
        {
            "not_found": (422, "not_found"),
            "forbidden": (403, "forbidden"),
            "legal_basis_required": (422, "legal_basis_required"),
        },
    )


@router.get(Route.ERASURES, responses=refusals())
def waiting_erasures(device: DeviceDep, session: SessionDep) -> dict[str, Any]:
    listed = ErasureDesk(session, device, _now()).waiting()
    session.commit()
    return {"erasures": listed}


@router.post(
    Route.ERASURE_APPROVE,
    responses=refusals(
        {
            403: (ErrorCode.FORBIDDEN, ErrorCode.SECOND_PERSON_REQUIRED, *ACT_REFUSALS),
            404: (ErrorCode.NOT_FOUND,),
            422: (ErrorCode.VALIDATION,),
        },
        path_parameters=True,
    ),
)
def approve_erasure(
    person_id: RecordId, body: ApproveRequest, device: DeviceDep, session: SessionDep
) -> dict[str, Any]:
    approver = ActDesk(session, device, _now()).require(
        body.act, ActKind.ERASURE_APPROVAL, {"person_id": person_id}, {},
        Permission.APPROVE_ERASURE, body.user_id,
    )  # fmt: skip
    # Revoked certificates of the person stay revoked (a tombstone); refused, it rolls back.
    certificates.keep_revocations(session, person_id, _now())
    answer = ErasureDesk(session, device, _now()).approve(person_id, approver)
    settled(
        session,
        answer,
        {
            "not_found": (404, "not_found"),
            "forbidden": (403, "forbidden"),
            "second_person_required": (403, "second_person_required"),
        },
    )
    log.info("person erased", extra={"device": device.id, "server_seq": answer.get("server_seq")})
    return answer
