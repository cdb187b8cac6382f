"""Issue 22, deliverable 9: a parameter changed centrally and applied on a PC's rule the next
day, in Debian's Chromium (Playwright) against a real server process and a real PC.
Screenshots of the reference pages in French and Arabic are saved under /tmp/console-shots."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from counsellor_app.core.pathway import Stage, Status
from counsellor_app.core.problems import DomainError
from counsellor_app.services.pathway import PathwayService
from tests.console.conftest import console_admin
from tests.console.test_console_browser import PASSWORD, _main, _open, _shot, _sign_in
from tests.console.test_reference_data import KEY, _today, soft_skills_at
from tests.server_fixtures import Server


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_the_administrator_changes_the_attendance_threshold_and_a_pc_applies_it_the_next_day(
    server: Server, chromium: Any, make_pc: Any
) -> None:
    today, tomorrow = _today(), _today() + timedelta(days=1)
    pc = make_pc("pc-a")
    person_id = soft_skills_at(pc, 75)  # 75 % attendance: below today's 80 %
    pc.enrol(server)

    console_admin(server, "nadia", PASSWORD)
    page = _open(chromium)
    _sign_in(page, server, "nadia", PASSWORD)
    page.click("nav a[href='/console/reference']")
    page.wait_for_url("**/console/reference/rules")
    assert page.inner_text(f"#row-{KEY} td.in-force").startswith("80 %")
    page.select_option("#r-key", KEY)
    page.fill("#r-value", "150")  # a typing slip: refused with its bounds, kept in the form
    page.click("form[action='/console/reference/rules'] button[type=submit]")
    assert "hors des bornes admises pour ce paramètre (1 à 100)" in _main(page)
    assert page.input_value("#r-value") == "150"
    page.fill("#r-value", "70")
    page.fill("#r-from", tomorrow.isoformat())
    page.click("form[action='/console/reference/rules'] button[type=submit]")
    page.wait_for_url("**/console/reference/rules?notice=reference_saved")
    assert "Valeur enregistrée" in _main(page)
    assert page.inner_text(f"#row-{KEY} td.in-force").startswith("80 %")  # today: unchanged
    assert page.inner_text(f"#row-{KEY} td.upcoming").startswith("70 %")
    page.goto(f"{server.url}/console/audit")
    assert "reference_value_added" in page.inner_text("tbody tr")

    assert pc.sync().pulled >= 1
    with pytest.raises(DomainError) as today_refused:
        PathwayService(pc.db, pc.user, today=lambda: today).move(
            person_id, Stage.SOFT_SKILLS, Status.COMPLETED
        )
    assert today_refused.value.problems[0].params == {"rate": 75, "threshold": 80}
    next_day = PathwayService(pc.db, pc.user, today=lambda: tomorrow)
    done = next_day.move(person_id, Stage.SOFT_SKILLS, Status.COMPLETED)
    assert done.pathway.state(Stage.SOFT_SKILLS).status == Status.COMPLETED

    page.goto(f"{server.url}/console/reference/cities")  # a city for the screenshots
    page.fill("#c-id", "ifrane")
    page.select_option("#c-region", "03")
    page.fill("#c-fr", "Ifrane")
    page.fill("#c-ar", "إفران")
    page.fill("#c-en", "Ifrane")
    page.click("form[action='/console/reference/cities'] button[type=submit]")
    page.wait_for_url("**/console/reference/cities?notice=reference_city_saved")
    assert "Fès-Meknès" in page.inner_text('[id^="city-ifrane-"]')
    for language in ("fr", "ar"):
        page.select_option("#lang-switch", language)
        page.click("form[action='/console/language'] button[type=submit]")
        page.wait_for_load_state()
        for group in ("rules", "internships", "activity_categories", "cities"):
            page.goto(f"{server.url}/console/reference/{group}")
            assert page.get_attribute("html", "dir") == ("rtl" if language == "ar" else "ltr")
            _shot(page, f"reference-{group}-{language}")
    assert "القواعد المؤرخة" in _main(page) or "فئات النشاط" in _main(page)
    page.set_viewport_size({"width": 800, "height": 1100})  # a tablet, upright
    page.goto(f"{server.url}/console/reference/rules")
    _shot(page, "reference-rules-tablet-ar")
