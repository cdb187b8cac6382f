"""The pathway's state machine and the programme and legal rules, with their reasons."""

from __future__ import annotations

from datetime import date

import pytest

from counsellor_app.core.parameters import DatedValue, Parameters
from counsellor_app.core.pathway import (
    Outcome,
    OutcomeKind,
    Pathway,
    PersonFacts,
    Stage,
    StageFacts,
    StageState,
    Status,
    Track,
    apply_transition,
    check_internship_terms,
    check_transition,
    choose_track,
    record_outcome,
)
from counsellor_app.core.person import IdentityDocumentInput
from counsellor_app.core.problems import DomainError
from counsellor_app.core.stage_records import InternshipRecord, PlanRecord, StageRecords

DAY = date(2026, 11, 22)
PARAMS = Parameters.defaults()
GUINEAN = PersonFacts(
    "regularised_2014",
    date(1995, 3, 2),
    (IdentityDocumentInput("residence_card", "E1", date(2027, 6, 30)),),
)
# Every stage's record filled in (core.stage_records): what the rules read to complete one.
COMPLETE_RECORDS = StageRecords(
    career_goal="Cuisinier",
    recommended_services=("soft_skills",),
    track_chosen=True,
    internships=(InternshipRecord(date(2026, 11, 1), True),),
    ae_registration_number="AE-1",
    ae_registered_on=date(2026, 10, 1),
    plan=PlanRecord("Couture", "Atelier", 1, 3_600_000, 0),
    first_tranche_confirmed=True,
    twelve_month_visit_done=True,
)
GOOD = StageFacts(
    soft_skills_attendance_pct=90, business_plan_completed=True, records=COMPLETE_RECORDS
)


def move(
    pathway: Pathway,
    stage: Stage,
    target: Status,
    reason: str = "",
    person: PersonFacts = GUINEAN,
    facts: StageFacts = GOOD,
) -> Pathway:
    return apply_transition(pathway, stage, target, DAY, reason, person, facts, PARAMS)


def codes(
    pathway: Pathway,
    stage: Stage,
    target: Status,
    reason: str = "",
    person: PersonFacts = GUINEAN,
    facts: StageFacts = GOOD,
) -> set[str]:
    return {
        p.code for p in check_transition(pathway, stage, target, DAY, reason, person, facts, PARAMS)
    }


def registered() -> Pathway:
    return Pathway({Stage.INTAKE: StageState(Stage.INTAKE, Status.COMPLETED, ended_on=DAY)})


def through_soft_skills(track: Track) -> Pathway:
    pathway = registered()
    for stage in (Stage.ORIENTATION, Stage.SOFT_SKILLS):
        pathway = move(move(pathway, stage, Status.IN_PROGRESS), stage, Status.COMPLETED)
    return choose_track(pathway, track, DAY)


def test_the_self_employment_track_end_to_end() -> None:
    pathway = through_soft_skills(Track.SELF_EMPLOYMENT)
    assert pathway.state(Stage.INTERNSHIP).status == Status.NOT_APPLICABLE
    for stage in (Stage.AE_REGISTRATION, Stage.BUSINESS_PLAN, Stage.MICROGRANT, Stage.FOLLOW_UP):
        assert pathway.current_stage() == stage
        pathway = move(move(pathway, stage, Status.IN_PROGRESS), stage, Status.COMPLETED)
    assert pathway.current_stage() is None
    pathway = record_outcome(pathway, Outcome(OutcomeKind.BUSINESS_CREATED, date(2026, 10, 1)), DAY)
    assert [o.kind for o in pathway.outcomes] == [OutcomeKind.BUSINESS_CREATED]


