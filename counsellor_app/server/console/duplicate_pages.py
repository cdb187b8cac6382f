"""The console's page of possible duplicates across agencies (issue 22, 6).

The national administrator sees every pair with both agencies, both file numbers and the
reasons (which keys matched), and decides: one person (linked for national counts) or two
different people; each decision is audited. An agency supervisor sees the pairs naming her
agency: her file, the other agency and its file number, and cannot decide. No name, birth
date, phone or document number is ever shown: above the agency level, file numbers only.
"""

# No "from __future__ import annotations": FastAPI reads the endpoints' annotations at run time.
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.server import duplicate_queue, duplicates
from counsellor_app.server.console import audit
from counsellor_app.server.console.accounts import Role
from counsellor_app.server.duplicate_models import DuplicateCandidate
from counsellor_app.server.models import Agency, Record

PAGE_SIZE = 200


@dataclass(frozen=True)
class Tools:
    """What the pages need from ``routes.console_router`` (its dependencies and answers)."""

    visit_of: Callable[..., Any]  # the dependencies: who asks, the checked form, a session
    checked_form: Callable[..., Any]
    session_scope: Callable[..., Any]
    render: Callable[..., Response]
    gate: Callable[..., Response | None]
    message: Callable[..., Response]
    redirect: Callable[..., Response]
    not_found: Callable[..., Response]


@dataclass(frozen=True)
class PairRow:
    id: str
    detected_at: datetime
    agency_a: str
    file_a: str
    agency_b: str
    file_b: str
    reasons: tuple[str, ...]
    status: str
    decided_at: datetime | None


def pair_rows(session: Session, agency_id: str | None, status: str) -> list[PairRow]:
    """The pairs an account may see (``agency_id``: a supervisor's agency), with file numbers
    read from the server's records; the newest first, at most ``PAGE_SIZE``."""
    candidates = session.scalars(
        select(DuplicateCandidate)
        .where(duplicates.visible_to(agency_id), DuplicateCandidate.status == status)
        .order_by(DuplicateCandidate.detected_at.desc(), DuplicateCandidate.id)
        .limit(PAGE_SIZE)
    ).all()
    people = {c.person_a for c in candidates} | {c.person_b for c in candidates}
    files = {
        person_id: str((fields or {}).get("file_number") or "")
        for person_id, fields in session.execute(
            select(Record.id, Record.fields).where(
                Record.entity == "person", Record.id.in_(sorted(people))
            )
        )
    }
    codes = dict(session.execute(select(Agency.id, Agency.code)).all())
    rows = []
    for c in candidates:
        row = PairRow(
            c.id, c.detected_at, codes.get(c.agency_a, "?"), files.get(c.person_a, ""),
            codes.get(c.agency_b, "?"), files.get(c.person_b, ""), tuple(c.reasons), c.status,
            c.decided_at,
        )  # fmt: skip
        if agency_id is not None and c.agency_b == agency_id and c.agency_a != agency_id:
            # Her own file first.
            row = PairRow(
                row.id, row.detected_at, row.agency_b, row.file_b, row.agency_a, row.file_a,
                row.reasons, row.status, row.decided_at,
            )  # fmt: skip
        rows.append(row)
    return rows


def add_pages(router: APIRouter, tools: Tools) -> None:
    VisitDep = Annotated[Any, Depends(tools.visit_of)]  # routes.Visit
    FormDep = Annotated[dict[str, Any], Depends(tools.checked_form)]
    SessionDep = Annotated[Session, Depends(tools.session_scope)]

    @router.get("/duplicates")
    def duplicates_page(request: Request, visit: VisitDep, session: SessionDep) -> Response:
        allowed = (Role.NATIONAL_ADMIN, Role.AGENCY_SUPERVISOR)
        if (denied := tools.gate(request, visit, *allowed)) is not None:
            return denied
        national = visit.role() == Role.NATIONAL_ADMIN
        first = duplicates.OPEN if national else duplicates.CONFIRMED  # open: national only
        status = request.query_params.get("status", first)
        status = status if status in duplicates.STATUSES else first
        agency_id = None if national else visit.account.agency_id
        if not national and not agency_id:
            return tools.message(
                request, visit, 403, visit.t("forbidden_heading"), visit.t("forbidden")
            )
        # Every push answered so far is in the index before it is listed (pushes queue their
        # people; a drain may still be running: waited for, then what is left is drained).
        duplicate_queue.drain_quietly(request.app.state.sessions, wait=True)
        return tools.render(
            request,
            visit,
            "duplicates.html",
            rows=pair_rows(session, agency_id, status),
            shown=status,
            statuses=duplicates.STATUSES,
            national=national,
        )

    @router.post("/duplicates/{candidate_id}/decide")
    def decide(
        request: Request, candidate_id: str, visit: VisitDep, form: FormDep, session: SessionDep
    ) -> Response:
        if (denied := tools.gate(request, visit, Role.NATIONAL_ADMIN)) is not None:
            return denied
        decision = str(form.get("decision", ""))
        candidate = session.get(DuplicateCandidate, candidate_id[:36])
        if candidate is None or decision not in (duplicates.CONFIRMED, duplicates.DISMISSED):
            return tools.not_found(request, visit)
        now = datetime.now(UTC)
        try:
            duplicates.decide(session, candidate, decision, visit.account.id, now)
        except duplicates.DecisionRefused:
            session.rollback()
            return tools.redirect("/console/duplicates", "duplicate_already_decided")
        codes = dict(session.execute(select(Agency.id, Agency.code)).all())
        audit.record(
            session, session.merge(visit.account), f"duplicate_{decision}", now,
            target=candidate.id, agencies=[codes.get(candidate.agency_a, ""),
                                           codes.get(candidate.agency_b, "")],
            reasons=list(candidate.reasons),
        )  # fmt: skip
        session.commit()
        return tools.redirect("/console/duplicates", f"duplicate_{decision}")
