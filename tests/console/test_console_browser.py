"""The central console in a real browser (Debian's Chromium through Playwright) against a
real server process: sign-in with lockout and TOTP, CSRF refusals, role limits, and an
enrolment code made in the console and used by a real PC that then syncs and shows up.

Screenshots of every page in French and Arabic are saved under /tmp/console-shots.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import pyotp
import pytest

from counsellor_app.sync.client import SyncError
from tests.console.conftest import SHOTS, console_admin
from tests.server_fixtures import Server

PASSWORD = "Sahara-Atlas-2026"
SUPERVISOR_PASSWORD = "Oasis-Draa-2026!"


def _open(chromium: Any) -> Any:
    context = chromium.new_context(viewport={"width": 1366, "height": 900}, locale="fr-FR")
    return context.new_page()


def _sign_in(page: Any, server: Server, username: str, password: str) -> Any:
    page.goto(f"{server.url}/console/sign-in")
    page.fill("#username", username)
    page.fill("#password", password)
    with page.expect_navigation() as navigation:
        page.click("form[action='/console/sign-in'] button[type=submit]")
    return navigation.value


def _csrf(page: Any) -> str:
    return str(page.input_value("input[name=csrf] >> nth=0"))


def _main(page: Any) -> str:
    return str(page.inner_text("main"))


def _shot(page: Any, name: str) -> None:
    Path(SHOTS).mkdir(parents=True, exist_ok=True)
    page.screenshot(path=f"{SHOTS}/{name}.png", full_page=True)


def _new_agency(page: Any, server: Server, code: str, name_fr: str, name_ar: str) -> None:
    page.goto(f"{server.url}/console/agencies")
    page.fill("#f-code", code)
    page.fill("#f-name-fr", name_fr)
    page.fill("#f-name-ar", name_ar)
    page.fill("#f-region", "Rabat-Salé-Kénitra")
    page.fill("#f-city", "Rabat")
    page.select_option("#f-kind", "anapec")
    page.click("form[action='/console/agencies'] button[type=submit]")
    page.wait_for_url(f"**/console/agencies/{code}?notice=agency_saved")


def _new_account(page: Any, server: Server, username: str, role: str, agency: str = "") -> None:
    page.goto(f"{server.url}/console/accounts")
    page.fill("#a-username", username)
    page.fill("#a-name", username.title())
    page.select_option("#a-role", role)
    page.select_option("#a-agency", agency)
    page.fill("#a-password", SUPERVISOR_PASSWORD)
    page.click("form[action='/console/accounts'] button[type=submit]")
    page.wait_for_url("**/console/accounts?notice=account_created")


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_lockout_after_five_wrong_passwords_then_a_totp_second_factor(
    server: Server, chromium: Any
) -> None:
    console_admin(server, "nadia", PASSWORD)
    console_admin(server, "omar", PASSWORD)
    page = _open(chromium)
    for _attempt in range(4):
        assert _sign_in(page, server, "nadia", "Wrong-Password-1").status == 401
        assert "Identifiant ou mot de passe incorrect" in _main(page)
    assert _sign_in(page, server, "nadia", "Wrong-Password-1").status == 429
    assert "compte verrouillé jusqu" in _main(page)
    # The right password during the lock is refused too, and says so.
    assert _sign_in(page, server, "nadia", PASSWORD).status == 429
    assert page.url.endswith("/console/sign-in")
    # An unknown name answers exactly as a wrong password.
    assert _sign_in(page, server, "nobody", PASSWORD).status == 401

    # Omar turns on TOTP from his account page, with a code from his authenticator.
    _sign_in(page, server, "omar", PASSWORD)
    assert page.url.endswith("/console/agencies")
    page.goto(f"{server.url}/console/account")
    secret = page.inner_text("#totp-secret").strip()
    page.fill("#t-code", "123")  # not a code: refused, nothing turned on
    page.click("form[action='/console/account/totp'] button[type=submit]")
    assert "le second facteur n'est pas activé" in _main(page)
    secret = page.inner_text("#totp-secret").strip()  # the page offers a fresh key
    page.fill("#t-code", pyotp.TOTP(secret).now())
    page.click("form[action='/console/account/totp'] button[type=submit]")
    page.wait_for_url("**/console/account?notice=totp_enabled")
    assert "Le second facteur est activé" in _main(page)
    page.click("form[action='/console/sign-out'] button[type=submit]")
    page.wait_for_url("**/console/sign-in?notice=signed_out")

    _sign_in(page, server, "omar", PASSWORD)
    assert page.url.endswith("/console/totp")
    page.goto(f"{server.url}/console/agencies")  # the password alone opens nothing
    assert page.url.endswith("/console/sign-in")
    page.goto(f"{server.url}/console/totp")
    totp = pyotp.TOTP(secret)
    moment = time.time()
    valid = {totp.at(moment + shift) for shift in (-60, -30, 0, 30, 60)}
    wrong = next(code for code in ("000000", "111111", "222222", "333333") if code not in valid)
    page.fill("#code", wrong)
    page.click("form[action='/console/totp'] button[type=submit]")
    assert "Code incorrect" in _main(page)
    _shot(page, "totp-fr")
    # The next step's code (the one that enabled TOTP is spent: a code is good once).
    page.fill("#code", totp.at(time.time() + 30))
    page.click("form[action='/console/totp'] button[type=submit]")
    page.wait_for_url("**/console/agencies")

    # Every step is in the audit trail, whose chain holds.
    page.goto(f"{server.url}/console/audit")
    trail = _main(page)
    for action in ("sign_in_refused", "sign_in_locked", "totp_enabled", "totp_refused", "sign_in"):
        assert action in trail
    assert "Chaîne intègre" in page.inner_text("#chain-state")
    _shot(page, "audit-fr")


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_form_without_its_token_is_refused_and_does_nothing(
    server: Server, chromium: Any
) -> None:
    console_admin(server, "nadia", PASSWORD)
    page = _open(chromium)
    # Keyboard only: the name field has the focus, Tab to the password, Enter signs in.
    page.goto(f"{server.url}/console/sign-in")
    # Autofocus is applied once the page is shown: type only once the name field has it.
    page.wait_for_function("document.activeElement && document.activeElement.id === 'username'")
    page.keyboard.type("nadia")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("/console/agencies")
    page.keyboard.press("Tab")  # the first stop is the skip link
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main"
    _new_agency(page, server, "RABAG", "Agence Rabat-Agdal", "وكالة الرباط أكدال")
    target = f"{server.url}/console/agencies/RABAG/enrolment-code"

    # The signed-in browser's cookies, but no token / a made-up one: refused.
    forged = page.request.post(target, form={"note": "x"})
    assert forged.status == 403 and "Formulaire refusé" in forged.text()
    guessed = page.request.post(target, form={"csrf": "A" * 43})
    assert guessed.status == 403
    # Another site's page submitting a form to the console: the strict cookie stays home.
    page.set_content(
        f'<form id="f" method="post" action="{target}"><input name="csrf" value="x"></form>'
    )
    with page.expect_navigation():
        page.eval_on_selector("#f", "form => form.submit()")
    assert "Formulaire refusé" in _main(page)
    page.goto(f"{server.url}/console/audit")
    assert "enrolment_code" not in _main(page)  # no code was made
    # With its token, the same form works.
    page.goto(f"{server.url}/console/agencies/RABAG")
    page.click("form[action$='/enrolment-code'] button[type=submit]")
    assert re.fullmatch(r"[A-Z2-9]{4}(-[A-Z2-9]{4}){3}", page.inner_text("#enrolment-code"))


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_an_agency_supervisor_sees_only_her_agency_and_an_auditor_only_the_trail(
    server: Server, chromium: Any, make_pc: Any
) -> None:
    console_admin(server, "nadia", PASSWORD)
    admin = _open(chromium)
    _sign_in(admin, server, "nadia", PASSWORD)
    _new_agency(admin, server, "RABAG", "Agence Rabat-Agdal", "وكالة الرباط أكدال")
    _new_agency(admin, server, "CASAA", "Agence Casablanca-Anfa", "وكالة الدار البيضاء أنفا")
    _new_account(admin, server, "salma", "agency_supervisor", "RABAG")
    _new_account(admin, server, "amine", "auditor")
    casa = make_pc("pc-casa", agency="CASAA")
    casa.enrol(server, then_sync=False)
    admin.goto(f"{server.url}/console/agencies/CASAA")
    revoke_action = admin.get_attribute("form[action$='/revoke']", "action")

    supervisor = _open(chromium)
    _sign_in(supervisor, server, "salma", SUPERVISOR_PASSWORD)
    assert supervisor.url.endswith("/console/agencies/RABAG")
    supervisor.goto(f"{server.url}/console/agencies")
    assert supervisor.url.endswith("/console/agencies/RABAG")  # the list leads to hers
    for foreign in ("/console/agencies/CASAA", "/console/agencies/NOPE", "/console/operations",
                    "/console/accounts", "/console/release", "/console/audit"):  # fmt: skip
        answer = supervisor.goto(f"{server.url}{foreign}")
        assert answer.status == 403, foreign
        assert "Accès refusé" in _main(supervisor)
    # Her own valid token does not reach another agency's PC or its codes.
    supervisor.goto(f"{server.url}/console/agencies/RABAG")
    token = _csrf(supervisor)
    assert (
        supervisor.request.post(f"{server.url}{revoke_action}", form={"csrf": token}).status == 403
    )
    code_for_casa = f"{server.url}/console/agencies/CASAA/enrolment-code"
    assert supervisor.request.post(code_for_casa, form={"csrf": token}).status == 403
    admin.goto(f"{server.url}/console/agencies/CASAA")
    assert "Révoqué" not in _main(admin)
    casa.sync()  # still allowed to sync
    # In her own agency she makes enrolment codes.
    supervisor.click("form[action$='/enrolment-code'] button[type=submit]")
    assert supervisor.inner_text("#enrolment-code").count("-") == 3

    auditor = _open(chromium)
    _sign_in(auditor, server, "amine", SUPERVISOR_PASSWORD)
    assert auditor.url.endswith("/console/audit")
    assert auditor.goto(f"{server.url}/console/agencies").status == 403
    assert auditor.goto(f"{server.url}/console/agencies/RABAG").status == 403
    csv = auditor.request.get(f"{server.url}/console/audit.csv")
    assert csv.status == 200 and "account_created" in csv.text()
    assert supervisor.request.get(f"{server.url}/console/audit.csv").status == 403


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_an_enrolment_code_from_the_console_enrols_a_pc_that_syncs_and_shows_up(
    server: Server, chromium: Any, make_pc: Any, database_url: str
) -> None:
    console_admin(server, "nadia", PASSWORD)
    page = _open(chromium)
    _sign_in(page, server, "nadia", PASSWORD)
    _new_agency(page, server, "RABAG", "Agence Rabat-Agdal", "وكالة الرباط أكدال")
    assert "Aucun poste inscrit" in _main(page)
    page.click("form[action$='/enrolment-code'] button[type=submit]")
    code = page.inner_text("#enrolment-code").strip()
    assert "il ne sera plus jamais affiché" in _main(page)

    pc = make_pc("pc-a")
    people = pc.people()
    from tests.conftest import person

    people.register(person(last_name="Diallo", first_name="Mariam"), confirmed_new=True)
    pc.enrol(server, code=code)  # enrols, then syncs (pushes the person)
    with pytest.raises(SyncError) as reused:
        make_pc("pc-b").enrol(server, code=code, then_sync=False)
    assert reused.value.reason == "code_used"

    page.goto(f"{server.url}/console/agencies/RABAG")
    row = page.inner_text("tbody tr")
    assert "0.1.0" in row and "jamais" not in page.inner_text("tbody tr td.last-sync")
    assert page.inner_text("tbody tr td.waiting") == "0"  # everything went up
    # A PC whose operations stay in its outbox says so in its signed report after a sync.
    from counsellor_app.protocol.wire import Route

    client = pc.client()
    try:
        client._call("POST", Route.SET_ASIDE, {"count": 0, "waiting": 4})
    finally:
        client.close()
    page.reload()
    assert page.inner_text("tbody tr td.waiting") == "4"
    page.goto(f"{server.url}/console/agencies")
    assert re.search(r"RABAG\s+Agence Rabat-Agdal", _main(page))

    # Operations: the change log is there; compaction is recorded with its time.
    page.goto(f"{server.url}/console/operations")
    assert int(page.inner_text("#change-log")) > 0
    assert page.inner_text("#last-compaction") == "jamais"
    page.click("form[action='/console/operations/compact'] button[type=submit]")
    assert "Journal compacté" in _main(page)
    assert page.inner_text("#last-compaction") != "jamais"

    # The release: a minimum above the PC's version stops its next sync with the reason.
    page.goto(f"{server.url}/console/release")
    page.fill("#r-min", "9.0")
    page.fill("#r-current", "8.0")
    page.click("form[action='/console/release'] button[type=submit]")
    assert "Version invalide" in _main(page)  # minimum above current: refused
    page.fill("#r-min", "9.0")
    page.fill("#r-current", "9.1")
    page.fill("#r-url", "https://downloads.example.ma/counsellor-9.1.exe")
    page.click("form[action='/console/release'] button[type=submit]")
    page.wait_for_url("**/console/release?notice=release_saved")
    with pytest.raises(SyncError) as too_old:
        pc.sync()
    assert too_old.value.reason == "client_too_old"
    page.goto(f"{server.url}/console/agencies/RABAG")
    assert "trop ancienne" in page.inner_text("tbody tr")

    # Revoked from the console, the PC is refused at its next call.
    page.click("form[action$='/revoke'] button[type=submit]")
    page.wait_for_url("**/console/agencies/RABAG?notice=pc_revoked")
    assert "Révoqué" in page.inner_text("tbody tr")
    with pytest.raises(SyncError):
        pc.sync()

    if "sqlite" in database_url:
        _screenshots(page, server)


def _screenshots(page: Any, server: Server) -> None:
    """Every page in French then Arabic (looked at by a person; the test checks direction)."""
    pages = ["agencies", "agencies/RABAG", "operations", "accounts", "release", "audit", "account"]
    for language in ("fr", "ar"):
        page.goto(f"{server.url}/console/agencies")
        page.select_option("#lang-switch", language)
        page.click("form[action='/console/language'] button[type=submit]")
        page.wait_for_load_state()
        for name in pages:
            page.goto(f"{server.url}/console/{name}")
            expected = "rtl" if language == "ar" else "ltr"
            assert page.get_attribute("html", "dir") == expected
            _shot(page, f"{name.replace('/', '-')}-{language}")
        page.goto(f"{server.url}/console/agencies/RABAG")
        page.click("form[action$='/enrolment-code'] button[type=submit]")
        _shot(page, f"code-{language}")
    page.set_viewport_size({"width": 800, "height": 1100})  # a tablet, upright
    page.goto(f"{server.url}/console/agencies/RABAG")
    _shot(page, "agency-tablet-ar")
    page.click("form[action='/console/sign-out'] button[type=submit]")
    page.wait_for_url("**/console/sign-in?notice=signed_out")
    _shot(page, "sign-in-ar")


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_usb_bundle_brought_to_the_console_is_imported_and_answered(
    server: Server, chromium: Any, make_pc: Any, tmp_path: Path
) -> None:
    from counsellor_app.sync.bundles import export_bundle, import_response
    from tests.conftest import person

    console_admin(server, "nadia", PASSWORD)
    centre = make_pc("centre")
    centre.enrol(server)  # enrolled once, where there was a connection
    centre.people().register(person(last_name="Sangaré"), confirmed_new=True)
    data, count = export_bundle(centre.db)
    brought = tmp_path / "centre.cbundle"
    brought.write_bytes(data)

    page = _open(chromium)
    _sign_in(page, server, "nadia", PASSWORD)
    page.goto(f"{server.url}/console/operations")
    page.set_input_files("#b-file", str(brought))
    with page.expect_download() as download:
        page.click("#bundle-form button[type=submit]")
    answer = Path(download.value.path()).read_bytes()
    report = import_response(centre.db, answer)  # the courier takes the answer back
    assert report.results == {"applied": count}

    page.goto(f"{server.url}/console/operations")
    assert "RABAG" in page.inner_text("section[aria-labelledby=h-bundles] tbody")
    page.set_input_files("#b-file", str(brought))
    page.click("#bundle-form button[type=submit]")
    assert "Paquet refusé (bundle_replayed)" in _main(page)
    page.goto(f"{server.url}/console/audit")
    assert "bundle_imported" in _main(page) and "bundle_refused" in _main(page)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_hostile_requests_to_the_console_get_a_clear_refusal_never_a_500(server: Server) -> None:
    import httpx

    console_admin(server, "nadia", PASSWORD)
    with httpx.Client(base_url=server.url, follow_redirects=False) as client:
        page = client.get("/console/sign-in")
        assert page.status_code == 200
        assert page.headers["x-frame-options"] == "DENY"
        assert "default-src 'self'" in page.headers["content-security-policy"]
        cookie = page.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie and "path=/console" in cookie
        token = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert token is not None
        for body, content_type in (
            (b"", ""),
            (b"\xff\xfe", "application/x-www-form-urlencoded"),
            (b"--x\r\n", "multipart/form-data"),
            (b'{"csrf": "x"}', "application/json"),
        ):
            answer = client.post(
                "/console/sign-in", content=body, headers={"content-type": content_type}
            )
            assert answer.status_code in (400, 403), (content_type, answer.status_code)
        # Anonymous pages never open; an unknown device or agency is a clean 303/404.
        for path in ("/console/agencies", "/console/operations", "/console/audit.csv"):
            assert client.get(path).status_code == 303
        assert client.get("/console/static/../app.py").status_code == 404
        signed = client.post(
            "/console/sign-in",
            data={"csrf": token.group(1), "username": "nadia", "password": PASSWORD},
        )
        assert signed.status_code == 303
        page = client.get("/console/agencies")
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert csrf is not None
        assert client.get("/console/agencies/" + "Z" * 300).status_code == 404
        missing = client.post("/console/devices/nope/revoke", data={"csrf": csrf.group(1)})
        assert missing.status_code == 404
        weird = client.post(
            "/console/agencies",
            data={"csrf": csrf.group(1), "code": "<script>", "name_fr": "", "kind": "castle"},
        )
        assert weird.status_code == 422 and "<script>" not in weird.text
        assert "Code d&#39;agence invalide" in weird.text
        # Over the console's form limit (64 KiB), within the perimeter's (256 KiB): read no further.
        big = client.post(
            "/console/agencies",
            content=b"x" * (100 * 1024),
            headers={"content-type": "application/x-www-form-urlencoded"},
        )
        assert big.status_code == 400 and "illisible" in big.text
