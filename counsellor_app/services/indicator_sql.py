"""The indicators' definitions (core.indicators.SOURCES) turned into SQL over this PC's tables:
the dashboard counts 200,000 people in one grouped query instead of loading every record.

Each milestone becomes the set of people with a date in the period; all sets, joined to the
people, are grouped once by every dimension together, and the groups are added up per
dimension. A test holds this to the plain-values counting of core.indicators.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    Table,
    and_,
    case,
    except_,
    func,
    literal,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.types import Date, String

from counsellor_app.core.indicators import (
    ACTIVE_AFTER_DAYS,
    AGE_BANDS,
    FIRST_DATE_ONLY,
    SOURCES,
    Dimension,
    IndicatorResult,
    Milestone,
    Money,
    Period,
    Report,
    Source,
)
from counsellor_app.storage.models import Base


def app_table(name: str) -> Table:
    """The app's table by name (the indicators read a few columns, not whole records)."""
    return Base.metadata.tables[name]


def _day(table: Table, name: str) -> ColumnElement[Any]:
    """The field as 'YYYY-MM-DD': dates are stored so (and the range uses their index);
    times are cut to their day."""
    column = table.c[name]
    return column if isinstance(column.type, Date) else func.date(column)


def _dated(source: Source, after: str | None, before: str | None) -> Select[Any]:
    """(person_id, day) of every live record the source names, dated within the bounds
    (inclusive, either may be open)."""
    table = app_table(source.table)
    day = _day(table, source.day)
    conditions: list[ColumnElement[bool]] = [table.c.deleted_at.is_(None), day.is_not(None)]
    # Bounds on the stored text itself ('YYYY-MM-DD…' sorts as the dates do), so an index on
    # a time column serves the range instead of computing every row's day.
    stored = type_coerce(table.c[source.day], String)
    if after is not None:
        conditions.append(stored >= after)
    if before is not None:
        next_day = (date.fromisoformat(before) + timedelta(days=1)).isoformat()
        conditions.append(stored < next_day)
    if source.table == "person":
        return select(table.c.id.label("person_id"), day.label("day")).where(*conditions)
    for name, wanted in source.equals:
        column = table.c[name]
        conditions.append(column.is_(True) if wanted is True else column == wanted)
    if source.approved_grant:
        grant = app_table("grant_application")
        return (
            select(grant.c.person_id.label("person_id"), day.label("day"))
            .join(grant, grant.c.id == table.c.application_id)
            .where(*conditions, grant.c.decision == "approved", grant.c.deleted_at.is_(None))
        )
    return select(table.c.person_id.label("person_id"), day.label("day")).where(*conditions)


def milestone_people(milestone: Milestone, period: Period) -> Select[Any]:
    """The distinct people who reached the milestone in the period (one column, person_id)."""
    start, end = period.start.isoformat(), period.end.isoformat()
    sources = SOURCES.get(milestone, ())
    if milestone in ACTIVE_AFTER_DAYS:
        created = union_all(
            *(_dated(s, None, None) for s in SOURCES[Milestone.BUSINESS_CREATED])
        ).subquery()
        first = (
            select(created.c.person_id, func.min(created.c.day).label("created"))
            .group_by(created.c.person_id)
            .subquery()
        )
        visit = app_table("follow_up_visit")
        return (
            select(visit.c.person_id)
            .join(first, first.c.person_id == visit.c.person_id)
            .where(
                visit.c.deleted_at.is_(None),
                visit.c.business_status == "active",
                _day(visit, "done_on").between(start, end),
                func.julianday(visit.c.done_on) - func.julianday(first.c.created)
                >= ACTIVE_AFTER_DAYS[milestone],
            )
            .distinct()
        )
    within = union_all(*(_dated(s, start, end) for s in sources)).subquery()
    reached = select(within.c.person_id)
    if milestone in FIRST_DATE_ONLY:  # and not earlier: in the period, except those before
        before = (period.start - timedelta(days=1)).isoformat()
        earlier = union_all(*(_dated(s, None, before) for s in sources)).subquery()
        return select(except_(reached, select(earlier.c.person_id)).subquery().c.person_id)
    return reached.distinct()


def _years_before(day: date, years: int) -> str:
    try:
        return day.replace(year=day.year - years).isoformat()
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28).isoformat()


def _age_band(born: ColumnElement[Any], on: date) -> ColumnElement[str]:
    """The age band on that day, by comparing the birth date with each band's limit (plain
    comparisons on the stored date: no date arithmetic per row)."""
    return case(
        *(
            (born <= _years_before(on, low), label)
            for low, _high, label in sorted(AGE_BANDS, reverse=True)
        ),
        else_="",
    )


def _columns(period: Period) -> dict[Dimension, ColumnElement[Any]]:
    person = app_table("person")
    return {
        Dimension.SEX: person.c.sex,
        Dimension.AGE_BAND: _age_band(person.c.date_of_birth, period.end),
        Dimension.NATIONALITY: person.c.nationality,
        Dimension.LEGAL_STATUS: person.c.legal_status,
        Dimension.AGENCY: person.c.owner_agency_id,
        Dimension.CITY: person.c.city_id,
        Dimension.TRACK: person.c.track,
    }


