"""What every router shares: the refusal exception, one session per request, the signed
device, the clock and the public page's rate limit.

The state these read (the session factory, the nonce book, the limits) is set on the app by
``server.app.create_app``; the routers themselves hold none.
"""

# No "from __future__ import annotations" here: FastAPI reads the dependencies' annotations
# at run time.
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Depends, Path, Request
from sqlalchemy.orm import Session

from counsellor_app.core import request_signing
from counsellor_app.protocol import encoding
from counsellor_app.server import console
from counsellor_app.server.models import Device
from counsellor_app.server.perimeter import (
    MAX_PUSH_BODY,
    Refused,
    refuse_escaped_nul,
    version_tuple,
)

BIGINT = 2**63 - 1
RecordId = Annotated[str, Path(max_length=36)]
Sha256 = Annotated[str, Path(pattern="^[0-9a-f]{64}$")]


class ApiError(Exception):
    def __init__(self, status: int, code: str, **details: Any) -> None:
        super().__init__(code)
        self.status, self.code, self.details = status, code, details


def _now() -> datetime:
    return datetime.now(UTC)


def settled(
    session: Session, answer: dict[str, Any], refusals: dict[str, tuple[int, str]]
) -> dict[str, Any]:
    """A desk's answer: a refusal becomes its HTTP error (nothing saved), anything else is
    committed and returned."""
    refused = refusals.get(str(answer.get("status")))
    if refused is not None:
        raise ApiError(*refused)
    session.commit()
    return answer


def session_scope(request: Request) -> Iterator[Session]:
    """One transaction per request; endpoints commit before they answer, so a PC never
    hears of a change that is not durable yet. Anything else rolls back."""
    with request.app.state.sessions() as session:
        yield session


SessionDep = Annotated[Session, Depends(session_scope)]


async def authenticated(request: Request, session: SessionDep) -> Device:
    """The perimeter (``server.perimeter``) has already checked that the headers are
    there, the time inside the window and the version recent enough, and read the body
    within its limit; here the signature is checked and the nonce spent."""
    headers = request.headers
    device_id = headers.get(request_signing.DEVICE_HEADER, "")[:36]
    signature = headers.get(request_signing.SIGNATURE_HEADER, "")
    nonce = headers.get(request_signing.NONCE_HEADER, "")
    try:
        sent_ms = int(headers.get(request_signing.TIME_HEADER, ""))
    except ValueError:
        raise ApiError(401, "unauthenticated") from None
    device = session.get(Device, device_id) if device_id else None
    # The path as sent (percent-escapes kept), as the PC signed it.
    raw_path = request.scope.get("raw_path") or request.url.path.encode()
    query = request.url.query
    target = raw_path.decode("latin-1") + (f"?{query}" if query else "")
    body = await request.body()
    if device is None or not request_signing.verify(
        device.public_key, signature, request.method, target, sent_ms, nonce, body
    ):
        raise ApiError(401, "unauthenticated")
    if not request.app.state.nonces.spend(device.id, nonce, sent_ms):
        raise ApiError(401, "replayed")
    if device.revoked_at is not None:
        raise ApiError(403, "device_revoked")
    minimum = console.release_minimum(session)  # raised in the console since this started
    sent_version = headers.get(request_signing.VERSION_HEADER, "")[:64]
    if minimum and version_tuple(sent_version) < version_tuple(minimum):
        raise ApiError(426, "client_too_old", min_client_version=minimum)
    device.last_seen_at = _now()
    request.state.body = _inflated(request, body)  # read once: the push decodes it itself
    return device


DeviceDep = Annotated[Device, Depends(authenticated)]


def _inflated(request: Request, body: bytes) -> bytes:
    """A compressed push, inflated now that its signature holds, within the push's limit
    (the perimeter let only a gzip push through)."""
    if "content-encoding" not in request.headers:
        return body
    try:
        plain = encoding.decompress(body, MAX_PUSH_BODY)
    except encoding.EncodingRefused as refused:
        if refused.reason == "too_large":
            raise ApiError(413, "body_too_large", max_bytes=MAX_PUSH_BODY) from None
        raise ApiError(400, "bad_request", field="body") from None
    try:
        refuse_escaped_nul(plain, request.headers.get("content-type", "").encode("latin-1"))
    except Refused as refused:
        raise ApiError(refused.status, refused.code, **refused.details) from None
    return plain


def rate_limited(request: Request) -> None:
    address = request.client.host if request.client else ""
    if not request.app.state.verify_limit.allow("verify:" + address):
        raise ApiError(429, "too_many_requests")
