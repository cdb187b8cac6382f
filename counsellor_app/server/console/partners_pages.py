"""The console's national partner directory, for the national administrator only: the list,
a form to add one, each partner's page to edit it or close it from a date (``server/partners.py``
stores them; every PC pulls them). ``add_partner_pages`` is called by ``routes.console_router``
with its helpers, so these pages decide who may see them exactly as the others do.
"""

# No "from __future__ import annotations": FastAPI reads the endpoints' annotations at run time.
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, get_args
from zoneinfo import ZoneInfo

from babel.dates import format_date
from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from counsellor_app.core.languages import locale_of
from counsellor_app.core.phone import display_phone
from counsellor_app.core.referrals import PARTNER_KINDS
from counsellor_app.server import partners
from counsellor_app.server.console import audit
from counsellor_app.server.console.accounts import Role

if TYPE_CHECKING:
    from counsellor_app.server.console.routes import Visit
else:
    Visit = Any  # FastAPI reads the annotation: a Visit comes from its Depends

BASE = "/console/partners"


def add_partner_pages(
    router: APIRouter,
    visit_dep: Any,
    form_dep: Any,
    session_dep: Any,
    gate: Callable[..., Response | None],
    render: Callable[..., Response],
    redirect: Callable[..., Response],
    zone: ZoneInfo,
) -> None:
    visit_of, form_of, session_of = (get_args(d)[1] for d in (visit_dep, form_dep, session_dep))

    def today() -> date:
        return datetime.now(zone).date()

    def page(
        request: Request, visit: Visit, session: Session, status: int = 200,
        entered: dict[str, str] | None = None, partner: partners.NationalPartner | None = None,
    ) -> Response:  # fmt: skip
        language = visit.language
        cities = partners.known_cities(session)
        return render(
            request, visit, "partners.html" if partner is None else "partner.html", status,
            partners=partners.national_partners(session), partner=partner, kinds=PARTNER_KINDS,
            cities=sorted(cities.items(), key=lambda c: (c[1].get(language) or c[0])),
            city_name=lambda cid: (cities.get(cid) or {}).get(language) or cid or "—",
            phone=lambda e164: display_phone(e164) if e164 else "",
            day=lambda d: format_date(d, "long", locale=locale_of(language)),
            today=today(), entered=entered or {},
        )  # fmt: skip

    def typed(form: dict[str, Any]) -> dict[str, str]:
        return {name: str(form.get(name, ""))[:400] for name in partners.FIELDS}

    def shown(partner: partners.NationalPartner) -> dict[str, str]:
        values = {name: str(getattr(partner, name) or "") for name in partners.FIELDS}
        values["contact_phone"] = (
            display_phone(partner.contact_phone) if partner.contact_phone else ""
        )
        return values

    def found(session: Session, partner_id: str) -> partners.NationalPartner | None:
        return next((p for p in partners.national_partners(session) if p.id == partner_id), None)

    def refused(visit: Visit, session: Session, code: str) -> None:
        session.rollback()
        visit.notices.append(("error", visit.t(code)))

    @router.get("/partners")
    def partner_list(
        request: Request, visit: Visit = visit_of, session: Session = session_of
    ) -> Response:
        if (denied := gate(request, visit, Role.NATIONAL_ADMIN)) is not None:
            return denied
        if request.query_params.get("notice") in ("partner_saved", "partner_closed"):
            visit.notices.append(("ok", visit.t(request.query_params["notice"])))
        return page(request, visit, session)

    @router.post("/partners")
    def partner_add(
        request: Request,
        visit: Visit = visit_of,
        form: dict[str, Any] = form_of,
        session: Session = session_of,
    ) -> Response:
        if (denied := gate(request, visit, Role.NATIONAL_ADMIN)) is not None:
            return denied
        entered = typed(form)
        now = datetime.now(zone)
        try:
            record = partners.save(session, None, partners.cleaned(session, entered), now)
        except partners.PartnerRefused as refusal:
            refused(visit, session, refusal.code)
            return page(request, visit, session, 422, entered)
        audit.record(
            session, session.merge(visit.account), "partner_added", now,
            target=record.id, kind=record.fields["kind"],
        )  # fmt: skip
        session.commit()
        return redirect(BASE, "partner_saved")

    @router.get("/partners/{partner_id}")
    def partner_page(
        request: Request, partner_id: str, visit: Visit = visit_of, session: Session = session_of
    ) -> Response:
        if (denied := gate(request, visit, Role.NATIONAL_ADMIN)) is not None:
            return denied
        partner = found(session, partner_id)
        if partner is None:
            return redirect(BASE)
        return page(request, visit, session, partner=partner, entered=shown(partner))

    @router.post("/partners/{partner_id}")
    def partner_edit(
        request: Request,
        partner_id: str,
        visit: Visit = visit_of,
        form: dict[str, Any] = form_of,
        session: Session = session_of,
    ) -> Response:
        if (denied := gate(request, visit, Role.NATIONAL_ADMIN)) is not None:
            return denied
        partner = found(session, partner_id)
        if partner is None:
            return redirect(BASE)
        entered = typed(form)
        now = datetime.now(zone)
        try:
            partners.save(session, partner.id, partners.cleaned(session, entered), now)
        except partners.PartnerRefused as refusal:
            refused(visit, session, refusal.code)
            return page(request, visit, session, 422, entered, partner)
        audit.record(
            session, session.merge(visit.account), "partner_changed", now, target=partner.id
        )
        session.commit()
        return redirect(BASE, "partner_saved")

    @router.post("/partners/{partner_id}/close")
    def partner_close(
        request: Request,
        partner_id: str,
        visit: Visit = visit_of,
        form: dict[str, Any] = form_of,
        session: Session = session_of,
    ) -> Response:
        if (denied := gate(request, visit, Role.NATIONAL_ADMIN)) is not None:
            return denied
        partner = found(session, partner_id)
        if partner is None:
            return redirect(BASE)
        text = str(form.get("closed_on", "")).strip()[:10]
        now = datetime.now(zone)
        try:
            closed_on = date.fromisoformat(text) if text else None
            partners.close(session, partner.id, closed_on, today(), now)
        except ValueError as refusal:  # PartnerRefused, or an unreadable date
            code = refusal.code if isinstance(refusal, partners.PartnerRefused) else ""
            refused(visit, session, code or "reference_date_invalid")
            return page(request, visit, session, 422, shown(partner), partner)
        audit.record(
            session, session.merge(visit.account), "partner_closed", now, target=partner.id,
            closed_on=closed_on.isoformat() if closed_on else "",
        )  # fmt: skip
        session.commit()
        return redirect(BASE, "partner_closed")
