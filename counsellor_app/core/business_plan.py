"""Business-plan arithmetic: start-up costs, funding, a monthly projection and break-even.

All amounts are integer centimes. The projection runs 12 to 36 months; cumulative cash starts
from the funding raised minus the start-up costs and adds each month's margin.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from counsellor_app.core.parameters import Parameters
from counsellor_app.core.problems import Problem

MIN_MONTHS, MAX_MONTHS = 12, 36


class ActivityCategory(StrEnum):
    """The auto-entrepreneur statute's two ceilings (law 114-13 art. 1)."""

    COMMERCIAL = "commercial"  # industrial, commercial and artisanal activities
    SERVICES = "services"


class FundingKind(StrEnum):
    OWN_CONTRIBUTION = "own_contribution"
    MICROGRANT = "microgrant"
    MICROCREDIT = "microcredit"
    OTHER = "other"


@dataclass(frozen=True)
class Line:
    label: str
    centimes: int


@dataclass(frozen=True)
class Funding:
    kind: FundingKind
    centimes: int


@dataclass(frozen=True)
class MonthFigures:
    month: int  # 1-based
    revenue: int
    costs: int
    margin: int
    cumulative_margin: int
    cumulative_cash: int


@dataclass(frozen=True)
class Projection:
    months: tuple[MonthFigures, ...]
    startup_costs: int
    funding: int
    funding_gap: int  # start-up costs not covered by funding (0 when covered)
    break_even_month: int | None  # first month the cumulative margin covers start-up costs
    first_cash_shortfall_month: int | None  # first month cumulative cash is negative
    yearly_revenue: tuple[int, ...]  # per block of 12 months


def project(
    startup_costs: Sequence[Line],
    funding: Sequence[Funding],
    revenue: Sequence[int],
    costs: Sequence[int],
) -> Projection:
    """Compute the projection month by month. ``revenue`` and ``costs`` have one entry a month."""
    if len(revenue) != len(costs):
        raise ValueError("revenue and costs must cover the same months")
    startup = sum(line.centimes for line in startup_costs)
    raised = sum(source.centimes for source in funding)
    cash = raised - startup
    cumulative = 0
    months: list[MonthFigures] = []
    break_even: int | None = None
    shortfall: int | None = None if cash >= 0 else 0
    for index, (income, spending) in enumerate(zip(revenue, costs, strict=True), start=1):
        margin = income - spending
        cumulative += margin
        cash += margin
        if break_even is None and cumulative >= startup and cumulative > 0:
            break_even = index
        if shortfall is None and cash < 0:
            shortfall = index
        months.append(MonthFigures(index, income, spending, margin, cumulative, cash))
    yearly = tuple(sum(revenue[start : start + 12]) for start in range(0, len(revenue), 12))
    return Projection(
        tuple(months), startup, raised, max(0, startup - raised), break_even, shortfall, yearly
    )


def plan_warnings(
    projection: Projection, category: ActivityCategory, on: date, parameters: Parameters
) -> list[Problem]:
    """Warnings, not refusals: the counsellor and the promoter decide what to change."""
    warnings: list[Problem] = []
    key = (
        "ae_ceiling_commercial_centimes"
        if category == ActivityCategory.COMMERCIAL
        else "ae_ceiling_services_centimes"
    )
    ceiling = parameters.get(key, on)
    for year, turnover in enumerate(projection.yearly_revenue, start=1):
        if turnover > ceiling:
            warnings.append(
                Problem(
                    "turnover_above_ae_ceiling",
                    "revenue",
                    {"year": year, "ceiling": ceiling // 100, "turnover": turnover // 100},
                )
            )
    if projection.funding_gap > 0:
        warnings.append(Problem("funding_gap", "funding", {"gap": projection.funding_gap}))
    if projection.break_even_month is None and projection.months:
        warnings.append(Problem("no_break_even", "costs", {"months": len(projection.months)}))
    if projection.first_cash_shortfall_month is not None:
        warnings.append(
            Problem("cash_shortfall", "costs", {"month": projection.first_cash_shortfall_month})
        )
    return warnings


def check_horizon(months: int) -> list[Problem]:
    if not MIN_MONTHS <= months <= MAX_MONTHS:
        return [
            Problem(
                "projection_months_out_of_range", "months", {"min": MIN_MONTHS, "max": MAX_MONTHS}
            )
        ]
    return []
