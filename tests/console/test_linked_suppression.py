"""Small-cell suppression across every page of the console, through the real app: an attacker
who downloads the national export, every agency's and region's, and a programme's national and
agency pages, and knows how they hold together (each disaggregation of a page adds up to its
total; each agency's count of a group adds up, over the agencies, to the national count of
that group, a region's to its agencies'; a programme's count is at most the same count
without the programme), narrows every hidden count's bounds over all of it. No small count
(1 to the threshold less one) may come out exact."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

import tests.console.test_console_indicators as console_tests
from counsellor_app.core.indicators import DEFAULT_SUPPRESSION
from tests.console.test_console_indicators import (
    IDMAJE,
    REGION,
    W4I,
    _csv_tables,
    sign_in,
)

app_client = console_tests.app_client  # the fixture: the real app, signed in as each role

INF = float("inf")
Key = tuple[str, str, str, str]  # page, indicator, dimension ("total": the total), group
Exports = dict[str, dict[str, dict[str, dict[str, int | None] | None]]]


class Attack:
    """Bounds on every count of every page, narrowed over sums and inequalities."""

    def __init__(self, threshold: int) -> None:
        self.threshold = threshold
        self.bounds: dict[Key, list[float]] = {}
        self.sums: list[tuple[Key, list[Key]]] = []
        self.at_most: list[tuple[Key, Key]] = []
        self.hidden: list[Key] = []

    def page(self, name: str, tables: Exports, national: bool, groups: dict[str, set[str]]) -> None:
        """One export: its published counts, hidden ones at least 1 (a hidden total of the
        national page below the threshold; of another page anything: a page is also hidden
        whole to protect another), a group absent from a published grouping 0, a withheld
        grouping anything from 0."""
        for code, table in tables.items():
            total = (table.get("total") or {}).get("")
            key: Key = (name, code, "total", "")
            if total is not None:
                self.bounds[key] = [total, total]
            else:
                self.bounds[key] = [1, self.threshold - 1] if national else [0, INF]
                self.hidden.append(key)
            for dimension, values in groups.items():
                cells = table.get(dimension, None) if dimension in table else None
                parts = []
                for group in sorted(values):
                    cell: Key = (name, code, dimension, group)
                    parts.append(cell)
                    if cells is None:
                        self.bounds[cell] = [0, INF]
                    elif group not in cells:
                        self.bounds[cell] = [0, 0]
                    elif cells[group] is None:
                        self.bounds[cell] = [1, INF]
                        self.hidden.append(cell)
                    else:
                        count = cells[group]
                        assert count is not None
                        self.bounds[cell] = [count, count]
                self.sums.append((key, parts))
            for region in groups.get("region", ()):
                members = [
                    (name, code, "agency", a) for a in groups["agency"] if REGION[a] == region
                ]
                self.sums.append(((name, code, "region", region), members))

    def sum_of_pages(
        self, whole: str, parts: list[str], tables: Exports, groups: dict[str, set[str]]
    ) -> None:
        for code in tables:
            for dimension, group in [("total", ""), *((d, g) for d in groups for g in groups[d])]:
                self.sums.append(
                    ((whole, code, dimension, group), [(p, code, dimension, group) for p in parts])
                )

    def within(self, small: str, large: str, tables: Exports, groups: dict[str, set[str]]) -> None:
        for code in tables:
            for dimension, group in [("total", ""), *((d, g) for d in groups for g in groups[d])]:
                self.at_most.append(
                    ((small, code, dimension, group), (large, code, dimension, group))
                )

    def run(self) -> list[tuple[Key, float]]:
        b = self.bounds
        moved = True
        while moved:
            moved = False

            def narrow(key: Key, low: float, high: float) -> None:
                nonlocal moved
                new = [max(b[key][0], low), min(b[key][1], high)]
                if new != b[key]:
                    b[key], moved = new, True

            for whole, parts in self.sums:
                narrow(whole, sum(b[p][0] for p in parts), sum(b[p][1] for p in parts))
                for part in parts:
                    others = [q for q in parts if q != part]
                    narrow(
                        part,
                        b[whole][0] - sum(b[q][1] for q in others),
                        b[whole][1] - sum(b[q][0] for q in others),
                    )
            for small, large in self.at_most:
                narrow(small, 0, b[large][1])
                narrow(large, b[small][0], INF)
        return [
            (key, b[key][0])
            for key in self.hidden
            if b[key][0] == b[key][1] and 0 < b[key][0] < self.threshold
        ]


def _groups(pages: list[Exports]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for tables in pages:
        for table in tables.values():
            for dimension, cells in table.items():
                if dimension != "total" and cells is not None:
                    found.setdefault(dimension, set()).update(cells)
    found.setdefault("agency", set()).update(REGION)
    found.setdefault("region", set()).update(REGION.values())
    return found


def attack(client: TestClient, period: str, programme: str) -> tuple[list[tuple[Key, float]], int]:
    """Every page of one period (and the programme's, if one), attacked together; returns what
    came out and how many counts were hidden."""

    def get(scope: str, with_programme: bool) -> Exports:
        query = f"{period}&scope={scope}" + (f"&programme={programme}" if with_programme else "")
        answer = client.get(f"/console/indicators/export.csv?{query}")
        assert answer.status_code == 200, query
        return _csv_tables(answer.content)

    regions = sorted(set(REGION.values()))
    families = [("", False)] + ([("P:", True)] if programme else [])
    pages: dict[str, Exports] = {}
    for prefix, with_programme in families:
        pages[prefix + "national"] = get("national", with_programme)
        for code in REGION:
            pages[f"{prefix}agency:{code}"] = get(f"agency:{code}", with_programme)
        for region in regions:
            pages[f"{prefix}region:{region}"] = get(f"region:{region}", with_programme)
    groups = _groups(list(pages.values()))
    tables = pages["national"]
    found = Attack(DEFAULT_SUPPRESSION)
    for name, exported in pages.items():
        found.page(name, exported, name in ("national", "P:national"), groups)
    for prefix, _with in families:
        found.sum_of_pages(
            prefix + "national", [f"{prefix}agency:{c}" for c in REGION], tables, groups
        )
        for region in regions:
            members = [f"{prefix}agency:{c}" for c, r in REGION.items() if r == region]
            found.sum_of_pages(f"{prefix}region:{region}", members, tables, groups)
    if programme:
        for scope in [
            "national",
            *(f"agency:{c}" for c in REGION),
            *(f"region:{r}" for r in regions),
        ]:
            found.within(f"P:{scope}", scope, tables, groups)
    return found.run(), len(found.hidden)


@pytest.mark.parametrize("programme", ["", IDMAJE, W4I])
def test_no_small_count_comes_out_of_all_the_pages_together(
    app_client: tuple[TestClient, object], programme: str
) -> None:
    client, _engine = app_client
    sign_in(client, "nadia")
    hidden = 0
    for period in ("year=2026", "year=2025", "year=2025&part=q3"):
        found, seen = attack(client, period, programme)
        assert found == [], (period, found[:5])
        hidden += seen
    assert hidden > 50  # the pages do hide counts: the attack had work to do


def test_the_attack_finds_a_count_another_page_gives_back() -> None:
    """The attack is real: an agency's small count, hidden with a partner on its own page,
    comes back as the national count less the other agency's (what the pages showed before)."""
    national: Exports = {"registered": {"total": {"": 70}, "sex": {"female": 30, "male": 40}}}
    rabat: Exports = {"registered": {"total": {"": 33}, "sex": {"female": None, "male": None}}}
    sale: Exports = {"registered": {"total": {"": 37}, "sex": {"female": 28, "male": 9}}}
    attacker = Attack(DEFAULT_SUPPRESSION)
    groups = {"sex": {"female", "male"}}
    attacker.page("national", national, True, groups)
    attacker.page("agency:RABAG", rabat, False, groups)
    attacker.page("agency:SALEA", sale, False, groups)
    attacker.sum_of_pages("national", ["agency:RABAG", "agency:SALEA"], national, groups)
    assert dict(attacker.run()) == {("agency:RABAG", "registered", "sex", "female"): 2}