def _grouped(milestones: Sequence[Milestone], period: Period) -> Select[Any]:
    """The milestones' people, joined to who they are, grouped by every dimension together."""
    person = app_table("person")
    reached = union_all(
        *(
            select(literal(m.value, String).label("milestone"), q.c.person_id)
            for m in milestones
            for q in [milestone_people(m, period).subquery()]
        )
    ).subquery()
    columns = _columns(period).values()
    return (
        select(reached.c.milestone, *columns, func.count())
        .join(person, person.c.id == reached.c.person_id)
        .where(person.c.deleted_at.is_(None))
        .group_by(reached.c.milestone, *columns)
    )


# Relative cost of each milestone's query on a large register (measured on 200,000 people):
# the shares given to the connections are balanced on it.
COST = {
    Milestone.REGISTERED: 60,
    Milestone.ORIENTED: 28,
    Milestone.TRAINED: 13,
    Milestone.INTERNSHIP_COMPLETED: 8,
    Milestone.HIRED: 8,
    Milestone.BUSINESS_PLAN_COMPLETED: 4,
    Milestone.BUSINESS_CREATED: 4,
}


def _shares(milestones: Sequence[Milestone], parts: int) -> list[list[Milestone]]:
    """The milestones dealt into ``parts`` groups of about equal cost (largest first, each to
    the lightest group so far)."""
    groups: list[list[Milestone]] = [[] for _ in range(max(parts, 1))]
    load = [0.0] * len(groups)
    for milestone in sorted(milestones, key=lambda m: -COST.get(m, 1)):
        lightest = load.index(min(load))
        groups[lightest].append(milestone)
        load[lightest] += COST.get(milestone, 1)
    return [g for g in groups if g]


def report(session: Session, period: Period, workers: int = 2) -> Report:
    """Each milestone's people grouped once by every dimension together; the groups are then
    added up per dimension. The milestones are shared between ``workers`` connections that
    run at once (SQLite releases the interpreter while it reads: two cores, half the time)."""
    agency = app_table("agency")
    codes = dict(session.execute(select(agency.c.id, agency.c.code)).all())
    dimensions = list(_columns(period))
    groups = _shares(list(Milestone), workers)
    if len(groups) == 1:
        rows = list(session.execute(_grouped(groups[0], period)))
    else:
        engine = session.get_bind()

        def run(share: list[Milestone]) -> list[Any]:
            with engine.connect() as connection:  # type: ignore[union-attr]
                return list(connection.execute(_grouped(share, period)))

        with ThreadPoolExecutor(len(groups)) as pool:
            rows = [row for part in pool.map(run, groups) for row in part]
    totals: Counter[str] = Counter()
    by: dict[str, dict[Dimension, Counter[str]]] = {
        m.value: {d: Counter() for d in Dimension} for m in Milestone
    }
    for row in rows:
        milestone, *values, count = row
        totals[milestone] += count
        for dimension, value in zip(dimensions, values, strict=True):
            shown = codes.get(value, "") if dimension is Dimension.AGENCY else value
            by[milestone][dimension][shown or ""] += count
    results = {
        m: IndicatorResult(m, totals[m.value], {d: dict(c) for d, c in by[m.value].items()})
        for m in Milestone
    }
    return Report(period, results, _money(session, period))


def _money(session: Session, period: Period) -> Money:
    start, end = period.start.isoformat(), period.end.isoformat()
    person, grant = app_table("person"), app_table("grant_application")
    payment, envelope = app_table("disbursement"), app_table("budget_envelope")
    approved = and_(
        grant.c.decision == "approved",
        grant.c.deleted_at.is_(None),
        person.c.deleted_at.is_(None),
    )
    committed = session.scalar(
        select(func.coalesce(func.sum(grant.c.approved_centimes), 0))
        .join(person, person.c.id == grant.c.person_id)
        .where(approved, func.date(grant.c.decided_on).between(start, end))
    )
    disbursed = session.scalar(
        select(func.coalesce(func.sum(payment.c.amount_centimes), 0))
        .join(grant, grant.c.id == payment.c.application_id)
        .join(person, person.c.id == grant.c.person_id)
        .where(
            approved,
            payment.c.deleted_at.is_(None),
            func.date(payment.c.confirmed_on).between(start, end),
        )
    )
    budget = session.scalar(
        select(func.coalesce(func.sum(envelope.c.budget_centimes), 0)).where(
            envelope.c.deleted_at.is_(None),
            func.coalesce(envelope.c.valid_from, "0001-01-01") <= end,
            func.coalesce(envelope.c.valid_to, "9999-12-31") >= start,
        )
    )
    return Money(int(committed or 0), int(disbursed or 0), int(budget or 0))


def people_reaching(session: Session, period: Period, milestone: Milestone) -> list[str]:
    person = app_table("person")
    found = milestone_people(milestone, period).subquery()
    return list(
        session.scalars(
            select(found.c.person_id)
            .join(person, person.c.id == found.c.person_id)
            .where(person.c.deleted_at.is_(None))
            .order_by(found.c.person_id)
        )
    )
