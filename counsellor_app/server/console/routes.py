"""The console's pages under ``/console``: server-rendered (Jinja2), one APIRouter mounted by
``create_app``. Every POST goes through ``checked_form``: no token, no work. Every page
decides from the session's account row (role, agency), never from what the browser sends.
"""

# No "from __future__ import annotations": FastAPI reads the endpoints' annotations at run time.
import csv
import io
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from babel.dates import format_datetime
from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from counsellor_app import __version__
from counsellor_app.core import bundle
from counsellor_app.core.languages import DEFAULT_LANGUAGE, LANGUAGES, locale_of
from counsellor_app.protocol.wire import OpStatus
from counsellor_app.server import admin, releases
from counsellor_app.server.config import ServerSettings
from counsellor_app.server.console import (
    accounts,
    audit,
    duplicate_pages,
    duplicate_words,
    overview,
    programme_access,
)
from counsellor_app.server.console.accounts import AccountRefused, Outcome, Role
from counsellor_app.server.console.catalogue import LANGUAGE_NAMES, translate
from counsellor_app.server.console.forms import BadForm, parse_multipart, parse_urlencoded
from counsellor_app.server.console.models import (
    AgencyProfile,
    ConsoleAccount,
    ConsoleAudit,
    ConsoleSession,
    ReleaseSetting,
)
from counsellor_app.server.models import Agency, Device
from counsellor_app.server.perimeter import (
    CONSOLE_BUNDLE,
    CONSOLE_RELEASE,
    MAX_BUNDLE_BODY,
    version_tuple,
)

PREFIX = "/console"
SESSION_COOKIE = "counsellor_console"
ANON_CSRF_COOKIE = "counsellor_console_csrf"
LANGUAGE_COOKIE = "counsellor_console_lang"
HERE = Path(__file__).parent
STATIC = {"console.css": "text/css; charset=utf-8"}
ZONE = ZoneInfo("Africa/Casablanca")
AGENCY_CODE = re.compile(r"[A-Z0-9]{2,8}")
VERSION = re.compile(r"[0-9]{1,6}(\.[0-9]{1,6}){0,3}")
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; frame-ancestors 'none'; form-action 'self'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
NOTICES = frozenset(
    {"signed_out", "session_expired", "agency_saved", "pc_revoked", "account_created",
     "account_unlocked", "password_changed", "totp_enabled", "release_saved", "release_uploaded",
     "programmes_saved"}
) | duplicate_words.NOTICES | duplicate_words.ERROR_NOTICES  # fmt: skip
MENUS = {
    Role.NATIONAL_ADMIN: (
        ("/console/agencies", "agencies"),
        ("/console/indicators", "indicators"),
        ("/console/operations", "operations"),
        ("/console/duplicates", "duplicates"),
        ("/console/accounts", "accounts"),
        ("/console/release", "release"),
        ("/console/reference", "reference"),
        ("/console/partners", "partners"),
        ("/console/audit", "audit"),
        ("/console/account", "my_account"),
    ),
    Role.PROGRAMME_MANAGER: (
        ("/console/agencies", "agencies"),
        ("/console/indicators", "indicators"),
        ("/console/account", "my_account"),
    ),
    Role.AGENCY_SUPERVISOR: (
        ("/console/agencies", "agencies"),
        ("/console/indicators", "indicators"),
        ("/console/duplicates", "duplicates"),
        ("/console/account", "my_account"),
    ),
    Role.AUDITOR: (("/console/audit", "audit"), ("/console/account", "my_account")),
}


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Visit:
    """Who is asking, as the server's rows say."""

    token: str
    record: ConsoleSession | None
    account: ConsoleAccount | None
    language: str
    anon_csrf: str
    agency_code: str | None = None  # an agency supervisor's agency
    notices: list[tuple[str, str]] = field(default_factory=list)

    @property
    def signed_in(self) -> bool:
        return self.account is not None and self.record is not None and not self.record.pending_totp

    @property
    def csrf(self) -> str:
        return self.record.csrf_token if self.record is not None else self.anon_csrf

    def role(self) -> str:
        return self.account.role if self.account is not None else ""

    def t(self, key: str, **params: object) -> str:
        return translate(self.language, key, **params)


