"""Small-cell suppression across pages: what one page hides, no other page may give back.

``core.suppression.protect`` makes each indicator's table safe on its own. The pages are not
on their own: an agency's counts add up with the other agencies' to the national ones, cell by
cell (women of one nationality nationally are the sum of each agency's), a region's are sums
of its agencies', and a programme's people are some of the national people (each of its counts
at most the national one). A count hidden in one table could then be worked out from the same
group in the others: the national count less the other agencies' published ones, or the
national total of two hidden groups less the programme's published count of one of them.

The rule here is one that needs no search: a disaggregation of one indicator is published on
a page below the national one (an agency, a region, a programme) only where no table of its
family hides or withholds a count of it (the national table, every agency's and region's, the
programme's national one). Then every count of that disaggregation on those pages is exact and
the only hidden counts are the national table's own, which ``protect`` keeps safe: nothing
links them to another page. A page's total follows ``consistent_with_national``. A programme's
page in an agency or a region shows totals only: its groups could be added up with the other
agencies' pages of the programme, whose counts the console does not gather for one page.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.core.indicators import Milestone, Period
from counsellor_app.server import indicator_facts
from counsellor_app.server.console.indicators import (
    Grouping,
    Table,
    consistent_with_national,
    programme_scope,
    publish,
)
from counsellor_app.server.indicator_facts import Counts, IndicatorFactMark
from counsellor_app.server.models import Agency, Record


def unsafe(families: Iterable[Sequence[Table]]) -> dict[Milestone, frozenset[str]]:
    """Per indicator, the disaggregations some table of the family hides a count of (or
    withholds, or whose total it hides: then all of them)."""
    found: dict[Milestone, set[str]] = {}
    for tables in families:
        for table in tables:
            names = found.setdefault(table.milestone, set())
            for grouping in table.groupings:
                if (
                    table.total is None
                    or grouping.withheld
                    or any(c.people is None for c in grouping.cells)
                ):
                    names.add(grouping.dimension)
    return {m: frozenset(names) for m, names in found.items()}


def withhold(
    tables: Sequence[Table], unsafe_by: Mapping[Milestone, frozenset[str]] | None
) -> list[Table]:
    """The page's tables with the unsafe disaggregations withheld (None: all of them)."""
    out = []
    for table in tables:
        names = None if unsafe_by is None else unsafe_by.get(table.milestone, frozenset())
        out.append(
            Table(
                table.milestone,
                table.total,
                tuple(
                    Grouping(g.dimension, (), True) if names is None or g.dimension in names else g
                    for g in table.groupings
                ),
                table.target,
            )
        )
    return out


def added(parts: Iterable[Counts], like: Counts) -> Counts:
    """Counts added up (a region's from its agencies')."""
    totals = dict.fromkeys(like.totals, 0)
    by: dict[Milestone, dict[str, dict[str, int]]] = {m: {} for m in like.totals}
    for counts in parts:
        for milestone, people in counts.totals.items():
            totals[milestone] += people
            for dimension, cells in counts.by[milestone].items():
                into = by[milestone].setdefault(dimension, {})
                for group, n in cells.items():
                    into[group] = into.get(group, 0) + n
    return Counts(like.period, totals, by)


_KNOWN: dict[tuple[object, ...], Any] = {}  # see _remembered


def _remembered(
    session: Session, period: Period, region_of: Mapping[str, str], what: str, work: Any
) -> Any:
    """``work()``, once per period and state of the facts (their mark) in each worker: the
    national tables, and every agency's read for ``unsafe`` (the next refresh that changes
    anything gives a new mark, so nothing older is used)."""
    mark = session.get(IndicatorFactMark, 1)
    key = (
        what,
        str(session.get_bind().engine.url),
        period.start,
        period.end,
        None if mark is None else mark.seq,
        tuple(sorted(region_of.items())),
    )
    if key not in _KNOWN:
        if len(_KNOWN) >= 64:
            _KNOWN.clear()
        _KNOWN[key] = work()
    return _KNOWN[key]


def _agencies_unsafe(
    session: Session,
    period: Period,
    region_of: Mapping[str, str],
    codes_of: Mapping[str, str],
    national: Sequence[Table],
) -> dict[Milestone, frozenset[str]]:
    """``unsafe`` over the national table and every agency's and region's."""
    each = indicator_facts.count_by_agency(session, period)
    by_region: dict[str, list[Counts]] = {}
    for agency_id, counts in each.items():
        region = region_of.get(codes_of.get(agency_id, ""), "")
        if region:
            by_region.setdefault(region, []).append(counts)
    pages = [publish(c, region_of, {}) for c in each.values()]
    pages += [publish(added(parts, parts[0]), region_of, {}) for parts in by_region.values()]
    return unsafe([national, *pages])


def consistent(
    session: Session,
    period: Period,
    programme: Record | None,
    agency_ids: frozenset[str] | None,
    tables: Sequence[Table],
    region_of: Mapping[str, str],
) -> list[Table]:
    """A page's published tables made safe beside every other page (the module's rule): the
    national page as it is; an agency's or a region's beside the national one and every
    agency's and region's; a programme's national page beside the national one; a programme's
    page in some agencies, totals only, beside the programme's and the national agency counts."""
    if agency_ids is None and programme is None:
        return list(tables)
    return [  # a count of nobody is published, as zeros are everywhere: it pins no one
        original if original.total == 0 else safe
        for original, safe in zip(
            tables,
            _consistent(session, period, programme, agency_ids, tables, region_of),
            strict=True,
        )
    ]


def _consistent(
    session: Session,
    period: Period,
    programme: Record | None,
    agency_ids: frozenset[str] | None,
    tables: Sequence[Table],
    region_of: Mapping[str, str],
) -> list[Table]:
    codes_of = dict(session.execute(select(Agency.id, Agency.code)).all())
    national: list[Table] = _remembered(
        session, period, region_of, "national",
        lambda: publish(indicator_facts.count(session, period), region_of, {}),
    )  # fmt: skip
    codes = frozenset(codes_of[a] for a in agency_ids or () if a in codes_of)
    if programme is None:
        agencies_unsafe = _remembered(
            session, period, region_of, "agencies",
            lambda: _agencies_unsafe(session, period, region_of, codes_of, national),
        )  # fmt: skip
        return withhold(consistent_with_national(tables, codes, national), agencies_unsafe)
    own = publish(
        indicator_facts.count(session, period, programme_scope(programme, None)), region_of, {}
    )
    if agency_ids is None:
        return withhold(tables, unsafe([national, own]))
    shown = consistent_with_national(consistent_with_national(tables, codes, own), codes, national)
    return withhold(shown, None)