def test_order_is_enforced_with_the_stage_that_blocks() -> None:
    pathway = registered()
    assert codes(pathway, Stage.SOFT_SKILLS, Status.IN_PROGRESS) == {"previous_stage_not_started"}
    pathway = move(pathway, Stage.ORIENTATION, Status.IN_PROGRESS)
    assert codes(pathway, Stage.SOFT_SKILLS, Status.IN_PROGRESS) == set()  # may overlap
    assert codes(pathway, Stage.SOFT_SKILLS, Status.COMPLETED) >= {"transition_not_allowed"}
    started = move(pathway, Stage.SOFT_SKILLS, Status.IN_PROGRESS)
    assert codes(started, Stage.SOFT_SKILLS, Status.COMPLETED) == {"previous_stage_open"}


def test_track_stages_need_the_track() -> None:
    pathway = through_soft_skills(Track.WAGE)
    assert codes(pathway, Stage.AE_REGISTRATION, Status.IN_PROGRESS) >= {"stage_of_other_track"}
    undecided = registered()
    assert "track_not_chosen" in codes(undecided, Stage.INTERNSHIP, Status.IN_PROGRESS)
    pathway = move(
        move(pathway, Stage.INTERNSHIP, Status.IN_PROGRESS), Stage.INTERNSHIP, Status.COMPLETED
    )
    assert pathway.current_stage() is None


def test_skip_and_abandon_need_a_reason() -> None:
    pathway = registered()
    assert codes(pathway, Stage.ORIENTATION, Status.NOT_APPLICABLE) == {"reason_required"}
    skipped = move(pathway, Stage.ORIENTATION, Status.NOT_APPLICABLE, "oriented by UNHCR already")
    assert skipped.state(Stage.ORIENTATION).reason == "oriented by UNHCR already"
    assert codes(skipped, Stage.SOFT_SKILLS, Status.IN_PROGRESS) == set()
    started = move(skipped, Stage.SOFT_SKILLS, Status.IN_PROGRESS)
    assert codes(started, Stage.SOFT_SKILLS, Status.ABANDONED) == {"reason_required"}
    left = move(started, Stage.SOFT_SKILLS, Status.ABANDONED, "found a job")
    assert left.state(Stage.SOFT_SKILLS).ended_on == DAY
    with pytest.raises(DomainError):
        record_outcome(left, Outcome(OutcomeKind.DROPPED_OUT, DAY), DAY)


def test_soft_skills_completion_needs_the_attendance_threshold() -> None:
    pathway = move(
        move(registered(), Stage.ORIENTATION, Status.IN_PROGRESS),
        Stage.ORIENTATION,
        Status.COMPLETED,
    )
    pathway = move(pathway, Stage.SOFT_SKILLS, Status.IN_PROGRESS)
    low = StageFacts(soft_skills_attendance_pct=79, records=COMPLETE_RECORDS)
    problems = check_transition(
        pathway, Stage.SOFT_SKILLS, Status.COMPLETED, DAY, "", GUINEAN, low, PARAMS
    )
    assert [(p.code, dict(p.params)) for p in problems] == [
        ("attendance_below_threshold", {"rate": 79, "threshold": 80})
    ]
    lenient = Parameters([DatedValue("soft_skills_attendance_threshold_pct", 70, date(2026, 1, 1))])
    assert (
        check_transition(
            pathway, Stage.SOFT_SKILLS, Status.COMPLETED, DAY, "", GUINEAN, low, lenient
        )
        == []
    )


@pytest.mark.parametrize(
    ("person", "expected"),
    [
        (GUINEAN, set()),
        (PersonFacts("moroccan", date(1990, 1, 1)), set()),
        (PersonFacts("asylum_seeker", date(1990, 1, 1)), {"ae_status_not_eligible"}),
        (
            PersonFacts(
                "refugee_bra",
                date(1990, 1, 1),
                (IdentityDocumentInput("residence_card", "E2", date(2026, 11, 21)),),
            ),
            {"ae_needs_valid_residence_card"},
        ),
        (
            PersonFacts(
                "regular_other",
                date(1990, 1, 1),
                (IdentityDocumentInput("passport", "P", date(2030, 1, 1)),),
            ),
            {"ae_needs_valid_residence_card"},
        ),
        (PersonFacts("moroccan", date(2010, 1, 1)), {"ae_too_young"}),
    ],
)
def test_auto_entrepreneur_eligibility(person: PersonFacts, expected: set[str]) -> None:
    pathway = through_soft_skills(Track.SELF_EMPLOYMENT)
    assert codes(pathway, Stage.AE_REGISTRATION, Status.IN_PROGRESS, person=person) == expected


