"""National indicators over the server's record store, from the PCs' own definitions.

``core.indicators.SOURCES`` says, once, which record and which date make each milestone; the
PC turns it into SQL over its tables (services.indicator_sql), and this module turns the same
declarations into SQL over the server's ``record`` table (fields kept as JSON). The milestones
reached are kept in ``indicator_fact``: one row per person, milestone and day, with the
person's groups (sex, birth date, nationality…) beside it, so a dashboard is one scan of a
narrow indexed table instead of a walk through millions of JSON documents.

Counting unique people without DISTINCT: each row also holds the person's previous day for the
same milestone (``prev_day``). A person reached the milestone in a period exactly when one of
their rows lies in it with no earlier day inside it, that is, ``start <= day <= end`` and
``prev_day`` absent or before ``start``: one row per person, so ``count(*)`` is the number of
people and every disaggregation adds up to the total.

Periods of whole months (the console's years, quarters and months) are read from monthly
cells instead, national (``indicator_cell``), per agency (``indicator_agency_cell``) and per
programme nationally (``indicator_programme_cell``, over the people it counts: enrolled and
eligible, ``indicator_member``), kept with the facts at each refresh; a programme's count in
some agencies and other periods read the facts.

The table is refreshed, not kept by the push: ``refresh`` rebuilds the rows of the people whose
records changed since the last refresh (the change log's sequence numbers), in SQL, before the console
counts. A test holds the result to ``core.indicators.compute`` over the same records.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Date,
    Index,
    Integer,
    Select,
    SmallInteger,
    String,
    Table,
    Text,
    case,
    cast,
    delete,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    tuple_,
    union_all,
)
from sqlalchemy.orm import Mapped, Session, aliased, mapped_column

from counsellor_app.core.indicators import (
    ACTIVE_AFTER_DAYS,
    AGE_BANDS,
    FIRST_DATE_ONLY,
    SOURCES,
    Dimension,
    Milestone,
    Period,
    Population,
    Source,
)
from counsellor_app.server import indicator_periods
from counsellor_app.server.models import Agency, Base, ChangeEntry, Erasure, Record, SyncCounter

MILESTONES: tuple[Milestone, ...] = tuple(Milestone)  # a milestone's number is its place here
# The groups kept beside each fact, by the dimension they give (age band: from the birth date).
GROUP_FIELDS: Mapping[Dimension, str] = {
    Dimension.SEX: "sex",
    Dimension.NATIONALITY: "nationality",
    Dimension.LEGAL_STATUS: "legal_status",
    Dimension.CITY: "city_id",
    Dimension.TRACK: "track",
}
REFRESH_BATCH = 5000  # people rebuilt per statement when only some changed


class IndicatorFact(Base):
    """One milestone a person reached on one day (see the module's docstring)."""

    __tablename__ = "indicator_fact"
    person_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    milestone: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    prev_day: Mapped[date | None] = mapped_column(Date)
    agency_id: Mapped[str] = mapped_column(String(36))
    sex: Mapped[str] = mapped_column(String(40), default="")
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    nationality: Mapped[str] = mapped_column(String(40), default="")
    legal_status: Mapped[str] = mapped_column(String(40), default="")
    city_id: Mapped[str] = mapped_column(String(40), default="")
    track: Mapped[str] = mapped_column(String(40), default="")

    __table_args__ = (
        Index(None, "day", "milestone"),
        Index(None, "agency_id", "day"),
    )


class IndicatorFactMark(Base):
    """One row: the last server sequence number the facts were built from."""

    __tablename__ = "indicator_fact_mark"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger)


