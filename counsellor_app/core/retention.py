"""Limited retention (Law 09-08, domain.md §5.6): which closed files are due for erasure.

A file is *closed* when it was archived (its ``deleted_at``: archiving wins everywhere, see
core.merge), or when its pathway ended: the follow-up stage completed or abandoned, or a
"dropped out" or "referred elsewhere" outcome recorded. Its closing date is the latest of
those; an act on any stage after it means the person came back, and the file is open again.

The period is ``document_retention_years`` as in force *on the day of the check* (a national
parameter edited in the console and delivered by sync): a file closed on D is kept through
the same day N years later and is due from the day after. Nothing is purged here: the due
files are only listed, and each leaves through the four-eyes erasure (services.retention).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from counsellor_app.core.parameters import Parameters

RETENTION_KEY = "document_retention_years"
# Stage statuses and outcomes that end a pathway (core.pathway values, kept as plain strings
# so storage rows can be read without conversion).
ENDED_STATUSES = frozenset({"completed", "abandoned"})
CLOSING_STAGE = "follow_up"
CLOSING_OUTCOMES = frozenset({"dropped_out", "referred_elsewhere"})


@dataclass(frozen=True)
class StageDates:
    stage: str
    status: str
    planned_on: date | None = None
    started_on: date | None = None
    ended_on: date | None = None


@dataclass(frozen=True)
class FileFacts:
    """What the rule needs about one file, independent of storage."""

    person_id: str
    file_number: str
    archived_on: date | None = None
    stages: Sequence[StageDates] = ()
    outcomes: Sequence[tuple[str, date]] = ()  # (kind, on)


@dataclass(frozen=True)
class DueFile:
    person_id: str
    file_number: str
    closed_on: date
    years: int  # the period applied (in force on the day of the check)
    kept_until: date  # the last day of retention; due from the next day


def closing_date(facts: FileFacts) -> date | None:
    """The day the file closed, or None while it is open (see the module's docstring)."""
    if facts.archived_on is not None:
        return facts.archived_on
    closings = [on for kind, on in facts.outcomes if kind in CLOSING_OUTCOMES]
    closings += [
        s.ended_on
        for s in facts.stages
        if s.stage == CLOSING_STAGE and s.status in ENDED_STATUSES and s.ended_on is not None
    ]
    if not closings:
        return None
    closed = max(closings)
    later_acts = [
        day
        for s in facts.stages
        for day in (s.planned_on, s.started_on, s.ended_on)
        if day is not None and day > closed
    ]
    later_acts += [on for _kind, on in facts.outcomes if on > closed]
    return None if later_acts else closed


def anniversary(day: date, years: int) -> date:
    """The same day ``years`` later; 29 February becomes 28 February in a common year (the
    shorter reading: a file is never kept a day past its period)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def due_for_erasure(
    files: Iterable[FileFacts], parameters: Parameters, today: date
) -> list[DueFile]:
    """The closed files whose retention period, as in force ``today``, has run out; oldest
    closure first."""
    years = parameters.get(RETENTION_KEY, today)
    due = []
    for facts in files:
        closed = closing_date(facts)
        if closed is None:
            continue
        kept_until = anniversary(closed, years)
        if today > kept_until:
            due.append(DueFile(facts.person_id, facts.file_number, closed, years, kept_until))
    return sorted(due, key=lambda d: (d.closed_on, d.file_number))
