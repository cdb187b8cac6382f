"""Appointments of a counsellor's agenda: kinds, what happened, and the weeks they fall in."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum

from counsellor_app.core.problems import Problem


class AppointmentKind(StrEnum):
    INTAKE = "intake"
    ORIENTATION = "orientation"
    FOLLOW_UP = "follow_up"
    COMMITTEE = "committee"
    INTERNSHIP_VISIT = "internship_visit"
    OTHER = "other"


class AppointmentStatus(StrEnum):
    PLANNED = "planned"
    ATTENDED = "attended"
    MISSED = "missed"
    EXCUSED = "excused"
    CANCELLED = "cancelled"


# What happened can only be said once the appointment has begun.
OUTCOME_STATUSES = frozenset(
    {AppointmentStatus.ATTENDED, AppointmentStatus.MISSED, AppointmentStatus.EXCUSED}
)
MIN_DURATION, MAX_DURATION = 5, 8 * 60


def check_appointment(starts_at: datetime | None, duration_minutes: int) -> list[Problem]:
    problems = []
    if starts_at is None:
        problems.append(Problem("required", "starts_at"))
    if not MIN_DURATION <= duration_minutes <= MAX_DURATION:
        problems.append(
            Problem(
                "appointment_duration_out_of_range",
                "duration",
                {"min": MIN_DURATION, "max": MAX_DURATION},
            )
        )
    return problems


def check_status_change(
    current: AppointmentStatus, target: AppointmentStatus, starts_at: datetime, now: datetime
) -> list[Problem]:
    if current == AppointmentStatus.CANCELLED and target != AppointmentStatus.PLANNED:
        return [Problem("appointment_cancelled", "status")]
    if target in OUTCOME_STATUSES and starts_at > now:
        return [Problem("appointment_not_yet_held", "status")]
    return []


def needs_recording(status: AppointmentStatus, starts_at: datetime, now: datetime) -> bool:
    """A past appointment still marked planned: attended, missed or excused is to be said."""
    return status == AppointmentStatus.PLANNED and starts_at < now


def week_of(day: date) -> tuple[date, date]:
    """Monday to Sunday (ISO week) around ``day``; the end is exclusive."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=7)