class IndicatorCell(Base):
    """The national facts added up by month (see ``_cells``): how many fact rows of one
    milestone fall in ``month`` with their previous day in ``prev_month`` (``NO_MONTH``:
    none), per value of one dimension ("" and "": the total). For the age band the value is
    the birth month, from which the band at any month's end follows exactly."""

    __tablename__ = "indicator_cell"
    milestone: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    month: Mapped[date] = mapped_column(Date, primary_key=True)
    prev_month: Mapped[date] = mapped_column(Date, primary_key=True)
    dimension: Mapped[str] = mapped_column(String(16), primary_key=True)
    value: Mapped[str] = mapped_column(String(40), primary_key=True)
    people: Mapped[int] = mapped_column(Integer)


class IndicatorAgencyCell(Base):
    """The same monthly cells per agency: an agency's or a region's dashboard reads these."""

    __tablename__ = "indicator_agency_cell"
    agency_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    month: Mapped[date] = mapped_column(Date, primary_key=True)
    milestone: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    prev_month: Mapped[date] = mapped_column(Date, primary_key=True)
    dimension: Mapped[str] = mapped_column(String(16), primary_key=True)
    value: Mapped[str] = mapped_column(String(40), primary_key=True)
    people: Mapped[int] = mapped_column(Integer)


class IndicatorMember(Base):
    """A person a programme counts (a live enrolment, and its eligibility), as the facts were
    last built: the programme cells are taken away through these rows when the person
    changes, before they are rebuilt from the records."""

    __tablename__ = "indicator_member"
    programme_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    person_id: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)


class IndicatorProgrammeMark(Base):
    """The eligibility (``population_key``) a programme's members and cells were built with:
    when the programme's record says otherwise, the refresh rebuilds that programme."""

    __tablename__ = "indicator_programme_mark"
    programme_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    population: Mapped[str] = mapped_column(Text)


class IndicatorProgrammeCell(Base):
    """The monthly cells of one programme's people, nationally: a programme's dashboard reads
    these instead of grouping its facts (6.8 to 22 s at 2,000,000 people)."""

    __tablename__ = "indicator_programme_cell"
    programme_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    month: Mapped[date] = mapped_column(Date, primary_key=True)
    milestone: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    prev_month: Mapped[date] = mapped_column(Date, primary_key=True)
    dimension: Mapped[str] = mapped_column(String(16), primary_key=True)
    value: Mapped[str] = mapped_column(String(40), primary_key=True)
    people: Mapped[int] = mapped_column(Integer)


NO_MONTH = date(1, 1, 1)


def population_key(population: Population) -> str:
    """A programme's eligibility as one text (its groups, sorted): what the cells were built
    with, compared with what the programme's record says now."""
    chosen = {name: sorted(values) for name, values in population.chosen().items()}
    return json.dumps(chosen, sort_keys=True)


# -- the declarations as SQL over the record store ---------------------------------------


def _text(record: Any, name: str) -> ColumnElement[str]:
    text: ColumnElement[str] = record.fields[name].as_string()
    return text


def _day(record: Any, name: str, postgres: bool) -> ColumnElement[Any]:
    """A field's day (the first ten characters of an ISO date or time, as core.indicators'
    ``_day``): a date on PostgreSQL, its 'YYYY-MM-DD' text on SQLite (Date columns there)."""
    text = func.substr(_text(record, name), 1, 10)
    return cast(text, Date) if postgres else text


def _live(record: Any) -> ColumnElement[bool]:
    return _text(record, "deleted_at").is_(None)


def _source(source: Source, postgres: bool, people: Sequence[str] | None = None) -> Select[Any]:
    """(person_id, day) of every live record the source names, as core.indicators reads it
    (of these people only: their records by the person index, not every record of the kind)."""
    row = aliased(Record)
    raw = _text(row, source.day)
    who = row.id if source.table == "person" else row.person_id
    conditions: list[ColumnElement[bool]] = [
        row.entity == source.table,
        _live(row),
        raw.is_not(None),
        raw != "",
    ]
    if people is not None:
        conditions.append(who.in_(list(people)))
    for name, wanted in source.equals:
        if isinstance(wanted, bool):
            truth = row.fields[name].as_boolean()
            conditions.append(truth.is_(True) if wanted else or_(truth.is_(None), truth.is_(False)))
        else:
            conditions.append(_text(row, name) == str(wanted))
    if source.requires:
        held = aliased(Record)
        conditions.append(
            exists().where(
                held.entity == source.requires, held.person_id == row.person_id, _live(held)
            )
        )
    if source.approved_grant:
        grant = aliased(Record)
        conditions.append(
            exists().where(
                grant.entity == "grant_application",
                grant.id == _text(row, "application_id"),
                grant.person_id == row.person_id,
                _text(grant, "decision") == "approved",
                _live(grant),
            )
        )
    return select(who.label("person_id"), _day(row, source.day, postgres).label("day")).where(
        *conditions
    )


