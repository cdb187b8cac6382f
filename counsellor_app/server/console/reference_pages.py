"""The console's reference data pages: one form per kind (dated rules, internships, activity
categories), for the national administrator only. Each lists every key with the value in
force today, the values to come and the earlier ones, and adds a new dated value (from a
later day than today: the past is never rewritten). Values are typed in the unit a person
reads (dirhams, percent) and stored as the PCs' rules read them (centimes, basis points).

``add_reference_pages`` is called by ``routes.console_router`` with its helpers, so these
pages decide who may see them exactly as the others do (the session's account row).
"""

# No "from __future__ import annotations": FastAPI reads the endpoints' annotations at run time.
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, get_args
from zoneinfo import ZoneInfo

from babel.dates import format_date
from babel.numbers import format_decimal
from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from counsellor_app.core.languages import locale_of
from counsellor_app.core.parameters import BOUNDS, REGION_CODES
from counsellor_app.server import reference
from counsellor_app.server.console import audit
from counsellor_app.server.console.accounts import Role

if TYPE_CHECKING:
    from counsellor_app.server.console.routes import Visit
else:
    Visit = Any  # FastAPI reads the annotation: a Visit comes from its Depends

CITIES = "cities"
TABS = (*reference.GROUPS, CITIES)
NUMBER = re.compile(r"[0-9]{1,13}(\.[0-9]{1,2})?")


def unit_of(key: str) -> tuple[str, int]:
    """(unit word, how many stored units make one typed unit)."""
    for suffix, unit in (
        ("_centimes", ("mad", 100)),
        ("_bp", ("percent", 100)),
        ("_pct", ("percent", 1)),
        ("_days", ("days", 1)),
        ("_months", ("months", 1)),
        ("_years", ("years", 1)),
        ("_kib", ("kib", 1)),
    ):
        if key.endswith(suffix):
            return unit
    return ("flag", 1)


def typed_value(key: str, text: str) -> int | None:
    """The stored value of what was typed (``1 600,50`` MAD → 160050), None if unreadable."""
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", text)[:40].replace(",", ".")
    if not NUMBER.fullmatch(cleaned):
        return None
    try:
        stored = Decimal(cleaned) * unit_of(key)[1]
    except InvalidOperation:
        return None
    return int(stored) if stored == stored.to_integral_value() else None


def shown(key: str, value: int, language: str) -> str:
    scale = unit_of(key)[1]
    return str(format_decimal(Decimal(value) / scale, locale=locale_of(language)))


