"""The sync itself: meta, push, pull, the set-aside report and the end-of-sync state checks."""

import logging
import time
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, BackgroundTasks, Path, Query, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from counsellor_app import __version__
from counsellor_app.protocol.wire import PROTOCOL_VERSION, OpStatus, Route
from counsellor_app.server import certificates, console, duplicate_queue, releases
from counsellor_app.server.api.deps import BIGINT, ApiError, DeviceDep, SessionDep, _now
from counsellor_app.server.api.responses import SERVER_UNAVAILABLE, refusals
from counsellor_app.server.api.schemas import PushRequest, RecordsRequest, SetAsideReport
from counsellor_app.server.changelog import last_device_seq
from counsellor_app.server.models import SyncCounter
from counsellor_app.server.pull import MAX_PULL_PAGE, PullDesk, ScopeState
from counsellor_app.server.push import MAX_OPS_PER_PUSH, SyncStore

PROTOCOL = PROTOCOL_VERSION
log = logging.getLogger("counsellor.server")
router = APIRouter(tags=["sync"])


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


@router.get(Route.META, responses=refusals())
def meta(request: Request, device: DeviceDep, session: SessionDep) -> dict[str, Any]:
    current = session.scalar(select(SyncCounter.value).where(SyncCounter.id == 1)) or 0
    applied = last_device_seq(session, device.id)
    session.commit()
    return {
        "server_time_ms": time.time_ns() // 1_000_000,
        "protocol": PROTOCOL,
        "server_version": __version__,
        "min_client_version": request.app.state.settings.min_client_version,
        **console.release_meta(session, request.app.state.settings.min_client_version),
        "release_manifest": releases.offered_manifest(request.app.state.settings),
        "current_seq": current,
        "device_id": device.id,
        "agency_id": device.agency_id,
        # A PC restored from an older backup numbers its operations from above this.
        "last_device_seq": applied,
    }


@router.post(
    Route.PUSH,
    responses=refusals({503: (SERVER_UNAVAILABLE,)}),
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": PushRequest.model_json_schema()}},
        }
    },
)
def push(
    request: Request, device: DeviceDep, session: SessionDep, after: BackgroundTasks
) -> Response:
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
            "applied": sum(r.get("status") in (OpStatus.APPLIED, OpStatus.MERGED) for r in results),
        },
    )
    # The duplicates index, once the answer is sent (server/duplicate_queue.py).
    after.add_task(duplicate_queue.drain_quietly, request.app.state.sessions)
    return Response(orjson.dumps({"results": results}), media_type="application/json")


@router.get(Route.PULL, responses=refusals())
def pull(
    device: DeviceDep,
    session: SessionDep,
    cursor: Annotated[int, Query(ge=0, le=BIGINT)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_PAGE)] = 500,
) -> Response:
    page = PullDesk(session, device, _now()).pull_json(cursor, limit)
    session.commit()
    return Response(page, media_type="application/json")


@router.post(Route.SET_ASIDE, responses=refusals())
def set_aside(body: SetAsideReport, device: DeviceDep, session: SessionDep) -> dict[str, Any]:
    """How many records received from the server this PC keeps aside (it could not store
    them): kept per device for the central console."""
    device.set_aside_count, device.set_aside_reported_at = body.count, _now()
    device.waiting_ops = body.waiting
    session.commit()
    return {"status": "recorded"}


@router.get(Route.STATE, responses=refusals())
def state(device: DeviceDep, session: SessionDep) -> dict[str, Any]:
    """Per kind of record: how many the PC should hold and the sum of their versions."""
    summary = ScopeState(session, device).summary()
    session.commit()
    return {"state": summary}


@router.get(Route.STATE_OF_KIND, responses=refusals(path_parameters=True))
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


@router.post(Route.RECORDS, responses=refusals())
def records(body: RecordsRequest, device: DeviceDep, session: SessionDep) -> dict[str, Any]:
    found = ScopeState(session, device).records(body.entity, body.ids)
    session.commit()
    return {"changes": found}