def _milestone_days(
    milestone: Milestone, postgres: bool, people: Sequence[str] | None = None
) -> Select[Any]:
    """(person_id, milestone, day) for each day a person reached the milestone, once."""
    number = literal(MILESTONES.index(milestone), SmallInteger)
    if milestone in ACTIVE_AFTER_DAYS:
        created = union_all(
            *(_source(s, postgres, people) for s in SOURCES[Milestone.BUSINESS_CREATED])
        ).subquery()
        first = (
            select(created.c.person_id, func.min(created.c.day).label("created"))
            .group_by(created.c.person_id)
            .subquery()
        )
        visit = aliased(Record)
        seen = _day(visit, "done_on", postgres)
        elapsed = (
            seen - first.c.created
            if postgres
            else func.julianday(seen) - func.julianday(first.c.created)
        )
        mine = [] if people is None else [visit.person_id.in_(list(people))]
        return (
            select(visit.person_id.label("person_id"), number.label("milestone"), seen.label("day"))
            .join(first, first.c.person_id == visit.person_id)
            .where(
                *mine,
                visit.entity == "follow_up_visit",
                _live(visit),
                _text(visit, "done_on").is_not(None),
                _text(visit, "done_on") != "",
                _text(visit, "business_status") == "active",
                elapsed >= ACTIVE_AFTER_DAYS[milestone],
            )
            .distinct()
        )
    found = union_all(*(_source(s, postgres, people) for s in SOURCES[milestone])).subquery()
    if milestone in FIRST_DATE_ONLY:
        return select(
            found.c.person_id, number.label("milestone"), func.min(found.c.day).label("day")
        ).group_by(found.c.person_id)
    return select(found.c.person_id, number.label("milestone"), found.c.day).distinct()


def facts_query(postgres: bool, people: Sequence[str] | None = None) -> Select[Any]:
    """Every fact row (IndicatorFact's columns, in order) of every live person, or of these."""
    reached = union_all(*(_milestone_days(m, postgres, people) for m in MILESTONES)).subquery()
    person = aliased(Record)
    birth = func.substr(_text(person, "date_of_birth"), 1, 10)
    born = case((birth == "", None), else_=cast(birth, Date) if postgres else birth)
    previous = func.lag(reached.c.day).over(
        partition_by=(reached.c.person_id, reached.c.milestone), order_by=reached.c.day
    )
    conditions = [person.entity == "person", _live(person)]
    if people is not None:
        conditions.append(person.id.in_(list(people)))
    return (
        select(
            reached.c.person_id,
            reached.c.milestone,
            reached.c.day,
            previous,
            person.owner_agency_id,
            func.coalesce(_text(person, "sex"), ""),
            born,
            *(
                func.coalesce(_text(person, name), "")
                for name in ("nationality", "legal_status", "city_id", "track")
            ),
        )
        .join(person, person.id == reached.c.person_id)
        .where(*conditions)
    )


FACT_COLUMNS = ("person_id", "milestone", "day", "prev_day", "agency_id", "sex",
                "date_of_birth", "nationality", "legal_status", "city_id", "track")  # fmt: skip


