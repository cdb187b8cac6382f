"""The HTTP API (OpenAPI at ``/docs``): enrolment, meta, push and pull, every call but
enrolment signed by the device's key (``core.request_signing``)."""

# No "from __future__ import annotations" here: FastAPI reads the endpoints' annotations at
# run time, and the dependencies below are local to create_app.
import base64
import logging
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Annotated, Any

import orjson
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from counsellor_app import __version__
from counsellor_app.core import bundle, request_signing
from counsellor_app.core.languages import LANGUAGES
from counsellor_app.protocol.wire import PROTOCOL_VERSION, ErrorCode, OpStatus, Route
from counsellor_app.server import admin, certificates, console, verification
from counsellor_app.server.bundles import import_bundle
from counsellor_app.server.config import ServerSettings
from counsellor_app.server.database import make_engine, migrate, sessions
from counsellor_app.server.keys import server_keys
from counsellor_app.server.models import Device, SyncCounter
from counsellor_app.server.perimeter import (
    NonceBook,
    Perimeter,
    RateLimit,
    quiet_access_log,
    version_tuple,
)
from counsellor_app.server.store import (
    MAX_OPS_PER_PUSH,
    BlobDesk,
    ConflictDesk,
    ErasureDesk,
    GrantDesk,
    ScopeState,
    SyncStore,
    last_device_seq,
)

PROTOCOL = PROTOCOL_VERSION
log = logging.getLogger("counsellor.server")
BIGINT = 2**63 - 1
RecordId = Annotated[str, Path(max_length=36)]
Sha256 = Annotated[str, Path(pattern="^[0-9a-f]{64}$")]


class ApiError(Exception):
    def __init__(self, status: int, code: str, **details: Any) -> None:
        super().__init__(code)
        self.status, self.code, self.details = status, code, details


class EnrolRequest(BaseModel):
    code: str = Field(max_length=40)
    agency_code: str = Field(max_length=8)
    public_key: str = Field(max_length=64, description="Ed25519 public key, base64")
    exchange_key: str = Field(default="", max_length=64, description="X25519 key, base64")
    name: str = Field(default="", max_length=120)
    app_version: str = Field(default="", max_length=32)


class ResolveRequest(BaseModel):
    choice: str = Field(pattern="^(server|incoming)$")
    user_id: str | None = Field(default=None, max_length=36)


class ErasureRequest(BaseModel):
    person_id: str = Field(max_length=36)
    legal_basis: str = Field(max_length=200)
    user_id: str = Field(max_length=36)


class ApproveRequest(BaseModel):
    user_id: str = Field(max_length=36)


class RecordsRequest(BaseModel):
    entity: str = Field(max_length=40)
    ids: list[str] = Field(max_length=1000)


class GrantRequest(BaseModel):
    person_id: str = Field(max_length=36)
    agency_code: str = Field(max_length=8)
    kind: str = Field(pattern="^(referral|transfer)$")
    user_id: str = Field(max_length=36)


class KeyRequest(BaseModel):
    public_key: str = Field(max_length=64, description="Ed25519 public key, base64")


class SetAsideReport(BaseModel):
    count: int = Field(ge=0, le=10_000_000)
    waiting: int = Field(default=0, ge=0, le=10_000_000)  # outbox left after the sync


class PushRequest(BaseModel):
    ops: list[dict[str, Any]] = Field(max_length=MAX_OPS_PER_PUSH)


def push_body(raw: bytes) -> list[dict[str, Any]]:
    """The operations of a push, or a 422 saying what is wrong with the body."""
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise ApiError(422, "validation", field="body") from None
    ops = body.get("ops") if isinstance(body, dict) else None
    if not isinstance(ops, list) or not all(isinstance(op, dict) for op in ops):
        raise ApiError(422, "validation", field="ops")
    if len(ops) > MAX_OPS_PER_PUSH:
        raise ApiError(422, "validation", field="ops", max_ops=MAX_OPS_PER_PUSH)
    return ops


def _settled(
    session: Session, answer: dict[str, Any], refusals: dict[str, tuple[int, str]]
) -> dict[str, Any]:
    """A desk's answer: a refusal becomes its HTTP error (nothing saved), anything else is
    committed and returned."""
    refused = refusals.get(str(answer.get("status")))
    if refused is not None:
        raise ApiError(*refused)
    session.commit()
    return answer


def _now() -> datetime:
    return datetime.now(UTC)