def test_no_committee_decision_without_a_completed_business_plan() -> None:
    pathway = through_soft_skills(Track.SELF_EMPLOYMENT)
    for stage in (Stage.AE_REGISTRATION, Stage.BUSINESS_PLAN):
        pathway = move(move(pathway, stage, Status.IN_PROGRESS), stage, Status.COMPLETED)
    pathway = move(pathway, Stage.MICROGRANT, Status.IN_PROGRESS)
    draft = StageFacts(business_plan_completed=False, records=COMPLETE_RECORDS)
    assert codes(pathway, Stage.MICROGRANT, Status.COMPLETED, facts=draft) == {
        "decision_needs_completed_plan"
    }


def test_changing_track_after_starting_needs_a_reason_and_keeps_history() -> None:
    pathway = move(through_soft_skills(Track.WAGE), Stage.INTERNSHIP, Status.IN_PROGRESS)
    with pytest.raises(DomainError):
        choose_track(pathway, Track.SELF_EMPLOYMENT, DAY)
    switched = choose_track(pathway, Track.SELF_EMPLOYMENT, DAY, "wants to open a shop")
    assert switched.track == Track.SELF_EMPLOYMENT
    assert switched.state(Stage.INTERNSHIP).status == Status.IN_PROGRESS  # never erased
    assert switched.state(Stage.AE_REGISTRATION).status == Status.NOT_STARTED


def test_outcomes_count_once_per_kind_and_not_in_the_future() -> None:
    pathway = registered()
    pathway = record_outcome(pathway, Outcome(OutcomeKind.SALARIED_JOB, date(2026, 5, 1)), DAY)
    pathway = record_outcome(pathway, Outcome(OutcomeKind.SALARIED_JOB, date(2026, 9, 1)), DAY)
    assert [o.on for o in pathway.outcomes] == [date(2026, 9, 1)]
    with pytest.raises(DomainError):
        record_outcome(pathway, Outcome(OutcomeKind.TRAINING_ENROLMENT, date(2027, 1, 1)), DAY)


@pytest.mark.parametrize(
    ("stipend", "start", "end", "expected"),
    [
        (250_000, date(2026, 1, 1), date(2026, 12, 31), set()),
        (150_000, date(2026, 1, 1), date(2026, 12, 31), {"stipend_out_of_bounds"}),
        (600_001, date(2026, 1, 1), date(2026, 12, 31), {"stipend_out_of_bounds"}),
        (250_000, date(2026, 1, 1), date(2028, 1, 1), set()),
        (250_000, date(2026, 1, 1), date(2028, 1, 2), {"internship_too_long"}),
        (250_000, date(2026, 1, 1), date(2026, 1, 1), {"end_before_start"}),
    ],
)
def test_internship_contract_bounds(
    stipend: int, start: date, end: date, expected: set[str]
) -> None:
    assert {p.code for p in check_internship_terms(stipend, start, end, PARAMS)} == expected


def test_parameters_follow_their_validity_dates() -> None:
    params = Parameters(
        [
            DatedValue("ae_tax_services_bp", 200, date(2015, 1, 1), date(2018, 12, 31)),
            DatedValue("ae_tax_services_bp", 100, date(2019, 1, 1)),
        ]
    )
    assert params.get("ae_tax_services_bp", date(2016, 6, 1)) == 200
    assert params.get("ae_tax_services_bp", date(2026, 6, 1)) == 100
    assert params.get("internship_max_months", DAY) == 24  # shipped default
