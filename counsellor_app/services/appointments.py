"""Counsellors' agendas: appointments by day or week, and what happened at each."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from counsellor_app.core.appointments import (
    AppointmentKind,
    AppointmentStatus,
    check_appointment,
    check_status_change,
    needs_recording,
)
from counsellor_app.core.clock import utc_now
from counsellor_app.core.merge import Opened
from counsellor_app.core.problems import DomainError, Problem
from counsellor_app.core.roles import Permission
from counsellor_app.core.text import clean_block, clean_line
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.form_save import ensure_unchanged, merged, record_version
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import Appointment, Person, UserAccount
from counsellor_app.storage.writer import writes


@dataclass(frozen=True)
class AppointmentInput:
    counsellor_id: str
    kind: AppointmentKind
    starts_at: datetime | None  # aware
    duration_minutes: int = 30
    person_id: str | None = None
    place: str = ""
    note: str = ""


@dataclass(frozen=True)
class AppointmentView:
    id: str
    counsellor_id: str
    person_id: str | None
    person_name: str
    file_number: str
    kind: AppointmentKind
    starts_at: datetime  # aware, UTC
    duration_minutes: int
    place: str
    note: str
    status: AppointmentStatus
    to_record: bool  # past and still marked planned
    version: str = ""  # a change or a status is recorded on this version (``opened``, ``seen``)

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)


def _cleaned(data: AppointmentInput) -> AppointmentInput:
    return replace(data, place=clean_line(data.place)[:200], note=clean_block(data.note))


def _stored(a: Appointment) -> AppointmentInput:
    return AppointmentInput(
        a.counsellor_id,
        AppointmentKind(a.kind),
        a.starts_at,
        a.duration_minutes,
        a.person_id,
        a.place,
        a.note,
    )


def local_day_bounds(first: date, last_exclusive: date) -> tuple[datetime, datetime]:
    """The UTC instants that begin ``first`` and ``last_exclusive`` on this PC's clock."""
    start = datetime.combine(first, time()).astimezone()
    end = datetime.combine(last_exclusive, time()).astimezone()
    return start, end