def _postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def refresh(session: Session, full: bool = False) -> int:
    """Bring the facts up to the records: all of them (``full``, or the first time), else the
    people whose records changed since the last refresh. Returns the people rebuilt (-1: all).
    The caller commits. The mark row is locked, so two workers refreshing take turns."""
    postgres = _postgres(session)
    mark = session.get(IndicatorFactMark, 1, with_for_update=True)
    # The last sequence number handed out (one row), not a scan of the records.
    top = session.scalar(select(SyncCounter.value).where(SyncCounter.id == 1)) or 0
    target = IndicatorFact.__table__
    assert isinstance(target, Table)
    if mark is None or full:
        session.execute(delete(IndicatorFact))
        session.execute(delete(IndicatorCell))
        session.execute(delete(IndicatorAgencyCell))
        session.execute(delete(indicator_periods.IndicatorAgencyPeriod))
        for table in (IndicatorMember, IndicatorProgrammeMark, IndicatorProgrammeCell):
            session.execute(delete(table))
        session.execute(insert(target).from_select(FACT_COLUMNS, facts_query(postgres)))
        programmes = _programmes(session)
        _add_members(session, None, programmes)
        _add_cells(session, None, 1)
        indicator_periods.add(session, None, 1)
        for programme_id, population in programmes.items():
            session.add(IndicatorProgrammeMark(programme_id=programme_id, population=population))
        if mark is None:
            session.add(IndicatorFactMark(id=1, seq=top))
        else:
            mark.seq = top
        session.flush()
        return -1
    if top <= mark.seq:
        return 0
    programmes = _programmes(session)
    built = dict(
        session.execute(
            select(IndicatorProgrammeMark.programme_id, IndicatorProgrammeMark.population)
        ).all()
    )
    stale = sorted(p for p in set(programmes) | set(built) if programmes.get(p) != built.get(p))
    # Who changed, from the change log's key (every record change is announced there with
    # its sequence number) and the erasures (a person erased leaves the facts too).
    changed = select(func.coalesce(ChangeEntry.person_id, ChangeEntry.entity_id)).where(
        ChangeEntry.server_seq > mark.seq,
        or_(ChangeEntry.person_id.is_not(None), ChangeEntry.entity == "person"),
    )
    erased = select(Erasure.person_id).where(Erasure.server_seq > mark.seq)
    people = sorted(
        {p for p in session.scalars(changed.distinct()) if p} | set(session.scalars(erased))
    )
    for start in range(0, len(people), REFRESH_BATCH):
        batch = people[start : start + REFRESH_BATCH]
        _add_cells(session, batch, -1)  # their old facts leave the monthly cells
        indicator_periods.add(session, batch, -1)  # and every agency's period counts
        session.execute(delete(IndicatorMember).where(IndicatorMember.person_id.in_(batch)))
        session.execute(delete(IndicatorFact).where(IndicatorFact.person_id.in_(batch)))
        session.execute(insert(target).from_select(FACT_COLUMNS, facts_query(postgres, batch)))
        _add_members(session, batch, programmes)
        _add_cells(session, batch, 1)
        indicator_periods.add(session, batch, 1)
    for programme_id in stale:  # a programme new, gone or whose eligibility changed: anew
        for table in (IndicatorMember, IndicatorProgrammeMark, IndicatorProgrammeCell):
            session.execute(delete(table).where(table.programme_id == programme_id))
        if programme_id in programmes:
            one = {programme_id: programmes[programme_id]}
            _add_members(session, None, one)
            _add_cells(session, None, 1, programme_id)
            session.add(
                IndicatorProgrammeMark(programme_id=programme_id, population=one[programme_id])
            )
    session.execute(delete(IndicatorCell).where(IndicatorCell.people == 0))
    session.execute(delete(IndicatorAgencyCell).where(IndicatorAgencyCell.people == 0))
    session.execute(delete(IndicatorProgrammeCell).where(IndicatorProgrammeCell.people == 0))
    period_row = indicator_periods.IndicatorAgencyPeriod
    session.execute(delete(period_row).where(period_row.people == 0))
    mark.seq = top
    session.flush()
    return len(people)


