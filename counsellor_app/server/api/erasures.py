"""Erasure requests and their approval by a second person."""

import logging
from typing import Any

from fastapi import APIRouter

from counsellor_app.protocol.wire import ErrorCode, Route
from counsellor_app.server import certificates
from counsellor_app.server.api.deps import DeviceDep, RecordId, SessionDep, _now, settled
from counsellor_app.server.api.responses import refusals
from counsellor_app.server.api.schemas import ApproveRequest, ErasureRequest
from counsellor_app.server.erasure import ErasureDesk

log = logging.getLogger("counsellor.server")
router = APIRouter(tags=["erasures"])


@router.post(
    Route.ERASURES,
    responses=refusals(
        {
            403: (ErrorCode.FORBIDDEN,),
            422: (ErrorCode.NOT_FOUND, ErrorCode.LEGAL_BASIS_REQUIRED),
        }
    ),
)
def request_erasure(body: ErasureRequest, device: DeviceDep, session: SessionDep) -> dict[str, Any]:
    answer = ErasureDesk(session, device, _now()).request(
        body.person_id, body.legal_basis, body.user_id
    )
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
            403: (ErrorCode.FORBIDDEN, ErrorCode.SECOND_PERSON_REQUIRED),
            404: (ErrorCode.NOT_FOUND,),
        },
        path_parameters=True,
    ),
)
def approve_erasure(
    person_id: RecordId, body: ApproveRequest, device: DeviceDep, session: SessionDep
) -> dict[str, Any]:
    # Revoked certificates of the person stay revoked (a tombstone); refused, it rolls back.
    certificates.keep_revocations(session, person_id, _now())
    answer = ErasureDesk(session, device, _now()).approve(person_id, body.user_id)
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
