"""What each stage's own record must say before the stage may be completed.

A stage's status alone proved nothing: an auto-entrepreneur registration could be completed
with an empty checklist, a business plan with no plan, an internship with none on file, and the
indicators then counted people who had none of it. Here each stage names the record that
completes it; :func:`completion_problems` gives every reason it does not yet (a code per
missing piece, worded by the UI as what to enter next).

Soft skills are not here: their attendance rule was already enforced (core.pathway).

Where it is enforced: the PC's own acts (``PathwayService.move``), so the screens, the demo
and any import going through the services are held to it. A record pulled from the server is
stored as it comes (another PC completed it under the same rule, or an older version did
before this rule existed): it is never re-refused, as a sync must not stop on history.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from counsellor_app.core.parameters import Parameters
from counsellor_app.core.problems import Problem

# The parameter saying the programme wants the auto-entrepreneur card (or the filing
# receipt) attached to the registration stage before it is completed: 1 yes, 0 no.
AE_PROOF_REQUIRED = "ae_registration_proof_required"


@dataclass(frozen=True)
class InternshipRecord:
    """What completing the internship stage reads of one internship."""

    ends_on: date | None
    final_evaluation: bool  # a final evaluation is recorded
    ended_early_on: date | None = None  # an agreement ended before its term


@dataclass(frozen=True)
class PlanRecord:
    """What completing the business plan stage reads of the plan: its review's figures."""

    activity: str
    summary: str
    startup_lines: int
    revenue_total: int  # centimes over the projection
    funding_gap: int  # centimes of start-up costs no funding covers


@dataclass(frozen=True)
class StageRecords:
    """The records of one person that the stages' completion depends on."""

    career_goal: str = ""
    recommended_services: tuple[str, ...] = ()
    track_chosen: bool = False
    internships: tuple[InternshipRecord, ...] = ()
    ae_registration_number: str = ""
    ae_registered_on: date | None = None
    ae_proof_attached: bool = False
    plan: PlanRecord | None = None
    first_tranche_confirmed: bool = False
    twelve_month_visit_done: bool = False
    closure_recorded: bool = False


def plan_blocking_problems(plan: PlanRecord | None) -> list[Problem]:
    """Why the plan's review does not let the stage close (warnings such as a cash shortfall
    or a turnover above the ceiling stay warnings: the counsellor and promoter weigh them)."""
    if plan is None:
        return [Problem("plan_missing", "status")]
    problems: list[Problem] = []
    if not plan.activity.strip():
        problems.append(Problem("plan_needs_activity", "status"))
    if not plan.summary.strip():
        problems.append(Problem("plan_needs_summary", "status"))
    if plan.startup_lines == 0:
        problems.append(Problem("plan_needs_startup_costs", "status"))
    if plan.revenue_total <= 0:
        problems.append(Problem("plan_needs_revenue", "status"))
    if plan.funding_gap > 0:
        problems.append(Problem("plan_funding_gap", "status", {"gap": plan.funding_gap // 100}))
    return problems


def _internship_problems(internships: Sequence[InternshipRecord], on: date) -> list[Problem]:
    if not internships:
        return [Problem("internship_needs_record", "status")]

    def ended(record: InternshipRecord) -> date | None:
        return record.ended_early_on or record.ends_on

    over = [r for r in internships if (end := ended(r)) is not None and end <= on]
    if not over:
        last = max((e for r in internships if (e := ended(r)) is not None), default=None)
        return [Problem("internship_not_ended", "status", {"on": last.isoformat() if last else ""})]
    if not any(r.final_evaluation for r in over):
        return [Problem("internship_needs_final_evaluation", "status")]
    return []


def completion_problems(
    stage: str, records: StageRecords, on: date, parameters: Parameters
) -> list[Problem]:
    """Every piece the stage's record lacks for the stage to be completed on ``on``."""
    problems: list[Problem] = []
    if stage == "orientation":
        if not records.career_goal.strip():
            problems.append(Problem("orientation_needs_career_goal", "status"))
        if not records.track_chosen:
            problems.append(Problem("orientation_needs_track", "status"))
        if not records.recommended_services:
            problems.append(Problem("orientation_needs_services", "status"))
    elif stage == "internship":
        problems.extend(_internship_problems(records.internships, on))
    elif stage == "ae_registration":
        if not records.ae_registration_number.strip():
            problems.append(Problem("ae_needs_registration_number", "status"))
        if records.ae_registered_on is None:
            problems.append(Problem("ae_needs_registration_date", "status"))
        elif records.ae_registered_on > on:
            problems.append(
                Problem(
                    "ae_registered_after", "status", {"on": records.ae_registered_on.isoformat()}
                )
            )
        if parameters.get(AE_PROOF_REQUIRED, on) and not records.ae_proof_attached:
            problems.append(Problem("ae_needs_proof_attached", "status"))
    elif stage == "business_plan":
        problems.extend(plan_blocking_problems(records.plan))
    elif stage == "microgrant":
        if not records.first_tranche_confirmed:
            problems.append(Problem("grant_needs_confirmed_tranche", "status"))
    elif stage == "follow_up" and not (records.twelve_month_visit_done or records.closure_recorded):
        problems.append(Problem("follow_up_needs_last_visit", "status"))
    return problems
