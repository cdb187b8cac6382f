"""Enrolling a person in donor programmes from the open file, through the real widgets, in
French and Arabic."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from counsellor_app.core.indicators import Milestone, Period, Population
from counsellor_app.services.accounts import Workspace
from counsellor_app.services.indicator_targets import Programme, TargetService
from counsellor_app.services.indicators import IndicatorService
from counsellor_app.services.people import PeopleService
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.i18n import Translations
from tests.conftest import ADMIN, PASSWORD, person

SHOTS = os.environ.get("COUNSELLOR_SCREENSHOTS")  # a folder: the panels are saved there


def _programmes(context: UiContext, workspace: Workspace) -> tuple[Programme, Programme]:
    _db, admin = workspace.log_in(ADMIN, PASSWORD, context.db)
    targets = TargetService(context.db, admin)
    year = Period(date(2026, 1, 1), date(2026, 12, 31))
    idmaje = targets.save(
        Programme("IDMAJE 2026", year, {Milestone.REGISTERED: 100}, donor="Union européenne")
    )
    women = targets.save(
        Programme("Femmes entrepreneures", year, {}, Population(sexes=frozenset({"female"})),
                  donor="ONU Femmes")
    )  # fmt: skip
    return idmaje, women


def test_a_counsellor_enrols_and_ends_from_the_file(
    qtbot: QtBot,
    context: UiContext,
    workspace: Workspace,
    people: PeopleService,
    make_window: object,
    translations: Translations,
) -> None:
    idmaje, women = _programmes(context, workspace)
    person_id = people.register(person(last_name="Konaté"), confirmed_new=True)  # a man
    window = make_window()  # type: ignore[operator]
    window.open_person(person_id)
    file = window.files()[0]
    file.tabs.setCurrentIndex(file.tab_of("programmes"))
    panel = file.programmes
    assert file.tabs.tabText(file.tab_of("programmes")) == "Programmes"
    assert [panel.programme.itemText(i) for i in range(panel.programme.count())] == [
        "Femmes entrepreneures — ONU Femmes",
        "IDMAJE 2026 — Union européenne",
    ]
    panel.programme.setCurrentIndex(panel.programme.findData(women.id))
    panel.starts_on.set_value(date(2026, 3, 2))
    panel.enrol_button.click()  # a programme for women: refused, said why
    assert not panel.message.isHidden(), panel.table.rowCount()
    assert panel.message.text() == "Cette personne ne fait pas partie du public du programme."
    assert panel.table.rowCount() == 0

    panel.programme.setCurrentIndex(panel.programme.findData(idmaje.id))
    panel.starts_on.set_value(date(2025, 12, 1))
    panel.enrol_button.click()
    assert panel.message.text().startswith("La date est en dehors de la période du programme")
    panel.starts_on.set_value(date(2026, 3, 2))
    panel.enrol_button.click()
    assert panel.message.isHidden()
    assert [panel.table.item(0, c).text() for c in range(4)] == [
        "IDMAJE 2026", "Union européenne", "\u206602/03/2026\u2069", "en cours",
    ]  # fmt: skip
    _db, admin = workspace.log_in(ADMIN, PASSWORD, context.db)
    counted = IndicatorService(context.db, admin).report(
        idmaje.period, TargetService(context.db, admin).programmes()[1].counted()
    )
    assert counted.total(Milestone.REGISTERED) == 1  # the programme counts its enrolled person

    if SHOTS:
        panel.window().resize(1100, 700)
        panel.grab().save(str(Path(SHOTS) / "programmes-fr.png"))
    panel.table.selectRow(0)
    assert panel.end_button.isEnabled()
    panel.ends_on.set_value(date(2026, 2, 1))
    panel.end_button.click()
    assert panel.message.text() == "La fin précède le début."
    panel.ends_on.set_value(date(2026, 9, 30))
    panel.end_button.click()
    assert panel.table.item(0, 3).text() == "\u206630/09/2026\u2069"
    assert not panel.end_button.isEnabled()


def test_the_panel_speaks_arabic(
    qtbot: QtBot,
    context: UiContext,
    workspace: Workspace,
    people: PeopleService,
    translations: Translations,
) -> None:
    from counsellor_app.services.programmes import ProgrammeEnrolmentService
    from counsellor_app.ui.programmes_panel import ProgrammesPanel

    idmaje, women = _programmes(context, workspace)
    person_id = people.register(person(last_name="Konaté"), confirmed_new=True)
    translations.install("ar")
    panel = ProgrammesPanel(ProgrammeEnrolmentService(context.db, context.user), person_id)
    qtbot.addWidget(panel)
    panel.resize(1000, 420)
    panel.show()
    panel.programme.setCurrentIndex(panel.programme.findData(women.id))
    panel.starts_on.set_value(date(2026, 3, 2))
    panel.enrol_button.click()
    assert panel.message.text() == "هذا الشخص ليس ضمن الفئات التي يستهدفها البرنامج."
    panel.programme.setCurrentIndex(panel.programme.findData(idmaje.id))
    panel.enrol_button.click()
    assert panel.table.rowCount() == 1
    headers = [panel.table.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers == ["البرنامج", "الجهة المانحة", "من", "إلى"]
    assert panel.layoutDirection().name == "RightToLeft"
    if SHOTS:
        panel.grab().save(str(Path(SHOTS) / "programmes-ar.png"))