def _month(day: Any, postgres: bool) -> ColumnElement[Any]:
    if postgres:
        return cast(func.date_trunc("month", day), Date)
    return func.substr(day, 1, 7).concat("-01")


def _cell_values(postgres: bool) -> dict[str, Any]:
    fact = IndicatorFact
    born = (
        func.to_char(fact.date_of_birth, "YYYY-MM")
        if postgres
        else func.substr(fact.date_of_birth, 1, 7)
    )
    return {
        "": literal(""),
        Dimension.SEX.value: fact.sex,
        Dimension.AGE_BAND.value: func.coalesce(born, ""),
        Dimension.NATIONALITY.value: fact.nationality,
        Dimension.LEGAL_STATUS.value: fact.legal_status,
        Dimension.AGENCY.value: fact.agency_id,
        Dimension.CITY.value: fact.city_id,
        Dimension.TRACK.value: fact.track,
    }


def _programmes(session: Session) -> dict[str, str]:
    """Every live programme's eligibility (``population_key``), by its record id."""
    found = session.execute(
        select(Record.id, Record.fields).where(Record.entity == "programme", _live(Record))
    )
    return {
        identifier: population_key(Population.from_json(fields.get("population")))
        for identifier, fields in found
    }


def _add_members(
    session: Session, people: Sequence[str] | None, programmes: Mapping[str, str]
) -> None:
    """The people each programme counts, from the facts just built: a live enrolment in it
    and its eligibility (the same conditions as counting from the facts)."""
    fact = IndicatorFact
    for programme_id, key in programmes.items():
        groups = {name: frozenset(values) for name, values in json.loads(key).items()}
        scope = Scope(None, programme_id, Population.of_groups(groups))
        chosen = select(literal(programme_id), fact.person_id).where(
            *_scope_conditions(session, scope)
        )
        if people is not None:
            chosen = chosen.where(fact.person_id.in_(list(people)))
        session.execute(
            insert(IndicatorMember).from_select(["programme_id", "person_id"], chosen.distinct())
        )


def _add_cells(
    session: Session, people: Sequence[str] | None, sign: int, programme: str | None = None
) -> None:
    """Add (sign 1) or take away (-1) the facts of these people (None: all) to the monthly
    cells, one grouped statement per dimension, merged into the existing cells (with a
    ``programme``: that programme's cells only)."""
    postgres = _postgres(session)
    fact = IndicatorFact
    month = _month(fact.day, postgres)
    if postgres:
        previous = func.coalesce(_month(fact.prev_day, True), NO_MONTH)
    else:
        previous = func.coalesce(_month(fact.prev_day, False), NO_MONTH.isoformat())
    if postgres:
        from sqlalchemy.dialects.postgresql import insert as upsert
    else:
        from sqlalchemy.dialects.sqlite import insert as upsert  # type: ignore[assignment]
    member = IndicatorMember
    tables: list[tuple[Any, Any]] = [(IndicatorProgrammeCell, member.programme_id)]
    if programme is None:
        tables = [(IndicatorCell, None), (IndicatorAgencyCell, fact.agency_id), *tables]
    for table, owner in tables:
        keys = ["milestone", "month", "prev_month", "dimension", "value"]
        own = [] if owner is None else [owner]
        keys = keys if owner is None else [owner.key, *keys]
        for dimension, value in _cell_values(postgres).items():
            grouped = select(
                *own, fact.milestone, month, previous, literal(dimension), value,
                func.count() * sign,
            ).group_by(*own, fact.milestone, month, previous, value)  # fmt: skip
            if table is IndicatorProgrammeCell:
                grouped = grouped.join(member, member.person_id == fact.person_id)
                if programme is not None:
                    grouped = grouped.where(member.programme_id == programme)
            if people is not None:
                grouped = grouped.where(fact.person_id.in_(list(people)))
            else:
                grouped = grouped.where(literal(True))  # the upsert's SELECT needs a WHERE
            statement = upsert(table).from_select([*keys, "people"], grouped)
            session.execute(
                statement.on_conflict_do_update(
                    index_elements=keys,
                    set_={"people": table.people + statement.excluded.people},
                )
            )


