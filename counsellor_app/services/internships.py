"""Host organisations and internships, within the contract bounds of the reference data."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import select

from counsellor_app.core.clock import local_today
from counsellor_app.core.merge import Opened
from counsellor_app.core.money import parse_mad
from counsellor_app.core.pathway import check_internship_terms
from counsellor_app.core.phone import parse_phone
from counsellor_app.core.problems import DomainError, Problem
from counsellor_app.core.roles import Permission
from counsellor_app.core.text import clean_block, clean_line
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.form_save import merged, record_version
from counsellor_app.services.pathway import PathwayService
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import HostOrganisation, Internship, Person
from counsellor_app.storage.writer import writes

AGREEMENT_STATUSES = ("draft", "signed", "validated", "terminated")


@dataclass(frozen=True)
class HostInput:
    name: str
    sector: str = ""
    city_id: str | None = None
    contact_name: str = ""
    contact_phone: str = ""
    ice: str = ""


@dataclass(frozen=True)
class HostView:
    id: str
    name: str
    sector: str
    city_id: str | None
    contact_name: str
    contact_phone: str | None
    ice: str


@dataclass(frozen=True)
class InternshipInput:
    host_id: str
    starts_on: date | None
    ends_on: date | None
    stipend: str  # as typed, e.g. "2 500" or "2.500,00 DH"
    tutor: str = ""
    agreement_status: str = "draft"
    midterm_evaluation: str = ""
    final_evaluation: str = ""
    hired: bool | None = None


@dataclass(frozen=True)
class InternshipView:
    id: str
    host_id: str
    host_name: str
    starts_on: date
    ends_on: date
    stipend_centimes: int
    tutor: str
    agreement_status: str
    midterm_evaluation: str
    final_evaluation: str
    hired: bool | None
    version: str = ""  # a form saves with it (``save(..., opened=)``)


def _comparable(data: InternshipInput) -> InternshipInput:
    """The form in stored form (stipend in centimes, cleaned text), so that a value shown
    another way than it is kept (``2.500,00`` for 250000) is not taken for an edit."""
    try:
        stipend = str(parse_mad(data.stipend, "stipend"))
    except DomainError:
        stipend = data.stipend  # refused by validation before any merge
    return replace(
        data,
        stipend=stipend,
        tutor=clean_line(data.tutor)[:120],
        midterm_evaluation=clean_block(data.midterm_evaluation),
        final_evaluation=clean_block(data.final_evaluation),
    )


def _stored(record: Internship) -> InternshipInput:
    return InternshipInput(
        record.host_id,
        record.starts_on,
        record.ends_on,
        str(record.stipend_centimes),
        record.tutor,
        record.agreement_status,
        record.midterm_evaluation,
        record.final_evaluation,
        record.hired,
    )


class InternshipService:
    def __init__(
        self, db: Database, actor: CurrentUser, today: Callable[[], date] = local_today
    ) -> None:
        self._db, self._actor, self._today = db, actor, today

    # -- hosts -----------------------------------------------------------------------------
    def hosts(self) -> list[HostView]:
        with self._db.reader() as session:
            return [
                HostView(h.id, h.name, h.sector, h.city_id, h.contact_name, h.contact_phone, h.ice)
                for h in session.scalars(
                    select(HostOrganisation)
                    .where(HostOrganisation.deleted_at.is_(None))
                    .order_by(HostOrganisation.name)
                )
            ]

    @writes
    def create_host(self, data: HostInput) -> str:
        self._actor.require(Permission.REGISTER_PEOPLE)
        problems: list[Problem] = []
        name = clean_line(data.name)
        if not name:
            problems.append(Problem("required", "name"))
        elif len(name) > 200:
            problems.append(Problem("text_too_long", "name", {"max": 200}))
        ice = re.sub(r"\s", "", data.ice)
        if ice and not re.fullmatch(r"\d{15}", ice):
            problems.append(Problem("ice_format", "ice"))
        phone: str | None = None
        if clean_line(data.contact_phone):
            try:
                phone = parse_phone(data.contact_phone)
            except DomainError as error:
                problems.extend(Problem(p.code, "contact_phone") for p in error.problems)
        if problems:
            raise DomainError(problems)
        with self._db.unit_of_work(self._actor.id) as session:
            host = HostOrganisation(
                name=name,
                sector=clean_line(data.sector)[:120],
                city_id=data.city_id or None,
                contact_name=clean_line(data.contact_name)[:120],
                contact_phone=phone,
                ice=ice,
            )
            session.add(host)
            session.flush()
            return host.id

    # -- internships -----------------------------------------------------------------------
    def internships(self, person_id: str) -> list[InternshipView]:
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.reader() as session:
            return [
                InternshipView(
                    i.id,
                    i.host_id,
                    i.host.name,
                    i.starts_on,
                    i.ends_on,
                    i.stipend_centimes,
                    i.tutor,
                    i.agreement_status,
                    i.midterm_evaluation,
                    i.final_evaluation,
                    i.hired,
                    record_version(i),
                )
                for i in session.scalars(
                    select(Internship)
                    .where(Internship.person_id == person_id, Internship.deleted_at.is_(None))
                    .order_by(Internship.starts_on.desc())
                )
            ]

    @writes
    def save(
        self,
        person_id: str,
        data: InternshipInput,
        internship_id: str | None = None,
        opened: Opened[InternshipInput] | None = None,
        chosen: Mapping[str, Any] | None = None,
    ) -> str:
        """Create or update an internship; refused outside the contract bounds or off the wage track.

        ``opened``: what the form showed, with :attr:`InternshipView.version`; an internship
        changed since keeps what the form did not touch (``EditConflict`` where both changed)."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        problems: list[Problem] = []
        if not data.host_id:
            problems.append(Problem("required", "host"))
        if data.starts_on is None:
            problems.append(Problem("required", "starts_on"))
        if data.ends_on is None:
            problems.append(Problem("required", "ends_on"))
        if data.agreement_status not in AGREEMENT_STATUSES:
            problems.append(Problem("invalid_choice", "agreement_status"))
        stipend = 0
        try:
            stipend = parse_mad(data.stipend, "stipend")
        except DomainError as error:
            problems.extend(error.problems)
        if not problems and data.starts_on is not None and data.ends_on is not None:
            parameters = PathwayService(self._db, self._actor, self._today).parameters()
            problems.extend(
                check_internship_terms(stipend, data.starts_on, data.ends_on, parameters)
            )
        for name, text in (
            ("midterm_evaluation", data.midterm_evaluation),
            ("final_evaluation", data.final_evaluation),
        ):
            if len(clean_block(text)) > 4000:
                problems.append(Problem("text_too_long", name, {"max": 4000}))
        if problems:
            raise DomainError(problems)
        assert data.starts_on is not None and data.ends_on is not None
        with self._db.unit_of_work(self._actor.id) as session:
            person = session.get(Person, person_id)
            if person is None or person.deleted_at is not None:
                raise DomainError.single("person_not_found")
            if person.track != "wage":
                raise DomainError.single("internship_needs_wage_track", "host")
            if session.get(HostOrganisation, data.host_id) is None:
                raise DomainError.single("invalid_choice", "host")
            record = session.get(Internship, internship_id) if internship_id else None
            if record is not None and opened is not None:
                mine = merged(
                    Opened(opened.version, _comparable(opened.values)),
                    record_version(record),
                    _comparable(data),
                    _stored(record),
                    chosen,
                )
                data, stipend = mine, int(mine.stipend)
                assert data.starts_on is not None and data.ends_on is not None
                terms = check_internship_terms(
                    stipend,
                    data.starts_on,
                    data.ends_on,
                    PathwayService(self._db, self._actor, self._today).parameters(),
                )
                if terms:
                    raise DomainError(terms)
            assert data.starts_on is not None and data.ends_on is not None
            if record is None:
                record = Internship(person_id=person_id)
                session.add(record)
            record.host_id, record.starts_on, record.ends_on = (
                data.host_id,
                data.starts_on,
                data.ends_on,
            )
            record.tutor = clean_line(data.tutor)[:120]
            record.stipend_centimes = stipend
            record.agreement_status = data.agreement_status
            record.midterm_evaluation = clean_block(data.midterm_evaluation)
            record.final_evaluation = clean_block(data.final_evaluation)
            record.hired = data.hired
            session.flush()
            return record.id
