"""Programme and legal parameters with validity dates (finance laws change them).

Values live in the database as reference data an administrator can edit; this module only
knows how to pick the value in force on a date, and the shipped defaults (domain.md §1, §2.2).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from counsellor_app.core.money import MAX_CENTIMES


@dataclass(frozen=True)
class DatedValue:
    key: str
    value: int
    valid_from: date
    valid_to: date | None = None  # inclusive; None while in force


# key: (value, unit, source) — amounts in centimes, rates in basis points (1 % = 100).
DEFAULTS: dict[str, tuple[int, str]] = {
    "soft_skills_attendance_threshold_pct": (80, "percent"),
    "internship_stipend_min_centimes": (160_000, "MAD centimes per month"),
    "internship_stipend_max_centimes": (600_000, "MAD centimes per month"),
    "internship_max_months": (24, "months"),
    "ae_ceiling_commercial_centimes": (50_000_000, "MAD centimes per year"),
    "ae_ceiling_services_centimes": (20_000_000, "MAD centimes per year"),
    "ae_tax_commercial_bp": (50, "basis points of cashed turnover"),
    "ae_tax_services_bp": (100, "basis points of cashed turnover"),
    "ae_single_client_threshold_centimes": (8_000_000, "MAD centimes per client per year"),
    "ae_single_client_withholding_bp": (3000, "basis points"),
    "ae_minimum_age_years": (18, "years"),
    "referral_answer_delay_days": (15, "days"),
    "attachment_max_kib": (10_240, "KiB per attached file"),
    "internship_ending_notice_days": (14, "days before an internship ends"),
    "ae_registration_proof_required": (0, "1: the card or receipt is attached to complete"),
    "placement_max_months": (12, "months of a formation-insertion or association placement"),
    "apprenticeship_max_months": (36, "months of an apprenticeship"),
    "document_retention_years": (10, "years a closed file's documents are kept"),
}
DEFAULT_VALID_FROM = date(2023, 1, 1)  # finance law 2023 (per-client threshold, withholding)


# Kinds of national reference data synced as ``reference_value`` records (protocol/records.py).
REFERENCE_DOMAINS = ("parameter", "city")
REGION_CODES = tuple(f"{n:02d}" for n in range(1, 13))  # Morocco's twelve regions (2015)
CITY_ID = re.compile(r"[a-z][a-z0-9-]{1,39}")
NAME_MAX = 120
# The bounds a value must keep, by key (inclusive): a typing slip (800 % attendance, a ceiling
# of zero) is refused before any PC applies it. Amounts in centimes, rates in basis points.
_UNIT_BOUNDS = {
    "percent": (1, 100),
    "MAD centimes": (100, MAX_CENTIMES),
    "months": (1, 120),
    "days": (1, 365),
    "basis points": (0, 10_000),
    "years": (1, 50),
    "KiB": (64, 102_400),
    "1:": (0, 1),
}
BOUNDS: dict[str, tuple[int, int]] = {
    key: next(b for prefix, b in _UNIT_BOUNDS.items() if unit.startswith(prefix))
    for key, (_value, unit) in DEFAULTS.items()
}
BOUNDS["ae_minimum_age_years"] = (15, 25)
# Pairs that must stay ordered on every day: (lower key, upper key).
ORDERED = (("internship_stipend_min_centimes", "internship_stipend_max_centimes"),)


def dated_value_problem(
    key: str, value: int, valid_from: date, today: date, in_force: Parameters
) -> str | None:
    """Why a new central value cannot be taken (a code the console words), or None.

    A new value starts after ``today``: what was decided on a day already begun, on any PC,
    stays decided by the value then in force (the past is never rewritten)."""
    if key not in DEFAULTS:
        return "reference_unknown_key"
    low, high = BOUNDS[key]
    if not low <= value <= high:
        return "reference_out_of_bounds"
    if valid_from <= today:
        return "reference_in_the_past"
    if valid_from.year > today.year + 10:
        return "reference_too_far"
    for lower, upper in ORDERED:
        if key == lower and value > in_force.get(upper, valid_from):
            return "reference_order"
        if key == upper and value < in_force.get(lower, valid_from):
            return "reference_order"
    return None


def city_problem(
    city_id: str, region_code: str, names: tuple[str, str, str], valid_from: date, today: date
) -> str | None:
    """Why a city cannot be added to the national list (a console code), or None."""
    if not CITY_ID.fullmatch(city_id):
        return "reference_city_id"
    if region_code not in REGION_CODES:
        return "reference_city_region"
    if not all(0 < len(name.strip()) <= NAME_MAX for name in names):
        return "reference_city_names"
    if valid_from <= today:
        return "reference_in_the_past"
    if valid_from.year > today.year + 10:
        return "reference_too_far"
    return None


class Parameters:
    """The values in force on a given date."""

    def __init__(self, values: Iterable[DatedValue]) -> None:
        self._values: dict[str, list[DatedValue]] = {}
        for value in values:
            self._values.setdefault(value.key, []).append(value)
        for history in self._values.values():
            history.sort(key=lambda v: v.valid_from)

    @classmethod
    def defaults(cls) -> Parameters:
        return cls(DatedValue(k, v, DEFAULT_VALID_FROM) for k, (v, _unit) in DEFAULTS.items())

    def with_central(self, central: Iterable[DatedValue]) -> Parameters:
        """These values overlaid by the national ones synced from the server: from its
        ``valid_from``, a central value wins over a local one of the same or an earlier
        date (a PC that never synced keeps its shipped values)."""
        merged = [v for history in self._values.values() for v in history]
        return Parameters([*merged, *central])  # the sort is stable: central after local

    def all(self) -> list[DatedValue]:
        return [value for history in self._values.values() for value in history]

    def history(self, key: str) -> list[DatedValue]:
        return list(self._values.get(key, ()))

    def get(self, key: str, on: date) -> int:
        """The value valid on ``on``; before the first validity, the earliest known value."""
        history = self._values.get(key)
        if not history:
            return DEFAULTS[key][0]
        current = history[0].value
        for value in history:
            if value.valid_from <= on and (value.valid_to is None or on <= value.valid_to):
                current = value.value
        return current