def add_reference_pages(
    router: APIRouter,
    visit_dep: Any,
    form_dep: Any,
    session_dep: Any,
    gate: Callable[..., Response | None],
    render: Callable[..., Response],
    redirect: Callable[..., Response],
    zone: ZoneInfo,
) -> None:
    # The Depends of routes' Annotated types, as defaults: the same session, visit and form.
    visit_of, form_of, session_of = (get_args(d)[1] for d in (visit_dep, form_dep, session_dep))

    def today() -> date:
        return datetime.now(zone).date()

    def page(
        request: Request, visit: Visit, session: Session, group: str, status: int = 200,
        entered: dict[str, str] | None = None,
    ) -> Response:  # fmt: skip
        day = today()
        language = visit.language
        return render(
            request, visit, "reference.html", status,
            group=group, groups=TABS,
            rows=reference.key_rows(session, reference.GROUPS[group], day),
            show=lambda key, value: (
                visit.t("flag_yes" if value else "flag_no")
                if unit_of(key)[0] == "flag"
                else shown(key, value, language)
            ),
            unit=lambda key: "" if unit_of(key)[0] == "flag" else visit.t("unit_" + unit_of(key)[0]),
            hint=lambda key: visit.t("unit_" + unit_of(key)[0]),
            day=lambda d: format_date(d, "long", locale=locale_of(language)),
            tomorrow=(day + timedelta(days=1)).isoformat(),
            entered=entered or {},
        )  # fmt: skip

    def cities_page(
        request: Request, visit: Visit, session: Session, status: int = 200,
        entered: dict[str, str] | None = None,
    ) -> Response:  # fmt: skip
        language = visit.language
        return render(
            request, visit, "reference_cities.html", status,
            group=CITIES, groups=TABS, cities=reference.central_cities(session),
            regions=REGION_CODES,
            day=lambda d: format_date(d, "long", locale=locale_of(language)),
            tomorrow=(today() + timedelta(days=1)).isoformat(), entered=entered or {},
        )  # fmt: skip

    def add_city(
        request: Request, visit: Visit, form: dict[str, Any], session: Session
    ) -> Response:
        entered = {
            name: str(form.get(name, "")).strip()[:200]
            for name in ("city_id", "region", "name_fr", "name_ar", "name_en", "valid_from")
        }
        try:
            valid_from = date.fromisoformat(entered["valid_from"][:10])
        except ValueError:
            problem: str | None = "reference_date_invalid"
        else:
            now = datetime.now(zone)
            names = (entered["name_fr"], entered["name_ar"], entered["name_en"])
            try:
                reference.add_city(
                    session, entered["city_id"], entered["region"], names, valid_from, today(), now
                )
            except reference.ReferenceRefused as refused:
                problem = refused.code
                session.rollback()
            else:
                audit.record(
                    session, session.merge(visit.account), "reference_city_added", now,
                    target=entered["city_id"], region=entered["region"],
                    valid_from=valid_from.isoformat(),
                )  # fmt: skip
                session.commit()
                return redirect(f"/console/reference/{CITIES}", "reference_city_saved")
        visit.notices.append(("error", visit.t(problem or "reference_city_id")))
        return cities_page(request, visit, session, 422, entered)

    def change_city(
        request: Request, visit: Visit, form: dict[str, Any], session: Session
    ) -> Response:
        """Rename (``change`` rename, the three names) or retire a city from a date."""
        entered = {
            name: str(form.get(name, "")).strip()[:200]
            for name in ("city", "change", "new_fr", "new_ar", "new_en", "change_from")
        }
        retire = entered["change"] == "retire"
        try:
            valid_from = date.fromisoformat(entered["change_from"][:10])
        except ValueError:
            problem: str | None = "reference_date_invalid"
        else:
            now = datetime.now(zone)
            names = None if retire else (entered["new_fr"], entered["new_ar"], entered["new_en"])
            try:
                reference.change_city(
                    session, entered["city"][:40], names, valid_from, today(), now
                )
            except reference.ReferenceRefused as refused:
                problem = refused.code
                session.rollback()
            else:
                action = "reference_city_retired" if retire else "reference_city_renamed"
                audit.record(
                    session, session.merge(visit.account), action, now,
                    target=entered["city"][:40], valid_from=valid_from.isoformat(),
                )  # fmt: skip
                session.commit()
                return redirect(f"/console/reference/{CITIES}", "reference_city_changed")
        visit.notices.append(("error", visit.t(problem or "reference_city_unknown")))
        return cities_page(request, visit, session, 422, entered)

    @router.post("/reference/cities/change")
    def change_city_route(
        request: Request,
        visit: Visit = visit_of,
        form: dict[str, Any] = form_of,
        session: Session = session_of,
    ) -> Response:
        if (denied := gate(request, visit, Role.NATIONAL_ADMIN)) is not None:
            return denied
        return change_city(request, visit, form, session)

    @router.get("/reference")
    def reference_home(request: Request, visit: Visit = visit_of) -> Response:
        if (denied := gate(request, visit, Role.NATIONAL_ADMIN)) is not None:
            return denied
        return redirect("/console/reference/rules")

    @router.get("/reference/{group}")
    def reference_group(
        request: Request, group: str, visit: Visit = visit_of, session: Session = session_of
    ) -> Response:
        if (denied := gate(request, visit, Role.NATIONAL_ADMIN)) is not None:
            return denied
        if group == CITIES:
            notice = request.query_params.get("notice")
            if notice in ("reference_city_saved", "reference_city_changed"):
                visit.notices.append(("ok", visit.t(notice)))
            return cities_page(request, visit, session)
        if group not in reference.GROUPS:
            return redirect("/console/reference/rules")
        if request.query_params.get("notice") == "reference_saved":
            visit.notices.append(("ok", visit.t("reference_saved")))
        return page(request, visit, session, group)

    @router.post("/reference/{group}")
    def add_value(
        request: Request,
        group: str,
        visit: Visit = visit_of,
        form: dict[str, Any] = form_of,
        session: Session = session_of,
    ) -> Response:
        if (denied := gate(request, visit, Role.NATIONAL_ADMIN)) is not None:
            return denied
        if group == CITIES:
            return add_city(request, visit, form, session)
        if group not in reference.GROUPS:
            return redirect("/console/reference/rules")
        key = str(form.get("key", ""))[:64]
        text = str(form.get("value", ""))[:40]
        when = str(form.get("valid_from", ""))[:10]
        entered = {"key": key, "value": text, "valid_from": when}
        problem, params = None, {}
        value = typed_value(key, text)
        try:
            valid_from = date.fromisoformat(when)
        except ValueError:
            valid_from = None
        if key not in reference.GROUPS[group]:
            problem = "reference_unknown_key"
        elif value is None:
            problem = "reference_value_invalid"
        elif valid_from is None:
            problem = "reference_date_invalid"
        else:
            now = datetime.now(zone)
            try:
                reference.add_value(session, key, value, valid_from, today(), now)
            except reference.ReferenceRefused as refused:
                problem = refused.code
                session.rollback()
            else:
                audit.record(
                    session, session.merge(visit.account), "reference_value_added", now,
                    target=key, value=value, valid_from=valid_from.isoformat(),
                )  # fmt: skip
                session.commit()
                return redirect(f"/console/reference/{group}", "reference_saved")
        if problem == "reference_out_of_bounds" and key in BOUNDS:
            low, high = BOUNDS[key]
            params = {
                "low": shown(key, low, visit.language),
                "high": shown(key, high, visit.language),
            }
        visit.notices.append(("error", visit.t(problem, **params)))
        return page(request, visit, session, group, 422, entered)
