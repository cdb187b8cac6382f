"""Business plans saved, reloaded and reviewed against the auto-entrepreneur ceilings."""

from __future__ import annotations

from datetime import date

import pytest

from counsellor_app.core.business_plan import ActivityCategory, Funding, FundingKind, Line
from counsellor_app.core.problems import DomainError
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.business_plans import BusinessPlanService, PlanData, resize
from counsellor_app.services.people import PeopleService
from counsellor_app.storage.database import Database
from tests.conftest import person


@pytest.fixture
def plans(db: Database, user: CurrentUser) -> BusinessPlanService:
    return BusinessPlanService(db, user, today=lambda: date(2026, 11, 22))


def test_save_reload_and_review(plans: BusinessPlanService, people: PeopleService) -> None:
    person_id = people.register(person())
    assert plans.load(person_id) == PlanData()
    data = PlanData(
        "Atelier de couture",
        ActivityCategory.COMMERCIAL,
        {"summary": "Retouches et confection", "market": "Quartier Yacoub El Mansour"},
        (Line("Machine à coudre", 800_000), Line("Tissus", 200_000)),
        (Funding(FundingKind.OWN_CONTRIBUTION, 200_000), Funding(FundingKind.MICROGRANT, 800_000)),
        (300_000,) * 24,
        (100_000,) * 24,
    )
    review = plans.save(person_id, data)
    assert review.projection.break_even_month == 5 and review.warnings == ()
    assert plans.load(person_id) == data
    history = people.history(person_id)
    assert any(e.entity == "business_plan" and e.action == "create" for e in history)


def test_ceiling_warning_and_refusals(plans: BusinessPlanService, people: PeopleService) -> None:
    person_id = people.register(person())
    busy = PlanData(
        "Cours de soutien", ActivityCategory.SERVICES, revenue=(2_000_000,) * 12, costs=(0,) * 12
    )
    assert [w.code for w in plans.review(busy).warnings] == ["turnover_above_ae_ceiling"]
    with pytest.raises(DomainError) as refused:
        plans.save(person_id, PlanData(revenue=(0,) * 6, costs=(0,) * 6))
    assert refused.value.problems[0].code == "projection_months_out_of_range"
    with pytest.raises(DomainError):
        plans.save(person_id, PlanData(startup_costs=(Line("", 100),)))


def test_resize_keeps_the_last_month() -> None:
    assert resize((1, 2, 3), 5) == (1, 2, 3, 3, 3)
    assert resize((1, 2, 3), 2) == (1, 2)
    assert resize((), 2) == (0, 0)