def console_router(factory: sessionmaker[Session], settings: ServerSettings) -> APIRouter:
    router = APIRouter(prefix=PREFIX, include_in_schema=False)
    templates = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(["html"]),
        auto_reload=False,
    )

    def session_scope() -> Iterator[Session]:
        with factory() as session:
            yield session

    SessionDep = Annotated[Session, Depends(session_scope)]

    def visit_of(request: Request, session: SessionDep) -> Visit:
        token = request.cookies.get(SESSION_COOKIE, "")[:100]
        found = accounts.find_session(session, token, _now()) if token else None
        record, account = found if found else (None, None)
        expired = bool(token) and found is None
        session.commit()  # the idle clock restarted, or an expired session removed
        anon = request.cookies.get(ANON_CSRF_COOKIE, "")[:64]
        if not re.fullmatch(r"[A-Za-z0-9_-]{43}", anon):
            anon = secrets.token_urlsafe(32)
        chosen = request.cookies.get(LANGUAGE_COOKIE, "")
        language = (
            account.language
            if account is not None
            else (chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE)
        )
        visit = Visit(token, record, account, language, anon)
        if account is not None and account.agency_id:
            visit.agency_code = session.scalar(
                select(Agency.code).where(Agency.id == account.agency_id)
            )
        notice = request.query_params.get("notice", "")
        if notice in NOTICES:
            kind = "error" if notice in duplicate_words.ERROR_NOTICES else "ok"
            visit.notices.append((kind, visit.t(notice)))
        if expired:
            visit.notices.append(("error", visit.t("session_expired")))
        return visit

    VisitDep = Annotated[Visit, Depends(visit_of)]

    async def checked_form(request: Request, visit: VisitDep) -> dict[str, Any]:
        """The form's fields (and files, under ``_files``), once its CSRF token matched the
        session's (or, before sign-in, the browser's own cookie). Anything else: refused.

        The two uploads of up to 200 MB (a bundle, a release) are read only for a national
        administrator's session: the perimeter leaves them unread, so that nobody else can
        make the server hold one."""
        if request.url.path in (CONSOLE_BUNDLE, CONSOLE_RELEASE):
            if visit.role() != Role.NATIONAL_ADMIN:
                raise Refusal(403, "forbidden")
            chunks, size = [], 0
            async for piece in request.stream():
                size += len(piece)
                if size > MAX_BUNDLE_BODY:
                    raise Refusal(413, "form_too_large")
                chunks.append(piece)
            body = b"".join(chunks)
        else:
            body = await request.body()
        content_type = request.headers.get("content-type", "")
        try:
            if content_type.startswith("multipart/form-data"):
                fields, files = parse_multipart(content_type, body)
                form: dict[str, Any] = {**fields, "_files": files}
            elif content_type.startswith("application/x-www-form-urlencoded"):
                form = parse_urlencoded(body)
            else:
                raise BadForm("content_type")
        except BadForm:
            raise Refusal(400, "bad_form") from None
        if not accounts.csrf_matches(visit.csrf, str(form.get("csrf", ""))):
            raise Refusal(403, "csrf_refused")
        return form

    FormDep = Annotated[dict[str, Any], Depends(checked_form)]

    # -- answers ---------------------------------------------------------------------------
    def when(moment: datetime | None, language: str) -> str:
        if moment is None:
            return translate(language, "never")
        moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        return format_datetime(moment, "medium", tzinfo=ZONE, locale=locale_of(language))

    def render(
        request: Request, visit: Visit, name: str, status: int = 200, **context: Any
    ) -> HTMLResponse:
        account = visit.account if visit.signed_in or name == "totp.html" else None
        menu = MENUS.get(Role(account.role), ()) if account is not None and visit.signed_in else ()
        html = templates.get_template(name).render(
            t=visit.t,
            lang=visit.language,
            languages=LANGUAGE_NAMES,
            account=account,
            pending=not visit.signed_in,
            csrf=visit.csrf,
            menu=menu,
            here=request.url.path,
            notices=visit.notices,
            when=lambda moment: when(moment, visit.language),
            **context,
        )
        response = HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)
        if visit.record is None:
            _cookie(request, response, ANON_CSRF_COOKIE, visit.anon_csrf)
        return response

    def redirect(target: str, notice: str = "") -> Response:
        location = f"{target}?notice={notice}" if notice else target
        return RedirectResponse(location, status_code=303, headers=SECURITY_HEADERS)

    def message(request: Request, visit: Visit, status: int, heading: str, text: str) -> Response:
        link = _home(visit) if visit.signed_in else "/console/sign-in"
        return render(
            request, visit, "message.html", status, heading=heading, message=text, link=link
        )

    def gate(request: Request, visit: Visit, *roles: Role) -> Response | None:
        """None when the visitor may go on; else where to go instead."""
        if not visit.signed_in:
            return redirect("/console/sign-in")
        if roles and visit.role() not in roles:
            return message(request, visit, 403, visit.t("forbidden_heading"), visit.t("forbidden"))
        return None

    def not_found(request: Request, visit: Visit) -> Response:
        return message(request, visit, 404, visit.t("not_found_heading"), visit.t("not_found"))

    def signed(request: Request, response: Response, token: str) -> Response:
        _cookie(request, response, SESSION_COOKIE, token)
        return response

    # -- static and entry ------------------------------------------------------------------
    @router.get("/static/{name}")
    def static(name: str) -> Response:
        if name not in STATIC:
            return Response(status_code=404)
        return Response(
            (HERE / "static" / name).read_bytes(),
            media_type=STATIC[name],
            headers={"Cache-Control": "max-age=3600", "X-Content-Type-Options": "nosniff"},
        )

    @router.get("")
    @router.get("/")
    def home(visit: VisitDep) -> Response:
        return redirect(_home(visit) if visit.signed_in else "/console/sign-in")

    # -- sign-in ---------------------------------------------------------------------------
    @router.get("/sign-in")
    def sign_in_page(request: Request, visit: VisitDep) -> Response:
        if visit.signed_in:
            return redirect(_home(visit))
        return render(request, visit, "sign_in.html", username="")

    @router.post("/sign-in")
    def sign_in(request: Request, visit: VisitDep, form: FormDep, session: SessionDep) -> Response:
        username = str(form.get("username", ""))[: accounts.USERNAME_MAX]
        password = str(form.get("password", ""))[:1024]
        now = _now()
        if visit.token:  # signing in again: the browser's previous session ends here
            accounts.end_session(session, visit.token)
        accounts.purge_expired(session, now)
        result = accounts.sign_in(session, username, password, now)
        if result.outcome is Outcome.SIGNED_IN:
            audit.record(session, result.account, "sign_in", now)
        elif result.outcome is Outcome.TOTP_NEEDED:
            audit.record(session, result.account, "password_accepted", now)
        elif result.outcome is Outcome.LOCKED:
            audit.record(session, result.account, "sign_in_locked", now)
        else:
            audit.record(session, result.account, "sign_in_refused", now, username=username)
        session.commit()
        if result.outcome is Outcome.SIGNED_IN and result.account is not None:
            home = _home_of(session, result.account)
            return signed(request, redirect(home), result.token)
        if result.outcome is Outcome.TOTP_NEEDED:
            return signed(request, redirect("/console/totp"), result.token)
        if result.outcome is Outcome.LOCKED:
            text = visit.t("locked_until", until=when(result.locked_until, visit.language))
            visit.notices.append(("error", text))
            return render(request, visit, "sign_in.html", 429, username=username)
        visit.notices.append(("error", visit.t("wrong_credentials")))
        return render(request, visit, "sign_in.html", 401, username=username)

    @router.get("/totp")
    def totp_page(request: Request, visit: VisitDep) -> Response:
        if visit.record is None or not visit.record.pending_totp:
            return redirect("/console/sign-in")
        return render(request, visit, "totp.html")

    @router.post("/totp")
    def totp(request: Request, visit: VisitDep, form: FormDep, session: SessionDep) -> Response:
        record, account = visit.record, visit.account
        if record is None or account is None or not record.pending_totp:
            return redirect("/console/sign-in")
        now = _now()
        record = session.merge(record)
        account = session.merge(account)
        result = accounts.second_factor(session, record, account, str(form.get("code", "")), now)
        action = {
            Outcome.SIGNED_IN: "sign_in",
            Outcome.LOCKED: "sign_in_locked",
            Outcome.REFUSED: "totp_refused",
        }[result.outcome]
        audit.record(session, account, action, now, factor="totp")
        session.commit()
        if result.outcome is Outcome.SIGNED_IN:
            return signed(request, redirect(_home_of(session, account)), result.token)
        if result.outcome is Outcome.LOCKED:
            visit.record, visit.account = None, None
            text = visit.t("locked_until", until=when(result.locked_until, visit.language))
            visit.notices.append(("error", text))
            response = render(request, visit, "sign_in.html", 429, username=account.username)
            response.delete_cookie(SESSION_COOKIE, path=PREFIX)
            return response
        visit.notices.append(("error", visit.t("totp_wrong")))
        return render(request, visit, "totp.html", 401)

    @router.post("/sign-out")
    def sign_out(visit: VisitDep, form: FormDep, session: SessionDep) -> Response:
        if visit.account is not None:
            audit.record(session, session.merge(visit.account), "sign_out", _now())
        accounts.end_session(session, visit.token)
        session.commit()
        response = redirect("/console/sign-in", "signed_out")
        response.delete_cookie(SESSION_COOKIE, path=PREFIX)
        return response

    @router.post("/language")
    def language(request: Request, visit: VisitDep, form: FormDep, session: SessionDep) -> Response:
        chosen = str(form.get("lang", ""))
        back = str(form.get("back", ""))
        if not re.fullmatch(r"/console(/[A-Za-z0-9_./-]*)?", back) or "//" in back:
            back = "/console/"
        if chosen not in LANGUAGES:
            return redirect(back)
        response = redirect(back)
        if visit.signed_in and visit.account is not None:
            session.merge(visit.account).language = chosen
            session.commit()
        _cookie(request, response, LANGUAGE_COOKIE, chosen)
        return response

    # -- own account -----------------------------------------------------------------------
    @router.get("/account")
    def account_page(request: Request, visit: VisitDep) -> Response:
        if (denied := gate(request, visit)) is not None:
            return denied
        assert visit.account is not None
        secret = accounts.new_totp_secret()
        return render(
            request,
            visit,
            "account.html",
            new_secret=secret,
            new_uri=accounts.totp_uri(secret, visit.account.username),
        )

    @router.post("/account/password")
    def change_password(
        request: Request, visit: VisitDep, form: FormDep, session: SessionDep
    ) -> Response:
        if (denied := gate(request, visit)) is not None:
            return denied
        assert visit.account is not None
        account = session.merge(visit.account)
        try:
            accounts.change_password(
                account, str(form.get("current", "")), str(form.get("new", ""))
            )
        except AccountRefused as refused:
            session.rollback()
            return _with_problems(request, visit, refused, "account.html", account_page)
        audit.record(session, account, "password_changed", _now())
        session.commit()
        return redirect("/console/account", "password_changed")

    @router.post("/account/totp")
    def enable_totp(
        request: Request, visit: VisitDep, form: FormDep, session: SessionDep
    ) -> Response:
        if (denied := gate(request, visit)) is not None:
            return denied
        assert visit.account is not None
        account = session.merge(visit.account)
        secret, code = str(form.get("secret", "")), str(form.get("code", ""))
        if account.totp_secret or not accounts.enable_totp(account, secret, code, _now()):
            visit.notices.append(("error", visit.t("totp_setup_wrong")))
            return account_page(request, visit)
        audit.record(session, account, "totp_enabled", _now())
        session.commit()
        return redirect("/console/account", "totp_enabled")

    def _with_problems(
        request: Request, visit: Visit, refused: AccountRefused, _name: str, page: Any
    ) -> Response:
        for problem in refused.problems:
            visit.notices.append(("error", visit.t(problem.code, **dict(problem.params or {}))))
        response: Response = page(request, visit)
        response.status_code = 422
        return response

    # -- accounts (national administrator) -------------------------------------------------
    def accounts_page(
        request: Request, visit: Visit, session: Session, form: dict[str, Any] | None = None
    ) -> Response:
        codes = dict(session.execute(select(Agency.id, Agency.code).order_by(Agency.code)).all())
        listed = session.scalars(select(ConsoleAccount).order_by(ConsoleAccount.username)).all()
        now = _now()
        return render(
            request,
            visit,
            "accounts.html",
            accounts=listed,
            agency_codes=codes,
            roles=[role.value for role in Role],
            form=form or {},
            is_locked=lambda item: (accounts.aware(item.locked_until) or now) > now,
            programmes=programme_access.programmes(session),
            assigned=lambda item: programme_access.assigned(session, item),
        )

    @router.get("/accounts")
    def accounts_list(request: Request, visit: VisitDep, session: SessionDep) -> Response:
        if (denied := gate(request, visit, Role.NATIONAL_ADMIN)) is not None:
            return denied
        return accounts_page(request, visit, session)

    @router.post("/accounts")
    def create_account(
        request: Request, visit: VisitDep, form: FormDep, session: SessionDep
    ) -> Response:
        if (denied := gate(request, visit, Role.NATIONAL_ADMIN)) is not None:
            return denied
        code = str(form.get("agency", "")).upper()
        agency_id = session.scalar(select(Agency.id).where(Agency.code == code)) if code else None
        now = _now()
        try:
            created = accounts.create_account(
                session,
                str(form.get("username", "")),
                str(form.get("display_name", "")),
                str(form.get("role", "")),
                str(form.get("password", "")),
                now,
                agency_id=agency_id,
                language=visit.language,
            )
        except AccountRefused as refused:
            session.rollback()
            for problem in refused.problems:
                visit.notices.append(("error", visit.t(problem.code, **dict(problem.params or {}))))
            kept = {
                k: v for k, v in form.items() if k in ("username", "display_name", "role", "agency")
            }
            response = accounts_page(request, visit, session, kept)
            response.status_code = 422
            return response
        audit.record(
            session, session.merge(visit.account), "account_created", now,
            target=created.username, role=created.role, agency=code,
        )  # fmt: skip
        session.commit()
        return redirect("/console/accounts", "account_created")

    @router.post("/accounts/{account_id}/unlock")
    def unlock(
        request: Request, account_id: str, visit: VisitDep, form: FormDep, session: SessionDep
    ) -> Response:
        if (denied := gate(request, visit, Role.NATIONAL_ADMIN)) is not None:
            return denied
        target = session.get(ConsoleAccount, account_id[:36])
        if target is None:
            return not_found(request, visit)
        target.failed_attempts, target.locked_until = 0, None
        audit.record(
            session,
            session.merge(visit.account),
            "account_unlocked",
            _now(),
            target=target.username,
        )
        session.commit()
        return redirect("/console/accounts", "account_unlocked")

    # -- agencies and PCs ------------------------------------------------------------------
    @router.get("/agencies")
    def agencies(request: Request, visit: VisitDep, session: SessionDep) -> Response:
        if (denied := gate(request, visit)) is not None:
            return denied
        if visit.role() == Role.AGENCY_SUPERVISOR:
            return redirect(_home(visit))
        if (
            denied := gate(request, visit, Role.NATIONAL_ADMIN, Role.PROGRAMME_MANAGER)
        ) is not None:
            return denied
        return render(
            request,
            visit,
            "agencies.html",
            rows=overview.agency_rows(session),
            can_edit=visit.role() == Role.NATIONAL_ADMIN,
            kinds=overview.AGENCY_KINDS,
        )

    def visible_agency(visit: Visit, session: Session, code: str) -> Agency | bool | None:
        """The agency, None when unknown, False when the visitor's role does not reach it."""
        agency = session.scalar(select(Agency).where(Agency.code == code.upper()[:8]))
        if visit.role() == Role.AGENCY_SUPERVISOR:
            assert visit.account is not None
            if agency is None or agency.id != visit.account.agency_id:
                return False  # an unknown code answers as a foreign one: nothing to learn
        elif visit.role() not in (Role.NATIONAL_ADMIN, Role.PROGRAMME_MANAGER):
            return False
        return agency

    def can_manage(visit: Visit, agency: Agency) -> bool:
        if visit.role() == Role.NATIONAL_ADMIN:
            return True
        return (
            visit.role() == Role.AGENCY_SUPERVISOR
            and visit.account is not None
            and visit.account.agency_id == agency.id
        )

    @router.get("/agencies/{code}")
    def agency_page(request: Request, code: str, visit: VisitDep, session: SessionDep) -> Response:
        if (denied := gate(request, visit)) is not None:
            return denied
        agency = visible_agency(visit, session, code)
        if agency is False:
            return message(request, visit, 403, visit.t("forbidden_heading"), visit.t("forbidden"))
        if not isinstance(agency, Agency):
            return not_found(request, visit)
        release = overview.release(session)
        minimum = version_tuple(release.min_version if release else settings.min_client_version)
        return render(
            request,
            visit,
            "agency.html",
            row=overview.agency_rows(session, agency.id)[0],
            pcs=overview.pc_rows(session, agency.id),
            can_manage=can_manage(visit, agency),
            can_edit=visit.role() == Role.NATIONAL_ADMIN,
            kinds=overview.AGENCY_KINDS,
            outdated=lambda version: bool(version) and version_tuple(version) < minimum,
        )

    @router.post("/agencies")
    def save_agency(
        request: Request, visit: VisitDep, form: FormDep, session: SessionDep
    ) -> Response:
        if (denied := gate(request, visit, Role.NATIONAL_ADMIN)) is not None:
            return denied
        code = str(form.get("code", "")).strip().upper()
        name_fr = str(form.get("name_fr", "")).strip()[:200]
        kind = str(form.get("kind", ""))
        problems = []
        if not AGENCY_CODE.fullmatch(code):
            problems.append("agency_code_invalid")
        if not name_fr:
            problems.append("name_required")
        if kind not in overview.AGENCY_KINDS:
            problems.append("agency_kind_invalid")
        if problems:
            visit.notices.extend(("error", visit.t(p)) for p in problems)
            response = agencies(request, visit, session)
            response.status_code = 422
            return response
        now = _now()
        agency = admin.ensure_agency(session, code, name_fr, now)
        agency.name = name_fr
        profile = session.get(AgencyProfile, agency.id) or AgencyProfile(agency_id=agency.id)
        profile.name_fr = name_fr
        profile.name_ar = str(form.get("name_ar", "")).strip()[:200]
        profile.name_en = str(form.get("name_en", "")).strip()[:200]
        profile.region = str(form.get("region", "")).strip()[:80]
        profile.city = str(form.get("city", "")).strip()[:80]
        profile.kind = kind
        session.add(profile)
        audit.record(session, session.merge(visit.account), "agency_saved", now, target=code)
        session.commit()
        return redirect(f"/console/agencies/{code}", "agency_saved")

    @router.post("/agencies/{code}/enrolment-code")
    def enrolment_code(
        request: Request, code: str, visit: VisitDep, form: FormDep, session: SessionDep
    ) -> Response:
        if (denied := gate(request, visit)) is not None:
            return denied
        agency = visible_agency(visit, session, code)
        if agency is False or (isinstance(agency, Agency) and not can_manage(visit, agency)):
            return message(request, visit, 403, visit.t("forbidden_heading"), visit.t("forbidden"))
        if not isinstance(agency, Agency):
            return not_found(request, visit)
        now = _now()
        raw = admin.create_enrolment_code(
            session, agency.code, agency.name, settings.enrolment_code_hours, now
        )
        audit.record(
            session, session.merge(visit.account), "enrolment_code", now, target=agency.code
        )
        session.commit()
        return render(request, visit, "code_shown.html", code=raw, agency_code=agency.code)

    @router.post("/devices/{device_id}/revoke")
    def revoke(
        request: Request, device_id: str, visit: VisitDep, form: FormDep, session: SessionDep
    ) -> Response:
        if (denied := gate(request, visit)) is not None:
            return denied
        device = session.get(Device, device_id[:36])
        agency = session.get(Agency, device.agency_id) if device is not None else None
        if device is None or agency is None:
            return not_found(request, visit)
        if not can_manage(visit, agency):
            return message(request, visit, 403, visit.t("forbidden_heading"), visit.t("forbidden"))
        now = _now()
        admin.revoke_device(session, device.id, now)
        audit.record(
            session,
            session.merge(visit.account),
            "revoke_device",
            now,
            target=device.id,
            agency=agency.code,
        )
        session.commit()
        return redirect(f"/console/agencies/{agency.code}", "pc_revoked")

    # -- release ---------------------------------------------------------------------------
    @router.get("/release")
    def release_page(request: Request, visit: VisitDep, session: SessionDep) -> Response:
        if (denied := gate(request, visit, Role.NATIONAL_ADMIN)) is not None:
            return denied
        return render(
            request,
            visit,
            "release.html",
            release=overview.release(session),
            settings_min=settings.min_client_version,
            server_version=__version__,
            offered=releases.offered_manifest(settings),
        )

    @router.post("/release")
    def save_release(
        request: Request, visit: VisitDep, form: FormDep, session: SessionDep
    ) -> Response:
        if (denied := gate(request, visit, Role.NATIONAL_ADMIN)) is not None:
            return denied
        minimum = str(form.get("min_version", "")).strip()
        current = str(form.get("current_version", "")).strip()
        url = str(form.get("download_url", "")).strip()
        problems = []
        if not (
            VERSION.fullmatch(minimum)
            and VERSION.fullmatch(current)
            and version_tuple(minimum) <= version_tuple(current)
        ):
            problems.append("version_invalid")
        if url and (
            not url.startswith("https://") or len(url) > 500 or any(c.isspace() for c in url)
        ):
            problems.append("url_invalid")
        if problems:
            visit.notices.extend(("error", visit.t(p)) for p in problems)
            response = release_page(request, visit, session)
            response.status_code = 422
            return response
        now = _now()
        setting = session.get(ReleaseSetting, 1) or ReleaseSetting(id=1)
        setting.min_version, setting.current_version = minimum, current
        setting.download_url, setting.updated_at = url, now
        session.add(setting)
        audit.record(
            session, session.merge(visit.account), "release_saved", now,
            min_version=minimum, current_version=current,
        )  # fmt: skip
        session.commit()
        return redirect("/console/release", "release_saved")

    @router.post("/release/upload")
    def upload_release(
        request: Request, visit: VisitDep, form: FormDep, session: SessionDep
    ) -> Response:
        """The installer and its manifest signed offline (console/release_upload.py)."""
        if (denied := gate(request, visit, Role.NATIONAL_ADMIN)) is not None:
            return denied
        from counsellor_app.server.console import release_upload as upload

        files = form.get("_files", {})
        now = _now()
        try:
            manifest = upload.accept_release(
                settings.release_dir,
                upload.configured_keys(settings.release_keys),
                files.get("manifest", b""),
                files.get("installer", b""),
            )
        except upload.ReleaseRefused as refused:
            audit.record(
                session, session.merge(visit.account), "release_refused", now, reason=refused.code
            )
            session.commit()
            visit.notices.append(("error", visit.t(f"release_{refused.code}")))
            response = release_page(request, visit, session)
            response.status_code = 422
            return response
        audit.record(
            session, session.merge(visit.account), "release_uploaded", now,
            target=manifest.version, sha256=manifest.sha256, size=manifest.size,
        )  # fmt: skip
        session.commit()
        return redirect("/console/release", "release_uploaded")

    # -- operations ------------------------------------------------------------------------
    def operations_page(request: Request, visit: Visit, session: Session) -> Response:
        return render(
            request,
            visit,
            "operations.html",
            health=overview.health(session),
            refusals=overview.refusals_by_agency(session),
            aside=overview.set_aside(session),
            bundle_rows=overview.bundles(session),
            size=_size,
        )

    @router.get("/operations")
    def operations(request: Request, visit: VisitDep, session: SessionDep) -> Response:
        if (denied := gate(request, visit, Role.NATIONAL_ADMIN)) is not None:
            return denied
        return operations_page(request, visit, session)

    @router.post("/operations/compact")
    def compact(request: Request, visit: VisitDep, form: FormDep, session: SessionDep) -> Response:
        if (denied := gate(request, visit, Role.NATIONAL_ADMIN)) is not None:
            return denied
        from counsellor_app.server.compaction import compact as run_compaction

        done = run_compaction(session)
        removed = done.superseded + done.orphaned
        audit.record(
            session, session.merge(visit.account), "compact", _now(),
            removed=removed, remaining=done.remaining,
        )  # fmt: skip
        session.commit()
        visit.notices.append(
            ("ok", visit.t("compacted", removed=removed, remaining=done.remaining))
        )
        return operations_page(request, visit, session)

    @router.post("/operations/bundle")
    def import_bundle(
        request: Request, visit: VisitDep, form: FormDep, session: SessionDep
    ) -> Response:
        if (denied := gate(request, visit, Role.NATIONAL_ADMIN)) is not None:
            return denied
        from counsellor_app.server.bundles import import_bundle as take_in

        data = form.get("_files", {}).get("bundle", b"")
        now = _now()
        try:
            imported = take_in(session, data, now)
        except bundle.BundleRefused as refused:
            session.rollback()
            audit.record(
                session, session.merge(visit.account), "bundle_refused", now, reason=refused.reason
            )
            session.commit()
            visit.notices.append(("error", visit.t("bundle_refused", reason=refused.reason)))
            response = operations_page(request, visit, session)
            response.status_code = 422
            return response
        applied = sum(
            r.get("status") in (OpStatus.APPLIED, OpStatus.MERGED) for r in imported.results
        )
        audit.record(
            session, session.merge(visit.account), "bundle_imported", now,
            target=imported.device_id, applied=applied, total=len(imported.results),
        )  # fmt: skip
        session.commit()
        # The answer for the PC goes back with the courier, as the command line's --answer.
        return Response(
            imported.answer,
            media_type="application/zip",
            headers={
                **SECURITY_HEADERS,
                "Content-Disposition": f'attachment; filename="answer-{imported.device_id[:8]}.cbundle"',
            },
        )

    # -- audit -----------------------------------------------------------------------------
    @router.get("/audit")
    def audit_page(request: Request, visit: VisitDep, session: SessionDep) -> Response:
        if (denied := gate(request, visit, Role.AUDITOR, Role.NATIONAL_ADMIN)) is not None:
            return denied
        entries = session.scalars(
            select(ConsoleAudit).order_by(ConsoleAudit.seq.desc()).limit(200)
        ).all()
        return render(
            request, visit, "audit.html", entries=entries, chain=audit.verify_chain(session)
        )

    @router.get("/audit.csv")
    def audit_csv(request: Request, visit: VisitDep, session: SessionDep) -> Response:
        if (denied := gate(request, visit, Role.AUDITOR, Role.NATIONAL_ADMIN)) is not None:
            return denied
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["seq", "at", "username", "action", "target", "prev_hash", "hash"])
        for entry in session.scalars(select(ConsoleAudit).order_by(ConsoleAudit.seq)).yield_per(
            500
        ):
            writer.writerow(
                [entry.seq, accounts.aware(entry.at).isoformat() if entry.at else "",  # type: ignore[union-attr]
                 entry.username, entry.action, entry.target, entry.prev_hash, entry.hash]
            )  # fmt: skip
        audit.record(session, session.merge(visit.account), "audit_exported", _now())
        session.commit()
        return Response(
            out.getvalue(),
            media_type="text/csv; charset=utf-8",
            headers={**SECURITY_HEADERS, "Content-Disposition": 'attachment; filename="audit.csv"'},
        )

    from counsellor_app.server.console.reference_pages import add_reference_pages

    add_reference_pages(router, VisitDep, FormDep, SessionDep, gate, render, redirect, ZONE)
    duplicate_pages.add_pages(
        router,
        duplicate_pages.Tools(
            visit_of, checked_form, session_scope, render, gate, message, redirect, not_found
        ),
    )
    from counsellor_app.server.console.partners_pages import add_partner_pages

    add_partner_pages(router, VisitDep, FormDep, SessionDep, gate, render, redirect, ZONE)
    # National indicators and their exports (their own module; the helpers above passed in).
    from counsellor_app.server.console import indicator_pages

    indicator_pages.install(
        router, VisitDep, SessionDep, FormDep, gate, render, message, redirect, SECURITY_HEADERS
    )
    return router