def _signing_key(factory: sessionmaker[Session]) -> Ed25519PrivateKey:
    """The server's signing key, made by the first worker to start (another worker making
    it at the same moment loses the insert and reads the winner's)."""
    for _attempt in range(3):
        try:
            with factory() as session:
                signing, _exchange = server_keys(session, _now())
                session.commit()
                return signing
        except IntegrityError:
            continue
    raise RuntimeError("server key unavailable")


def create_app(settings: ServerSettings | None = None, engine: Engine | None = None) -> FastAPI:
    settings = settings or ServerSettings.from_environment()
    engine = engine or make_engine(settings.database_url)
    migrate(engine)
    factory: sessionmaker[Session] = sessions(engine)
    app = FastAPI(title="Counsellor server", version=__version__)
    app.state.settings, app.state.engine = settings, engine
    signing_key = _signing_key(factory)
    app.add_middleware(
        Perimeter,
        signing_key=lambda: signing_key,
        max_clock_drift_ms=settings.max_clock_drift_ms,
        min_client_version=settings.min_client_version,
    )
    nonces = NonceBook(engine, settings.max_clock_drift_ms)
    verify_limit = RateLimit(settings.verify_per_minute)
    quiet_access_log()
    console.mount(app, factory, settings)  # the central office's web pages, under /console

    def session_scope() -> Iterator[Session]:
        """One transaction per request; endpoints commit before they answer, so a PC never
        hears of a change that is not durable yet. Anything else rolls back."""
        with factory() as session:
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
        if not nonces.spend(device.id, nonce, sent_ms):
            raise ApiError(401, "replayed")
        if device.revoked_at is not None:
            raise ApiError(403, "device_revoked")
        minimum = console.release_minimum(session)  # raised in the console since this started
        sent_version = headers.get(request_signing.VERSION_HEADER, "")[:64]
        if minimum and version_tuple(sent_version) < version_tuple(minimum):
            raise ApiError(426, "client_too_old", min_client_version=minimum)
        device.last_seen_at = _now()
        request.state.body = body  # read once: the push decodes it itself
        return device

    DeviceDep = Annotated[Device, Depends(authenticated)]

    @app.exception_handler(ApiError)
    async def api_error(_request: Request, error: ApiError) -> JSONResponse:
        return JSONResponse({"error": error.code, **error.details}, status_code=error.status)

    @app.exception_handler(DataError)
    async def data_error(_request: Request, _error: DataError) -> JSONResponse:
        """A value the database cannot hold (a number past bigint, a NUL): the input's fault,
        answered as such, and logged without the value (the engine hides parameters)."""
        log.warning("value refused by the database")
        return JSONResponse({"error": "validation", "reason": "value_out_of_range"}, 422)

    def rate_limited(request: Request) -> None:
        address = request.client.host if request.client else ""
        if not verify_limit.allow(address):
            raise ApiError(429, "too_many_requests")

    @app.get(Route.HEALTH)
    def health() -> dict[str, Any]:
        return {
            "status": "ok",
            "version": __version__,
            "protocol": PROTOCOL,
            "server_time_ms": time.time_ns() // 1_000_000,
        }

    @app.post(Route.ENROL)
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
            "server_signing_key": base64.b64encode(
                signing.public_key().public_bytes_raw()
            ).decode(),
            "server_exchange_key": base64.b64encode(
                exchange.public_key().public_bytes_raw()
            ).decode(),
            "server_time_ms": time.time_ns() // 1_000_000,
            "protocol": PROTOCOL,
        }

    @app.get(Route.META)
    def meta(device: DeviceDep, session: SessionDep) -> dict[str, Any]:
        current = session.scalar(select(SyncCounter.value).where(SyncCounter.id == 1)) or 0
        applied = last_device_seq(session, device.id)
        session.commit()
        return {
            "server_time_ms": time.time_ns() // 1_000_000,
            "protocol": PROTOCOL,
            "server_version": __version__,
            "min_client_version": settings.min_client_version,
            **console.release_meta(session, settings.min_client_version),
            "current_seq": current,
            "device_id": device.id,
            "agency_id": device.agency_id,
            # A PC restored from an older backup numbers its operations from above this.
            "last_device_seq": applied,
        }

    @app.post(
        Route.PUSH,
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": PushRequest.model_json_schema()}},
            }
        },
    )
    def push(request: Request, device: DeviceDep, session: SessionDep) -> Response:
        # Decoded here rather than by a model: each operation is checked field by field by
        # the store, and a model would walk every value of 250 operations once more.
        ops = push_body(request.state.body)
        try:
            results = certificates.without_key_records(ops, SyncStore(session, device, _now()).push)
            session.commit()
        except IntegrityError:
            # Two pushes of one PC at once gave one number twice: this one is answered as a
            # busy server, and the PC sends it again at its next session.
            session.rollback()
            raise ApiError(503, "server_unavailable", detail="concurrent_push") from None
        log.info(
            "push",
            extra={
                "device": device.id,
                "ops": len(ops),
                "applied": sum(
                    r.get("status") in (OpStatus.APPLIED, OpStatus.MERGED) for r in results
                ),
            },
        )
        return Response(orjson.dumps({"results": results}), media_type="application/json")

    @app.get(Route.PULL)
    def pull(
        device: DeviceDep,
        session: SessionDep,
        cursor: Annotated[int, Query(ge=0, le=BIGINT)] = 0,
        limit: Annotated[int, Query(ge=1, le=5000)] = 500,
    ) -> Response:
        page = SyncStore(session, device, _now()).pull_json(cursor, limit)
        session.commit()
        return Response(page, media_type="application/json")

    @app.post(Route.SET_ASIDE)
    def set_aside(body: SetAsideReport, device: DeviceDep, session: SessionDep) -> dict[str, Any]:
        """How many records received from the server this PC keeps aside (it could not store
        them): kept per device for the central console."""
        device.set_aside_count, device.set_aside_reported_at = body.count, _now()
        device.waiting_ops = body.waiting
        session.commit()
        return {"status": "recorded"}

    @app.get(Route.CONFLICTS)
    def conflicts(device: DeviceDep, session: SessionDep) -> dict[str, Any]:
        listed = ConflictDesk(session, device, _now()).open_conflicts()
        session.commit()
        return {"conflicts": listed}

    @app.post(Route.CONFLICT_RESOLVE)
    def resolve(
        conflict_id: RecordId, body: ResolveRequest, device: DeviceDep, session: SessionDep
    ) -> dict[str, Any]:
        answer = ConflictDesk(session, device, _now()).resolve(
            conflict_id, body.choice, body.user_id
        )
        return _settled(session, answer, {"not_found": (404, "conflict_not_found")})

    @app.post(Route.ERASURES)
    def request_erasure(
        body: ErasureRequest, device: DeviceDep, session: SessionDep
    ) -> dict[str, Any]:
        answer = ErasureDesk(session, device, _now()).request(
            body.person_id, body.legal_basis, body.user_id
        )
        return _settled(
            session,
            answer,
            {
                "not_found": (422, "not_found"),
                "forbidden": (403, "forbidden"),
                "legal_basis_required": (422, "legal_basis_required"),
            },
        )

    @app.get(Route.ERASURES)
    def waiting_erasures(device: DeviceDep, session: SessionDep) -> dict[str, Any]:
        listed = ErasureDesk(session, device, _now()).waiting()
        session.commit()
        return {"erasures": listed}

    @app.post(Route.ERASURE_APPROVE)
    def approve_erasure(
        person_id: RecordId, body: ApproveRequest, device: DeviceDep, session: SessionDep
    ) -> dict[str, Any]:
        # Revoked certificates of the person stay revoked (a tombstone); refused, it rolls back.
        certificates.keep_revocations(session, person_id, _now())
        answer = ErasureDesk(session, device, _now()).approve(person_id, body.user_id)
        _settled(
            session,
            answer,
            {
                "not_found": (404, "not_found"),
                "forbidden": (403, "forbidden"),
                "second_person_required": (403, "second_person_required"),
            },
        )
        log.info(
            "person erased", extra={"device": device.id, "server_seq": answer.get("server_seq")}
        )
        return answer

    @app.get(Route.BLOB_STATE)
    def blob_state(sha256: Sha256, device: DeviceDep, session: SessionDep) -> dict[str, Any]:
        answer = BlobDesk(session, device, _now()).state(sha256)
        session.commit()
        return answer

    @app.put(Route.BLOB)
    async def blob_chunk(
        sha256: Sha256,
        size: Annotated[int, Query(ge=0, le=BIGINT)],
        offset: Annotated[int, Query(ge=0, le=BIGINT)],
        request: Request,
        device: DeviceDep,
        session: SessionDep,
    ) -> dict[str, Any]:
        chunk = await request.body()
        answer = BlobDesk(session, device, _now()).receive(sha256, size, offset, chunk)
        if answer["status"] == "too_large":
            raise ApiError(413, "blob_too_large")
        session.commit()
        return answer

    @app.get(Route.BLOB)
    def blob_content(sha256: Sha256, device: DeviceDep, session: SessionDep) -> Response:
        content = BlobDesk(session, device, _now()).content(sha256)
        session.commit()
        if content is None:
            raise ApiError(404, ErrorCode.BLOB_NOT_FOUND)
        return Response(content, media_type="application/octet-stream")

    @app.get(Route.VERIFY_PAGE, response_class=HTMLResponse, include_in_schema=False)
    def verify_page(
        session: SessionDep,
        _limit: Annotated[None, Depends(rate_limited)],
        q: Annotated[str, Query(max_length=2000)] = "",
        lang: Annotated[str, Query(max_length=8)] = "",
    ) -> HTMLResponse:
        """The public page (no sign-in): French by default, Arabic and English a click away."""
        language = lang if lang in LANGUAGES else "fr"
        query = q[:400]
        result = verification.check(session, query) if query.strip() else None
        return HTMLResponse(verification.page(language, query, result))

    @app.get(Route.VERIFY)
    def verify_api(
        session: SessionDep,
        _limit: Annotated[None, Depends(rate_limited)],
        q: Annotated[str, Query(max_length=2000)],
    ) -> dict[str, Any]:
        return verification.check(session, q[:400])

    @app.get(Route.TRUST)
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

    @app.post(Route.KEYS)
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

    @app.post(Route.BUNDLES, include_in_schema=True)
    async def bundles(request: Request, session: SessionDep) -> Response:
        """A PC's USB bundle, brought by a courier: the answer is the bundle to take back.
        The bundle authenticates itself (signed by its PC's key); no sign-in."""
        data = await request.body()
        try:
            imported = import_bundle(session, data, _now())
        except bundle.BundleRefused as refused:
            session.rollback()
            raise ApiError(422, refused.reason) from None
        session.commit()
        return Response(imported.answer, media_type="application/zip")

    @app.get(Route.STATE)
    def state(device: DeviceDep, session: SessionDep) -> dict[str, Any]:
        """Per kind of record: how many the PC should hold and the sum of their versions."""
        summary = ScopeState(session, device).summary()
        session.commit()
        return {"state": summary}

    @app.get(Route.STATE_OF_KIND)
    def state_versions(
        entity: Annotated[str, Path(max_length=40)],
        device: DeviceDep,
        session: SessionDep,
        after: Annotated[str, Query(max_length=36)] = "",
        limit: Annotated[int, Query(ge=1, le=5000)] = 5000,
    ) -> dict[str, Any]:
        versions = ScopeState(session, device).versions(entity, after, limit)
        session.commit()
        return {"versions": versions}

    @app.post(Route.RECORDS)
    def records(body: RecordsRequest, device: DeviceDep, session: SessionDep) -> dict[str, Any]:
        found = ScopeState(session, device).records(body.entity, body.ids)
        session.commit()
        return {"changes": found}

    @app.post(Route.GRANTS)
    def grant(body: GrantRequest, device: DeviceDep, session: SessionDep) -> dict[str, Any]:
        """Refer a person to another agency (it sees and works on the file) or offer it the
        file (a transfer, until it accepts). Needs the person's consent to sharing."""
        answer = GrantDesk(session, device, _now()).grant(
            body.person_id, body.agency_code, body.kind, body.user_id
        )
        return _settled(
            session,
            answer,
            {
                "not_found": (404, "not_found"),
                "agency_unknown": (404, "agency_unknown"),
                "consent_required": (403, "consent_required"),
            },
        )

    @app.get(Route.GRANTS)
    def grants_of_person(
        person_id: Annotated[str, Query(max_length=36)], device: DeviceDep, session: SessionDep
    ) -> dict[str, Any]:
        listed = GrantDesk(session, device, _now()).of_person(person_id)
        session.commit()
        return {"grants": listed}

    @app.post(Route.GRANT_REVOKE)
    def revoke_grant(grant_id: RecordId, device: DeviceDep, session: SessionDep) -> dict[str, Any]:
        answer = GrantDesk(session, device, _now()).revoke(grant_id)
        return _settled(session, answer, {"not_found": (404, "grant_not_found")})

    @app.get(Route.TRANSFERS)
    def transfers(device: DeviceDep, session: SessionDep) -> dict[str, Any]:
        listed = GrantDesk(session, device, _now()).incoming()
        session.commit()
        return {"transfers": listed}

    @app.post(Route.TRANSFER_ACCEPT)
    def accept_transfer(
        grant_id: RecordId, body: ApproveRequest, device: DeviceDep, session: SessionDep
    ) -> dict[str, Any]:
        answer = GrantDesk(session, device, _now()).accept(grant_id, body.user_id)
        return _settled(session, answer, {"not_found": (404, "transfer_not_found")})

    return app