def _whole_months(period: Period) -> bool:
    last = period.end.toordinal() + 1
    return period.start.day == 1 and date.fromordinal(last).day == 1


def _band_of(birth_month: str, on: date) -> str:
    """The age band on ``on`` (a month's last day) of someone born in that month: exact, as
    the day of the month cannot move a birthday across a month's end."""
    if len(birth_month) != 7:
        return ""
    year, month = int(birth_month[:4]), int(birth_month[5:])
    age = on.year - year - (on.month < month)
    return next((label for low, high, label in AGE_BANDS if low <= age <= high), "")


def _from_cells(
    session: Session, period: Period, agency_ids: frozenset[str] | None, programme: str = ""
) -> list[tuple[str, int, Any, int]]:
    """The counts of a period of whole months from the monthly cells: national, or of some
    agencies (theirs added up), or of one programme nationally."""
    postgres = _postgres(session)
    cell: Any = IndicatorCell if agency_ids is None else IndicatorAgencyCell
    if programme:
        cell = IndicatorProgrammeCell
    first, last = period.start, period.end.replace(day=1)

    def bound(day: date) -> Any:
        return day if postgres else day.isoformat()

    query = (
        select(cell.dimension, cell.milestone, cell.value, func.sum(cell.people))
        .where(
            cell.month >= bound(first),
            cell.month <= bound(last),
            cell.prev_month < bound(first),
        )
        .group_by(cell.dimension, cell.milestone, cell.value)
    )
    if programme:
        query = query.where(cell.programme_id == programme)
    elif agency_ids is not None:
        query = query.where(cell.agency_id.in_(sorted(agency_ids) or [""]))
    found: list[tuple[str, int, Any, int]] = []
    for dimension, milestone, value, people in session.execute(query):
        group = _band_of(str(value or ""), period.end) if dimension == "age_band" else value
        found.append((dimension, milestone, group if dimension else None, int(people)))
    return found


# -- counting --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scope:
    """Whose people are counted: some agencies (ids; None: all), a programme's enrolled
    people (its record id), with that programme's eligibility."""

    agency_ids: frozenset[str] | None = None
    programme_id: str = ""
    population: Population = field(default_factory=Population)


@dataclass
class Counts:
    """Each milestone's people, in total and per dimension value ("" unknown)."""

    period: Period
    totals: dict[Milestone, int]
    by: dict[Milestone, dict[str, dict[str, int]]]  # milestone → dimension → value → people


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _age_band(born: Any, on: date, postgres: bool) -> ColumnElement[str]:
    """core.indicators.age_band on the period's last day, as comparisons of the birth date."""
    return case(
        *(
            (
                born
                <= (_years_before(on, low) if postgres else _years_before(on, low).isoformat()),
                label,
            )
            for low, _high, label in sorted(AGE_BANDS, reverse=True)
        ),
        else_="",
    )


def _bound(day: date, postgres: bool) -> Any:
    return day if postgres else day.isoformat()


def _conditions(session: Session, period: Period, scope: Scope) -> list[ColumnElement[bool]]:
    postgres = _postgres(session)
    fact = IndicatorFact
    start = _bound(period.start, postgres)
    conditions: list[ColumnElement[bool]] = [
        fact.day >= start,
        fact.day <= _bound(period.end, postgres),
        or_(fact.prev_day.is_(None), fact.prev_day < start),
    ]
    return conditions + _scope_conditions(session, scope)


