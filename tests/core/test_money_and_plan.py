"""Money parsing and business-plan arithmetic, with properties."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counsellor_app.core.business_plan import (
    ActivityCategory,
    Funding,
    FundingKind,
    Line,
    check_horizon,
    plan_warnings,
    project,
)
from counsellor_app.core.money import format_mad, parse_mad, percent_of
from counsellor_app.core.parameters import Parameters
from counsellor_app.core.problems import DomainError


@pytest.mark.parametrize(
    ("typed", "centimes"),
    [
        ("1234", 123_400),
        ("1 234,56", 123_456),
        ("1.234,56", 123_456),
        ("1234.5", 123_450),
        ("1.234.567,89 MAD", 123_456_789),
        ("500.000 DH", 50_000_000),
        ("12,5", 1_250),
        ("1,234", 123_400),
        ("٣٠٠٠ درهم", 300_000),
        ("-20", -2_000),
    ],
)
def test_amounts_typed_the_moroccan_way(typed: str, centimes: int) -> None:
    assert parse_mad(typed) == centimes


@pytest.mark.parametrize("typed", ["", "abc", "1,2,3,4", "12..5", "1e5", "=1+1"])
def test_bad_amounts_are_refused(typed: str) -> None:
    with pytest.raises(DomainError):
        parse_mad(typed)


@given(st.integers(min_value=0, max_value=10**12))
def test_formatting_round_trips(centimes: int) -> None:
    for language in ("fr", "ar", "en"):
        assert parse_mad(format_mad(centimes, language)) == centimes


def test_formats_and_rates() -> None:
    assert format_mad(123_456_789, "fr") == "1.234.567,89\u00a0MAD"
    assert format_mad(123_456_789, "ar") == "1.234.567,89\u00a0د.م."
    assert format_mad(-5, "en") == "-0.05\u00a0MAD"
    assert percent_of(10_000_000, 50) == 50_000  # 0.5 % of 100,000 MAD
    assert percent_of(333, 100) == 3


def test_projection_and_break_even() -> None:
    plan = project(
        [Line("Machine à coudre", 800_000), Line("Tissus", 200_000)],
        [Funding(FundingKind.OWN_CONTRIBUTION, 200_000), Funding(FundingKind.MICROGRANT, 700_000)],
        revenue=[300_000] * 12,
        costs=[100_000] * 12,
    )
    assert (
        plan.startup_costs == 1_000_000 and plan.funding == 900_000 and plan.funding_gap == 100_000
    )
    assert plan.first_cash_shortfall_month == 0  # short of cash before the first month
    assert plan.break_even_month == 5  # 5 × 2,000 MAD margin covers the 10,000 MAD invested
    assert plan.months[-1].cumulative_cash == -100_000 + 12 * 200_000
    codes = {
        w.code
        for w in plan_warnings(
            plan, ActivityCategory.SERVICES, date(2026, 1, 1), Parameters.defaults()
        )
    }
    assert codes == {"funding_gap", "cash_shortfall"}


def test_turnover_above_the_ceiling_of_the_activity_warns() -> None:
    plan = project([], [], revenue=[2_000_000] * 12, costs=[0] * 12)  # 240,000 MAD a year
    services = plan_warnings(
        plan, ActivityCategory.SERVICES, date(2026, 1, 1), Parameters.defaults()
    )
    commerce = plan_warnings(
        plan, ActivityCategory.COMMERCIAL, date(2026, 1, 1), Parameters.defaults()
    )
    assert [w.code for w in services] == ["turnover_above_ae_ceiling"]
    assert dict(services[0].params) == {"year": 1, "ceiling": 200_000, "turnover": 240_000}
    assert commerce == []


def test_horizon() -> None:
    assert check_horizon(12) == [] and check_horizon(36) == []
    assert check_horizon(11)[0].code == "projection_months_out_of_range"


amounts = st.integers(min_value=0, max_value=10**9)


@given(
    st.lists(amounts, max_size=5),
    st.lists(amounts, max_size=4),
    st.integers(min_value=12, max_value=36).flatmap(
        lambda n: st.tuples(
            st.lists(amounts, min_size=n, max_size=n), st.lists(amounts, min_size=n, max_size=n)
        )
    ),
)
def test_projection_properties(
    costs: list[int], funds: list[int], monthly: tuple[list[int], list[int]]
) -> None:
    revenue, spending = monthly
    plan = project(
        [Line("x", c) for c in costs],
        [Funding(FundingKind.OTHER, f) for f in funds],
        revenue,
        spending,
    )
    assert plan.months[-1].cumulative_margin == sum(revenue) - sum(spending)
    assert plan.months[-1].cumulative_cash == sum(funds) - sum(costs) + sum(revenue) - sum(spending)
    assert sum(plan.yearly_revenue) == sum(revenue)
    assert all(isinstance(m.cumulative_cash, int) for m in plan.months)
    if plan.break_even_month is not None:
        month = plan.months[plan.break_even_month - 1]
        assert month.cumulative_margin >= plan.startup_costs
        assert all(
            m.cumulative_margin < plan.startup_costs or m.cumulative_margin <= 0
            for m in plan.months[: plan.break_even_month - 1]
        )
