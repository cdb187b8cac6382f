"""Each stage completes only on its own record: every missing piece is named by its code."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from counsellor_app.core.parameters import DatedValue, Parameters
from counsellor_app.core.pathway import Pathway, Stage, StageFacts, StageState, Status, Track
from counsellor_app.core.pathway import check_transition as check
from counsellor_app.core.stage_records import (
    AE_PROOF_REQUIRED,
    InternshipRecord,
    PlanRecord,
    StageRecords,
    completion_problems,
)
from tests.core.test_pathway import COMPLETE_RECORDS, DAY, GUINEAN, PARAMS

EMPTY = StageRecords()


def codes(stage: str, records: StageRecords, parameters: Parameters = PARAMS) -> list[str]:
    return [p.code for p in completion_problems(stage, records, DAY, parameters)]


@pytest.mark.parametrize(
    ("stage", "expected"),
    [
        ("orientation", ["orientation_needs_career_goal", "orientation_needs_track",
                         "orientation_needs_services"]),
        ("internship", ["internship_needs_record"]),
        ("ae_registration", ["ae_needs_registration_number", "ae_needs_registration_date"]),
        ("business_plan", ["plan_missing"]),
        ("microgrant", ["grant_needs_confirmed_tranche"]),
        ("follow_up", ["follow_up_needs_last_visit"]),
        ("soft_skills", []),  # its attendance rule is core.pathway's
        ("intake", []),
    ],
)  # fmt: skip
def test_an_empty_record_names_every_missing_piece(stage: str, expected: list[str]) -> None:
    assert codes(stage, EMPTY) == expected
    assert codes(stage, COMPLETE_RECORDS) == []


def test_an_internship_completes_once_ended_and_finally_evaluated() -> None:
    running = replace(EMPTY, internships=(InternshipRecord(date(2026, 12, 31), True),))
    problems = completion_problems("internship", running, DAY, PARAMS)
    assert [(p.code, dict(p.params)) for p in problems] == [
        ("internship_not_ended", {"on": "2026-12-31"})
    ]
    unevaluated = replace(EMPTY, internships=(InternshipRecord(date(2026, 11, 1), False),))
    assert codes("internship", unevaluated) == ["internship_needs_final_evaluation"]
    ended_early = InternshipRecord(date(2027, 3, 1), True, ended_early_on=date(2026, 10, 1))
    assert codes("internship", replace(EMPTY, internships=(ended_early,))) == []


def test_the_registration_card_is_needed_when_the_programme_says_so() -> None:
    filed = replace(EMPTY, ae_registration_number="AE-1", ae_registered_on=date(2026, 10, 1))
    assert codes("ae_registration", filed) == []
    strict = Parameters([DatedValue(AE_PROOF_REQUIRED, 1, date(2026, 1, 1))])
    assert codes("ae_registration", filed, strict) == ["ae_needs_proof_attached"]
    assert codes("ae_registration", replace(filed, ae_proof_attached=True), strict) == []
    later = replace(filed, ae_registered_on=date(2026, 12, 1))
    assert codes("ae_registration", later) == ["ae_registered_after"]


def test_a_plan_completes_when_its_review_has_no_blocking_problem() -> None:
    empty = PlanRecord("", "", 0, 0, 0)
    assert codes("business_plan", replace(EMPTY, plan=empty)) == [
        "plan_needs_activity",
        "plan_needs_summary",
        "plan_needs_startup_costs",
        "plan_needs_revenue",
    ]
    unfunded = PlanRecord("Couture", "Atelier", 2, 3_600_000, 250_000)
    problems = completion_problems("business_plan", replace(EMPTY, plan=unfunded), DAY, PARAMS)
    assert [(p.code, dict(p.params)) for p in problems] == [("plan_funding_gap", {"gap": 2_500})]


def test_follow_up_closes_on_the_twelve_month_visit_or_a_closure() -> None:
    assert codes("follow_up", replace(EMPTY, twelve_month_visit_done=True)) == []
    assert codes("follow_up", replace(EMPTY, closure_recorded=True)) == []


def test_the_state_machine_refuses_completion_on_an_empty_record() -> None:
    pathway = Pathway(
        {
            Stage.INTAKE: StageState(Stage.INTAKE, Status.COMPLETED),
            Stage.ORIENTATION: StageState(Stage.ORIENTATION, Status.IN_PROGRESS),
        },
        Track.WAGE,
    )
    refused = check(
        pathway, Stage.ORIENTATION, Status.COMPLETED, DAY, "", GUINEAN, StageFacts(), PARAMS
    )
    assert [p.code for p in refused] == [
        "orientation_needs_career_goal",
        "orientation_needs_track",
        "orientation_needs_services",
    ]
    # Starting, planning or skipping a stage reads no record.
    assert check(pathway, Stage.SOFT_SKILLS, Status.IN_PROGRESS, DAY, "", GUINEAN,
                 StageFacts(), PARAMS) == []  # fmt: skip
