"""The HTTP API (OpenAPI at ``/docs``): enrolment, meta, push and pull, every call but
enrolment signed by the device's key (``core.request_signing``).

``create_app`` wires the perimeter, the shared state and the routers of ``server.api`` (one
per area); the routes themselves live there.
"""

# No "from __future__ import annotations" here: FastAPI reads the endpoints' annotations at
# run time.
import logging

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy import Engine
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from counsellor_app import __version__
from counsellor_app.protocol.wire import PROTOCOL_VERSION
from counsellor_app.server import console, releases
from counsellor_app.server.acts import ActRefused
from counsellor_app.server.api import (
    blobs,
    break_glass,
    bundles,
    conflicts,
    devices,
    erasures,
    grants,
    sync,
    trust,
    user_keys,
    verify,
)
from counsellor_app.server.api.deps import ApiError, _now
from counsellor_app.server.api.sync import push_body
from counsellor_app.server.compression import CompressedAnswers
from counsellor_app.server.config import ServerSettings
from counsellor_app.server.database import make_engine, migrate, sessions
from counsellor_app.server.keys import server_keys
from counsellor_app.server.perimeter import NonceBook, Perimeter, quiet_access_log
from counsellor_app.server.ratelimit import RateLimit

__all__ = ["ApiError", "create_app", "push_body"]

PROTOCOL = PROTOCOL_VERSION
log = logging.getLogger("counsellor.server")
ROUTERS = (devices, sync, conflicts, erasures, blobs, verify, trust, bundles, grants, user_keys)
ROUTERS_MORE = (break_glass,)  # routers added after the split, one per area


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
    app.state.settings, app.state.engine, app.state.sessions = settings, engine, factory
    signing_key = _signing_key(factory)
    app.add_middleware(
        Perimeter,
        signing_key=lambda: signing_key,
        max_clock_drift_ms=settings.max_clock_drift_ms,
        min_client_version=settings.min_client_version,
    )
    app.add_middleware(CompressedAnswers)  # outside the perimeter: it signs the plain answer
    app.state.nonces = NonceBook(engine, settings.max_clock_drift_ms)
    # Drawn by every worker from the database (on the nonce book's engine, same commits).
    app.state.verify_limit = RateLimit(app.state.nonces.engine, settings.verify_per_minute)
    quiet_access_log()
    console.mount(app, factory, settings)  # the central office's web pages, under /console

    @app.exception_handler(ApiError)
    async def api_error(_request: Request, error: ApiError) -> JSONResponse:
        return JSONResponse({"error": error.code, **error.details}, status_code=error.status)

    @app.exception_handler(ActRefused)
    async def act_refused(_request: Request, refused: ActRefused) -> JSONResponse:
        return JSONResponse({"error": refused.code}, status_code=refused.status)

    @app.exception_handler(DataError)
    async def data_error(_request: Request, _error: DataError) -> JSONResponse:
        """A value the database cannot hold (a number past bigint, a NUL): the input's fault,
        answered as such, and logged without the value (the engine hides parameters)."""
        log.warning("value refused by the database")
        return JSONResponse({"error": "validation", "reason": "value_out_of_range"}, 422)

    for area in (*ROUTERS, *ROUTERS_MORE):
        app.include_router(area.router)
    app.include_router(releases.router)  # the signed installer the PCs update from
    return app
