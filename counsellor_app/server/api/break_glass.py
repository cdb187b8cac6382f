"""Break-glass: a masked file opened with a reason, signed by the person who opened it.

A PC's word that "someone looked, for this reason" proves nothing; her own signature does
(``core.acts.ActKind.BREAK_GLASS``, made on her PC when she gave the reason, offline too).
The server checks it against its own table of keys (``server.acts.ActDesk``), that the file
is one her agency holds or was referred, spends the act's nonce, and keeps the act for her
agency's supervisors and auditors (listed to the agency's own PCs only).
"""

from datetime import datetime
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field
from sqlalchemy import select

from counsellor_app.core.acts import ActKind
from counsellor_app.core.audit import MAX_REASON, clean_reason
from counsellor_app.core.roles import Permission
from counsellor_app.core.sensitive import MIN_REASON
from counsellor_app.protocol.wire import ErrorCode, Route
from counsellor_app.server.acts import ActDesk, ActRefused
from counsellor_app.server.api.deps import DeviceDep, SessionDep, _now
from counsellor_app.server.api.responses import ACT_REFUSALS, refusals
from counsellor_app.server.models import BreakGlass, Record
from counsellor_app.server.scope import shared_people

router = APIRouter(tags=["break-glass"])
LISTED = 500  # the newest entries an agency's PC is given


class BreakGlassRequest(BaseModel):
    person_id: str = Field(max_length=36)
    reason: str = Field(min_length=MIN_REASON, max_length=MAX_REASON)
    user_id: str = Field(max_length=36)
    act: dict[str, Any] | None = Field(default=None, description="core.acts: her signature")


def _in_scope(desk: ActDesk, person_id: str) -> bool:
    """Whether the file is her agency's, or referred to it: a file of another agency is
    answered as one that does not exist (no probing whose it is)."""
    record = desk.session.get(Record, ("person", person_id))
    if record is not None and record.owner_agency_id == desk.device.agency_id:
        return True
    return person_id in shared_people(desk.session, desk.device.agency_id)


@router.post(
    Route.BREAK_GLASS,
    responses=refusals(
        {
            403: ACT_REFUSALS,
            422: (ErrorCode.NOT_FOUND, ErrorCode.VALIDATION),
        }
    ),
)
def break_glass(body: BreakGlassRequest, device: DeviceDep, session: SessionDep) -> dict[str, Any]:
    if clean_reason(body.reason) != body.reason:  # signed as the PC cleaned it, nothing else
        raise ActRefused(ErrorCode.VALIDATION, 422)
    now = _now()
    desk = ActDesk(session, device, now)
    user_id = desk.require(
        body.act, ActKind.BREAK_GLASS, {"person_id": body.person_id},
        {"reason": body.reason}, Permission.VIEW_PEOPLE, body.user_id,
    )  # fmt: skip
    if not _in_scope(desk, body.person_id):
        raise ActRefused(ErrorCode.NOT_FOUND, 422)  # rolled back: the nonce is not spent
    act = body.act or {}  # its time is within the acts' window (ActDesk.spend): a real date
    session.add(
        BreakGlass(
            nonce=str(act["nonce"]),
            user_id=user_id,
            agency_id=device.agency_id,
            device_id=device.id,
            person_id=body.person_id,
            reason=body.reason,
            at=datetime.fromtimestamp(int(act["at_ms"]) / 1000, tz=now.tzinfo),
            received_at=now,
            signature=str(act["signature"]),
        )
    )
    session.commit()
    return {"status": "recorded"}


@router.get(Route.BREAK_GLASS, responses=refusals())
def listed(device: DeviceDep, session: SessionDep) -> dict[str, Any]:
    """The agency's break-glass acts, newest first, for its supervisors and auditors."""
    rows = session.scalars(
        select(BreakGlass)
        .where(BreakGlass.agency_id == device.agency_id)
        .order_by(BreakGlass.at.desc())
        .limit(LISTED)
    )
    return {
        "entries": [
            {
                "user_id": row.user_id,
                "person_id": row.person_id,
                "reason": row.reason,
                "at": row.at.isoformat(),
                "device_id": row.device_id,
                "signature": row.signature,
                "nonce": row.nonce,
            }
            for row in rows
        ]
    }
