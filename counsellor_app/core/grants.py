"""Microgrant rules: envelopes, committee decisions, tranches confirmed by a second person, and
the follow-up visits that come with a created business."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from counsellor_app.core.problems import Problem

FOLLOW_UP_MONTHS = (1, 3, 6, 12)


class Decision(StrEnum):
    APPROVED = "approved"
    REJECTED = "rejected"
    DEFERRED = "deferred"


class DisbursementMode(StrEnum):
    CASH = "cash"
    IN_KIND = "in_kind"  # purchases made with the promoter, against receipts


class BusinessStatus(StrEnum):
    ACTIVE = "active"
    STRUGGLING = "struggling"
    CLOSED = "closed"


@dataclass(frozen=True)
class EnvelopeBalance:
    budget: int
    committed: int  # approved amounts
    disbursed: int  # confirmed tranches

    @property
    def remaining(self) -> int:
        return self.budget - self.committed


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day (31 January + 1 month = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def follow_up_dates(created_on: date) -> list[date]:
    return [add_months(created_on, months) for months in FOLLOW_UP_MONTHS]


def check_decision(
    decision: Decision,
    amount: int,
    balance: EnvelopeBalance,
    business_plan_completed: bool,
    reason: str,
) -> list[Problem]:
    problems: list[Problem] = []
    if not business_plan_completed:
        problems.append(Problem("decision_needs_completed_plan", "decision"))
    if decision == Decision.APPROVED:
        if amount <= 0:
            problems.append(Problem("amount_required", "amount"))
        elif amount > balance.remaining:
            problems.append(
                Problem("envelope_exceeded", "amount", {"remaining": balance.remaining // 100})
            )
    elif not reason.strip():
        problems.append(Problem("reason_required", "conditions"))
    return problems


def check_tranche(
    amount: int,
    approved: int,
    already_recorded: Iterable[int],
    mode: DisbursementMode,
    receipt: str,
) -> list[Problem]:
    problems: list[Problem] = []
    recorded = sum(already_recorded)
    if amount <= 0:
        problems.append(Problem("amount_required", "amount"))
    elif recorded + amount > approved:
        problems.append(
            Problem("tranche_above_grant", "amount", {"left": (approved - recorded) // 100})
        )
    if mode == DisbursementMode.IN_KIND and not receipt.strip():
        problems.append(Problem("receipt_required", "receipt"))
    return problems


def check_confirmation(recorded_by: str, confirming: str, already_confirmed: bool) -> list[Problem]:
    """Four eyes: whoever records a tranche cannot be the one who confirms it."""
    if already_confirmed:
        return [Problem("tranche_already_confirmed")]
    if recorded_by == confirming:
        return [Problem("four_eyes_required")]
    return []
