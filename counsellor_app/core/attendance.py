"""Attendance of a training cohort: marks per session, the rate per person, and eligibility.

An excused absence neither counts for nor against the person; being late counts as present.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum


class Mark(StrEnum):
    PRESENT = "present"
    LATE = "late"
    EXCUSED = "excused"
    ABSENT = "absent"


ATTENDED = frozenset({Mark.PRESENT, Mark.LATE})


@dataclass(frozen=True)
class AttendanceSummary:
    sessions: int  # sessions held so far
    attended: int
    excused: int
    absent: int
    unmarked: int

    @property
    def rate_pct(self) -> int | None:
        """Whole percent, rounded down (79.9 % is below an 80 % threshold); None before any."""
        counted = self.sessions - self.excused
        if counted <= 0:
            return None
        return self.attended * 100 // counted

    def eligible(self, threshold_pct: int) -> bool:
        rate = self.rate_pct
        return rate is not None and rate >= threshold_pct and self.unmarked == 0


def summarise(session_ids: Iterable[str], marks: Mapping[str, Mark]) -> AttendanceSummary:
    """One person's summary over the sessions held, from their mark per session id.

    A session with no mark for the person counts as not yet marked, never as attended.
    """
    sessions = list(session_ids)
    values = [marks.get(s) for s in sessions]
    return AttendanceSummary(
        sessions=len(sessions),
        attended=sum(1 for v in values if v in ATTENDED),
        excused=sum(1 for v in values if v == Mark.EXCUSED),
        absent=sum(1 for v in values if v == Mark.ABSENT),
        unmarked=sum(1 for v in values if v is None),
    )
