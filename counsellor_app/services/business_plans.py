"""Business plans: the promoter's project written down, costed, funded and projected."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from counsellor_app.core.business_plan import (
    MAX_MONTHS,
    ActivityCategory,
    Funding,
    FundingKind,
    Line,
    Projection,
    check_horizon,
    plan_warnings,
    project,
)
from counsellor_app.core.clock import local_today
from counsellor_app.core.merge import Opened
from counsellor_app.core.problems import DomainError, Problem
from counsellor_app.core.roles import Permission
from counsellor_app.core.stage_records import PlanRecord, plan_blocking_problems
from counsellor_app.core.text import clean_block, clean_line
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.form_save import merged, record_version
from counsellor_app.services.pathway import PathwayService
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import BusinessPlan, Person
from counsellor_app.storage.writer import writes

SECTIONS = ("summary", "product", "market", "marketing", "operations", "team")
SECTION_MAX = 8000
MONTHLY_MAX = 10**10  # 100 million MAD a month: beyond any micro-project


@dataclass(frozen=True)
class PlanData:
    activity: str = ""
    category: ActivityCategory = ActivityCategory.SERVICES
    sections: dict[str, str] = field(default_factory=dict)
    startup_costs: tuple[Line, ...] = ()
    funding: tuple[Funding, ...] = ()
    revenue: tuple[int, ...] = (0,) * 12
    costs: tuple[int, ...] = (0,) * 12


@dataclass(frozen=True)
class PlanReview:
    projection: Projection
    warnings: tuple[Problem, ...]
    # What keeps the business plan stage from completing (core.stage_records).
    blocking: tuple[Problem, ...] = ()


def validate_plan(data: PlanData) -> list[Problem]:
    problems = check_horizon(len(data.revenue))
    if len(data.revenue) != len(data.costs):
        problems.append(
            Problem("projection_months_out_of_range", "months", {"min": 12, "max": MAX_MONTHS})
        )
    if len(clean_line(data.activity)) > 200:
        problems.append(Problem("text_too_long", "activity", {"max": 200}))
    for name, text in data.sections.items():
        if name not in SECTIONS:
            problems.append(Problem("invalid_choice", name))
        elif len(clean_block(text)) > SECTION_MAX:
            problems.append(Problem("text_too_long", name, {"max": SECTION_MAX}))
    for index, line in enumerate(data.startup_costs):
        if not clean_line(line.label):
            problems.append(Problem("required", f"startup_costs.{index}.label"))
        if not 0 <= line.centimes <= MONTHLY_MAX * 10:
            problems.append(Problem("amount_invalid", f"startup_costs.{index}.amount"))
    for index, source in enumerate(data.funding):
        if not 0 <= source.centimes <= MONTHLY_MAX * 10:
            problems.append(Problem("amount_invalid", f"funding.{index}.amount"))
    for name, values in (("revenue", data.revenue), ("costs", data.costs)):
        if any(not 0 <= v <= MONTHLY_MAX for v in values):
            problems.append(Problem("amount_invalid", name))
    return problems


class BusinessPlanService:
    def __init__(
        self, db: Database, actor: CurrentUser, today: Callable[[], date] = local_today
    ) -> None:
        self._db, self._actor, self._today = db, actor, today

    def load(self, person_id: str) -> PlanData:
        return self.opened(person_id).values

    def opened(self, person_id: str) -> Opened[PlanData]:
        """The plan with the version a form saves with (``save(..., opened=)``)."""
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.reader() as session:
            plan = session.scalar(select(BusinessPlan).where(BusinessPlan.person_id == person_id))
            return Opened(record_version(plan), _plan_data(plan))

    def review(self, data: PlanData) -> PlanReview:
        """The projection and its warnings, computed live while the plan is typed."""
        projection = project(data.startup_costs, data.funding, data.revenue, data.costs)
        parameters = PathwayService(self._db, self._actor, self._today).parameters()
        record = PlanRecord(
            clean_line(data.activity),
            clean_block(data.sections.get("summary", "")),
            len(data.startup_costs),
            sum(data.revenue),
            projection.funding_gap,
        )
        return PlanReview(
            projection,
            tuple(plan_warnings(projection, data.category, self._today(), parameters)),
            tuple(plan_blocking_problems(record)),
        )

    @writes
    def save(
        self,
        person_id: str,
        data: PlanData,
        opened: Opened[PlanData] | None = None,
        chosen: Mapping[str, Any] | None = None,
    ) -> PlanReview:
        """Save the plan; over a plan changed since ``opened``, the form's edits are merged
        into it (``EditConflict`` where both changed the same part)."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        problems = validate_plan(data)
        if problems:
            raise DomainError(problems)
        with self._db.unit_of_work(self._actor.id) as session:
            person = session.get(Person, person_id)
            if person is None or person.deleted_at is not None:
                raise DomainError.single("person_not_found")
            plan = session.scalar(select(BusinessPlan).where(BusinessPlan.person_id == person_id))
            data = merged(opened, record_version(plan), data, _plan_data(plan), chosen)
            problems = validate_plan(data)
            if problems:
                raise DomainError(problems)
            if plan is None:
                plan = BusinessPlan(person_id=person_id)
                session.add(plan)
            plan.activity = clean_line(data.activity)
            plan.category = data.category.value
            plan.sections = {k: clean_block(v) for k, v in data.sections.items() if clean_block(v)}
            plan.startup_costs = [
                {"label": clean_line(x.label), "centimes": x.centimes} for x in data.startup_costs
            ]
            plan.funding = [{"kind": x.kind.value, "centimes": x.centimes} for x in data.funding]
            plan.revenue, plan.costs = list(data.revenue), list(data.costs)
        return self.review(data)


def _plan_data(plan: BusinessPlan | None) -> PlanData:
    if plan is None:
        return PlanData()
    return PlanData(
        plan.activity,
        ActivityCategory(plan.category),
        dict(plan.sections),
        tuple(Line(str(x["label"]), int(x["centimes"])) for x in plan.startup_costs),
        tuple(Funding(FundingKind(x["kind"]), int(x["centimes"])) for x in plan.funding),
        tuple(int(v) for v in plan.revenue) or (0,) * 12,
        tuple(int(v) for v in plan.costs) or (0,) * 12,
    )


def resize(values: Sequence[int], months: int) -> tuple[int, ...]:
    """Lengthen with the last month's figure, or cut, to ``months`` entries."""
    if months <= len(values):
        return tuple(values[:months])
    last = values[-1] if values else 0
    return (*values, *([last] * (months - len(values))))
