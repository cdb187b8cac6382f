"""The auto-entrepreneur registration checklist, checked against eligibility on the day."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import select

from counsellor_app.core.business_plan import ActivityCategory
from counsellor_app.core.clock import local_today
from counsellor_app.core.merge import Opened
from counsellor_app.core.parameters import Parameters
from counsellor_app.core.pathway import PersonFacts, ae_eligibility
from counsellor_app.core.person import IdentityDocumentInput
from counsellor_app.core.problems import DomainError, Problem
from counsellor_app.core.roles import Permission
from counsellor_app.core.text import clean_line
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.form_save import merged, record_version
from counsellor_app.services.pathway import PathwayService
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import AeRegistration, IdentityDocument, Person
from counsellor_app.storage.writer import writes

CHANNELS = ("barid_al_maghrib", "bank", "online")


@dataclass(frozen=True)
class AeChecklist:
    documents_gathered: bool = False
    channel: str = ""
    filed_on: date | None = None
    registration_number: str = ""
    registered_on: date | None = None
    activity: str = ""
    category: ActivityCategory = ActivityCategory.SERVICES
    tax_number: str = ""
    ice: str = ""
    cnss_affiliated: bool = False
    cnss_number: str = ""


@dataclass(frozen=True)
class StatuteFigures:
    """What the statute says for a category on a date (amounts in centimes, rates in bp)."""

    ceiling: int
    tax_bp: int
    single_client_threshold: int
    withholding_bp: int


def statute_figures(parameters: Parameters, category: ActivityCategory, on: date) -> StatuteFigures:
    commercial = category == ActivityCategory.COMMERCIAL
    return StatuteFigures(
        parameters.get(
            "ae_ceiling_commercial_centimes" if commercial else "ae_ceiling_services_centimes", on
        ),
        parameters.get("ae_tax_commercial_bp" if commercial else "ae_tax_services_bp", on),
        parameters.get("ae_single_client_threshold_centimes", on),
        parameters.get("ae_single_client_withholding_bp", on),
    )


class AeRegistrationService:
    def __init__(
        self, db: Database, actor: CurrentUser, today: Callable[[], date] = local_today
    ) -> None:
        self._db, self._actor, self._today = db, actor, today

    def parameters(self) -> Parameters:
        return PathwayService(self._db, self._actor, self._today).parameters()

    def load(self, person_id: str) -> AeChecklist:
        return self.opened(person_id).values

    def eligibility(self, person_id: str, on: date | None = None) -> list[Problem]:
        """Why the person could not register on ``on`` (today by default); empty when eligible."""
        with self._db.reader() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise DomainError.single("person_not_found")
            documents = tuple(
                IdentityDocumentInput(d.doc_type, d.number, d.expires_on, d.issued_on, d.id)
                for d in session.scalars(
                    select(IdentityDocument).where(
                        IdentityDocument.person_id == person_id,
                        IdentityDocument.deleted_at.is_(None),
                    )
                )
            )
            facts = PersonFacts(person.legal_status, person.date_of_birth, documents)
        return ae_eligibility(facts, on or self._today(), self.parameters())

    def opened(self, person_id: str) -> Opened[AeChecklist]:
        """The checklist with the version a form saves with (``save(..., opened=)``)."""
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.reader() as session:
            record = session.scalar(
                select(AeRegistration).where(AeRegistration.person_id == person_id)
            )
            return Opened(record_version(record), _checklist(record))

    @writes
    def save(
        self,
        person_id: str,
        data: AeChecklist,
        opened: Opened[AeChecklist] | None = None,
        chosen: Mapping[str, Any] | None = None,
    ) -> None:
        """Save the checklist; over one changed since ``opened``, what the form did not touch
        keeps the newer value (``EditConflict`` where both changed)."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        data = _cleaned(data)
        problems = self._problems(person_id, data)
        if problems:
            raise DomainError(problems)
        with self._db.unit_of_work(self._actor.id) as session:
            record = session.scalar(
                select(AeRegistration).where(AeRegistration.person_id == person_id)
            )
            if opened is not None:
                base = Opened(opened.version, _cleaned(opened.values))
                data = merged(base, record_version(record), data, _checklist(record), chosen)
                problems = self._problems(person_id, data)
                if problems:
                    raise DomainError(problems)
            if record is None:
                record = AeRegistration(person_id=person_id)
                session.add(record)
            record.documents_gathered, record.channel = data.documents_gathered, data.channel
            record.filed_on, record.registration_number = data.filed_on, data.registration_number
            record.registered_on, record.activity = data.registered_on, data.activity
            record.category, record.tax_number = data.category.value, data.tax_number
            record.ice, record.cnss_affiliated = data.ice, data.cnss_affiliated
            record.cnss_number = data.cnss_number

    def _problems(self, person_id: str, data: AeChecklist) -> list[Problem]:
        problems: list[Problem] = []
        today = self._today()
        if data.channel and data.channel not in CHANNELS:
            problems.append(Problem("invalid_choice", "channel"))
        for name, day in (("filed_on", data.filed_on), ("registered_on", data.registered_on)):
            if day is not None and day > today:
                problems.append(Problem("date_in_future", name))
        if data.filed_on and data.registered_on and data.registered_on < data.filed_on:
            problems.append(Problem("end_before_start", "registered_on"))
        if data.registered_on and not data.registration_number:
            problems.append(Problem("required", "registration_number"))
        if data.ice and not re.fullmatch(r"\d{15}", data.ice):
            problems.append(Problem("ice_format", "ice"))
        if data.tax_number and not re.fullmatch(r"\d{7,10}", data.tax_number):
            problems.append(Problem("tax_number_format", "tax_number"))
        if data.cnss_affiliated and not data.cnss_number:
            problems.append(Problem("required", "cnss_number"))
        if data.registered_on is not None:
            problems.extend(
                Problem(p.code, "registered_on", p.params)
                for p in self.eligibility(person_id, data.registered_on)
            )
        return problems


def _cleaned(data: AeChecklist) -> AeChecklist:
    return replace(
        data,
        registration_number=clean_line(data.registration_number)[:40],
        activity=clean_line(data.activity)[:200],
        tax_number=re.sub(r"\s", "", data.tax_number),
        ice=re.sub(r"\s", "", data.ice),
        cnss_number=re.sub(r"\s", "", data.cnss_number),
    )


def _checklist(record: AeRegistration | None) -> AeChecklist:
    if record is None:
        return AeChecklist()
    return AeChecklist(
        record.documents_gathered,
        record.channel,
        record.filed_on,
        record.registration_number,
        record.registered_on,
        record.activity,
        ActivityCategory(record.category),
        record.tax_number,
        record.ice,
        record.cnss_affiliated,
        record.cnss_number,
    )
