"""Complementary suppression held by an attacker: every table of an export, read as a donor
receives it, gives back no hidden count (core/suppression.py states what the reader knows)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from counsellor_app.core.indicator_export import HIDDEN, WITHHELD, as_data, to_csv, to_json
from counsellor_app.core.indicators import Milestone, Period, PersonFacts, compute
from counsellor_app.core.suppression import exposed, protect

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))


def _compositions(total: int, parts: int) -> Iterator[tuple[int, ...]]:
    """Every way of writing ``total`` as ``parts`` counts of at least 1."""
    if parts == 0:
        if total == 0:
            yield ()
        return
    for first in range(1, total - parts + 2):
        for rest in _compositions(total - first, parts - 1):
            yield (first, *rest)


def possible_values(
    total: int | None, by: Mapping[str, Mapping[str, int | None]], threshold: int
) -> dict[tuple[str, str], set[int]]:
    """The attacker: every table consistent with what is published (each grouping adds up to
    the total, a hidden count is at least 1, a hidden total lies from 1 to threshold - 1),
    enumerated in full; for each hidden cell, the values it can still take."""
    totals = [total] if total is not None else list(range(1, threshold))
    seen: dict[tuple[str, str], set[int]] = {}
    for candidate in totals:
        per_dimension: dict[str, list[tuple[int, ...]]] = {}
        for dimension, cells in by.items():
            hidden = [g for g, c in cells.items() if c is None]
            rest = candidate - sum(c for c in cells.values() if c is not None)
            per_dimension[dimension] = list(_compositions(rest, len(hidden)))
        if any(not ways for ways in per_dimension.values()):
            continue  # no table has this total
        if total is None:
            seen.setdefault(("", ""), set()).add(candidate)
        for dimension, ways in per_dimension.items():
            hidden = [g for g, c in by[dimension].items() if c is None]
            for way in ways:
                for group, value in zip(hidden, way, strict=True):
                    seen.setdefault((dimension, group), set()).add(value)
    return seen


def subtractions(indicator: Mapping[str, Any]) -> dict[tuple[str, str], int]:
    """The attacker by hand: the total less a grouping's published counts for a lone hidden
    count; the total as the sum of a fully published grouping; the total from its target and
    progress."""
    found: dict[tuple[str, str], int] = {}
    total = indicator["total"]
    for cells in indicator["by"].values():
        if all(c is not None for c in cells.values()) and total is None:
            found[("", "")] = sum(cells.values())
    if total is None and indicator["progress_percent"] is not None:
        found[("", "")] = indicator["progress_percent"] * indicator["target"] // 100
    total = found.get(("", ""), total)
    if total is None:
        return found
    for dimension, cells in indicator["by"].items():
        hidden = [g for g, c in cells.items() if c is None]
        if len(hidden) == 1:
            found[(dimension, hidden[0])] = total - sum(c for c in cells.values() if c is not None)
    return found


def assert_nothing_recomputed(data: Mapping[str, Any]) -> None:
    threshold = data["suppression_threshold"]
    for indicator in data["indicators"]:
        assert not subtractions(indicator), indicator
        values = possible_values(indicator["total"], indicator["by"], threshold)
        pinned = {cell: v for cell, v in values.items() if len(v) < 2}
        assert not pinned, (indicator["key"], pinned, indicator)


def _person(n: int, sex: str, nationality: str, born: int, status: str) -> PersonFacts:
    return PersonFacts(
        f"p{n}", sex, date(born, 6, 1), nationality, status, "RABAG", "rabat", "wage",
        date(2026, 3, 1),
    )  # fmt: skip


def test_the_demo_gap_is_closed() -> None:
    """The registered total minus the other age bands gave the hidden 55+ count as 1."""
    people = [_person(n, "female" if n % 2 else "male", "GN", 1998, "refugee") for n in range(40)]
    people.append(_person(40, "male", "GN", 1960, "refugee"))  # the one person aged 55+
    data = as_data(compute(people, YEAR), threshold=5)
    registered = next(i for i in data["indicators"] if i["key"] == "registered")
    assert registered["total"] == 41
    ages = registered["by"]["age_band"]
    assert ages["55+"] is None and ages["25-34"] is None  # its partner: 41 - 0 gives nothing
    assert_nothing_recomputed(data)


def test_a_small_total_with_a_target_gives_neither_back() -> None:
    people = [_person(n, "female", "CI", 1990 + n, "asylum_seeker") for n in range(3)]
    report = compute(people, YEAR)
    report = type(report)(
        report.period, report.results, report.money, report.population, "UE — Work4Life",
        {Milestone.REGISTERED: 4},
    )  # fmt: skip
    data = as_data(report, threshold=5)
    registered = next(i for i in data["indicators"] if i["key"] == "registered")
    assert (registered["total"], registered["target"], registered["progress_percent"]) == (
        None, 4, None,
    )  # fmt: skip
    assert data["programme"] == "UE — Work4Life"
    assert_nothing_recomputed(data)
    rows = list(csv.DictReader(io.StringIO(to_csv(report, 5))))
    assert {"indicator": "registered", "dimension": "target", "value": "", "people": "4"} in rows
    assert {"indicator": "registered", "dimension": "total", "value": "", "people": HIDDEN} in rows
    assert json.loads(to_json(report, 5))["hidden_mark"] == HIDDEN


def test_ones_all_over_are_withheld_rather_than_given_away() -> None:
    """Four people of four nationalities: a hidden total of at most 4 split into four hidden
    counts of at least one each would give every count (and the total) back."""
    people = [_person(n, "female", nat, 1990, "refugee") for n, nat in enumerate("ABCD")]
    data = as_data(compute(people, YEAR), threshold=5)
    registered = next(i for i in data["indicators"] if i["key"] == "registered")
    assert "nationality" in registered["withheld"] and "nationality" not in registered["by"]
    assert f"registered,nationality,,{WITHHELD}" in to_csv(compute(people, YEAR), 5)
    assert_nothing_recomputed(data)


def test_the_attacker_does_recompute_primary_suppression_alone() -> None:
    """The attacker is not blind: on the old output (small counts hidden, nothing more) it
    gets the lone hidden count back."""
    old = {"total": 41, "by": {"age_band": {"18-24": 40, "55+": None}}, "progress_percent": None}
    assert subtractions(old) == {("age_band", "55+"): 1}
    assert possible_values(41, old["by"], 5)[("age_band", "55+")] == {1}
    assert exposed(41, old["by"], 5) == [("age_band", "55+")]


people_strategy = st.lists(
    st.tuples(
        st.sampled_from(["female", "male", ""]),
        st.sampled_from(["GN", "CI", "SN", "MA", "CM"]),
        st.sampled_from([1960, 1975, 1990, 2000, 2005]),
        st.sampled_from(["refugee", "asylum_seeker", "regularised", ""]),
    ),
    min_size=0,
    max_size=24,
)


@settings(max_examples=150, deadline=None)
@given(people_strategy, st.integers(min_value=3, max_value=7))
def test_no_hidden_count_of_any_table_can_be_recomputed(
    drawn: list[tuple[str, str, int, str]], threshold: int
) -> None:
    people = [_person(n, *values) for n, values in enumerate(drawn)]
    data = as_data(compute(people, YEAR), threshold)
    assert_nothing_recomputed(data)
    for indicator in data["indicators"]:  # and nothing is hidden for nothing: big totals show
        if indicator["key"] == "registered":
            assert (indicator["total"] is None) == (0 < len(people) < threshold)


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["a", "b", "c"]),
        st.lists(st.integers(min_value=0, max_value=9), min_size=1, max_size=5),
        min_size=1,
    ),
    st.integers(min_value=3, max_value=6),
)
def test_random_tables_keep_their_small_cells(
    groupings: dict[str, list[int]], threshold: int
) -> None:
    """Random groupings of one total (each grouping padded to the same total): every small
    count is hidden, every table is safe, published counts are the true ones."""
    total = max(sum(counts) for counts in groupings.values())
    by = {}
    for dimension, counts in groupings.items():
        cells = {f"g{i}": c for i, c in enumerate(counts) if c}
        if total - sum(counts):
            cells["rest"] = total - sum(counts)
        by[dimension] = cells
    kept = protect(total, by, threshold)
    published = {
        dimension: {g: c if kept.shows(dimension, g) else None for g, c in cells.items()}
        for dimension, cells in by.items()
        if dimension not in kept.withheld
    }
    shown_total = None if kept.total_hidden else total
    for dimension, cells in published.items():
        for group, count in cells.items():
            assert count is None or not 0 < count < threshold
            assert count is None or count == by[dimension][group]
    values = possible_values(shown_total, published, threshold)
    assert all(len(v) >= 2 for v in values.values()), (by, kept)
    for dimension, cells in published.items():  # the truth is among what the reader allows
        for group, count in cells.items():
            if count is None:
                assert by[dimension][group] in values[(dimension, group)]
