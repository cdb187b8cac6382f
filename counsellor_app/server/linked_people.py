"""National indicators count a person confirmed as one across agencies once (issue 22, 6).

The facts (``server.indicator_facts``) stay one row set per file: each agency keeps its own
file and its own page counts it. Confirmed pairs are few, so instead of rebuilding facts and
monthly cells by group (which a link or an un-link would have to redo), ``adjust`` corrects
a ``Counts`` at reading time from the facts of the linked files only:

* a group (``person_link``: every file linked to one canonical id) is one person wherever
  two or more of its files fall in the scope counted (the nation, a region, a programme, an
  agency holding both files); a file alone in the scope counts as itself, unchanged;
* the group reached a milestone in the period when any of its files in the scope did;
  registration counts the group's first registration (a person registered at Rabat in 2025
  and again at Casablanca in 2026 is no new person of 2026 nationally);
* **which file's attributes count** (sex, age band, nationality, status, city, track, and the
  agency it is counted under): those of the file registered first among the group's files in
  the scope (ties: the smallest id), for every milestone, so the disaggregations of one page
  add up to its total and never mix two files' answers. An agency's page therefore only ever
  shows its own file's attributes.

Un-linking (``person_links.unlink``) restores two people at the next count: nothing is cached.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, literal_column, select
from sqlalchemy.orm import Session

from counsellor_app.core.indicators import (
    Dimension,
    Milestone,
    Period,
    PersonFacts,
    age_band,
    milestones,
)
from counsellor_app.server import indicator_facts
from counsellor_app.server.duplicate_models import PersonLink
from counsellor_app.server.indicator_facts import MILESTONES, Counts, IndicatorFact, Scope
from counsellor_app.server.models import Agency

EVER = Period(date(1, 1, 1), date(9999, 12, 31))
REGISTERED = MILESTONES.index(Milestone.REGISTERED)


@dataclass(frozen=True)
class _File:
    """One linked file's attributes, as its fact rows carry them."""

    person_id: str
    agency_id: str
    sex: str
    date_of_birth: Any
    nationality: str
    legal_status: str
    city_id: str
    track: str

    def groups(self, on: date, codes: dict[str, str]) -> dict[str, str]:
        born = self.date_of_birth
        if isinstance(born, str):
            born = date.fromisoformat(born) if born else None
        return {
            Dimension.SEX.value: self.sex or "",
            Dimension.AGE_BAND.value: age_band(born, on),
            Dimension.NATIONALITY.value: self.nationality or "",
            Dimension.LEGAL_STATUS.value: self.legal_status or "",
            Dimension.AGENCY.value: codes.get(self.agency_id, ""),
            Dimension.CITY.value: self.city_id or "",
            Dimension.TRACK.value: self.track or "",
        }


_COLUMNS = (
    IndicatorFact.person_id,
    IndicatorFact.agency_id,
    IndicatorFact.sex,
    IndicatorFact.date_of_birth,
    IndicatorFact.nationality,
    IndicatorFact.legal_status,
    IndicatorFact.city_id,
    IndicatorFact.track,
)


def _rows(session: Session, period: Period, scope: Scope, *only: ColumnElement[bool]) -> Any:
    """The fact rows of linked files that the plain count counted in this period and scope
    (one per file and milestone, by the same conditions), with the milestone and day."""
    linked = IndicatorFact.person_id.in_(select(PersonLink.person_id))
    if session.get_bind().dialect.name == "sqlite":
        # Left to itself SQLite's planner reads the period's facts by the day index (a year
        # of them: 1.7 s for 1,000 pairs among 20,000 people); the linked people's rows by
        # their row ids make it read theirs alone. PostgreSQL plans the plain form well.
        ids: Select[Any] = select(literal_column("rowid")).select_from(IndicatorFact.__table__)
        linked = literal_column("indicator_fact.rowid").in_(ids.where(linked))
    query = select(IndicatorFact.milestone, IndicatorFact.day, *_COLUMNS).where(
        linked, *only, *indicator_facts._conditions(session, period, scope)
    )
    return session.execute(query).all()


