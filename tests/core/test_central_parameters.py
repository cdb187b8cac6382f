"""Central dated values over the shipped ones, and what a new central value may be."""

from __future__ import annotations

from datetime import date

from counsellor_app.core.parameters import (
    BOUNDS,
    DEFAULTS,
    DatedValue,
    Parameters,
    dated_value_problem,
)

TODAY = date(2026, 12, 3)
TOMORROW = date(2026, 12, 4)
KEY = "soft_skills_attendance_threshold_pct"


def test_a_central_value_applies_from_its_day_and_the_shipped_one_before() -> None:
    shipped = Parameters.defaults()
    central = shipped.with_central([DatedValue(KEY, 70, TOMORROW)])
    assert central.get(KEY, TODAY) == 80  # today's acts: the value then in force
    assert central.get(KEY, TOMORROW) == 70
    assert central.get(KEY, date(2030, 1, 1)) == 70
    assert shipped.get(KEY, TOMORROW) == 80  # a PC that never synced keeps its own
    # The same day as a shipped value: the central one wins; a later one wins after it.
    same_day = Parameters([DatedValue(KEY, 80, TOMORROW)]).with_central(
        [DatedValue(KEY, 60, TOMORROW), DatedValue(KEY, 75, date(2027, 1, 1))]
    )
    assert (same_day.get(KEY, TOMORROW), same_day.get(KEY, date(2027, 1, 1))) == (60, 75)
    assert [v.value for v in central.history(KEY)] == [80, 70]


def test_a_new_value_starts_after_today_within_its_bounds() -> None:
    shipped = Parameters.defaults()
    assert dated_value_problem(KEY, 70, TOMORROW, TODAY, shipped) is None
    assert dated_value_problem(KEY, 70, TODAY, TODAY, shipped) == "reference_in_the_past"
    assert dated_value_problem(KEY, 70, date(2026, 1, 1), TODAY, shipped) == (
        "reference_in_the_past"
    )
    assert dated_value_problem(KEY, 101, TOMORROW, TODAY, shipped) == "reference_out_of_bounds"
    assert dated_value_problem(KEY, 0, TOMORROW, TODAY, shipped) == "reference_out_of_bounds"
    assert dated_value_problem("no_such_key", 1, TOMORROW, TODAY, shipped) == (
        "reference_unknown_key"
    )
    assert dated_value_problem(KEY, 70, date(2037, 1, 1), TODAY, shipped) == "reference_too_far"
    # The stipend's minimum never passes the maximum in force on its day.
    assert (
        dated_value_problem("internship_stipend_min_centimes", 700_000, TOMORROW, TODAY, shipped)
        == "reference_order"
    )
    raised = shipped.with_central(
        [DatedValue("internship_stipend_max_centimes", 800_000, TOMORROW)]
    )
    assert (
        dated_value_problem("internship_stipend_min_centimes", 700_000, TOMORROW, TODAY, raised)
        is None
    )
    assert (
        dated_value_problem("internship_stipend_max_centimes", 100_000, TOMORROW, TODAY, shipped)
        == "reference_order"
    )


def test_every_shipped_value_is_within_its_own_bounds() -> None:
    assert set(BOUNDS) == set(DEFAULTS)
    for key, (value, _unit) in DEFAULTS.items():
        low, high = BOUNDS[key]
        assert low <= value <= high, key
