from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from counsellor_app.core.attendance import Mark, summarise


def test_rate_counts_late_as_present_and_ignores_excused() -> None:
    marks = {
        "s1": Mark.PRESENT,
        "s2": Mark.LATE,
        "s3": Mark.EXCUSED,
        "s4": Mark.ABSENT,
        "s5": Mark.PRESENT,
    }
    summary = summarise(["s1", "s2", "s3", "s4", "s5"], marks)
    assert (summary.attended, summary.excused, summary.absent) == (3, 1, 1)
    assert summary.rate_pct == 75  # 3 of 4 counted sessions
    assert not summary.eligible(80) and summary.eligible(75)


def test_rounding_down_keeps_the_threshold_strict() -> None:
    sessions = [f"s{i}" for i in range(5)]
    marks = dict.fromkeys(sessions[:4], Mark.PRESENT) | {"s4": Mark.ABSENT}
    assert summarise(sessions, marks).rate_pct == 80
    sessions = [f"s{i}" for i in range(9)]
    marks = dict.fromkeys(sessions[:7], Mark.PRESENT) | {"s7": Mark.ABSENT, "s8": Mark.ABSENT}
    assert summarise(sessions, marks).rate_pct == 77  # 77.7 %, never rounded up to 78


def test_unmarked_sessions_block_eligibility() -> None:
    summary = summarise(["s1", "s2"], {"s1": Mark.PRESENT})
    assert summary.unmarked == 1 and summary.rate_pct == 50
    assert not summary.eligible(50)
    assert summarise([], {}).rate_pct is None


@given(st.lists(st.sampled_from([*list(Mark), None]), max_size=40))
def test_rate_is_a_bounded_whole_percent(values: list[Mark | None]) -> None:
    sessions = [f"s{i}" for i in range(len(values))]
    marks = {s: v for s, v in zip(sessions, values, strict=True) if v is not None}
    summary = summarise(sessions, marks)
    assert summary.attended + summary.excused + summary.absent + summary.unmarked == len(sessions)
    if summary.rate_pct is not None:
        assert 0 <= summary.rate_pct <= 100
