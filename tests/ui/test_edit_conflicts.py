"""A file open in the real form while a pull lands (issue 21): saving keeps the pulled values
the counsellor did not touch, and asks, with both values, where she changed the same field."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counsellor_app.core.appointments import AppointmentKind
from counsellor_app.core.clock import local_today
from counsellor_app.core.pathway import ALL_STAGES, Stage, Status
from counsellor_app.services.appointments import AppointmentInput, AppointmentService
from counsellor_app.services.business_plans import BusinessPlanService, PlanData
from counsellor_app.services.pathway import PathwayService
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import (
    Appointment,
    BusinessPlan,
    ChangeLog,
    PathwayStage,
    Person,
)
from counsellor_app.ui.agenda_view import AppointmentDialog
from counsellor_app.ui.business_plan_panel import BusinessPlanPanel
from counsellor_app.ui.conflict_dialog import EditConflictDialog
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.pathway_panel import PathwayPanel
from counsellor_app.ui.person_form import PersonForm
from tests.conftest import person
from tests.services.pulls import pull_edit
from tests.ui.conftest import type_text

# (the field the colleague changes, its stored value; the field the counsellor types, its text)
ORDERS = [
    ("phone_e164", "+212611223344", "email", "mamadou@example.org"),
    ("email", "mamadou@example.org", "phone", "06 11 22 33 44"),
]


def _stored(db: Database, person_id: str) -> Person:
    with db.reader() as session:
        found = session.get(Person, person_id)
        assert found is not None
        session.expunge(found)
        return found


def _my_history(db: Database, person_id: str, actor_id: str) -> list[dict[str, list[object]]]:
    with db.reader() as session:
        return [
            e.changes
            for e in session.scalars(
                select(ChangeLog)
                .where(ChangeLog.entity == "person", ChangeLog.action == "update")
                .where(ChangeLog.entity_id == person_id, ChangeLog.actor_id == actor_id)
                .order_by(ChangeLog.seq)
            )
        ]


@pytest.mark.parametrize(
    "order", ORDERS, ids=["pulled-phone-typed-email", "pulled-email-typed-phone"]
)
def test_saving_an_open_file_keeps_what_a_pull_wrote_meanwhile(
    qtbot: QtBot, context: UiContext, db: Database, order: tuple[str, str, str, str]
) -> None:
    pulled_field, pulled_value, typed_field, typed = order
    person_id = context.people.register(person(), confirmed_new=True)
    form = PersonForm(context, person_id)
    qtbot.addWidget(form)
    form.show()
    pull_edit(db, Person, person_id, person_id, **{pulled_field: pulled_value})
    type_text(getattr(form, typed_field), typed)
    assert form.save()
    stored = _stored(db, person_id)
    assert getattr(stored, pulled_field) == pulled_value  # the colleague's value survives
    if typed_field == "email":
        assert stored.email == typed
        assert _my_history(db, person_id, context.user.id) == [{"email": ["", typed]}]
    else:
        assert stored.phone_e164 == "+212611223344"
        assert _my_history(db, person_id, context.user.id) == [
            {"phone_e164": ["+212612345678", "+212611223344"]}
        ]
    assert form.email.text() == "mamadou@example.org"  # the form shows the merged file


@pytest.mark.parametrize("take_other", [False, True], ids=["keep-mine", "take-theirs"])
def test_the_same_field_changed_on_both_sides_shows_both_values_and_saves_the_choice(
    qtbot: QtBot, context: UiContext, db: Database, take_other: bool
) -> None:
    person_id = context.people.register(person(), confirmed_new=True)
    form = PersonForm(context, person_id)
    qtbot.addWidget(form)
    form.show()
    pull_edit(db, Person, person_id, person_id, phone_e164="+212611223344", address="Salé")
    type_text(form.phone, "06 99 88 77 66")
    type_text(form.email, "mamadou@example.org")
    assert not form.save()
    dialog = form.findChild(EditConflictDialog)
    assert dialog is not None and dialog.isVisible()
    table = dialog.table
    assert table.rowCount() == 1  # the e-mail and the address are not in conflict
    cells = [table.item(0, c).text() for c in range(3)]  # type: ignore[union-attr]
    assert cells[0] == "téléphone"
    assert "06 99 88 77 66" in cells[1] and "06 11 22 33 44" in cells[2]
    assert _stored(db, person_id).phone_e164 == "+212611223344"  # nothing written yet
    dialog.choose("phone_e164", take_other)
    with qtbot.waitSignal(form.saved):
        dialog.accept()
    stored = _stored(db, person_id)
    assert stored.phone_e164 == ("+212611223344" if take_other else "+212699887766")
    assert (stored.email, stored.address) == ("mamadou@example.org", "Salé")
    assert not form.is_dirty


def test_the_business_plan_editor_keeps_a_pulled_section_and_asks_about_a_shared_one(
    qtbot: QtBot, context: UiContext, db: Database
) -> None:
    """The same rule and the same dialog in another form of the file."""
    person_id = context.people.register(person(), confirmed_new=True)
    plans = BusinessPlanService(context.db, context.user)
    plans.save(person_id, PlanData(activity="Snack", sections={"market": "Quartier"}))
    panel = BusinessPlanPanel(plans, person_id, "fr")
    qtbot.addWidget(panel)
    panel.show()
    plan_id = plans_id(db, person_id)
    pull_edit(db, BusinessPlan, plan_id, person_id, activity="Snack et jus",
              sections={"market": "Quartier et gare", "team": "Deux associés"})  # fmt: skip
    panel.section_edits["market"].setPlainText("Centre-ville")  # also changed by the pull
    panel.section_edits["product"].setPlainText("Sandwichs")
    assert not panel.save()
    dialog = panel.findChild(EditConflictDialog)
    assert dialog is not None and dialog.isVisible()
    assert [dialog.table.item(0, c).text() for c in (1, 2)] == [  # type: ignore[union-attr]
        "Centre-ville",
        "Quartier et gare",
    ]
    dialog.choose("sections.market", take_other=True)
    with qtbot.waitSignal(panel.saved):
        dialog.accept()
    saved = plans.load(person_id)
    assert saved.activity == "Snack et jus"
    assert saved.sections == {
        "market": "Quartier et gare",
        "team": "Deux associés",
        "product": "Sandwichs",
    }
    assert panel.section_edits["team"].toPlainText() == "Deux associés"  # the form reloaded


def plans_id(db: Database, person_id: str) -> str:
    with db.reader() as session:
        found = session.scalar(select(BusinessPlan.id).where(BusinessPlan.person_id == person_id))
    assert found is not None
    return found


def test_a_stage_moved_elsewhere_while_shown_is_refused_and_shown_as_it_is_now(
    qtbot: QtBot, context: UiContext, db: Database
) -> None:
    person_id = context.people.register(person(), confirmed_new=True)
    pathways = PathwayService(context.db, context.user)
    pathways.move(person_id, Stage.ORIENTATION, Status.PLANNED)
    panel = PathwayPanel(pathways, person_id, ask_reason=lambda _title: "Parti à Tanger")
    qtbot.addWidget(panel)
    panel.show()
    panel.stage_list.setCurrentRow(ALL_STAGES.index(Stage.ORIENTATION))
    stage_id = _stage_id(db, person_id)
    pull_edit(db, PathwayStage, stage_id, person_id, status="in_progress", started_on="2026-11-20")
    panel.move_buttons[Status.NOT_APPLICABLE].click()  # decided on the stage as shown before
    assert panel.message.isVisible()
    assert "modifié ailleurs" in panel.message.text()
    assert panel.view is not None
    assert panel.view.pathway.state(Stage.ORIENTATION).status == Status.IN_PROGRESS  # fresh
    assert panel.move_buttons[Status.NOT_APPLICABLE].isHidden()  # not a choice any more
    panel.move_buttons[Status.ABANDONED].click()  # decided again on what is true now
    assert panel.view.pathway.state(Stage.ORIENTATION).status == Status.ABANDONED


def _stage_id(db: Database, person_id: str) -> str:
    with db.reader() as session:
        found = session.scalar(
            select(PathwayStage.id).where(
                PathwayStage.person_id == person_id, PathwayStage.stage == "orientation"
            )
        )
    assert found is not None
    return found


def test_stage_notes_saved_in_the_panel_keep_the_pulled_goal_and_attendance(
    qtbot: QtBot, context: UiContext, db: Database
) -> None:
    person_id = context.people.register(person(), confirmed_new=True)
    pathways = PathwayService(context.db, context.user)
    pathways.move(person_id, Stage.ORIENTATION, Status.IN_PROGRESS)
    panel = PathwayPanel(pathways, person_id, ask_reason=lambda _title: "x")
    qtbot.addWidget(panel)
    panel.show()
    panel.stage_list.setCurrentRow(ALL_STAGES.index(Stage.ORIENTATION))
    pull_edit(db, PathwayStage, _stage_id(db, person_id), person_id,
              data={"career_goal": "Chef de partie", "attendance_pct": 90})  # fmt: skip
    panel.notes.setPlainText("Entretien du 20/11 : motivé")
    panel.save_notes.click()
    stage = pathways.view(person_id).stages[Stage.ORIENTATION]
    assert stage.notes == "Entretien du 20/11 : motivé"
    assert stage.data == {"career_goal": "Chef de partie", "attendance_pct": 90}
    assert panel.career_goal.text() == "Chef de partie"  # the panel shows the merged stage


def test_a_draft_typed_before_a_pull_and_restored_after_it_keeps_the_pulled_phone(
    qtbot: QtBot, context: UiContext, db: Database
) -> None:
    """The app closed with an unsaved e-mail (kept as a draft); a sync then brings a new phone;
    the draft restored and saved keeps that phone: a draft merges as an open form does."""
    person_id = context.people.register(person(), confirmed_new=True)
    first = PersonForm(context, person_id)
    qtbot.addWidget(first)
    type_text(first.email, "mamadou@example.org")
    first.save_draft()
    pull_edit(db, Person, person_id, person_id, phone_e164="+212611223344")
    reopened = PersonForm(context, person_id)
    qtbot.addWidget(reopened)
    reopened.show()
    assert reopened.draft_banner.isVisible()
    assert reopened.phone.text() == "06 11 22 33 44"
    reopened.restore_button.click()
    assert reopened.phone.text() == "06 12 34 56 78"  # the draft as it was typed
    assert reopened.save()
    stored = _stored(db, person_id)
    assert (stored.phone_e164, stored.email) == ("+212611223344", "mamadou@example.org")


def test_an_appointment_changed_in_its_dialog_keeps_the_pulled_time(
    qtbot: QtBot, context: UiContext, db: Database
) -> None:
    person_id = context.people.register(person(), confirmed_new=True)
    service = AppointmentService(context.db, context.user)
    tomorrow = local_today() + timedelta(days=1)
    at = datetime.combine(tomorrow, time(9, 0)).astimezone()
    appointment_id = service.save(
        AppointmentInput(context.user.id, AppointmentKind.ORIENTATION, at, 30, person_id, "B2")
    )
    [shown] = service.of_person(person_id)
    dialog = AppointmentDialog(service, context.people, context.user.id, "fr", existing=shown)
    qtbot.addWidget(dialog)
    later = datetime.combine(tomorrow, time(15, 30)).astimezone()
    pull_edit(db, Appointment, appointment_id, person_id, starts_at=later)
    type_text(dialog.place, "Salle 3")
    dialog.apply()
    assert dialog.result() == QDialog.DialogCode.Accepted
    [saved] = service.of_person(person_id)
    assert (saved.starts_at, saved.place) == (later, "Salle 3")
