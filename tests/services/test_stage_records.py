"""Each stage completes only on its own record, through the real services on a real file:
the refusal names what to enter, the record written through its own service lifts it, and a
record pulled from the server is stored as it comes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import insert, select

from counsellor_app.core.grants import BusinessStatus, Decision, DisbursementMode
from counsellor_app.core.pathway import Stage, Status, Track
from counsellor_app.core.problems import DomainError
from counsellor_app.core.stage_records import AE_PROOF_REQUIRED
from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.services.attachments import AttachmentService
from counsellor_app.services.business_plans import BusinessPlanService
from counsellor_app.services.grants import GrantService
from counsellor_app.services.internships import InternshipInput, InternshipService
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.people import PeopleService
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import Parameter, PathwayStage
from tests.conftest import ADMIN, PASSWORD, person
from tests.services.pulls import pull_edit
from tests.services.test_appointments_and_attachments import png_bytes
from tests.stage_records import (
    GOOD_PLAN,
    INTERVIEW,
    ended_internship,
    interview,
    plan,
    registration,
)

TODAY = date(2026, 11, 22)


def today() -> date:
    return TODAY


@pytest.fixture
def pathways(db: Database, user: CurrentUser) -> PathwayService:
    return PathwayService(db, user, today)


def refused(action: Callable[[], object]) -> list[str]:
    with pytest.raises(DomainError) as error:
        action()
    return [p.code for p in error.value.problems]


def completion(pathways: PathwayService, person_id: str, stage: Stage) -> list[str]:
    """What the screen shows on the stage's Complete button (the service's own verdict)."""
    moves = {m.target: m for m in pathways.view(person_id).moves[stage]}
    return [p.code for p in moves[Status.COMPLETED].problems]


def start(pathways: PathwayService, person_id: str, *stages: Stage) -> None:
    for stage in stages:
        pathways.move(person_id, stage, Status.IN_PROGRESS)


def self_employed(people: PeopleService, pathways: PathwayService) -> str:
    person_id = people.register(person(), confirmed_new=True)
    interview(pathways, person_id, Track.SELF_EMPLOYMENT)
    start(pathways, person_id, Stage.ORIENTATION)
    pathways.move(person_id, Stage.ORIENTATION, Status.COMPLETED)
    pathways.move(person_id, Stage.SOFT_SKILLS, Status.NOT_APPLICABLE, reason="formé par l'OIM")
    return person_id


def test_orientation_completes_on_the_interview(
    people: PeopleService, pathways: PathwayService
) -> None:
    person_id = people.register(person(), confirmed_new=True)
    start(pathways, person_id, Stage.ORIENTATION)
    complete = lambda: pathways.move(person_id, Stage.ORIENTATION, Status.COMPLETED)  # noqa: E731
    assert refused(complete) == [
        "orientation_needs_career_goal",
        "orientation_needs_track",
        "orientation_needs_services",
    ]
    pathways.save_stage_notes(person_id, Stage.ORIENTATION, "", {"career_goal": "  "})
    pathways.save_stage_notes(
        person_id, Stage.ORIENTATION, "", {"career_goal": INTERVIEW["career_goal"]}
    )
    assert completion(pathways, person_id, Stage.ORIENTATION) == [
        "orientation_needs_track",
        "orientation_needs_services",
    ]
    pathways.choose_track(person_id, Track.WAGE)
    pathways.save_stage_notes(
        person_id, Stage.ORIENTATION, "", {"recommended_services": ["internship"]}
    )
    assert completion(pathways, person_id, Stage.ORIENTATION) == []
    view = complete()
    assert view.pathway.state(Stage.ORIENTATION).status == Status.COMPLETED


def test_the_internship_stage_completes_on_an_ended_and_evaluated_internship(
    people: PeopleService, pathways: PathwayService, db: Database, user: CurrentUser
) -> None:
    person_id = people.register(person(), confirmed_new=True)
    interview(pathways, person_id)
    start(pathways, person_id, Stage.ORIENTATION)
    pathways.move(person_id, Stage.ORIENTATION, Status.COMPLETED)
    pathways.move(person_id, Stage.SOFT_SKILLS, Status.NOT_APPLICABLE, reason="déjà formé")
    start(pathways, person_id, Stage.INTERNSHIP)
    complete = lambda: pathways.move(person_id, Stage.INTERNSHIP, Status.COMPLETED)  # noqa: E731
    assert refused(complete) == ["internship_needs_record"]
    internships = InternshipService(db, user, today)
    internship_id = ended_internship(db, user, today, person_id)
    [shown] = internships.internships(person_id)
    running = InternshipInput(shown.host_id, TODAY - timedelta(days=30), TODAY + timedelta(days=60),
                              "2 000", "M. Alami")  # fmt: skip
    internships.save(person_id, running, internship_id)
    with pytest.raises(DomainError) as error:
        complete()
    assert [(p.code, dict(p.params)) for p in error.value.problems] == [
        ("internship_not_ended", {"on": "2027-01-21"})
    ]
    ended = replace(running, ends_on=TODAY - timedelta(days=1))
    internships.save(person_id, ended, internship_id)
    assert refused(complete) == ["internship_needs_final_evaluation"]
    internships.save(
        person_id, replace(ended, final_evaluation="Objectifs atteints"), internship_id
    )
    assert complete().pathway.state(Stage.INTERNSHIP).status == Status.COMPLETED


def test_the_registration_needs_its_number_and_date_and_the_card_when_the_programme_asks(
    people: PeopleService, pathways: PathwayService, db: Database, user: CurrentUser
) -> None:
    person_id = self_employed(people, pathways)
    start(pathways, person_id, Stage.AE_REGISTRATION)
    complete = lambda: pathways.move(person_id, Stage.AE_REGISTRATION, Status.COMPLETED)  # noqa: E731
    assert refused(complete) == ["ae_needs_registration_number", "ae_needs_registration_date"]
    registration(db, user, today, person_id)  # registered on 19 November
    with pytest.raises(DomainError) as early:
        pathways.move(person_id, Stage.AE_REGISTRATION, Status.COMPLETED, date(2026, 11, 18))
    assert [p.code for p in early.value.problems] == ["ae_registered_after"]
    with db.write_transaction() as connection:  # the programme now wants the card attached
        connection.execute(
            insert(Parameter),
            [{"key": AE_PROOF_REQUIRED, "value": 1, "valid_from": date(2026, 1, 1)}],
        )
    assert refused(complete) == ["ae_needs_proof_attached"]
    attachments = AttachmentService(db, user, today)
    attachments.attach(person_id, "cin.png", png_bytes(), "Carte d'identité")  # not this stage
    assert refused(complete) == ["ae_needs_proof_attached"]
    attachments.attach(person_id, "carte-ae.png", png_bytes(), "Carte AE", Stage.AE_REGISTRATION)
    assert complete().pathway.state(Stage.AE_REGISTRATION).status == Status.COMPLETED


def test_the_plan_stage_completes_when_the_review_has_no_blocking_problem_and_only_then_goes_to_committee(
    people: PeopleService,
    pathways: PathwayService,
    db: Database,
    user: CurrentUser,
    workspace: Workspace,
) -> None:
    person_id = self_employed(people, pathways)
    registration(db, user, today, person_id)
    start(pathways, person_id, Stage.AE_REGISTRATION, Stage.BUSINESS_PLAN)
    pathways.move(person_id, Stage.AE_REGISTRATION, Status.COMPLETED)
    complete = lambda: pathways.move(person_id, Stage.BUSINESS_PLAN, Status.COMPLETED)  # noqa: E731
    assert refused(complete) == ["plan_missing"]
    plans = BusinessPlanService(db, user, today)
    plans.save(person_id, replace(GOOD_PLAN, activity="", sections={}, funding=()))
    assert refused(complete) == ["plan_needs_activity", "plan_needs_summary", "plan_funding_gap"]
    _db, admin = workspace.log_in(ADMIN, PASSWORD, db)
    envelope = GrantService(db, admin, today).create_envelope("INDH", 5_000_000, date(2026, 1, 1))
    grants = GrantService(db, user, today)
    application = grants.apply(person_id, envelope, 700_000)
    decide = lambda: grants.decide(application, Decision.APPROVED, 700_000, TODAY)  # noqa: E731
    assert refused(decide) == ["decision_needs_completed_plan"]  # an empty plan is not funded
    plans.save(person_id, GOOD_PLAN)
    assert complete().pathway.state(Stage.BUSINESS_PLAN).status == Status.COMPLETED
    decide()


def test_microgrant_and_follow_up_complete_on_the_tranche_and_the_last_visit(
    people: PeopleService,
    pathways: PathwayService,
    db: Database,
    user: CurrentUser,
    workspace: Workspace,
) -> None:
    _db, admin = workspace.log_in(ADMIN, PASSWORD, db)
    boss, grants = GrantService(db, admin, today), GrantService(db, user, today)
    envelope = boss.create_envelope("INDH", 5_000_000, date(2026, 1, 1))
    tranches = {}
    for name in ("active", "closed"):
        person_id = self_employed(people, pathways)
        registration(db, user, today, person_id)
        plan(db, user, today, person_id)
        start(pathways, person_id, Stage.AE_REGISTRATION, Stage.BUSINESS_PLAN, Stage.MICROGRANT)
        for stage in (Stage.AE_REGISTRATION, Stage.BUSINESS_PLAN):
            pathways.move(person_id, stage, Status.COMPLETED)
        application = grants.apply(person_id, envelope, 700_000)
        boss.decide(application, Decision.APPROVED, 700_000, TODAY)
        tranches[name] = (person_id, grants.record_tranche(application, 400_000,
                                                           DisbursementMode.CASH, TODAY))  # fmt: skip
    for person_id, tranche in tranches.values():
        assert refused(
            lambda p=person_id: pathways.move(p, Stage.MICROGRANT, Status.COMPLETED)
        ) == ["grant_needs_confirmed_tranche"]  # recorded, not yet confirmed by a second person
        boss.confirm_tranche(tranche)
        pathways.move(person_id, Stage.MICROGRANT, Status.COMPLETED)
        start(pathways, person_id, Stage.FOLLOW_UP)
        assert completion(pathways, person_id, Stage.FOLLOW_UP) == ["follow_up_needs_last_visit"]
    active, closed = tranches["active"][0], tranches["closed"][0]
    first, *_middle, last = grants.visits(active)
    assert last.due_on == date(2027, 11, 22)
    grants.record_visit(first.id, TODAY, BusinessStatus.ACTIVE, 300_000, 0)
    assert completion(pathways, active, Stage.FOLLOW_UP) == ["follow_up_needs_last_visit"]
    grants.record_visit(last.id, TODAY, BusinessStatus.ACTIVE, 350_000, 1)  # typed on the day
    pathways.move(active, Stage.FOLLOW_UP, Status.COMPLETED)
    grants.record_visit(grants.visits(closed)[0].id, TODAY, BusinessStatus.CLOSED, 0, 0)
    pathways.move(closed, Stage.FOLLOW_UP, Status.COMPLETED)  # a recorded closure


def test_a_completion_pulled_from_the_server_is_stored_as_it_comes(
    people: PeopleService, pathways: PathwayService, db: Database
) -> None:
    """Another PC completed the stage (under the same rule, or an older version before it):
    the sync never re-refuses history; the PC's own next act is held to the rule again."""
    person_id = people.register(person(), confirmed_new=True)
    start(pathways, person_id, Stage.ORIENTATION)
    with db.reader() as session:
        stage_id = session.scalar(
            select(PathwayStage.id).where(
                PathwayStage.person_id == person_id, PathwayStage.stage == "orientation"
            )
        )
    assert stage_id is not None
    pull_edit(db, PathwayStage, stage_id, person_id, status="completed", ended_on=TODAY)
    view = pathways.view(person_id)
    assert view.pathway.state(Stage.ORIENTATION).status == Status.COMPLETED
    pathways.move(person_id, Stage.ORIENTATION, Status.IN_PROGRESS, reason="entretien à refaire")
    assert refused(lambda: pathways.move(person_id, Stage.ORIENTATION, Status.COMPLETED)) == [
        "orientation_needs_career_goal",
        "orientation_needs_track",
        "orientation_needs_services",
    ]
