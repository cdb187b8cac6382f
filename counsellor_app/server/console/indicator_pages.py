"""The console's national indicators pages and exports (issue 22, deliverable 3).

Who sees what is decided here from the account's row, never from the request: a national
administrator any scope and programme; a programme manager her assigned programmes only (over
any agencies); an agency supervisor her agency only, and she alone gets the people behind a
count, as file numbers (never a name). Every export is written to the audit chain.
"""

# No "from __future__ import annotations": FastAPI reads the endpoints' annotations at run time.
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.core.indicators import Milestone, Period
from counsellor_app.server import indicator_facts
from counsellor_app.server.console import audit, linked_tables, programme_access
from counsellor_app.server.console.accounts import Role
from counsellor_app.server.console.catalogue import WORDS
from counsellor_app.server.console.indicators import (
    GROUPINGS,
    PARTS,
    YEARS,
    Published,
    bar_chart,
    period_of,
    programme_scope,
    publish,
    regions,
    targets_of,
    to_csv,
    to_xlsx,
)
from counsellor_app.server.console.models import ConsoleAccount
from counsellor_app.server.models import Agency, Record

READERS = (Role.NATIONAL_ADMIN, Role.PROGRAMME_MANAGER, Role.AGENCY_SUPERVISOR)
EXPORTS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}
DRILL_LIMIT = 500


@dataclass
class Choice:
    """What is counted, once the account's limits have been applied."""

    year: int
    part: str
    period: Period
    scope: str  # "national", "region:<name>" or "agency:<code>"
    agency_ids: frozenset[str] | None
    programme: Record | None
    programmes: list[Record]  # the ones this account may choose
    scopes: list[tuple[str, str]]  # (value, label) this account may choose
    label: str


class Denied(Exception):
    """The account may not see what was asked (answered 403, nothing counted)."""


def choose(session: Session, visit: Any, params: Any, today: datetime) -> Choice:
    """The period, scope and programme asked for, within what the account may see."""
    role, account = visit.role(), visit.account
    try:
        year = int(str(params.get("year", today.year))[:4])
    except ValueError:
        year = today.year
    year = year if year in YEARS else today.year
    part = str(params.get("part", ""))
    part = part if part in PARTS else ""
    every = programme_access.programmes(session)
    if role == Role.PROGRAMME_MANAGER:
        mine = programme_access.assigned(session, account)
        allowed = [p for p in every if p.id in mine]
    else:
        allowed = every
    wanted = str(params.get("programme", ""))[:36]
    programme = next((p for p in allowed if p.id == wanted), None)
    if wanted and programme is None:
        raise Denied  # another programme (or none such): the same answer
    if role == Role.PROGRAMME_MANAGER and programme is None:
        if not allowed:
            raise Denied
        programme = allowed[0]
    by_code = dict(session.execute(select(Agency.code, Agency.id)).all())
    region_of = regions(session)
    scopes: list[tuple[str, str]]
    if role == Role.AGENCY_SUPERVISOR:
        own = visit.agency_code or ""
        if own not in by_code:
            raise Denied  # a supervisor whose agency is not (or no longer) on the server
        scopes = [(f"agency:{own}", visit.t("ind_agency", code=own))]
    else:
        scopes = [("national", visit.t("ind_national"))]
        scopes += [
            (f"region:{name}", visit.t("ind_region", name=name))
            for name in sorted({r for r in region_of.values() if r})
        ]
        scopes += [(f"agency:{code}", visit.t("ind_agency", code=code)) for code in sorted(by_code)]
    scope = str(params.get("scope", scopes[0][0]))[:120]
    labels = dict(scopes)
    if scope not in labels:
        raise Denied  # another agency, a region she may not see, or nonsense
    agency_ids: frozenset[str] | None = None
    if scope.startswith("agency:"):
        agency_ids = frozenset({by_code[scope[7:]]})
    elif scope.startswith("region:"):
        agency_ids = frozenset(by_code[c] for c, r in region_of.items() if r == scope[7:])
    return Choice(
        year, part, period_of(year, part), scope, agency_ids, programme, allowed, scopes,
        labels[scope],
    )  # fmt: skip