def _scope_conditions(session: Session, scope: Scope) -> list[ColumnElement[bool]]:
    """The facts of the scope's people (its agencies, its programme and eligibility)."""
    fact = IndicatorFact
    conditions: list[ColumnElement[bool]] = []
    agencies = scope.agency_ids
    wanted = scope.population
    if wanted.agencies:  # a programme's agencies, by code
        ids = set(
            session.scalars(select(Agency.id).where(Agency.code.in_(sorted(wanted.agencies))))
        )
        agencies = frozenset(ids) if agencies is None else agencies & ids
    if agencies is not None:
        conditions.append(fact.agency_id.in_(sorted(agencies) or [""]))
    for column, values in (
        (fact.legal_status, wanted.legal_statuses),
        (fact.sex, wanted.sexes),
        (fact.track, wanted.tracks),
    ):
        if values:
            conditions.append(column.in_(sorted(values)))
    if scope.programme_id:
        enrolled = aliased(Record)
        conditions.append(
            fact.person_id.in_(
                select(enrolled.person_id).where(
                    enrolled.entity == "programme_enrolment",
                    _text(enrolled, "programme_id") == scope.programme_id,
                    _live(enrolled),
                )
            )
        )
    return conditions


def count(session: Session, period: Period, scope: Scope = Scope()) -> Counts:
    """Every milestone's people in the period and scope, with every disaggregation: one
    scan, grouped by each dimension at once (GROUPING SETS on PostgreSQL; on SQLite, for a
    trial server, one grouped query per dimension)."""
    postgres = _postgres(session)
    fact = IndicatorFact
    columns: dict[str, Any] = {
        Dimension.SEX.value: fact.sex,
        Dimension.AGE_BAND.value: _age_band(fact.date_of_birth, period.end, postgres),
        Dimension.NATIONALITY.value: fact.nationality,
        Dimension.LEGAL_STATUS.value: fact.legal_status,
        Dimension.AGENCY.value: fact.agency_id,
        Dimension.CITY.value: fact.city_id,
        Dimension.TRACK.value: fact.track,
    }
    conditions = _conditions(session, period, scope)
    rows: Iterable[tuple[str, int, Any, int]]
    everyone = not scope.programme_id and scope.population.everyone
    if everyone and _whole_months(period):
        rows = _from_cells(session, period, scope.agency_ids)
    elif _programme_cells(session, period, scope):
        rows = _from_cells(session, period, None, scope.programme_id)
    elif postgres:
        names = list(columns)
        # The age band is worked out once per row, below the grouping.
        inner = (
            select(
                fact.milestone.label("milestone"),
                *(column.label(name) for name, column in columns.items()),
            )
            .where(*conditions)
            .subquery()
        )
        grouped = [inner.c[name] for name in names]
        flags = [func.grouping(column) for column in grouped]
        sets = [tuple_(inner.c.milestone)] + [
            tuple_(inner.c.milestone, column) for column in grouped
        ]
        query = select(inner.c.milestone, *grouped, *flags, func.count()).group_by(
            func.grouping_sets(*sets)
        )
        found = []
        width = len(names)
        for milestone, *rest in session.execute(query):
            values, grouping, people = rest[:width], rest[width : 2 * width], rest[-1]
            open_ = [i for i, flag in enumerate(grouping) if flag == 0]
            name = names[open_[0]] if open_ else ""
            found.append((name, milestone, values[open_[0]] if open_ else None, people))
        rows = found
    else:
        total = select(
            literal("").label("dimension"), fact.milestone, literal(None).label("value"),
            func.count().label("people"),
        ).where(*conditions).group_by(fact.milestone)  # fmt: skip
        parts = [total] + [
            select(
                literal(name).label("dimension"),
                fact.milestone,
                column.label("value"),
                func.count().label("people"),
            )
            .where(*conditions)
            .group_by(fact.milestone, column)
            for name, column in columns.items()
        ]
        rows = session.execute(union_all(*parts)).all()  # type: ignore[assignment,unused-ignore]
    codes = dict(session.execute(select(Agency.id, Agency.code)).all())
    totals = dict.fromkeys(MILESTONES, 0)
    by: dict[Milestone, dict[str, Counter[str]]] = {
        m: {d: Counter() for d in columns} for m in MILESTONES
    }
    for dimension, number, value, people in rows:
        milestone = MILESTONES[int(number)]
        if not dimension:
            totals[milestone] += int(people)
            continue
        text = codes.get(str(value), "") if dimension == Dimension.AGENCY.value else value
        by[milestone][dimension][str(text or "")] += int(people)
    counted = Counts(
        period,
        totals,
        {m: {d: dict(c) for d, c in groups.items()} for m, groups in by.items()},
    )
    from counsellor_app.server.linked_people import adjust  # imports this module

    return adjust(session, counted, scope)  # a person linked across agencies counts once


