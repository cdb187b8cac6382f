"""Programme indicators, defined once (domain.md §8).

Every indicator counts unique people over a period by one dated milestone of the pathway. The
milestones are read from a person's records as plain values (the app's tables on a PC, the
records' fields on the central server), so the dashboard, every export and the national report
count the same way. A person is counted once per indicator and period, and may be in several.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

SIX_MONTHS = timedelta(days=182)
TWELVE_MONTHS = timedelta(days=365)
DEFAULT_SUPPRESSION = 5  # counts below it are hidden in donor exports (re-identification)
AGE_BANDS = ((0, 17, "0-17"), (18, 24, "18-24"), (25, 34, "25-34"), (35, 44, "35-44"),
             (45, 54, "45-54"), (55, 200, "55+"))  # fmt: skip


class Milestone(StrEnum):
    REGISTERED = "registered"
    ORIENTED = "oriented"
    TRAINED = "trained"
    INTERNSHIP_STARTED = "internship_started"
    INTERNSHIP_COMPLETED = "internship_completed"
    HIRED = "hired"
    AE_REGISTERED = "ae_registered"
    BUSINESS_PLAN_COMPLETED = "business_plan_completed"
    GRANT_AWARDED = "grant_awarded"
    GRANT_DISBURSED = "grant_disbursed"
    BUSINESS_CREATED = "business_created"
    ACTIVE_6_MONTHS = "active_6_months"
    ACTIVE_12_MONTHS = "active_12_months"
    REFERRED = "referred"
    DROPPED_OUT = "dropped_out"


class Dimension(StrEnum):
    SEX = "sex"
    AGE_BAND = "age_band"
    NATIONALITY = "nationality"
    LEGAL_STATUS = "legal_status"
    AGENCY = "agency"
    CITY = "city"
    TRACK = "track"


# The records a milestone is read from, and the fields it needs (besides id and person).
RECORD_FIELDS: Mapping[str, tuple[str, ...]] = {
    "pathway_stage": ("stage", "status", "started_on", "ended_on"),
    "internship": ("starts_on", "ends_on", "hired"),
    "ae_registration": ("registered_on",),
    "grant_application": ("decision", "decided_on", "approved_centimes"),
    "disbursement": ("application_id", "amount_centimes", "confirmed_on"),
    "outcome": ("kind", "on"),
    "referral": ("sent_on",),
    "follow_up_visit": ("done_on", "business_status"),
    "business_plan": (),  # its presence: a completed plan stage counts only with a plan
    "programme_enrolment": ("programme_id", "starts_on", "ends_on"),  # who a programme counts
}

# The definition of each indicator, in English (the app translates it for display and exports).
DEFINITIONS: Mapping[Milestone, str] = {
    Milestone.REGISTERED: "People whose intake was recorded in the period (accompanied).",
    Milestone.ORIENTED: "People whose orientation stage was completed in the period.",
    Milestone.TRAINED: "People who completed the soft-skills training in the period.",
    Milestone.INTERNSHIP_STARTED: "People whose internship started in the period.",
    Milestone.INTERNSHIP_COMPLETED: "People whose internship stage was completed in the period.",
    Milestone.HIRED: "People hired in the period (salaried job recorded, or hired at the end "
    "of their internship).",
    Milestone.AE_REGISTERED: "People registered as auto-entrepreneurs in the period (date on "
    "the registration).",
    Milestone.BUSINESS_PLAN_COMPLETED: "People whose business plan stage was completed in the "
    "period.",
    Milestone.GRANT_AWARDED: "People whose microgrant was approved by the committee in the period.",
    Milestone.GRANT_DISBURSED: "People who received a confirmed microgrant payment in the period.",
    Milestone.BUSINESS_CREATED: "People who created a business in the period.",
    Milestone.ACTIVE_6_MONTHS: "People whose business was found active at a follow-up visit in "
    "the period, six months or more after it was created.",
    Milestone.ACTIVE_12_MONTHS: "People whose business was found active at a follow-up visit in "
    "the period, twelve months or more after it was created.",
    Milestone.REFERRED: "People referred to a partner in the period.",
    Milestone.DROPPED_OUT: "People recorded as having dropped out in the period.",
}


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("period ends before it starts")

    def holds(self, day: date | None) -> bool:
        return day is not None and self.start <= day <= self.end

    @classmethod
    def parse(cls, text: str) -> Period:
        """``2026-01-01..2026-12-31``, ``2026`` (a year) or ``2026-03`` (a month)."""
        text = text.strip()
        if ".." in text:
            first, last = text.split("..", 1)
            return cls(date.fromisoformat(first.strip()), date.fromisoformat(last.strip()))
        if len(text) == 4 and text.isdigit():
            return cls(date(int(text), 1, 1), date(int(text), 12, 31))
        if len(text) == 7 and text[4] == "-":
            year, month = int(text[:4]), int(text[5:])
            following = date(year + month // 12, month % 12 + 1, 1)
            return cls(date(year, month, 1), following - timedelta(days=1))
        raise ValueError(f"not a period: {text!r}")


@dataclass
class PersonFacts:
    """What the indicators need of one person: who they are and their records, as plain
    values (``records`` maps a kind of record to its rows, each a mapping of field values)."""

    person_id: str
    sex: str = ""
    date_of_birth: date | None = None
    nationality: str = ""
    legal_status: str = ""
    agency: str = ""
    city: str = ""
    track: str = ""
    created_on: date | None = None  # when the file was made: the intake date if none is recorded
    records: dict[str, list[Mapping[str, Any]]] = field(default_factory=dict)


def facts_from_fields(
    person_id: str, fields: Mapping[str, Any], agency_code: str = ""
) -> PersonFacts:
    """A person's facts from their record's fields as they travel (JSON values)."""
    return PersonFacts(
        person_id,
        str(fields.get("sex") or ""),
        _day(fields.get("date_of_birth")),
        str(fields.get("nationality") or ""),
        str(fields.get("legal_status") or ""),
        agency_code,
        str(fields.get("city_id") or ""),
        str(fields.get("track") or ""),
        _day(fields.get("created_at")),
    )


@dataclass(frozen=True)
class Population:
    """The people a programme counts, by who they are (an empty set: any). A programme for
    refugees and asylum seekers, one for women, one for two agencies' self-employment track."""

    legal_statuses: frozenset[str] = frozenset()
    sexes: frozenset[str] = frozenset()
    tracks: frozenset[str] = frozenset()
    agencies: frozenset[str] = frozenset()  # agency codes (ids differ between PCs and server)
    # A programme's id: its enrolled people only (a live enrolment, whatever its dates). Not
    # part of a programme's eligibility (the groups above), so never in its JSON.
    programme: str = ""

    def chosen(self) -> dict[str, frozenset[str]]:
        """Each group with something ticked, by its field name (POPULATION_GROUPS' order)."""
        return {name: getattr(self, name) for name, _ in POPULATION_GROUPS if getattr(self, name)}

    @property
    def everyone(self) -> bool:
        return not self.chosen() and not self.programme

    def admits(self, facts: PersonFacts) -> bool:
        dimensions = dict(POPULATION_GROUPS)  # PersonFacts names its fields as the dimensions
        if self.programme and not any(
            row.get("programme_id") == self.programme
            for row in _live(facts.records.get("programme_enrolment", []))
        ):
            return False
        return all(
            (getattr(facts, dimensions[name].value) or "") in wanted
            for name, wanted in self.chosen().items()
        )

    def to_json(self) -> dict[str, list[str]]:
        return {name: sorted(values) for name, values in self.chosen().items()}

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> Population:
        """Tolerant of what another version wrote: unknown keys and non-text values dropped."""
        data = data if isinstance(data, Mapping) else {}
        found: dict[str, frozenset[str]] = {}
        for name, _dimension in POPULATION_GROUPS:
            values = data.get(name)
            if isinstance(values, list):
                found[name] = frozenset(v for v in values if isinstance(v, str) and v)
        return cls.of_groups(found)

    @classmethod
    def of_groups(cls, groups: Mapping[str, frozenset[str]]) -> Population:
        """From each group's values by its field name (POPULATION_GROUPS' names)."""
        return cls(
            legal_statuses=groups.get("legal_statuses", frozenset()),
            sexes=groups.get("sexes", frozenset()),
            tracks=groups.get("tracks", frozenset()),
            agencies=groups.get("agencies", frozenset()),
        )


