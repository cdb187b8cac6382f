"""The national partner directory in Debian's Chromium (Playwright) against a real server
process and a real PC: the administrator adds a partner (a typing slip refused, what was typed
kept), a PC offers it after its sync. Screenshots in French and Arabic under /tmp/console-shots."""

from __future__ import annotations

from typing import Any

import pytest

from counsellor_app.services.referrals import ReferralService
from tests.console.conftest import console_admin
from tests.console.test_console_browser import PASSWORD, _main, _open, _shot, _sign_in
from tests.server_fixtures import Server


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_the_administrator_adds_a_national_partner_that_a_pc_then_offers(
    server: Server, chromium: Any, make_pc: Any
) -> None:
    pc = make_pc("pc-a")
    pc.enrol(server)
    console_admin(server, "nadia", PASSWORD)
    page = _open(chromium)
    _sign_in(page, server, "nadia", PASSWORD)
    page.click("nav a[href='/console/partners']")
    page.wait_for_url("**/console/partners")
    page.fill("#p-name", "Centre de santé Yacoub El Mansour")
    page.select_option("#p-kind", "health_centre")
    page.select_option("#p-city", "rabat")
    page.fill("#p-phone", "0537")  # a typing slip: refused, what was typed stays
    page.click("form[action='/console/partners'] button[type=submit]")
    assert "Numéro de téléphone invalide" in _main(page)
    assert page.input_value("#p-name") == "Centre de santé Yacoub El Mansour"
    page.fill("#p-phone", "05 37 69 12 34")
    page.click("form[action='/console/partners'] button[type=submit]")
    page.wait_for_url("**/console/partners?notice=partner_saved")
    assert "05 37 69 12 34" in page.inner_text("#national-partners")
    assert "Centre de santé" in page.inner_text("#national-partners")

    pc.sync()
    (offered,) = [p for p in ReferralService(pc.db, pc.user).partners() if p.national]
    assert (offered.name, offered.contact_phone) == (
        "Centre de santé Yacoub El Mansour",
        "+212537691234",
    )
    for language in ("fr", "ar"):
        page.select_option("#lang-switch", language)
        page.click("form[action='/console/language'] button[type=submit]")
        page.wait_for_load_state()
        page.goto(f"{server.url}/console/partners")
        assert page.get_attribute("html", "dir") == ("rtl" if language == "ar" else "ltr")
        _shot(page, f"partners-{language}")
        page.click("#national-partners a")
        page.wait_for_url("**/console/partners/*")
        _shot(page, f"partner-{language}")
    assert "مركز صحي" in _main(page) or "الإغلاق" in _main(page)