class AppointmentService:
    def __init__(
        self, db: Database, actor: CurrentUser, now: Callable[[], datetime] = utc_now
    ) -> None:
        self._db, self._actor, self._now = db, actor, now

    def counsellors(self) -> list[tuple[str, str]]:
        """(id, name) of the active accounts whose agenda can be shown."""
        with self._db.reader() as session:
            return [
                (u.id, u.display_name)
                for u in session.scalars(
                    select(UserAccount)
                    .where(UserAccount.active.is_(True), UserAccount.deleted_at.is_(None))
                    .order_by(UserAccount.display_name)
                )
            ]

    def agenda(
        self, counsellor_id: str, first: date, last_exclusive: date
    ) -> list[AppointmentView]:
        """The counsellor's appointments between two local days, in time order."""
        self._actor.require(Permission.VIEW_PEOPLE)
        start, end = local_day_bounds(first, last_exclusive)
        with self._db.reader() as session:
            rows = session.scalars(
                select(Appointment)
                .where(
                    Appointment.counsellor_id == counsellor_id,
                    Appointment.starts_at >= start,
                    Appointment.starts_at < end,
                    Appointment.deleted_at.is_(None),
                )
                .order_by(Appointment.starts_at)
            )
            return [self._view(a) for a in rows]

    def of_person(self, person_id: str) -> list[AppointmentView]:
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.reader() as session:
            rows = session.scalars(
                select(Appointment)
                .where(Appointment.person_id == person_id, Appointment.deleted_at.is_(None))
                .order_by(Appointment.starts_at.desc())
            )
            return [self._view(a) for a in rows]

    def unresolved(self, counsellor_id: str, since: date) -> list[AppointmentView]:
        """Missed appointments not followed by a new one, and past ones never recorded."""
        self._actor.require(Permission.VIEW_PEOPLE)
        start, _ = local_day_bounds(since, since)
        now = self._now()
        with self._db.reader() as session:
            rows = list(
                session.scalars(
                    select(Appointment)
                    .where(
                        Appointment.counsellor_id == counsellor_id,
                        Appointment.starts_at >= start,
                        Appointment.starts_at < now,
                        Appointment.status.in_(
                            [AppointmentStatus.PLANNED.value, AppointmentStatus.MISSED.value]
                        ),
                        Appointment.deleted_at.is_(None),
                    )
                    .order_by(Appointment.starts_at)
                )
            )
            missed_people = {a.person_id for a in rows if a.status == "missed" and a.person_id}
            rebooked = (
                set(
                    session.scalars(
                        select(Appointment.person_id).where(
                            Appointment.person_id.in_(missed_people),
                            Appointment.starts_at >= now,
                            Appointment.status == AppointmentStatus.PLANNED.value,
                            Appointment.deleted_at.is_(None),
                        )
                    )
                )
                if missed_people
                else set()
            )
            return [
                self._view(a)
                for a in rows
                if a.status == AppointmentStatus.PLANNED.value or a.person_id not in rebooked
            ]

    @writes
    def save(
        self,
        data: AppointmentInput,
        appointment_id: str | None = None,
        opened: Opened[AppointmentInput] | None = None,
        chosen: Mapping[str, Any] | None = None,
    ) -> str:
        """Book (or change) an appointment; refused when it overlaps another of the same agenda.

        ``opened``: what the form showed, with :attr:`AppointmentView.version`; an appointment
        changed since keeps what the form did not touch (``EditConflict`` where both changed)."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        problems = check_appointment(data.starts_at, data.duration_minutes)
        if not data.counsellor_id:
            problems.append(Problem("required", "counsellor"))
        if data.kind not in AppointmentKind:
            problems.append(Problem("invalid_choice", "kind"))
        note = clean_block(data.note)
        if len(note) > 2000:
            problems.append(Problem("text_too_long", "note", {"max": 2000}))
        if problems:
            raise DomainError(problems)
        assert data.starts_at is not None
        starts_at = data.starts_at
        ends_at = starts_at + timedelta(minutes=data.duration_minutes)
        with self._db.unit_of_work(self._actor.id) as session:
            current = session.get(Appointment, appointment_id) if appointment_id else None
            if current is not None and opened is not None:
                data = merged(
                    Opened(opened.version, _cleaned(opened.values)),
                    record_version(current),
                    _cleaned(data),
                    _stored(current),
                    chosen,
                )
                problems = check_appointment(data.starts_at, data.duration_minutes)
                if problems:
                    raise DomainError(problems)
                assert data.starts_at is not None
                starts_at, note = data.starts_at, data.note
                ends_at = starts_at + timedelta(minutes=data.duration_minutes)
            if data.person_id is not None:
                person = session.get(Person, data.person_id)
                if person is None or person.deleted_at is not None:
                    raise DomainError.single("person_not_found")
            if session.get(UserAccount, data.counsellor_id) is None:
                raise DomainError.single("invalid_choice", "counsellor")
            # Neighbours that could overlap: anything starting within a working day before.
            for other in session.scalars(
                select(Appointment).where(
                    Appointment.counsellor_id == data.counsellor_id,
                    Appointment.starts_at < ends_at,
                    Appointment.starts_at > starts_at - timedelta(hours=8),
                    Appointment.status != AppointmentStatus.CANCELLED.value,
                    Appointment.deleted_at.is_(None),
                )
            ):
                other_end = other.starts_at + timedelta(minutes=other.duration_minutes)
                if other.id != appointment_id and other_end > starts_at:
                    at = other.starts_at.astimezone().strftime("%H:%M")
                    if other.person is None:
                        raise DomainError.single(
                            "appointment_overlaps_meeting", "starts_at", time=at
                        )
                    raise DomainError.single(
                        "appointment_overlaps",
                        "starts_at",
                        time=at,
                        who=f"{other.person.last_name} {other.person.first_name}",
                    )
            record = session.get(Appointment, appointment_id) if appointment_id else None
            if record is None:
                record = Appointment(status=AppointmentStatus.PLANNED.value)
                session.add(record)
            record.counsellor_id = data.counsellor_id
            record.person_id = data.person_id
            record.kind = data.kind.value
            record.starts_at = starts_at
            record.duration_minutes = data.duration_minutes
            record.place = clean_line(data.place)[:200]
            record.note = note
            session.flush()
            return record.id

    @writes
    def set_status(
        self, appointment_id: str, status: AppointmentStatus, seen: str | None = None
    ) -> AppointmentView:
        """Say what happened; refused when the appointment changed since ``seen`` (moved or
        marked elsewhere meanwhile)."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        with self._db.unit_of_work(self._actor.id) as session:
            record = session.get(Appointment, appointment_id)
            if record is None or record.deleted_at is not None:
                raise DomainError.single("appointment_not_found")
            ensure_unchanged(seen, record_version(record))
            problems = check_status_change(
                AppointmentStatus(record.status), status, record.starts_at, self._now()
            )
            if problems:
                raise DomainError(problems)
            record.status = status.value
            session.flush()
            return self._view(record)

    def _view(self, a: Appointment) -> AppointmentView:
        status = AppointmentStatus(a.status)
        return AppointmentView(
            id=a.id,
            counsellor_id=a.counsellor_id,
            person_id=a.person_id,
            person_name=f"{a.person.last_name} {a.person.first_name}" if a.person else "",
            file_number=a.person.file_number if a.person else "",
            kind=AppointmentKind(a.kind),
            starts_at=a.starts_at,
            duration_minutes=a.duration_minutes,
            place=a.place,
            note=a.note,
            status=status,
            to_record=needs_recording(status, a.starts_at, self._now()),
            version=record_version(a),
        )
