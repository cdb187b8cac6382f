"""The national indicators in a real browser (Debian's Chromium through Playwright) against a
real server process and a real PC: people enrolled in a programme on the PC are counted
nationally after a sync, the XLSX and PDF exports download and read back, role limits hold,
the page works from the keyboard and turns right to left in Arabic.

Screenshots in French and Arabic are saved under /tmp/console-shots (indicators-*.png).
"""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from counsellor_app.core.person import IdentityDocumentInput
from counsellor_app.server.programmes import SHIPPED
from tests.console.conftest import SHOTS, console_admin
from tests.server_fixtures import Server

PASSWORD = "Sahara-Atlas-2026"
OTHER_PASSWORD = "Oasis-Draa-2026!"
IDMAJE, W4I = str(SHIPPED[0]["id"]), str(SHIPPED[1]["id"])


def _open(chromium: Any, width: int = 1366, height: int = 900) -> Any:
    context = chromium.new_context(
        viewport={"width": width, "height": height}, locale="fr-FR", accept_downloads=True
    )
    return context.new_page()


def _sign_in(page: Any, server: Server, username: str, password: str) -> None:
    page.goto(f"{server.url}/console/sign-in")
    page.fill("#username", username)
    page.fill("#password", password)
    with page.expect_navigation():
        page.click("form[action='/console/sign-in'] button[type=submit]")


def _shot(page: Any, name: str) -> None:
    Path(SHOTS).mkdir(parents=True, exist_ok=True)
    page.screenshot(path=f"{SHOTS}/{name}.png", full_page=True)


def _registered(page: Any) -> str:
    return str(page.inner_text("#summary tr[data-milestone=registered] td.num >> nth=0")).strip()