def _programme_cells(session: Session, period: Period, scope: Scope) -> bool:
    """Whether the programme's cells answer: whole months, nationally, and the eligibility
    asked is the one they were built with."""
    if not scope.programme_id or scope.agency_ids is not None or not _whole_months(period):
        return False
    if scope.population.programme:
        return False
    built = session.get(IndicatorProgrammeMark, scope.programme_id)
    return built is not None and built.population == population_key(scope.population)


def people_of(
    session: Session, period: Period, milestone: Milestone, scope: Scope, limit: int = 500
) -> list[str]:
    """The person ids behind one milestone's count (the drill-down), at most ``limit``."""
    fact = IndicatorFact
    return list(
        session.scalars(
            select(fact.person_id)
            .where(
                fact.milestone == MILESTONES.index(milestone),
                *_conditions(session, period, scope),
            )
            .order_by(fact.person_id)
            .limit(limit)
        )
    )


def agency_ids_of(session: Session, codes: Iterable[str]) -> frozenset[str]:
    return frozenset(session.scalars(select(Agency.id).where(Agency.code.in_(sorted(codes)))))


def count_by_agency(session: Session, period: Period) -> dict[str, Counts]:
    """Every agency's counts at once (everyone, no programme), by agency id: what each
    agency's own page holds, for the console's suppression to see every page together. A
    month, quarter or year: the rows the refresh keeps for it (``indicator_periods``); other
    whole months: one grouped read of the agency cells; other periods: one count per agency."""
    ids = sorted(session.scalars(select(Agency.id)))
    if not _whole_months(period):
        return {a: count(session, period, Scope(frozenset({a}))) for a in ids}
    postgres = _postgres(session)
    months = indicator_periods.kind_of(period)
    banded = months is not None  # the kept rows give the age band, not the birth month
    if months is not None:
        read = indicator_periods.rows(session, period, months)
    else:
        cell = IndicatorAgencyCell
        first = _bound(period.start, postgres)
        last = _bound(period.end.replace(day=1), postgres)
        read = session.execute(
            select(
                cell.agency_id, cell.dimension, cell.milestone, cell.value, func.sum(cell.people)
            )
            .where(cell.month >= first, cell.month <= last, cell.prev_month < first)
            .group_by(cell.agency_id, cell.dimension, cell.milestone, cell.value)
        )
    codes = dict(session.execute(select(Agency.id, Agency.code)).all())
    found = {
        a: Counts(
            period,
            dict.fromkeys(MILESTONES, 0),
            {m: {d.value: {} for d in Dimension} for m in MILESTONES},
        )
        for a in ids
    }
    for agency_id, dimension, number, value, people in read:
        counts = found.get(agency_id)
        if counts is None:
            continue
        milestone = MILESTONES[int(number)]
        if not dimension:
            counts.totals[milestone] += int(people)
            continue
        if dimension == Dimension.AGE_BAND.value and not banded:
            group = _band_of(str(value or ""), period.end)
        elif dimension == Dimension.AGENCY.value:
            group = codes.get(str(value), "")
        else:
            group = str(value or "")
        cells = counts.by[milestone].setdefault(dimension, {})
        cells[group] = cells.get(group, 0) + int(people)
    return found
