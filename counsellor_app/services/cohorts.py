"""Soft-skills cohorts: groups, sessions, enrolment from the register, and attendance sheets."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counsellor_app.core.attendance import AttendanceSummary, Mark, summarise
from counsellor_app.core.clock import local_today
from counsellor_app.core.problems import DomainError, Problem
from counsellor_app.core.roles import Permission
from counsellor_app.core.text import clean_block, clean_line
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import (
    Attendance,
    Cohort,
    CohortSession,
    Enrolment,
    Person,
    this_agency_id,
)
from counsellor_app.storage.writer import writes

MAX_CAPACITY = 200


@dataclass(frozen=True)
class CohortInput:
    title: str
    starts_on: date | None
    ends_on: date | None
    capacity: int = 20
    modules: str = ""
    trainer: str = ""
    place: str = ""


@dataclass(frozen=True)
class CohortSummary:
    id: str
    title: str
    trainer: str
    place: str
    capacity: int
    starts_on: date
    ends_on: date
    enrolled: int
    sessions: int


@dataclass(frozen=True)
class SessionView:
    id: str
    on: date
    minutes: int
    topic: str


@dataclass(frozen=True)
class Participant:
    person_id: str
    name: str
    file_number: str
    summary: AttendanceSummary


@dataclass(frozen=True)
class SheetLine:
    person_id: str
    name: str
    file_number: str
    mark: Mark | None


@dataclass(frozen=True)
class EnrolResult:
    added: int
    already: int
    over_capacity: int


def validate_cohort(data: CohortInput) -> list[Problem]:
    problems: list[Problem] = []
    title = clean_line(data.title)
    if not title:
        problems.append(Problem("required", "title"))
    elif len(title) > 200:
        problems.append(Problem("text_too_long", "title", {"max": 200}))
    if not 1 <= data.capacity <= MAX_CAPACITY:
        problems.append(Problem("capacity_out_of_range", "capacity", {"max": MAX_CAPACITY}))
    if data.starts_on is None:
        problems.append(Problem("required", "starts_on"))
    if data.ends_on is None:
        problems.append(Problem("required", "ends_on"))
    elif data.starts_on is not None and data.ends_on < data.starts_on:
        problems.append(Problem("end_before_start", "ends_on"))
    return problems


class CohortService:
    def __init__(
        self, db: Database, actor: CurrentUser, today: Callable[[], date] = local_today
    ) -> None:
        self._db, self._actor, self._today = db, actor, today

    # -- cohorts and sessions --------------------------------------------------------------
    def list_cohorts(self) -> list[CohortSummary]:
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.reader() as session:
            enrolled = {
                row[0]: row[1]
                for row in session.execute(
                    select(Enrolment.cohort_id, func.count())
                    .where(Enrolment.withdrawn_on.is_(None), Enrolment.deleted_at.is_(None))
                    .group_by(Enrolment.cohort_id)
                )
            }
            sessions = {
                row[0]: row[1]
                for row in session.execute(
                    select(CohortSession.cohort_id, func.count())
                    .where(CohortSession.deleted_at.is_(None))
                    .group_by(CohortSession.cohort_id)
                )
            }
            cohorts = session.scalars(
                select(Cohort).where(Cohort.deleted_at.is_(None)).order_by(Cohort.starts_on.desc())
            )
            return [
                CohortSummary(
                    c.id,
                    c.title,
                    c.trainer,
                    c.place,
                    c.capacity,
                    c.starts_on,
                    c.ends_on,
                    enrolled.get(c.id, 0),
                    sessions.get(c.id, 0),
                )
                for c in cohorts
            ]

    @writes
    def create(self, data: CohortInput) -> str:
        self._actor.require(Permission.REGISTER_PEOPLE)
        problems = validate_cohort(data)
        if problems:
            raise DomainError(problems)
        assert data.starts_on is not None and data.ends_on is not None
        with self._db.unit_of_work(self._actor.id) as session:
            cohort = Cohort(
                agency_id=this_agency_id(session),
                title=clean_line(data.title),
                modules=clean_block(data.modules)[:4000],
                trainer=clean_line(data.trainer)[:120],
                place=clean_line(data.place)[:200],
                capacity=data.capacity,
                starts_on=data.starts_on,
                ends_on=data.ends_on,
            )
            session.add(cohort)
            session.flush()
            return cohort.id

    @writes
    def add_session(self, cohort_id: str, on: date, minutes: int = 180, topic: str = "") -> str:
        self._actor.require(Permission.REGISTER_PEOPLE)
        with self._db.unit_of_work(self._actor.id) as session:
            cohort = self._cohort(session, cohort_id)
            if not cohort.starts_on <= on <= cohort.ends_on:
                raise DomainError.single(
                    "session_outside_cohort",
                    "on",
                    starts=cohort.starts_on.isoformat(),
                    ends=cohort.ends_on.isoformat(),
                )
            if not 15 <= minutes <= 600:
                raise DomainError.single("duration_out_of_range", "minutes")
            record = CohortSession(
                cohort_id=cohort_id, on=on, minutes=minutes, topic=clean_line(topic)[:200]
            )
            session.add(record)
            session.flush()
            return record.id

    def sessions(self, cohort_id: str) -> list[SessionView]:
        with self._db.reader() as session:
            return [
                SessionView(s.id, s.on, s.minutes, s.topic)
                for s in session.scalars(
                    select(CohortSession)
                    .where(CohortSession.cohort_id == cohort_id, CohortSession.deleted_at.is_(None))
                    .order_by(CohortSession.on)
                )
            ]

    @staticmethod
    def _cohort(session: Session, cohort_id: str) -> Cohort:
        cohort = session.get(Cohort, cohort_id)
        if cohort is None or cohort.deleted_at is not None:
            raise DomainError.single("cohort_not_found")
        return cohort

    # -- enrolment -------------------------------------------------------------------------
    @writes
    def enrol(self, cohort_id: str, person_ids: Iterable[str]) -> EnrolResult:
        """Enrol people one by one or in bulk; those over capacity are not enrolled (and counted)."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        added = already = over = 0
        with self._db.unit_of_work(self._actor.id) as session:
            cohort = self._cohort(session, cohort_id)
            existing = {
                e.person_id: e
                for e in session.scalars(
                    select(Enrolment).where(
                        Enrolment.cohort_id == cohort_id, Enrolment.deleted_at.is_(None)
                    )
                )
            }
            active = sum(1 for e in existing.values() if e.withdrawn_on is None)
            for person_id in dict.fromkeys(person_ids):
                current = existing.get(person_id)
                if current is not None and current.withdrawn_on is None:
                    already += 1
                    continue
                if active >= cohort.capacity:
                    over += 1
                    continue
                if session.get(Person, person_id) is None:
                    raise DomainError.single("person_not_found")
                if current is not None:
                    current.withdrawn_on = None
                else:
                    session.add(
                        Enrolment(
                            cohort_id=cohort_id, person_id=person_id, enrolled_on=self._today()
                        )
                    )
                active += 1
                added += 1
        return EnrolResult(added, already, over)

    @writes
    def withdraw(self, cohort_id: str, person_id: str) -> None:
        self._actor.require(Permission.REGISTER_PEOPLE)
        with self._db.unit_of_work(self._actor.id) as session:
            enrolment = session.scalar(
                select(Enrolment).where(
                    Enrolment.cohort_id == cohort_id, Enrolment.person_id == person_id
                )
            )
            if enrolment is not None and enrolment.withdrawn_on is None:
                enrolment.withdrawn_on = self._today()

    # -- attendance ------------------------------------------------------------------------
    def _enrolled(self, session: Session, cohort_id: str) -> list[Person]:
        return list(
            session.scalars(
                select(Person)
                .join(Enrolment, Enrolment.person_id == Person.id)
                .where(
                    Enrolment.cohort_id == cohort_id,
                    Enrolment.withdrawn_on.is_(None),
                    Enrolment.deleted_at.is_(None),
                    Person.deleted_at.is_(None),
                )
                .order_by(Person.sort_key)
            )
        )

    def sheet(self, session_id: str) -> list[SheetLine]:
        """The attendance sheet of one session: every enrolled person and their mark so far."""
        with self._db.reader() as session:
            record = session.get(CohortSession, session_id)
            if record is None:
                raise DomainError.single("session_not_found")
            marks = {
                a.person_id: Mark(a.mark)
                for a in session.scalars(
                    select(Attendance).where(Attendance.session_id == session_id)
                )
            }
            return [
                SheetLine(p.id, f"{p.last_name} {p.first_name}", p.file_number, marks.get(p.id))
                for p in self._enrolled(session, record.cohort_id)
            ]

    @writes
    def save_sheet(self, session_id: str, marks: Mapping[str, Mark]) -> None:
        """Save a whole session's marks at once (one transaction: all or nothing)."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        with self._db.unit_of_work(self._actor.id) as session:
            record = session.get(CohortSession, session_id)
            if record is None:
                raise DomainError.single("session_not_found")
            if record.on > self._today():
                raise DomainError.single("session_in_future", "on")
            enrolled = {p.id for p in self._enrolled(session, record.cohort_id)}
            existing = {
                a.person_id: a
                for a in session.scalars(
                    select(Attendance).where(Attendance.session_id == session_id)
                )
            }
            for person_id, mark in marks.items():
                if person_id not in enrolled:
                    raise DomainError.single("not_enrolled")
                current = existing.get(person_id)
                if current is None:
                    session.add(
                        Attendance(
                            session_id=session_id, person_id=person_id, mark=Mark(mark).value
                        )
                    )
                elif current.mark != mark:
                    current.mark = Mark(mark).value

    def participants(self, cohort_id: str) -> list[Participant]:
        """Everyone enrolled, with attendance over the sessions held up to today."""
        with self._db.reader() as session:
            held = [s.id for s in self.sessions(cohort_id) if s.on <= self._today()]
            people = self._enrolled(session, cohort_id)
            marks: dict[str, dict[str, Mark]] = {}
            if held:
                for a in session.scalars(select(Attendance).where(Attendance.session_id.in_(held))):
                    marks.setdefault(a.person_id, {})[a.session_id] = Mark(a.mark)
            return [
                Participant(
                    p.id,
                    f"{p.last_name} {p.first_name}",
                    p.file_number,
                    summarise(held, marks.get(p.id, {})),
                )
                for p in people
            ]

    def attendance_pct(self, person_id: str) -> int | None:
        """The person's rate in their latest cohort (None when not enrolled or nothing held)."""
        with self._db.reader() as session:
            cohort_id = session.scalar(
                select(Enrolment.cohort_id)
                .join(Cohort, Cohort.id == Enrolment.cohort_id)
                .where(
                    Enrolment.person_id == person_id,
                    Enrolment.withdrawn_on.is_(None),
                    Enrolment.deleted_at.is_(None),
                )
                .order_by(Cohort.starts_on.desc())
                .limit(1)
            )
        if cohort_id is None:
            return None
        found = next((p for p in self.participants(cohort_id) if p.person_id == person_id), None)
        return found.summary.rate_pct if found else None