class Refusal(Exception):
    """A form refused before any work (no CSRF token, unreadable): answered as a page."""

    def __init__(self, status: int, key: str) -> None:
        super().__init__(key)
        self.status, self.key = status, key


def refusal_page(request: Request, refused: Refusal) -> HTMLResponse:
    """The page of a refused form, in the language the browser last chose."""
    chosen = request.cookies.get(LANGUAGE_COOKIE, "")
    language = chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE
    heading = {"csrf_refused": "csrf_heading", "forbidden": "forbidden_heading"}.get(
        refused.key, "not_found_heading"
    )
    environment = Environment(
        loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"])
    )
    html = environment.get_template("message.html").render(
        t=lambda key, **params: translate(language, key, **params),
        lang=language,
        languages=LANGUAGE_NAMES,
        account=None,
        pending=True,
        csrf="",
        menu=(),
        here="/console/",
        notices=[],
        heading=translate(language, heading),
        message=translate(language, refused.key),
        link="/console/",
    )
    return HTMLResponse(html, status_code=refused.status, headers=SECURITY_HEADERS)


def _cookie(request: Request, response: Response, name: str, value: str) -> None:
    response.set_cookie(
        name,
        value,
        path=PREFIX,
        httponly=True,
        secure=request.url.scheme == "https",
        samesite="strict",
    )


def _home(visit: Visit) -> str:
    account = visit.account
    if account is None:
        return "/console/sign-in"
    return _home_for(account.role, visit.agency_code)


def _home_for(role: str, agency_code: str | None) -> str:
    if role == Role.AUDITOR:
        return "/console/audit"
    if role == Role.AGENCY_SUPERVISOR and agency_code:
        return f"/console/agencies/{agency_code}"
    return "/console/agencies"


def _home_of(session: Session, account: ConsoleAccount) -> str:
    code = (
        session.scalar(select(Agency.code).where(Agency.id == account.agency_id))
        if account.agency_id
        else None
    )
    return _home_for(account.role, code)


def _size(value: int | None) -> str:
    if value is None:
        return "—"
    size = float(value)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{value} B"
