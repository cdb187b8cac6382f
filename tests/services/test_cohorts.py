"""Cohorts, enrolment, attendance sheets, and the rate that decides soft-skills completion."""

from __future__ import annotations

from datetime import date

import pytest

from counsellor_app.core.attendance import Mark
from counsellor_app.core.pathway import Stage, Status
from counsellor_app.core.problems import DomainError
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.cohorts import CohortInput, CohortService
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.people import PeopleService
from counsellor_app.storage.database import Database
from tests.conftest import person
from tests.stage_records import interview

TODAY = date(2026, 11, 22)


@pytest.fixture
def cohorts(db: Database, user: CurrentUser) -> CohortService:
    return CohortService(db, user, today=lambda: TODAY)


def test_cohort_validation(cohorts: CohortService) -> None:
    with pytest.raises(DomainError) as refused:
        cohorts.create(CohortInput("", date(2026, 11, 30), date(2026, 11, 1), capacity=0))
    assert {p.code for p in refused.value.problems} == {
        "required",
        "capacity_out_of_range",
        "end_before_start",
    }


def test_enrol_in_bulk_within_capacity(cohorts: CohortService, people: PeopleService) -> None:
    cohort_id = cohorts.create(
        CohortInput("Savoir-être — novembre", date(2026, 11, 2), date(2026, 11, 27), capacity=2)
    )
    ids = [
        people.register(person(last_name=name, phone="", documents=()), confirmed_new=True)
        for name in ("Sow", "Bah", "Camara")
    ]
    result = cohorts.enrol(cohort_id, ids + ids[:1])
    assert (result.added, result.already, result.over_capacity) == (2, 0, 1)
    assert cohorts.enrol(cohort_id, ids[:1]).already == 1
    cohorts.withdraw(cohort_id, ids[0])
    assert cohorts.enrol(cohort_id, [ids[2]]).added == 1
    summary = cohorts.list_cohorts()[0]
    assert (summary.enrolled, summary.capacity) == (2, 2)


def test_attendance_sheet_drives_soft_skills_completion(
    cohorts: CohortService, people: PeopleService, db: Database, user: CurrentUser
) -> None:
    pathways = PathwayService(db, user, today=lambda: TODAY)
    cohort_id = cohorts.create(
        CohortInput("Compétences de vie", date(2026, 11, 2), date(2026, 11, 30))
    )
    awa = people.register(person(last_name="Diop", first_name="Awa", phone="", documents=()))
    ibra = people.register(
        person(
            last_name="Sylla",
            first_name="Ibrahima",
            phone="",
            documents=(),
            date_of_birth=date(1991, 1, 1),
        )
    )
    cohorts.enrol(cohort_id, [awa, ibra])
    sessions = [
        cohorts.add_session(cohort_id, date(2026, 11, day), topic=f"Module {day}")
        for day in (2, 9, 16, 23)
    ]
    with pytest.raises(DomainError):
        cohorts.add_session(cohort_id, date(2026, 12, 5))
    sheet = cohorts.sheet(sessions[0])
    assert [line.name for line in sheet] == ["Diop Awa", "Sylla Ibrahima"] and sheet[0].mark is None
    marks = [
        {awa: Mark.PRESENT, ibra: Mark.PRESENT},
        {awa: Mark.LATE, ibra: Mark.ABSENT},
        {awa: Mark.EXCUSED, ibra: Mark.PRESENT},
    ]
    for session_id, sheet_marks in zip(sessions, marks, strict=False):
        cohorts.save_sheet(session_id, sheet_marks)
    with pytest.raises(DomainError):
        cohorts.save_sheet(sessions[3], {awa: Mark.PRESENT})  # 23 November has not happened yet
    rates = {p.person_id: p.summary.rate_pct for p in cohorts.participants(cohort_id)}
    assert rates == {awa: 100, ibra: 66}

    for person_id in (awa, ibra):
        interview(pathways, person_id)
        pathways.move(person_id, Stage.ORIENTATION, Status.IN_PROGRESS)
        pathways.move(person_id, Stage.ORIENTATION, Status.COMPLETED)
        pathways.move(person_id, Stage.SOFT_SKILLS, Status.IN_PROGRESS)
    pathways.move(awa, Stage.SOFT_SKILLS, Status.COMPLETED)
    with pytest.raises(DomainError) as refused:
        pathways.move(ibra, Stage.SOFT_SKILLS, Status.COMPLETED)
    assert dict(refused.value.problems[0].params) == {"rate": 66, "threshold": 80}
    # The cohort's sheet wins over a rate typed on the stage.
    pathways.save_stage_notes(ibra, Stage.SOFT_SKILLS, "", {"attendance_pct": 95})
    with pytest.raises(DomainError):
        pathways.move(ibra, Stage.SOFT_SKILLS, Status.COMPLETED)
    cohorts.save_sheet(sessions[1], {ibra: Mark.LATE})  # corrected: he was late, not absent
    pathways.move(ibra, Stage.SOFT_SKILLS, Status.COMPLETED)


def test_only_enrolled_people_are_marked(cohorts: CohortService, people: PeopleService) -> None:
    cohort_id = cohorts.create(CohortInput("Groupe B", date(2026, 11, 2), date(2026, 11, 30)))
    session_id = cohorts.add_session(cohort_id, date(2026, 11, 3))
    outsider = people.register(person(phone="", documents=()))
    with pytest.raises(DomainError):
        cohorts.save_sheet(session_id, {outsider: Mark.PRESENT})
    assert cohorts.attendance_pct(outsider) is None