def install(
    router: APIRouter,
    visit_dep: Any,
    session_dep: Any,
    form_dep: Any,
    gate: Callable[..., Response | None],
    render: Callable[..., Response],
    message: Callable[..., Response],
    redirect: Callable[..., Response],
    headers: dict[str, str],
) -> None:
    """Add the pages to the console's router (its helpers passed in, not imported)."""

    def refused(request: Request, visit: Any) -> Response:
        return message(request, visit, 403, visit.t("forbidden_heading"), visit.t("forbidden"))

    def counted(session: Session, visit: Any, request: Request) -> tuple[Choice, Published]:
        choice = choose(session, visit, request.query_params, datetime.now(UTC))
        indicator_facts.refresh(session)
        session.commit()
        scope = programme_scope(choice.programme, choice.agency_ids)
        counts = indicator_facts.count(session, choice.period, scope)
        programme_name = str(choice.programme.fields.get("name", "")) if choice.programme else ""
        published = Published(choice.period, choice.label, programme_name)
        region_of = regions(session)
        targets = targets_of(choice.programme)
        published.tables = publish(counts, region_of, targets)
        # No hidden count of another page may be worked out from this one (whoever reads
        # several pages, or several supervisors together): linked_tables.
        published.tables = linked_tables.consistent(
            session, choice.period, choice.programme, choice.agency_ids, published.tables,
            region_of,
        )  # fmt: skip
        return choice, published

    def words(visit: Any) -> Callable[..., str]:
        def t(key: str, **params: object) -> str:
            return str(visit.t(key, **params))

        return t

    @router.get("/indicators")
    def indicators_page(request: Request, visit: visit_dep, session: session_dep) -> Response:
        if (denied := gate(request, visit, *READERS)) is not None:
            return denied
        try:
            choice, published = counted(session, visit, request)
        except Denied:
            return refused(request, visit)
        rtl = visit.language == "ar"
        chart = bar_chart(
            [(visit.t(f"ms_{t.milestone.value}"), t.total, t.target) for t in published.tables],
            rtl,
            visit.t("ind_hidden"),
        )
        query = request.url.query

        def group_label(dimension: str, group: str) -> str:
            """A closed list's group in the page's language; any other as stored."""
            key = f"val_{dimension}_{group}"
            return str(visit.t(key)) if key in WORDS else group

        return render(
            request, visit, "indicators.html", choice=choice, published=published, chart=chart,
            years=YEARS, parts=PARTS, groupings=GROUPINGS, query=query,
            drill=visit.role() == Role.AGENCY_SUPERVISOR, group_label=group_label,
        )  # fmt: skip

    @router.get("/indicators/export.{kind}")
    def indicators_export(
        request: Request,
        kind: str,
        visit: visit_dep,
        session: session_dep,
    ) -> Response:
        if (denied := gate(request, visit, *READERS)) is not None:
            return denied
        if kind not in EXPORTS:
            return message(request, visit, 404, visit.t("not_found_heading"), visit.t("not_found"))
        try:
            choice, published = counted(session, visit, request)
        except Denied:
            return refused(request, visit)
        t, rtl = words(visit), visit.language == "ar"
        if kind == "csv":
            body = to_csv(published, t)
        elif kind == "xlsx":
            body = to_xlsx(published, t, rtl)
        else:
            from counsellor_app.server.console.indicator_pdf import to_pdf

            body = to_pdf(published, t, rtl)
        audit.record(
            session, session.merge(visit.account), "indicators_exported",
            datetime.now(UTC), target=kind, scope=choice.scope,
            period=f"{choice.period.start}..{choice.period.end}",
            programme=choice.programme.id if choice.programme else "", language=visit.language,
        )  # fmt: skip
        session.commit()
        name = f"indicators-{choice.period.start:%Y%m}-{choice.period.end:%Y%m}.{kind}"
        return Response(
            body,
            media_type=EXPORTS[kind],
            headers={**headers, "Content-Disposition": f'attachment; filename="{name}"'},
        )

    @router.post("/accounts/{account_id}/programmes")
    def save_programmes(
        request: Request,
        account_id: str,
        visit: visit_dep,
        form: form_dep,
        session: session_dep,
    ) -> Response:
        """A national administrator sets the programmes a programme manager sees."""
        if (denied := gate(request, visit, Role.NATIONAL_ADMIN)) is not None:
            return denied
        target = session.get(ConsoleAccount, account_id[:36])
        if target is None or target.role != Role.PROGRAMME_MANAGER:
            return message(request, visit, 404, visit.t("not_found_heading"), visit.t("not_found"))
        chosen = {key[2:] for key, value in form.items() if key.startswith("p_") and value}
        programme_access.assign(session, target, chosen)
        audit.record(
            session, session.merge(visit.account), "programmes_assigned", datetime.now(UTC),
            target=target.username, programmes=sorted(chosen),
        )  # fmt: skip
        session.commit()
        return redirect("/console/accounts", "programmes_saved")

    @router.get("/indicators/people")
    def indicator_people(request: Request, visit: visit_dep, session: session_dep) -> Response:
        """The file numbers behind one count: for an agency supervisor, in her agency."""
        if (denied := gate(request, visit, Role.AGENCY_SUPERVISOR)) is not None:
            return denied
        wanted = str(request.query_params.get("milestone", ""))
        if wanted not in {m.value for m in Milestone}:
            return message(request, visit, 404, visit.t("not_found_heading"), visit.t("not_found"))
        try:
            choice = choose(session, visit, request.query_params, datetime.now(UTC))
        except Denied:
            return refused(request, visit)
        indicator_facts.refresh(session)
        milestone = Milestone(wanted)
        scope = programme_scope(choice.programme, choice.agency_ids)
        ids = indicator_facts.people_of(session, choice.period, milestone, scope, DRILL_LIMIT)
        numbers = sorted(
            str(fields.get("file_number") or "—")
            for fields in session.scalars(
                select(Record.fields).where(Record.entity == "person", Record.id.in_(ids))
            )
        )
        audit.record(
            session, session.merge(visit.account), "indicator_people_viewed",
            datetime.now(UTC), target=milestone.value, scope=choice.scope, people=len(numbers),
        )  # fmt: skip
        session.commit()
        return render(
            request, visit, "indicator_people.html", choice=choice, milestone=milestone,
            numbers=numbers, limit=DRILL_LIMIT, query=request.url.query,
        )  # fmt: skip