# A programme's groups of people, each with the disaggregation whose values it lists.
POPULATION_GROUPS: tuple[tuple[str, Dimension], ...] = (
    ("legal_statuses", Dimension.LEGAL_STATUS),
    ("sexes", Dimension.SEX),
    ("tracks", Dimension.TRACK),
    ("agencies", Dimension.AGENCY),
)


EVERYONE = Population()


def _day(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value)
    return date.fromisoformat(text[:10])


def _live(rows: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return [row for row in rows if not row.get("deleted_at")]


@dataclass(frozen=True)
class Source:
    """Where a milestone's dates come from: a kind of record, its date field, the values
    other fields must have, and (for payments) whether the grant must have been approved."""

    table: str
    day: str
    equals: tuple[tuple[str, object], ...] = ()
    approved_grant: bool = False  # a payment counts only under an approved application
    # A kind of record the person must have (live) for the row to count: a stage completed
    # counts from its record, not from its status alone (core.stage_records).
    requires: str = ""


def _stage_done(stage: str, requires: str = "") -> Source:
    return Source(
        "pathway_stage", "ended_on", (("stage", stage), ("status", "completed")), requires=requires
    )


# Every milestone, written once: the PC's dashboard turns these into SQL, the server and the
# exports read them over plain values (milestones() below), and a test holds both to agree.
SOURCES: Mapping[Milestone, tuple[Source, ...]] = {
    Milestone.REGISTERED: (
        Source("pathway_stage", "started_on", (("stage", "intake"),)),
        Source("person", "created_at"),
    ),
    Milestone.ORIENTED: (_stage_done("orientation"),),
    Milestone.TRAINED: (_stage_done("soft_skills"),),
    Milestone.INTERNSHIP_STARTED: (Source("internship", "starts_on"),),
    Milestone.INTERNSHIP_COMPLETED: (_stage_done("internship", requires="internship"),),
    Milestone.HIRED: (
        Source("outcome", "on", (("kind", "salaried_job"),)),
        Source("internship", "ends_on", (("hired", True),)),
    ),
    Milestone.AE_REGISTERED: (Source("ae_registration", "registered_on"),),
    Milestone.BUSINESS_PLAN_COMPLETED: (_stage_done("business_plan", requires="business_plan"),),
    Milestone.GRANT_AWARDED: (
        Source("grant_application", "decided_on", (("decision", "approved"),)),
    ),
    Milestone.GRANT_DISBURSED: (Source("disbursement", "confirmed_on", approved_grant=True),),
    Milestone.BUSINESS_CREATED: (Source("outcome", "on", (("kind", "business_created"),)),),
    Milestone.REFERRED: (Source("referral", "sent_on"),),
    Milestone.DROPPED_OUT: (Source("outcome", "on", (("kind", "dropped_out"),)),),
}
# Counted on the person's first date only (a file made again later is no new person).
FIRST_DATE_ONLY = frozenset({Milestone.REGISTERED})
# A follow-up visit that found the business active, so many days or more after its creation
# (the first BUSINESS_CREATED date).
ACTIVE_AFTER_DAYS: Mapping[Milestone, int] = {
    Milestone.ACTIVE_6_MONTHS: SIX_MONTHS.days,
    Milestone.ACTIVE_12_MONTHS: TWELVE_MONTHS.days,
}


def _matches(
    row: Mapping[str, Any], source: Source, approved: set[str], kinds: Iterable[str] = ()
) -> bool:
    if source.requires and source.requires not in kinds:
        return False
    for name, wanted in source.equals:
        value = row.get(name)
        if (bool(value) if isinstance(wanted, bool) else value) != wanted:
            return False
    return not source.approved_grant or str(row.get("application_id")) in approved


def milestones(facts: PersonFacts) -> dict[Milestone, list[date]]:
    """Every dated milestone of a person, from their live records."""
    records = {kind: _live(rows) for kind, rows in facts.records.items()}
    records["person"] = [{"created_at": facts.created_on}]
    approved = {
        str(g.get("id")) for g in records.get("grant_application", [])
        if g.get("decision") == "approved"
    }  # fmt: skip
    held = {kind for kind, rows in records.items() if rows}
    found: dict[Milestone, list[date]] = {}
    for milestone, sources in SOURCES.items():
        days = [
            day
            for source in sources
            for row in records.get(source.table, [])
            if _matches(row, source, approved, held)
            and (day := _day(row.get(source.day))) is not None
        ]
        if days:
            found[milestone] = [min(days)] if milestone in FIRST_DATE_ONLY else days
    created = min(found.get(Milestone.BUSINESS_CREATED, []), default=None)
    if created is not None:
        for visit in records.get("follow_up_visit", []):
            seen = _day(visit.get("done_on"))
            if seen is None or visit.get("business_status") != "active":
                continue
            for milestone, after in ACTIVE_AFTER_DAYS.items():
                if (seen - created).days >= after:
                    found.setdefault(milestone, []).append(seen)
    return found


def age_band(born: date | None, on: date) -> str:
    if born is None:
        return ""
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return next((label for low, high, label in AGE_BANDS if low <= age <= high), "")


def dimension_value(facts: PersonFacts, dimension: Dimension, period: Period) -> str:
    if dimension is Dimension.AGE_BAND:
        return age_band(facts.date_of_birth, period.end)
    return str(getattr(facts, dimension.value) or "")


@dataclass(frozen=True)
class IndicatorResult:
    milestone: Milestone
    total: int  # unique people
    by: Mapping[Dimension, Mapping[str, int]]  # dimension → value ("" unknown) → people


@dataclass(frozen=True)
class Money:
    """Microgrant money in the period, in centimes: committed (approved) and paid (confirmed)."""

    committed: int
    disbursed: int
    budget: int  # the envelopes valid in the period


@dataclass(frozen=True)
class Report:
    period: Period
    results: Mapping[Milestone, IndicatorResult]
    money: Money
    population: Population = EVERYONE  # who was counted (a programme's people)
    programme: str = ""  # the programme's name, when the report is one programme's
    targets: Mapping[Milestone, int] = field(default_factory=dict)  # its targets, people

    def total(self, milestone: Milestone) -> int:
        return self.results[milestone].total


def people_reaching(
    people: Iterable[PersonFacts],
    period: Period,
    milestone: Milestone,
    population: Population = EVERYONE,
) -> list[str]:
    return sorted(
        facts.person_id
        for facts in people
        if population.admits(facts)
        and any(period.holds(day) for day in milestones(facts).get(milestone, []))
    )


def compute(
    people: Iterable[PersonFacts],
    period: Period,
    envelopes: Sequence[Mapping[str, Any]] = (),
    dimensions: Sequence[Dimension] = tuple(Dimension),
    population: Population = EVERYONE,
) -> Report:
    """Count each indicator over the period among the population, with its disaggregations,
    and the money of their grants (the envelopes' budget whoever they fund)."""
    counted: dict[Milestone, set[str]] = {m: set() for m in Milestone}
    by: dict[Milestone, dict[Dimension, Counter[str]]] = {
        m: {d: Counter() for d in dimensions} for m in Milestone
    }
    committed = disbursed = 0
    for facts in people:
        if not population.admits(facts):
            continue
        reached = [
            milestone
            for milestone, days in milestones(facts).items()
            if any(period.holds(day) for day in days)
        ]
        if reached:
            values = {d: dimension_value(facts, d, period) for d in dimensions}
            for milestone in reached:
                if facts.person_id in counted[milestone]:
                    continue
                counted[milestone].add(facts.person_id)
                for dimension, value in values.items():
                    by[milestone][dimension][value] += 1
        grants = {
            str(g.get("id")): g
            for g in _live(facts.records.get("grant_application", []))
            if g.get("decision") == "approved"
        }
        committed += sum(
            int(g.get("approved_centimes") or 0)
            for g in grants.values()
            if period.holds(_day(g.get("decided_on")))
        )
        disbursed += sum(
            int(p.get("amount_centimes") or 0)
            for p in _live(facts.records.get("disbursement", []))
            if str(p.get("application_id")) in grants and period.holds(_day(p.get("confirmed_on")))
        )
    budget = sum(
        int(e.get("budget_centimes") or 0)
        for e in _live(envelopes)
        if (_day(e.get("valid_from")) or date.min) <= period.end
        and (_day(e.get("valid_to")) or date.max) >= period.start
    )
    results = {
        m: IndicatorResult(m, len(counted[m]), {d: dict(c) for d, c in by[m].items()})
        for m in Milestone
    }
    return Report(period, results, Money(committed, disbursed, budget), population)


def suppressed(count: int, threshold: int = DEFAULT_SUPPRESSION) -> int | None:
    """A count small enough to point at someone is not published (None); zero is shown."""
    return None if 0 < count < threshold else count