def adjust(session: Session, counts: Counts, scope: Scope) -> Counts:
    """``counts`` with each linked group counted once (see the module's docstring)."""
    canonical = dict(session.execute(select(PersonLink.person_id, PersonLink.canonical_id)).all())
    if not canonical:
        return counts
    period = counts.period
    counted = _rows(session, period, scope)
    if not counted:
        return counts
    # Every linked file in the scope with its first registration (one row each: registration
    # counts the first date only, so it has no previous day), whatever the period: every
    # live file has one (its creation date is a registration source).
    registered: dict[str, Any] = {}
    files: dict[str, _File] = {}
    for row in _rows(session, EVER, scope, IndicatorFact.milestone == REGISTERED):
        registered[row.person_id] = row.day
        files[row.person_id] = _File(*row[2:])
    reached: dict[tuple[str, int], list[str]] = {}  # (group, milestone) → its files counted
    for row in counted:
        if row.person_id not in files:
            files[row.person_id] = _File(*row[2:])
        reached.setdefault((canonical[row.person_id], row.milestone), []).append(row.person_id)
    in_scope: dict[str, list[str]] = {}
    for person_id in files:
        in_scope.setdefault(canonical[person_id], []).append(person_id)

    def first(group: str) -> _File:
        def key(person_id: str) -> tuple[str, str]:
            day = registered.get(person_id)
            return (str(day) if day is not None else "9999-12-31", person_id)

        return files[min(in_scope[group], key=key)]

    codes = dict(session.execute(select(Agency.id, Agency.code)).all())
    groups: dict[str, dict[str, str]] = {}

    def groups_of(person_id: str) -> dict[str, str]:
        if person_id not in groups:
            groups[person_id] = files[person_id].groups(period.end, codes)
        return groups[person_id]

    totals = dict(counts.totals)
    by = {m: {d: dict(v) for d, v in dims.items()} for m, dims in counts.by.items()}
    for (group, number), members in reached.items():
        if len(in_scope[group]) < 2:
            continue  # one file of the group in this scope: it counts as itself
        milestone = MILESTONES[int(number)]
        for person_id in members:  # take out what the plain count added per file
            totals[milestone] -= 1
            for dimension, value in groups_of(person_id).items():
                cells = by[milestone].setdefault(dimension, {})
                cells[value] = cells.get(value, 0) - 1
                if cells[value] == 0:
                    del cells[value]
        if number == REGISTERED:
            days = [registered[p] for p in in_scope[group] if p in registered]
            if min(str(d) for d in days) < str(period.start):
                continue  # registered before, elsewhere in the scope: no new person
        totals[milestone] += 1
        for dimension, value in groups_of(first(group).person_id).items():
            cells = by[milestone].setdefault(dimension, {})
            cells[value] = cells.get(value, 0) + 1
    return Counts(period, totals, by)


def merge_facts(session: Session, facts: list[PersonFacts]) -> list[PersonFacts]:
    """The same rule for ``core.indicators.compute`` over plain facts (the command line's
    report): the files of a linked group among ``facts`` become one person, with the records
    of all and the attributes of the one registered first."""
    canonical = dict(session.execute(select(PersonLink.person_id, PersonLink.canonical_id)).all())
    groups: dict[str, list[PersonFacts]] = {}
    for one in facts:
        groups.setdefault(canonical.get(one.person_id, one.person_id), []).append(one)
    merged = []
    for members in groups.values():
        if len(members) == 1:
            merged.append(members[0])
            continue

        def key(one: PersonFacts) -> tuple[date, str]:
            days = milestones(one).get(Milestone.REGISTERED) or [date.max]
            return (min(days), one.person_id)

        first = min(members, key=key)
        records: dict[str, list[Any]] = {}
        for one in members:
            for kind, rows in one.records.items():
                records.setdefault(kind, []).extend(rows)
        made = [one.created_on for one in members if one.created_on is not None]
        merged.append(replace(first, records=records, created_on=min(made, default=None)))
    return merged
