"""The indicators' definitions (core.indicators.SOURCES) turned into SQL over this PC's tables:
the dashboard counts 200,000 people in one grouped query instead of loading every record.

Each milestone becomes the set of people with a date in the period; each person gets the
milestones they reached as bits of one number, and the people, grouped once by that number and
every dimension together, are added up per milestone and dimension. A test holds this to the
plain-values counting of core.indicators.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    Table,
    and_,
    case,
    exists,
    func,
    literal,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.types import Date, Integer, String

from counsellor_app.core.indicators import (
    ACTIVE_AFTER_DAYS,
    AGE_BANDS,
    EVERYONE,
    FIRST_DATE_ONLY,
    SOURCES,
    Dimension,
    IndicatorResult,
    Milestone,
    Money,
    Period,
    Population,
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
    if source.requires:
        held = app_table(source.requires)
        conditions.append(
            exists().where(held.c.person_id == table.c.person_id, held.c.deleted_at.is_(None))
        )
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
    if milestone in FIRST_DATE_ONLY:
        return first_day_people(period)
    within = union_all(*(_dated(s, start, end) for s in sources)).subquery()
    return select(within.c.person_id).distinct()


def first_day_people(period: Period) -> Select[Any]:
    """The people whose first day (the earliest date of the REGISTERED sources, kept by
    triggers in ``person_first_day``) falls in the period: one range scan of its index."""
    first = app_table("person_first_day")
    return select(first.c.person_id).where(
        first.c.day.between(period.start.isoformat(), period.end.isoformat())
    )


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


def admitted(population: Population) -> list[ColumnElement[bool]]:
    """Conditions on ``person`` that keep the population's people only."""
    person, agency = app_table("person"), app_table("agency")
    conditions: list[ColumnElement[bool]] = [
        column.in_(sorted(wanted))
        for column, wanted in (
            (person.c.legal_status, population.legal_statuses),
            (person.c.sex, population.sexes),
            (person.c.track, population.tracks),
        )
        if wanted
    ]
    if population.agencies:
        conditions.append(
            person.c.owner_agency_id.in_(
                select(agency.c.id).where(agency.c.code.in_(sorted(population.agencies)))
            )
        )
    if population.programme:  # its enrolled people (core.indicators.Population.admits)
        enrolled = app_table("programme_enrolment")
        conditions.append(
            person.c.id.in_(
                select(enrolled.c.person_id).where(
                    enrolled.c.programme_id == population.programme,
                    enrolled.c.deleted_at.is_(None),
                )
            )
        )
    return conditions


def _grouped(period: Period, population: Population = EVERYONE) -> Select[Any]:
    """Every person who reached any milestone in the period, with the milestones as bits of
    one number, grouped by that number and every dimension together: each person is grouped
    once, however many milestones they reached (a group per milestone would sort each of them
    again, three times the rows on a real register)."""
    person = app_table("person")
    reached = union_all(
        *(
            select(literal(1 << bit, Integer).label("bit"), q.c.person_id)
            for bit, milestone in enumerate(Milestone)
            for q in [milestone_people(milestone, period).subquery()]
        )
    ).subquery()
    # Each milestone's people are distinct, so the sum of a person's bits is their union.
    masks = (
        select(reached.c.person_id, func.sum(reached.c.bit).label("mask"))
        .group_by(reached.c.person_id)
        .subquery()
    )
    columns = _columns(period).values()
    return (
        select(masks.c.mask, *columns, func.count())
        .join(person, person.c.id == masks.c.person_id)
        .where(person.c.deleted_at.is_(None), *admitted(population))
        .group_by(masks.c.mask, *columns)
    )


def report(session: Session, period: Period, population: Population = EVERYONE) -> Report:
    """The people of every milestone grouped once by every dimension together (see
    ``_grouped``); the groups are then added up per milestone and dimension."""
    agency = app_table("agency")
    codes = dict(session.execute(select(agency.c.id, agency.c.code)).all())
    dimensions = list(_columns(period))
    per_mask: Counter[int] = Counter()
    by_mask: dict[int, list[Counter[str]]] = {}  # a counter per dimension, in their order
    agency_at = dimensions.index(Dimension.AGENCY)
    for mask, *values, count in session.execute(_grouped(period, population)):
        per_mask[mask] += count
        counters = by_mask.get(mask)
        if counters is None:
            counters = by_mask[mask] = [Counter() for _ in dimensions]
        values[agency_at] = codes.get(values[agency_at], "")
        for counter, value in zip(counters, values, strict=True):
            counter[value or ""] += count
    results = {}
    for bit, milestone in enumerate(Milestone):
        total, by = 0, {d: Counter[str]() for d in Dimension}
        for mask, counters in by_mask.items():
            if mask >> bit & 1:
                total += per_mask[mask]
                for dimension, counter in zip(dimensions, counters, strict=True):
                    by[dimension].update(counter)
        results[milestone] = IndicatorResult(milestone, total, {d: dict(c) for d, c in by.items()})
    return Report(period, results, _money(session, period, population), population)


def _money(session: Session, period: Period, population: Population) -> Money:
    start, end = period.start.isoformat(), period.end.isoformat()
    person, grant = app_table("person"), app_table("grant_application")
    payment, envelope = app_table("disbursement"), app_table("budget_envelope")
    approved = and_(
        grant.c.decision == "approved",
        grant.c.deleted_at.is_(None),
        person.c.deleted_at.is_(None),
        *admitted(population),
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


def people_reaching(
    session: Session, period: Period, milestone: Milestone, population: Population = EVERYONE
) -> list[str]:
    person = app_table("person")
    found = milestone_people(milestone, period).subquery()
    return list(
        session.scalars(
            select(found.c.person_id)
            .join(person, person.c.id == found.c.person_id)
            .where(person.c.deleted_at.is_(None), *admitted(population))
            .order_by(found.c.person_id)
        )
    )
