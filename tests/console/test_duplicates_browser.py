"""The duplicates page in a real browser (Debian's Chromium through Playwright) against a real
server process and real PCs: the national administrator lists a pair and confirms it; the
page reads in French and in Arabic (right to left). Screenshots under /tmp/console-shots."""

from __future__ import annotations

from typing import Any

import pytest

from tests.console.conftest import console_admin
from tests.console.test_duplicates import _file_number, three  # noqa: F401 (fixture)
from tests.server_fixtures import Pc, Server

PASSWORD = "Sahara-Atlas-2026"


def _shot(page: Any, name: str) -> None:
    from pathlib import Path

    from tests.console.conftest import SHOTS

    Path(SHOTS).mkdir(parents=True, exist_ok=True)
    page.screenshot(path=f"{SHOTS}/{name}.png", full_page=True)


def _language(page: Any, server: Server, language: str) -> None:
    page.select_option("#lang-switch", language)
    page.click("form[action='/console/language'] button[type=submit]")
    page.wait_for_load_state()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_the_national_administrator_lists_and_confirms_a_pair(
    server: Server,
    chromium: Any,
    three: tuple[Pc, Pc, Pc, dict[str, str]],  # noqa: F811 (the fixture imported above)
) -> None:
    rabat, casa, _tanger, ids = three
    console_admin(server, "nadia", PASSWORD)
    page = chromium.new_context(viewport={"width": 1366, "height": 900}).new_page()
    page.goto(f"{server.url}/console/sign-in")
    page.fill("#username", "nadia")
    page.fill("#password", PASSWORD)
    page.click("form[action='/console/sign-in'] button[type=submit]")
    page.wait_for_url("**/console/agencies")
    page.click("nav a[href='/console/duplicates']")  # from the menu, as she would
    page.wait_for_url("**/console/duplicates")
    rows = page.locator("#duplicates tbody tr[data-pair]")
    assert rows.count() == 1
    text = rows.first.inner_text()
    for shown in ("RABAG", "CASAA", _file_number(rabat, ids["rabat"]), "Même pièce d'identité"):
        assert shown in text
    assert _file_number(casa, ids["casa"]) in text
    assert "Diallo" not in page.inner_text("main")  # file numbers, never names
    _shot(page, "duplicates-fr")
    rows.first.locator("button[value=confirmed]").click()
    page.wait_for_url("**/console/duplicates?notice=duplicate_confirmed")
    assert "les deux dossiers sont reliés" in page.inner_text("main")
    assert page.locator("#duplicates tbody tr[data-pair]").count() == 0
    page.goto(f"{server.url}/console/duplicates?status=confirmed")
    assert page.locator("#duplicates tbody tr[data-pair]").count() == 1
    assert page.locator("#duplicates button").count() == 0  # decided: no buttons
    _shot(page, "duplicates-confirmed-fr")

    _language(page, server, "ar")  # back to the page of open pairs, in Arabic
    assert page.get_attribute("html", "dir") == "rtl"
    assert "التكرارات بين الوكالات" in page.inner_text("h1")
    _shot(page, "duplicates-ar")
    page.goto(f"{server.url}/console/duplicates?status=confirmed")
    assert "نفس الشخص" in page.inner_text("main")
    assert "نفس وثيقة الهوية" in page.inner_text("#duplicates")
    _shot(page, "duplicates-confirmed-ar")