def _new_account(page: Any, server: Server, username: str, role: str, agency: str = "") -> None:
    page.goto(f"{server.url}/console/accounts")
    page.fill("#a-username", username)
    page.fill("#a-name", username.title())
    page.select_option("#a-role", role)
    page.select_option("#a-agency", agency)
    page.fill("#a-password", OTHER_PASSWORD)
    page.click("form[action='/console/accounts'] button[type=submit]")
    page.wait_for_url("**/console/accounts?notice=account_created")


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_programme_enrolment_on_a_pc_is_counted_nationally_and_exported(
    server: Server, chromium: Any, make_pc: Any
) -> None:
    from counsellor_app.services.programmes import ProgrammeEnrolmentService
    from tests.conftest import person

    console_admin(server, "nadia", PASSWORD)
    server.admin("load-programmes")
    pc = make_pc("pc-rabat")  # agency RABAG
    people = pc.people()
    ids = [
        people.register(
            person(
                last_name=f"Diallo{chr(65 + i)}", first_name="Awa", phone=f"06 12 34 56 7{i}",
                documents=(IdentityDocumentInput("residence_card", f"E55500{i}", date(2027, 6, 30)),),
            ),
            confirmed_new=True,
        )
        for i in range(7)
    ]  # fmt: skip
    pc.enrol(server)  # enrols, pushes the people, pulls the programmes
    enrolments = ProgrammeEnrolmentService(pc.db, pc.user)
    for person_id in ids[:6]:
        enrolments.enrol(person_id, IDMAJE, date(2026, 11, 25))
    pc.sync()

    page = _open(chromium)
    _sign_in(page, server, "nadia", PASSWORD)
    page.goto(f"{server.url}/console/indicators?year=2026")
    assert _registered(page) == "7"  # everyone the PC registered, nationally
    # The programme chosen with the keyboard alone: its list, a pick, Tab to the button, Enter.
    page.focus("select[name=programme]")
    page.keyboard.press("ArrowDown")  # from "everyone" to the first programme (IDMAJE 2026)
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*programme=" + IDMAJE))
    assert _registered(page) == "6"  # its enrolled people only
    assert "1200" in page.inner_text("#summary tr[data-milestone=registered]")  # its target
    assert page.locator("svg.chart rect.bar").count() == 15
    _shot(page, "indicators-fr")

    with page.expect_download() as download:
        page.click("text=Exporter en XLSX")
    assert download.value.suggested_filename == "indicators-202601-202612.xlsx"
    sheet = load_workbook(io.BytesIO(Path(download.value.path()).read_bytes())).active
    assert sheet is not None
    totals = {r[1]: r[4] for r in sheet.iter_rows(min_row=3, values_only=True) if r[2] == "total"}
    assert totals["registered"] == 6
    with page.expect_download() as download:
        page.click("text=Exporter en PDF")
    pdf = PdfReader(io.BytesIO(Path(download.value.path()).read_bytes()))
    text = unicodedata.normalize("NFKC", "".join(p.extract_text() for p in pdf.pages))
    assert "IDMAJE 2026" in text and "Indicateurs nationaux" in text

    # Arabic: right to left, the same counts; the PDF in Arabic.
    page.select_option("#lang-switch", "ar")
    page.click("form[action='/console/language'] button[type=submit]")
    page.goto(f"{server.url}/console/indicators?year=2026&programme={IDMAJE}")
    assert page.get_attribute("html", "dir") == "rtl"
    assert "المؤشرات الوطنية" in page.inner_text("h1") and _registered(page) == "6"
    _shot(page, "indicators-ar")
    with page.expect_download() as download:
        page.click("text=تصدير بصيغة PDF")
    pdf = PdfReader(io.BytesIO(Path(download.value.path()).read_bytes()))
    text = unicodedata.normalize("NFKC", "".join(p.extract_text() for p in pdf.pages))
    assert "المؤشرات الوطنية" in text and "IDMAJE 2026" in text
    tablet = _open(chromium, 820, 1180)  # a tablet held upright: nothing wider than the screen
    _sign_in(tablet, server, "nadia", PASSWORD)
    tablet.goto(f"{server.url}/console/indicators?year=2026")
    assert tablet.evaluate("document.documentElement.scrollWidth") <= 820
    _shot(tablet, "indicators-tablet-ar")
    page.select_option("#lang-switch", "fr")
    page.click("form[action='/console/language'] button[type=submit]")

    # Role limits: a supervisor of another agency, a manager of another programme.
    page.goto(f"{server.url}/console/agencies")
    page.fill("#f-code", "CASAA")
    page.fill("#f-name-fr", "Agence Casablanca")
    page.select_option("#f-kind", "anapec")
    page.click("form[action='/console/agencies'] button[type=submit]")
    page.wait_for_url("**/console/agencies/CASAA?notice=agency_saved")
    _new_account(page, server, "salma", "agency_supervisor", "CASAA")
    _new_account(page, server, "karim", "programme_manager")
    page.goto(f"{server.url}/console/accounts")
    page.check(f"input[name=p_{W4I}]")
    page.click("form[action$='/programmes'] button[type=submit]")
    page.wait_for_url("**/console/accounts?notice=programmes_saved")

    other = _open(chromium)
    _sign_in(other, server, "salma", OTHER_PASSWORD)
    other.goto(f"{server.url}/console/indicators?year=2026")
    assert _registered(other) == "0"  # her agency has nobody yet
    assert other.locator("select[name=scope] option").count() == 1
    answer = other.goto(f"{server.url}/console/indicators?year=2026&scope=agency:RABAG")
    assert answer is not None and answer.status == 403
    other = _open(chromium)  # another browser: Karim
    _sign_in(other, server, "karim", OTHER_PASSWORD)
    other.goto(f"{server.url}/console/indicators?year=2026")
    assert "Work4Integration" in other.inner_text("select[name=programme]")
    assert "IDMAJE" not in other.inner_text("select[name=programme]")
    answer = other.goto(f"{server.url}/console/indicators?year=2026&programme={IDMAJE}")
    assert answer is not None and answer.status == 403
