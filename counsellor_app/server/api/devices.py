"""Health and enrolment: the two calls a PC makes before it has a key the server knows."""

import base64
import logging
import time
from typing import Any

from fastapi import APIRouter
from sqlalchemy import func, select

from counsellor_app import __version__
from counsellor_app.protocol.wire import PROTOCOL_VERSION, ErrorCode, Route
from counsellor_app.server import admin
from counsellor_app.server.acts import root_key
from counsellor_app.server.api.deps import ApiError, SessionDep, _now
from counsellor_app.server.api.responses import refusals
from counsellor_app.server.api.schemas import EnrolRequest
from counsellor_app.server.keys import server_keys
from counsellor_app.server.models import Device

PROTOCOL = PROTOCOL_VERSION
log = logging.getLogger("counsellor.server")
router = APIRouter(tags=["devices"])


@router.get(Route.HEALTH, responses=refusals(signed=False))
def health() -> dict[str, Any]:
    return {
        "status": "ok",
        "version": __version__,
        "protocol": PROTOCOL,
        "server_time_ms": time.time_ns() // 1_000_000,
    }


@router.post(
    Route.ENROL,
    responses=refusals(
        {
            403: (
                "code_unknown",
                "code_used",
                "code_expired",
                "code_for_another_agency",
                "bad_key",
                ErrorCode.ACT_REQUIRED,
                ErrorCode.ACT_SIGNATURE_INVALID,
            ),
            409: (ErrorCode.USER_KEY_TAKEN,),
            422: (ErrorCode.VALIDATION,),
            426: (ErrorCode.CLIENT_TOO_OLD,),
        },
        signed=False,
    ),
)
def enroll(body: EnrolRequest, session: SessionDep) -> dict[str, Any]:
    agency_known = False
    try:
        device, agency = admin.enrol(
            session,
            body.code,
            body.agency_code,
            body.public_key,
            body.name,
            body.app_version,
            _now(),
            body.exchange_key,
        )
    except admin.EnrolmentRefused as refused:
        raise ApiError(403, refused.reason) from None
    session.flush()
    if body.admin_key is not None:  # refused: the enrolment rolls back with it
        root_key(session, device, body.code, body.agency_code, body.public_key,
                 body.admin_key, _now())  # fmt: skip
    agency_known = (
        session.scalar(
            select(func.count()).select_from(Device).where(Device.agency_id == agency.id)
        )
        or 0
    ) > 1
    signing, exchange = server_keys(session, _now())
    session.commit()
    log.info("device enrolled", extra={"device": device.id, "agency": agency.code})
    return {
        "device_id": device.id,
        "agency_id": agency.id,
        "agency_code": agency.code,
        "agency_name": agency.name,
        # Another PC of the agency came first: its agency record stands, this one's is not sent.
        "agency_known": agency_known,
        # For USB bundles: what the server signs with, and what PCs encrypt to.
        "server_signing_key": base64.b64encode(signing.public_key().public_bytes_raw()).decode(),
        "server_exchange_key": base64.b64encode(exchange.public_key().public_bytes_raw()).decode(),
        "server_time_ms": time.time_ns() // 1_000_000,
        "protocol": PROTOCOL,
    }
