"""Cohorts screen: create a cohort, add sessions, enrol from the register, mark a whole session."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from counsellor_app.core.parameters import Parameters
from counsellor_app.services.cohorts import CohortService
from counsellor_app.services.people import PeopleService
from counsellor_app.ui.cohorts_view import CohortsView, EnrolDialog, NewCohortDialog
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.widgets import set_combo_value
from tests.conftest import person


def test_cohort_from_creation_to_attendance(
    qtbot: QtBot, context: UiContext, people: PeopleService
) -> None:
    cohorts = CohortService(context.db, context.user)
    view = CohortsView(cohorts, people, Parameters.defaults())
    qtbot.addWidget(view)
    assert view.empty.isVisibleTo(view) and not view.add_session_button.isEnabled()

    dialog = NewCohortDialog(cohorts, view)
    qtbot.addWidget(dialog)
    dialog.apply()  # nothing typed
    assert dialog.boxes["title"].error.text() == "Ce champ est obligatoire."
    today = date.today()
    first, last = today - timedelta(days=14), today + timedelta(days=14)
    dialog.title.setText("Savoir-être et recherche d'emploi")
    dialog.starts_on.setDate(QDate(first.year, first.month, first.day))
    dialog.ends_on.setDate(QDate(last.year, last.month, last.day))
    dialog.capacity.setValue(3)
    dialog.apply()
    assert dialog.cohort_id is not None
    view.reload(dialog.cohort_id)
    assert view.cohort_id() == dialog.cohort_id

    for days_ago in (7, 0):
        day = today - timedelta(days=days_ago)
        view.session_date.setDate(QDate(day.year, day.month, day.day))
        view.session_topic.setText(f"Module J-{days_ago}")
        view.add_session_button.click()
    view.session_date.setDate(QDate(2030, 1, 1))
    view.add_session_button.click()
    assert "dates de la cohorte" in view.message.text()

    for name in ("Sow", "Bah", "Camara", "Diallo"):
        people.register(person(last_name=name, phone="", documents=()), confirmed_new=True)
    cohort_id = view.cohort_id() or ""
    outcome: list[str] = []
    enrolment = EnrolDialog(
        people, lambda ids: outcome.append(str(cohorts.enrol(cohort_id, ids))) or "3 enrolled", view
    )
    qtbot.addWidget(enrolment)
    assert enrolment.results.count() == 4
    enrolment.search.setText("bah")
    assert enrolment.results.count() == 1
    enrolment.search.setText("")
    for row in range(enrolment.results.count()):
        enrolment.results.item(row).setCheckState(Qt.CheckState.Checked)
    enrolment.enrol_button.click()
    assert outcome == ["EnrolResult(added=3, already=0, over_capacity=1)"]
    assert enrolment.message.text() == "3 enrolled"
    view.reload()
    assert view.sheet.rowCount() == 3

    earlier = view.session_choice.itemData(0)
    set_combo_value(view.session_choice, earlier)
    view.mark_all_present()
    view.save_sheet_button.click()
    set_combo_value(view.session_choice, view.session_choice.itemData(1))
    view.mark_all_present()
    absent = view.sheet.cellWidget(1, 2)
    assert isinstance(absent, QComboBox)
    set_combo_value(absent, "absent")
    view.save_sheet_button.click()
    rates = sorted(view.sheet.item(row, 3).text() for row in range(3))
    assert rates == ["100 %  ✔", "100 %  ✔", "50 %  ✖"]
    editors = [
        w
        for w in view.sheet.viewport().findChildren(QComboBox)
        if w.parent() is view.sheet.viewport()
    ]
    assert len(editors) == 3  # one per row: replaced editors do not linger on screen
    view.sheet.setCurrentCell(0, 0)
    view.withdraw_button.click()
    assert view.sheet.rowCount() == 2


def test_main_window_has_the_cohorts_tab(make_window: object) -> None:
    window = make_window()  # type: ignore[operator]
    assert window.tabs.tabText(3) == "Cohortes de formation"
    assert window.tabs.widget(3).findChild(CohortsView) is None  # built when first shown
    window.tabs.setCurrentIndex(3)
    assert window.tabs.widget(3).findChild(CohortsView) is window.cohorts
