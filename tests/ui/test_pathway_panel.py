"""The pathway in the person's file, through the real widgets."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from counsellor_app.core.pathway import ALL_STAGES, Stage, Status, Track
from counsellor_app.core.person import IdentityDocumentInput
from counsellor_app.core.problems import DomainError
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.people import PeopleService
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.pathway_panel import PathwayPanel
from counsellor_app.ui.widgets import set_combo_value
from tests.conftest import person
from tests.stage_records import interview


def select(panel: PathwayPanel, stage: Stage) -> None:
    panel.stage_list.setCurrentRow(ALL_STAGES.index(stage))


def test_wage_track_through_the_panel(
    qtbot: QtBot, context: UiContext, people: PeopleService
) -> None:
    person_id = people.register(person())
    reasons: list[str] = []
    panel = PathwayPanel(
        PathwayService(context.db, context.user),
        person_id,
        ask_reason=lambda title: reasons.append(title) or "déjà orienté par le HCR",
    )
    qtbot.addWidget(panel)
    assert panel.summary.text() == "Étape actuelle : Orientation"
    assert panel.selected_stage() == Stage.ORIENTATION
    assert panel.move_buttons[Status.COMPLETED].isHidden()
    panel.move_buttons[Status.NOT_APPLICABLE].click()  # skip, with a reason asked for
    assert reasons == ["Passer"]
    assert panel.view is not None
    assert panel.view.pathway.state(Stage.ORIENTATION).reason == "déjà orienté par le HCR"
    select(panel, Stage.SOFT_SKILLS)
    panel.move_buttons[Status.IN_PROGRESS].click()
    complete = panel.move_buttons[Status.COMPLETED]
    assert not complete.isEnabled()
    assert "l’achèvement de la formation exige au moins 80 %" in complete.toolTip()
    panel.attendance.setValue(92)
    panel.notes.setPlainText("Assidu, module CV terminé")
    panel.save_notes.click()
    assert panel.move_buttons[Status.COMPLETED].isEnabled()
    panel.move_buttons[Status.COMPLETED].click()
    assert panel.summary.text() == "Étape suivante : choisir la filière."
    set_combo_value(panel.track, "wage")
    panel.track_button.click()
    assert panel.summary.text().startswith("Étape actuelle : Stage")
    ae = panel.stage_list.item(ALL_STAGES.index(Stage.AE_REGISTRATION)).text()
    assert "Sans objet" in ae
    set_combo_value(panel.outcome_kind, "salaried_job")
    panel.outcome_detail.setText("Centre d'appels, Rabat")
    panel.outcome_button.click()
    assert "Emploi salarié — Centre d'appels, Rabat" in panel.outcome_list.text()


def test_refusals_are_explained_and_change_nothing(
    qtbot: QtBot, context: UiContext, people: PeopleService
) -> None:
    person_id = people.register(
        person(
            legal_status="asylum_seeker",
            documents=(IdentityDocumentInput("unhcr_attestation", "123-16C00001"),),
        )
    )
    pathways = PathwayService(context.db, context.user)
    interview(pathways, person_id, Track.SELF_EMPLOYMENT)
    for stage in (Stage.ORIENTATION, Stage.SOFT_SKILLS):
        pathways.move(person_id, stage, Status.IN_PROGRESS)
    pathways.save_stage_notes(person_id, Stage.SOFT_SKILLS, "", {"attendance_pct": 100})
    pathways.move(person_id, Stage.ORIENTATION, Status.COMPLETED)
    pathways.move(person_id, Stage.SOFT_SKILLS, Status.COMPLETED)
    panel = PathwayPanel(pathways, person_id, ask_reason=lambda _title: None)
    qtbot.addWidget(panel)
    set_combo_value(panel.track, "self_employment")
    panel.track_button.click()
    select(panel, Stage.AE_REGISTRATION)
    start = panel.move_buttons[Status.IN_PROGRESS]
    assert not start.isEnabled()
    assert "titre de séjour marocain" in start.toolTip()
    select(panel, Stage.SOFT_SKILLS)
    panel.move_buttons[Status.IN_PROGRESS].click()  # reopening asks a reason; cancelled
    assert panel.view is not None
    assert panel.view.pathway.state(Stage.SOFT_SKILLS).status == Status.COMPLETED


def test_new_intake_file_gets_its_pathway_once_saved(
    make_window: object, qtbot: QtBot, context: UiContext
) -> None:
    from tests.ui.test_intake import fill_valid

    window = make_window()  # type: ignore[operator]
    window.new_intake()
    file = window.files()[0]
    assert not file.tabs.isTabEnabled(1) and "Enregistrez d’abord" in file.tabs.tabToolTip(1)
    fill_valid(file.form, qtbot)
    assert file.form.save()
    assert file.tabs.count() == 12 and all(file.tabs.isTabEnabled(i) for i in range(12))
    assert (
        file.pathway is not None and file.pathway.summary.text() == "Étape actuelle : Orientation"
    )
    assert file.history is not None and file.history.tree.topLevelItemCount() >= 3


def test_orientation_interview_is_recorded(
    qtbot: QtBot, context: UiContext, people: PeopleService
) -> None:
    person_id = people.register(person())
    pathways = PathwayService(context.db, context.user)
    panel = PathwayPanel(pathways, person_id)
    qtbot.addWidget(panel)
    select(panel, Stage.ORIENTATION)
    assert panel.career_goal.isVisibleTo(panel) and not panel.attendance.isVisibleTo(panel)
    panel.career_goal.setText("Couturière à son compte")
    panel.skills_assessment.setPlainText("Couture, retouches ; français oral courant")
    panel.services.box("self_employment_support").setChecked(True)
    panel.services.box("language_course").setChecked(True)
    panel.save_notes.click()
    data = pathways.view(person_id).stages[Stage.ORIENTATION].data
    assert data["career_goal"] == "Couturière à son compte"
    assert sorted(data["recommended_services"]) == ["language_course", "self_employment_support"]
    select(panel, Stage.SOFT_SKILLS)
    assert not panel.career_goal.isVisibleTo(panel)
    select(panel, Stage.ORIENTATION)
    assert panel.services.values() == ("language_course", "self_employment_support")
    with pytest.raises(DomainError):
        pathways.save_stage_notes(
            person_id, Stage.ORIENTATION, "", {"recommended_services": ["magic"]}
        )
