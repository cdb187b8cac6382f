"""Every agency's counts per console period, kept by the refresh (``indicator_agency_period``).

An agency's or a region's page publishes a disaggregation only where no other agency's or
region's table hides a count of it (``console.linked_tables``), so that page needs every
agency's counts for its period (``indicator_facts.count_by_agency``). Added up from the
monthly agency cells, that read grew with agencies and months (2.3 s for 10 agencies of
50,000 people, some 9 s for 40) and fell on the first page after each refresh that changed
something, in every worker. Here the same counts are kept per period the console offers (a
month, a quarter, a year), per agency, indicator, disaggregation and group, with the age band
already worked out at the period's end: such a page reads a few rows per agency.

The rows change with the monthly cells, in the same refresh and transaction: the changed
people's old facts are taken away and their new ones added (``add``), so every worker reads
the same table and none keeps anything of its own. A fact counts in a period when its day is
in it and its previous day of the same milestone is not (the facts' rule, as for the cells).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    Interval,
    SmallInteger,
    String,
    case,
    cast,
    func,
    literal,
    literal_column,
    or_,
    select,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from counsellor_app.core.indicators import AGE_BANDS, Dimension, Period
from counsellor_app.server.models import Base

KINDS = (1, 3, 12)  # a period's length in months: a month, a quarter, a year
OLDEST = max(high for _low, high, _label in AGE_BANDS) + 1  # no band holds this age or more


class IndicatorAgencyPeriod(Base):
    """One agency's people of one indicator in one period (its first day and its length in
    months), per group of one disaggregation ("" and "": the total)."""

    __tablename__ = "indicator_agency_period"
    period_start: Mapped[date] = mapped_column(Date, primary_key=True)
    months: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    agency_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    milestone: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    dimension: Mapped[str] = mapped_column(String(16), primary_key=True)
    value: Mapped[str] = mapped_column(String(40), primary_key=True)
    people: Mapped[int] = mapped_column(Integer)


def kind_of(period: Period) -> int | None:
    """The period's length in months if it is one this table keeps (a calendar month,
    quarter or year), else None."""
    start, end = period.start, period.end
    if start.day != 1:
        return None
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if date.fromordinal(end.toordinal() + 1).day != 1:
        return None
    if months == 1 or (months == 3 and start.month % 3 == 1) or (months == 12 and start.month == 1):
        return months
    return None


def _start(day: Any, months: int, postgres: bool) -> ColumnElement[Any]:
    """The first day of the period of this length that holds ``day``."""
    if postgres:
        unit = {1: "month", 3: "quarter", 12: "year"}[months]
        return cast(func.date_trunc(unit, day), Date)
    if months == 1:
        return func.substr(day, 1, 7).concat("-01")
    if months == 12:
        return func.substr(day, 1, 4).concat("-01-01")
    first = (cast(func.substr(day, 6, 2), Integer) - 1) // 3 * 3 + 1
    return func.substr(day, 1, 5).concat(func.printf("%02d", first)).concat("-01")


def _month_then(start: Any, shift: int, postgres: bool) -> ColumnElement[str]:
    """'YYYY-MM' of the month ``shift`` months after the period's first (a first of a month:
    no day overflows)."""
    if postgres:
        return func.to_char(
            start + literal_column(f"interval '{shift} months'", Interval), "YYYY-MM"
        )
    return func.strftime("%Y-%m", start, f"{shift:+d} months")


def _age_band(born: Any, start: Any, months: int, postgres: bool) -> ColumnElement[str]:
    """``indicator_facts._band_of`` in SQL: the band at the period's end of someone born in
    that month ('YYYY-MM'). Aged ``low`` or more exactly when born in or before the period's
    last month ``low`` years earlier."""
    last = months - 1

    def by(low: int) -> ColumnElement[str]:
        return _month_then(start, last - 12 * low, postgres)

    return case(
        (func.length(born) != 7, ""),
        (born <= by(OLDEST), ""),
        *((born <= by(low), label) for low, _high, label in sorted(AGE_BANDS, reverse=True)),
        else_="",
    )


def add(session: Session, people: Sequence[str] | None, sign: int) -> None:
    """Add (sign 1) or take away (-1) the facts of these people (None: all) to every agency's
    period counts: per kind of period and disaggregation, one grouped statement merged into
    the rows there (the monthly cells' way, ``indicator_facts._add_cells``)."""
    from counsellor_app.server.indicator_facts import IndicatorFact, _postgres

    postgres = _postgres(session)
    if postgres:
        from sqlalchemy.dialects.postgresql import insert as upsert
    else:
        from sqlalchemy.dialects.sqlite import insert as upsert  # type: ignore[assignment]
    fact = IndicatorFact
    born = func.coalesce(
        func.to_char(fact.date_of_birth, "YYYY-MM")
        if postgres
        else func.substr(fact.date_of_birth, 1, 7),
        "",
    )
    table = IndicatorAgencyPeriod
    keys = ["period_start", "months", "agency_id", "milestone", "dimension", "value"]
    for months in KINDS:
        start = _start(fact.day, months, postgres)
        values: dict[str, Any] = {
            "": literal(""),
            Dimension.SEX.value: fact.sex,
            Dimension.AGE_BAND.value: _age_band(born, start, months, postgres),
            Dimension.NATIONALITY.value: fact.nationality,
            Dimension.LEGAL_STATUS.value: fact.legal_status,
            Dimension.AGENCY.value: fact.agency_id,
            Dimension.CITY.value: fact.city_id,
            Dimension.TRACK.value: fact.track,
        }
        for dimension, value in values.items():
            grouped = (
                select(
                    start,
                    literal(months, SmallInteger),
                    fact.agency_id,
                    fact.milestone,
                    literal(dimension),
                    value,
                    func.count() * sign,
                )
                .where(or_(fact.prev_day.is_(None), fact.prev_day < start))
                .group_by(start, fact.agency_id, fact.milestone, value)
            )
            if people is not None:
                grouped = grouped.where(fact.person_id.in_(list(people)))
            statement = upsert(table).from_select([*keys, "people"], grouped)
            session.execute(
                statement.on_conflict_do_update(
                    index_elements=keys,
                    set_={"people": table.people + statement.excluded.people},
                )
            )


def rows(session: Session, period: Period, months: int) -> Any:
    """(agency id, dimension, milestone, group, people) of every agency in the period."""
    from counsellor_app.server.indicator_facts import _bound, _postgres

    row = IndicatorAgencyPeriod
    return session.execute(
        select(row.agency_id, row.dimension, row.milestone, row.value, row.people).where(
            row.period_start == _bound(period.start, _postgres(session)), row.months == months
        )
    )
