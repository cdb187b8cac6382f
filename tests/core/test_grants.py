from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from counsellor_app.core.grants import (
    Decision,
    DisbursementMode,
    EnvelopeBalance,
    add_months,
    check_confirmation,
    check_decision,
    check_tranche,
    follow_up_dates,
)


def test_follow_ups_at_1_3_6_12_months_clamped_to_month_ends() -> None:
    assert follow_up_dates(date(2026, 1, 31)) == [
        date(2026, 2, 28),
        date(2026, 4, 30),
        date(2026, 7, 31),
        date(2027, 1, 31),
    ]
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)


def test_decisions() -> None:
    balance = EnvelopeBalance(budget=10_000_000, committed=9_000_000, disbursed=0)
    assert check_decision(Decision.APPROVED, 500_000, balance, True, "") == []
    codes = {p.code for p in check_decision(Decision.APPROVED, 2_000_000, balance, False, "")}
    assert codes == {"decision_needs_completed_plan", "envelope_exceeded"}
    assert [p.code for p in check_decision(Decision.REJECTED, 0, balance, True, "")] == [
        "reason_required"
    ]


def test_tranches_and_four_eyes() -> None:
    assert check_tranche(300_000, 1_000_000, [500_000], DisbursementMode.CASH, "") == []
    assert [
        p.code for p in check_tranche(600_000, 1_000_000, [500_000], DisbursementMode.CASH, "")
    ] == ["tranche_above_grant"]
    assert [p.code for p in check_tranche(100, 1_000_000, [], DisbursementMode.IN_KIND, " ")] == [
        "receipt_required"
    ]
    assert [p.code for p in check_confirmation("amina", "amina", False)] == ["four_eyes_required"]
    assert check_confirmation("amina", "karim", False) == []
    assert [p.code for p in check_confirmation("amina", "karim", True)] == [
        "tranche_already_confirmed"
    ]


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 1, 1)), st.integers(0, 120))
def test_add_months_properties(day: date, months: int) -> None:
    later = add_months(day, months)
    assert (later.year - day.year) * 12 + later.month - day.month == months
    assert later.day <= day.day


@given(st.integers(0, 10**8), st.lists(st.integers(1, 10**7), max_size=6), st.integers(1, 10**7))
def test_recorded_tranches_never_exceed_the_grant(
    approved: int, earlier: list[int], amount: int
) -> None:
    if not check_tranche(amount, approved, earlier, DisbursementMode.CASH, ""):
        assert sum(earlier) + amount <= approved
