"""Hybrid logical clocks and the three-way merge of offline edits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counsellor_app.core.hlc import MAX_DRIFT_MS, ClockBehind, Hlc, HlcClock, clamp
from counsellor_app.core.merge import merge


class FakeTime:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_text_form_sorts_like_the_value() -> None:
    stamps = [Hlc(5, 0, "b"), Hlc(5, 1, "a"), Hlc(1_700_000_000_000, 0, "a"), Hlc(6, 0, "a")]
    assert sorted(stamps) == sorted(stamps, key=str)
    assert all(Hlc.parse(str(s)) == s for s in stamps)
    with pytest.raises(ValueError):
        Hlc.parse("12-3-x")


@given(st.lists(st.integers(min_value=-10_000, max_value=10_000), min_size=1, max_size=60))
def test_ticks_always_increase_even_when_the_wall_clock_steps_back(jumps: list[int]) -> None:
    now = FakeTime(1_800_000_000_000)
    clock = HlcClock("pc1", now_ms=now)
    previous = clock.tick()
    for jump in jumps:
        now.ms += jump
        try:
            stamp = clock.tick()
        except ClockBehind:
            continue
        assert stamp > previous and str(stamp) > str(previous)
        previous = stamp


def test_a_clock_far_behind_refuses_to_stamp_edits() -> None:
    now = FakeTime(1_800_000_000_000)
    clock = HlcClock("pc1", now_ms=now)
    clock.observe(Hlc(now.ms + MAX_DRIFT_MS + 60_000, 0, "server"))
    with pytest.raises(ClockBehind):
        clock.tick()
    now.ms += 10 * 60_000  # the PC's clock is set right
    assert clock.tick().node == "pc1"


def test_the_server_clamps_a_clock_a_day_ahead() -> None:
    server_now = 1_800_000_000_000
    ahead = Hlc(server_now + 86_400_000, 3, "pc9")
    used, suspect = clamp(ahead, server_now)
    assert suspect and used.millis == server_now + MAX_DRIFT_MS
    honest = Hlc(server_now - 5, 0, "pc1")
    assert clamp(honest, server_now) == (honest, False)


def test_observed_time_moves_the_clock_forward() -> None:
    now = FakeTime(1_000)
    clock = HlcClock("a", now_ms=now)
    clock.observe(Hlc(5_000, 7, "b"))
    assert clock.tick() > Hlc(5_000, 7, "b")


# -- merge -----------------------------------------------------------------------------------
def test_disjoint_fields_merge_and_unchanged_fields_pass() -> None:
    result = merge(
        "person",
        {"phone": "0611", "city_id": "rabat"},
        {"phone": 2, "city_id": 1},
        {"phone": "c2", "city_id": "c1"},
        base_version=1,
        changes={"city_id": ["rabat", "sale"]},
        clock="c3",
    )
    assert result.updates == {"city_id": "sale"} and not result.conflicts


def test_same_field_keeps_both_values_and_the_later_edit_shows() -> None:
    server = {"phone": "0611"}
    later = merge(
        "person", server, {"phone": 2}, {"phone": "c2"}, 1, {"phone": ["0600", "0699"]}, "c3"
    )
    assert later.updates == {"phone": "0699"}
    (conflict,) = later.conflicts
    assert (conflict.server_value, conflict.incoming_value, conflict.kept) == (
        "0611",
        "0699",
        "incoming",
    )
    earlier = merge(
        "person", server, {"phone": 2}, {"phone": "c5"}, 1, {"phone": ["0600", "0699"]}, "c3"
    )
    assert earlier.updates == {} and earlier.conflicts[0].kept == "server"
    same = merge(
        "person", server, {"phone": 2}, {"phone": "c5"}, 1, {"phone": ["0600", "0611"]}, "c3"
    )
    assert same.updates == {} and not same.conflicts


def test_a_stale_stage_transition_or_grant_decision_is_refused() -> None:
    result = merge(
        "grant_application",
        {"decision": "rejected"},
        {"decision": 3},
        {"decision": "c3"},
        2,
        {"decision": [None, "approved"], "conditions": ["", "x"]},
        "c9",
    )
    assert result.refused and result.stale_fields == ("decision",) and not result.updates


def test_archiving_wins_over_a_concurrent_edit() -> None:
    result = merge(
        "person",
        {"deleted_at": None},
        {"deleted_at": 4},
        {"deleted_at": "c9"},
        2,
        {"deleted_at": [None, "2026-11-22T10:00:00"]},
        "c1",
    )
    assert result.updates == {"deleted_at": "2026-11-22T10:00:00"}


values = st.sampled_from(["a", "b", "c", None])


@given(
    base=values, first=values, second=values, clock_a=st.integers(1, 9), clock_b=st.integers(1, 9)
)
def test_two_concurrent_edits_converge_whatever_their_order_and_lose_nothing(
    base: str | None, first: str | None, second: str | None, clock_a: int, clock_b: int
) -> None:
    """Two PCs edit the same field from the same version: applied in either order, the server
    ends with the same value, and any value not shown is kept in a conflict."""
    if clock_a == clock_b:
        clock_b += 10  # HLCs are unique (they carry the node)
    edits = [("A", first, f"c{clock_a:02d}"), ("B", second, f"c{clock_b:02d}")]
    finals = []
    for order in (edits, edits[::-1]):
        current, versions, clocks, version = {"f": base}, {"f": 1}, {"f": "c00"}, 1
        kept_aside = []
        for _pc, value, clock in order:
            result = merge("person", current, versions, clocks, 1, {"f": [base, value]}, clock)
            version += 1
            for name, new in result.updates.items():
                current[name], versions[name], clocks[name] = new, version, clock
            kept_aside += [c.incoming_value for c in result.conflicts if c.kept == "server"]
            kept_aside += [c.server_value for c in result.conflicts if c.kept == "incoming"]
        finals.append(current["f"])
        for value in (first, second):
            assert value == current["f"] or value in kept_aside or value == base
    assert finals[0] == finals[1]
