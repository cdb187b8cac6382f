"""Programme and legal parameters with validity dates (finance laws change them).

Values live in the database as reference data an administrator can edit; this module only
knows how to pick the value in force on a date, and the shipped defaults (domain.md §1, §2.2).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date


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
}
DEFAULT_VALID_FROM = date(2023, 1, 1)  # finance law 2023 (per-client threshold, withholding)


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
