"""Every form of a file saves over a newer copy without reverting it (issue 21): a pulled edit
lands while the form is open, the counsellor changes one thing and saves; what she did not
touch keeps the pulled value, and a decision taken on an outdated record is refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from counsellor_app.core.merge import EditConflict
from counsellor_app.core.pathway import Stage, Status
from counsellor_app.core.problems import DomainError
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.business_plans import BusinessPlanService
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.people import PeopleService
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import BusinessPlan, PathwayStage, SyncedRecord
from tests.conftest import person
from tests.services.pulls import pull_edit

TODAY = date(2026, 11, 22)


def _id_of(db: Database, model: type[SyncedRecord], **where: Any) -> str:
    with db.reader() as session:
        found = session.scalar(
            select(model.id).where(*(getattr(model, k) == v for k, v in where.items()))  # type: ignore[attr-defined]
        )
    assert found is not None
    return str(found)


@pytest.fixture
def pathways(db: Database, user: CurrentUser) -> PathwayService:
    return PathwayService(db, user, today=lambda: TODAY)


# -- pathway stages -----------------------------------------------------------------------------
def test_stage_notes_keep_pulled_data_the_form_did_not_touch(
    db: Database, people: PeopleService, pathways: PathwayService
) -> None:
    person_id = people.register(person())
    pathways.move(person_id, Stage.ORIENTATION, Status.IN_PROGRESS)
    pathways.save_stage_notes(
        person_id, Stage.ORIENTATION, "Premier entretien", {"career_goal": "Cuisinier"}
    )
    shown = pathways.view(person_id).stages[Stage.ORIENTATION]
    stage_id = _id_of(db, PathwayStage, person_id=person_id, stage="orientation")
    pull_edit(db, PathwayStage, stage_id, person_id, data={"career_goal": "Chef de partie"})
    # The form sends its notes and the goal as shown (unchanged): the pulled goal stays.
    pathways.save_stage_notes(
        person_id, Stage.ORIENTATION, "Premier entretien, CV à refaire",
        {"career_goal": "Cuisinier"}, shown.opened,
    )  # fmt: skip
    after = pathways.view(person_id).stages[Stage.ORIENTATION]
    assert after.notes == "Premier entretien, CV à refaire"
    assert after.data["career_goal"] == "Chef de partie"


def test_stage_notes_changed_on_both_sides_are_asked(
    db: Database, people: PeopleService, pathways: PathwayService
) -> None:
    person_id = people.register(person())
    pathways.move(person_id, Stage.ORIENTATION, Status.IN_PROGRESS)
    shown = pathways.view(person_id).stages[Stage.ORIENTATION]
    stage_id = _id_of(db, PathwayStage, person_id=person_id, stage="orientation")
    pull_edit(db, PathwayStage, stage_id, person_id, notes="Vu par Amina")
    with pytest.raises(EditConflict) as raised:
        pathways.save_stage_notes(person_id, Stage.ORIENTATION, "Vu par Salma", {}, shown.opened)
    assert [(c.field, c.server_value, c.incoming_value) for c in raised.value.conflicts] == [
        ("notes", "Vu par Amina", "Vu par Salma")
    ]
    pathways.save_stage_notes(
        person_id, Stage.ORIENTATION, "Vu par Salma", {}, shown.opened, {"notes": "Vu par Salma"}
    )
    assert pathways.view(person_id).stages[Stage.ORIENTATION].notes == "Vu par Salma"


def test_a_stage_moved_elsewhere_refuses_a_move_decided_on_the_old_state(
    db: Database, people: PeopleService, pathways: PathwayService
) -> None:
    person_id = people.register(person())
    pathways.move(person_id, Stage.ORIENTATION, Status.IN_PROGRESS)
    shown = pathways.view(person_id).stages[Stage.ORIENTATION]
    stage_id = _id_of(db, PathwayStage, person_id=person_id, stage="orientation")
    pull_edit(db, PathwayStage, stage_id, person_id, status="completed", ended_on=TODAY)
    with pytest.raises(DomainError) as refused:
        pathways.move(person_id, Stage.ORIENTATION, Status.NOT_APPLICABLE, seen=shown.version)
    assert refused.value.problems[0].code == "changed_elsewhere"
    assert pathways.view(person_id).stages[Stage.ORIENTATION].state.status == Status.COMPLETED
    soft_skills = pathways.view(person_id).stages[Stage.SOFT_SKILLS]
    pathways.move(person_id, Stage.SOFT_SKILLS, Status.IN_PROGRESS, seen=soft_skills.version)
    assert pathways.view(person_id).stages[Stage.SOFT_SKILLS].state.status == Status.IN_PROGRESS


# -- business plan ------------------------------------------------------------------------------
def test_a_business_plan_keeps_the_pulled_sections_the_form_did_not_touch(
    db: Database, people: PeopleService, user: CurrentUser
) -> None:
    plans = BusinessPlanService(db, user, today=lambda: TODAY)
    person_id = people.register(person())
    first = plans.opened(person_id)
    plans.save(
        person_id, replace(first.values, activity="Snack", sections={"market": "Quartier"}), first
    )
    opened = plans.opened(person_id)
    plan_id = _id_of(db, BusinessPlan, person_id=person_id)
    pull_edit(db, BusinessPlan, plan_id, person_id, sections={"market": "Quartier et gare"},
              revenue=[500_000] * 12)  # fmt: skip
    form = replace(opened.values, sections={**opened.values.sections, "team": "Deux associés"})
    plans.save(person_id, form, opened)
    saved = plans.load(person_id)
    assert saved.sections == {"market": "Quartier et gare", "team": "Deux associés"}
    assert saved.revenue == (500_000,) * 12 and saved.activity == "Snack"
    with pytest.raises(EditConflict) as raised:  # the same section changed on both sides
        plans.save(person_id, replace(form, sections={"market": "Centre-ville"}), opened)
    assert {c.field for c in raised.value.conflicts} == {"sections.market"}


def test_a_plan_created_elsewhere_while_the_form_was_empty_is_merged(
    db: Database, people: PeopleService, user: CurrentUser
) -> None:
    plans = BusinessPlanService(db, user, today=lambda: TODAY)
    person_id = people.register(person())
    opened = plans.opened(person_id)  # no plan yet
    other = BusinessPlanService(db, user, today=lambda: TODAY)  # another window
    other.save(person_id, replace(opened.values, activity="Couture", sections={"team": "Seule"}))
    plans.save(person_id, replace(opened.values, sections={"market": "Marché"}), opened)
    saved = plans.load(person_id)
    assert saved.activity == "Couture"
    assert saved.sections == {"team": "Seule", "market": "Marché"}
