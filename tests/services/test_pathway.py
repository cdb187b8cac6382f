"""The pathway through the service: stored facts feed the rules; refusals keep the state."""

from __future__ import annotations

from datetime import date

import pytest

from counsellor_app.core.pathway import OutcomeKind, Stage, Status, Track
from counsellor_app.core.person import IdentityDocumentInput
from counsellor_app.core.problems import DomainError
from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.people import PeopleService
from counsellor_app.storage.database import Database
from tests.conftest import ADMIN, PASSWORD, person
from tests.stage_records import first_tranche, interview, plan, registration

TODAY = date(2026, 11, 22)


@pytest.fixture
def pathways(db: Database, user: CurrentUser) -> PathwayService:
    return PathwayService(db, user, today=lambda: TODAY)


def advance(pathways: PathwayService, person_id: str, stage: Stage) -> None:
    pathways.move(person_id, stage, Status.IN_PROGRESS)
    pathways.move(person_id, stage, Status.COMPLETED)


def test_registration_completes_the_intake(people: PeopleService, pathways: PathwayService) -> None:
    person_id = people.register(person())
    view = pathways.view(person_id)
    assert view.pathway.state(Stage.INTAKE).status == Status.COMPLETED
    assert view.pathway.current_stage() == Stage.ORIENTATION
    assert view.stages[Stage.INTAKE].counsellor_name == "Salma Ouahbi"
    orientation = {m.target: m.allowed for m in view.moves[Stage.ORIENTATION]}
    assert orientation == {
        Status.PLANNED: True,
        Status.IN_PROGRESS: True,
        Status.NOT_APPLICABLE: True,
    }
    assert not any(
        m.allowed for m in view.moves[Stage.INTERNSHIP] if m.target == Status.IN_PROGRESS
    )


def test_self_employment_track_with_stored_facts(
    people: PeopleService,
    pathways: PathwayService,
    db: Database,
    user: CurrentUser,
    workspace: Workspace,
) -> None:
    person_id = people.register(person())  # regularised 2014, card valid until 2027-06-30
    interview(pathways, person_id, Track.SELF_EMPLOYMENT)
    advance(pathways, person_id, Stage.ORIENTATION)
    pathways.move(person_id, Stage.SOFT_SKILLS, Status.IN_PROGRESS)
    with pytest.raises(DomainError) as refused:
        pathways.move(person_id, Stage.SOFT_SKILLS, Status.COMPLETED)
    assert refused.value.problems[0].code == "attendance_below_threshold"
    pathways.save_stage_notes(
        person_id, Stage.SOFT_SKILLS, "Module CV réussi", {"attendance_pct": 85}
    )
    pathways.move(person_id, Stage.SOFT_SKILLS, Status.COMPLETED)
    view = pathways.choose_track(person_id, Track.SELF_EMPLOYMENT)
    assert view.pathway.state(Stage.INTERNSHIP).status == Status.NOT_APPLICABLE
    today = lambda: TODAY  # noqa: E731
    registration(db, user, today, person_id)
    advance(pathways, person_id, Stage.AE_REGISTRATION)
    pathways.move(person_id, Stage.BUSINESS_PLAN, Status.IN_PROGRESS)
    pathways.move(
        person_id, Stage.MICROGRANT, Status.IN_PROGRESS
    )  # may start while the plan is drafted
    with pytest.raises(DomainError) as refused:
        pathways.move(person_id, Stage.MICROGRANT, Status.COMPLETED)
    assert {p.code for p in refused.value.problems} == {
        "decision_needs_completed_plan",
        "previous_stage_open",
        "grant_needs_confirmed_tranche",
    }
    plan(db, user, today, person_id)
    pathways.move(person_id, Stage.BUSINESS_PLAN, Status.COMPLETED)
    _db, supervisor = workspace.log_in(ADMIN, PASSWORD, db)
    first_tranche(db, user, supervisor, today, person_id)
    pathways.move(person_id, Stage.MICROGRANT, Status.COMPLETED)
    view = pathways.record_outcome(
        person_id, OutcomeKind.BUSINESS_CREATED, date(2026, 11, 1), "Atelier de couture"
    )
    assert [(o.kind, o.detail) for o in view.pathway.outcomes] == [
        (OutcomeKind.BUSINESS_CREATED, "Atelier de couture")
    ]
    assert view.pathway.current_stage() == Stage.FOLLOW_UP
    history = people.history(person_id)
    assert any(
        e.entity == "pathway_stage"
        and e.subject == "microgrant"
        and e.changes.get("status") == ["in_progress", "completed"]
        for e in history
    )


def test_asylum_seekers_cannot_register_as_auto_entrepreneurs(
    people: PeopleService, pathways: PathwayService
) -> None:
    person_id = people.register(
        person(
            legal_status="asylum_seeker",
            documents=(
                IdentityDocumentInput("unhcr_attestation", "123-16C00001", date(2027, 1, 1)),
            ),
        )
    )
    interview(pathways, person_id, Track.SELF_EMPLOYMENT)
    advance(pathways, person_id, Stage.ORIENTATION)
    pathways.move(
        person_id, Stage.SOFT_SKILLS, Status.NOT_APPLICABLE, reason="already trained by an NGO"
    )
    pathways.choose_track(person_id, Track.SELF_EMPLOYMENT)
    view = pathways.view(person_id)
    start = next(m for m in view.moves[Stage.AE_REGISTRATION] if m.target == Status.IN_PROGRESS)
    assert [p.code for p in start.problems] == ["ae_status_not_eligible"]
    with pytest.raises(DomainError):
        pathways.move(person_id, Stage.AE_REGISTRATION, Status.IN_PROGRESS)
    assert (
        pathways.view(person_id).pathway.state(Stage.AE_REGISTRATION).status == Status.NOT_STARTED
    )


def test_dates_and_notes_are_checked(people: PeopleService, pathways: PathwayService) -> None:
    person_id = people.register(person())
    with pytest.raises(DomainError):
        pathways.move(person_id, Stage.ORIENTATION, Status.IN_PROGRESS, on=date(2027, 1, 1))
    with pytest.raises(DomainError):
        pathways.save_stage_notes(person_id, Stage.SOFT_SKILLS, "", {"attendance_pct": 120})
    with pytest.raises(DomainError):
        pathways.save_stage_notes(person_id, Stage.SOFT_SKILLS, "x" * 4001)
    with pytest.raises(DomainError):
        pathways.record_outcome(person_id, OutcomeKind.DROPPED_OUT, TODAY, "  ")
    assert pathways.parameters().get("internship_max_months", TODAY) == 24
