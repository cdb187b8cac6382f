"""A person's enrolment in donor programmes (IDMAJE, Work4Integration, an IOM project…).

Counsellors enrol a person from the file: the programme must serve the person (its
eligibility: legal statuses, sexes, tracks, agencies) and the start must fall in the
programme's period. An enrolment is a synced record of the person (it travels with them and
belongs to their agency on the server); a programme's indicators count its enrolled people.
A PC that syncs enrols only in national programmes (the server's), which every PC knows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from counsellor_app.core.audit import AuditAction, AuditEvent
from counsellor_app.core.indicators import PersonFacts, Population
from counsellor_app.core.problems import DomainError, Problem
from counsellor_app.core.roles import Permission
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.audit import audit
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import Agency, Person, ProgrammeEnrolment
from counsellor_app.storage.models import Programme as ProgrammeRow
from counsellor_app.storage.outbox import Outbox
from counsellor_app.storage.writer import writes


@dataclass(frozen=True)
class Offered:
    """A programme a person may be enrolled in."""

    id: str
    name: str
    donor: str
    starts_on: date
    ends_on: date


@dataclass(frozen=True)
class Enrolled:
    id: str
    programme_id: str
    programme: str
    donor: str
    starts_on: date
    ends_on: date | None

    def active(self, on: date) -> bool:
        return self.starts_on <= on and (self.ends_on is None or on <= self.ends_on)


class ProgrammeEnrolmentService:
    def __init__(self, db: Database, actor: CurrentUser) -> None:
        self._db, self._actor = db, actor

    def offered(self) -> list[Offered]:
        """The live programmes (national ones only on a PC that syncs), by name."""
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.reader() as session:
            syncing = Outbox.load(session) is not None
            query = select(ProgrammeRow).where(ProgrammeRow.deleted_at.is_(None))
            if syncing:
                query = query.where(ProgrammeRow.server_version > 0)
            rows = session.scalars(query).all()
            found = [Offered(r.id, r.name, r.donor or "", r.starts_on, r.ends_on) for r in rows]
        return sorted(found, key=lambda p: p.name.casefold())

    def of_person(self, person_id: str) -> list[Enrolled]:
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.reader() as session:
            rows = session.execute(
                select(ProgrammeEnrolment, ProgrammeRow)
                .join(ProgrammeRow, ProgrammeRow.id == ProgrammeEnrolment.programme_id)
                .where(
                    ProgrammeEnrolment.person_id == person_id,
                    ProgrammeEnrolment.deleted_at.is_(None),
                )
                .order_by(ProgrammeEnrolment.starts_on)
            ).all()
            return [
                Enrolled(e.id, p.id, p.name, p.donor or "", e.starts_on, e.ends_on) for e, p in rows
            ]

    @writes
    def enrol(self, person_id: str, programme_id: str, on: date) -> Enrolled:
        """Enrol the person from ``on``; an earlier enrolment that ended is opened again."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        with self._db.unit_of_work(self._actor.id) as session:
            person = session.get(Person, person_id)
            if person is None or person.deleted_at is not None:
                raise DomainError.single("person_not_found")
            programme = session.get(ProgrammeRow, programme_id)
            if programme is None or programme.deleted_at is not None:
                raise DomainError.single("programme_not_found", "programme")
            problems = []
            if not programme.starts_on <= on <= programme.ends_on:
                problems.append(
                    Problem(
                        "outside_programme_period",
                        "starts_on",
                        {"start": programme.starts_on.isoformat(),
                         "end": programme.ends_on.isoformat()},
                    )
                )  # fmt: skip
            agency = session.get(Agency, person.owner_agency_id)
            facts = PersonFacts(
                person.id, person.sex, person.date_of_birth, person.nationality,
                person.legal_status, agency.code if agency else "", person.city_id or "",
                person.track or "",
            )  # fmt: skip
            if not Population.from_json(programme.population).admits(facts):
                problems.append(Problem("programme_not_eligible", "programme"))
            record = session.scalar(
                select(ProgrammeEnrolment).where(
                    ProgrammeEnrolment.programme_id == programme_id,
                    ProgrammeEnrolment.person_id == person_id,
                )
            )
            if (
                record is not None
                and record.deleted_at is None
                and (record.ends_on is None or record.ends_on >= on)
            ):
                problems.append(Problem("already_enrolled", "programme"))
            if problems:
                raise DomainError(problems)
            if record is None:
                record = ProgrammeEnrolment(programme_id=programme_id, person_id=person_id)
                session.add(record)
            record.starts_on, record.ends_on, record.deleted_at = on, None, None
            session.flush()
            enrolled = Enrolled(
                record.id, programme.id, programme.name, programme.donor or "", on, None
            )
            audit(session, self._actor, _event(enrolled, person_id, "enrolled"))
        return enrolled

    @writes
    def end(self, enrolment_id: str, on: date) -> None:
        """The enrolment ends on ``on`` (the person stays counted for the programme)."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        with self._db.unit_of_work(self._actor.id) as session:
            record = session.get(ProgrammeEnrolment, enrolment_id)
            if record is None or record.deleted_at is not None:
                raise DomainError.single("programme_not_found", "programme")
            if on < record.starts_on:
                raise DomainError.single("end_before_start", "ends_on")
            record.ends_on = on
            programme = session.get(ProgrammeRow, record.programme_id)
            name = programme.name if programme else ""
            enrolled = Enrolled(record.id, record.programme_id, name, "", record.starts_on, on)
            audit(session, self._actor, _event(enrolled, record.person_id, "ended"))


def _event(enrolled: Enrolled, person_id: str, what: str) -> AuditEvent:
    return AuditEvent(
        AuditAction.PERSON_UPDATED,
        "programme_enrolment",
        enrolled.id,
        {
            "change": what,
            "person": person_id,
            "programme": enrolled.programme_id,
            "starts_on": enrolled.starts_on.isoformat(),
            "ends_on": enrolled.ends_on.isoformat() if enrolled.ends_on else None,
        },
    )
