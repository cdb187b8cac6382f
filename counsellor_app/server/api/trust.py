"""Certificate signing keys: registered by the device that holds them, listed for every PC."""

import base64
from typing import Any

from fastapi import APIRouter

from counsellor_app.protocol.wire import Route
from counsellor_app.server import certificates
from counsellor_app.server.api.deps import ApiError, DeviceDep, SessionDep, _now
from counsellor_app.server.api.responses import refusals
from counsellor_app.server.api.schemas import KeyRequest

router = APIRouter(tags=["certificates"])


@router.get(Route.TRUST, responses=refusals())
def trust(device: DeviceDep, session: SessionDep) -> dict[str, Any]:
    """Every agency's public keys (with the agency each is registered to) and the revoked
    serials, for PCs to verify offline."""
    keys, revoked, agencies = certificates.trust(session)
    session.commit()
    return {
        "keys": {k: base64.b64encode(v).decode("ascii") for k, v in sorted(keys.items())},
        "revoked": dict(sorted(revoked.items())),
        "agencies": dict(sorted(agencies.items())),
    }


@router.post(
    Route.KEYS,
    responses=refusals({409: ("key_id_taken",), 422: ("key_malformed",)}),
)
def register_key(body: KeyRequest, device: DeviceDep, session: SessionDep) -> dict[str, Any]:
    """A certificate signing key, registered by the PC that holds it (at its first sync
    after enrolment, and whenever it makes a new one): the key belongs to this device's
    agency, and only that agency's serials can be signed with it."""
    try:
        answer = certificates.register(session, device, body.public_key, _now())
    except certificates.KeyRefused as refused:
        status = 409 if refused.reason == "key_id_taken" else 422
        raise ApiError(status, refused.reason) from None
    session.commit()
    return answer
