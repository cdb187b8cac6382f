"""Registering people, editing their file, finding them again, and warning about duplicates."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.core.audit import AuditAction, AuditEvent, clean_reason
from counsellor_app.core.clock import local_today, utc_now
from counsellor_app.core.duplicates import MatchReason, PersonKeys, find_duplicates
from counsellor_app.core.ids import format_file_number, new_id
from counsellor_app.core.merge import EditConflict, Opened
from counsellor_app.core.normalize import document_key
from counsellor_app.core.person import (
    ConsentInput,
    DocumentWarning,
    IdentityDocumentInput,
    PersonInput,
    ValidPerson,
    renewal_warnings,
    validate_person,
)
from counsellor_app.core.person_merge import merge_person
from counsellor_app.core.problems import DomainError, Problem
from counsellor_app.core.roles import Permission, may_see_sensitive
from counsellor_app.core.sensitive import (
    MIN_REASON,
    has_sensitive,
    masked,
    masked_changes,
    unmasked,
)
from counsellor_app.services import signing
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.audit import audit, record
from counsellor_app.services.form_save import record_version
from counsellor_app.storage import changes, people_queries
from counsellor_app.storage.database import Database
from counsellor_app.storage.history import creations_not_logged
from counsellor_app.storage.models import (
    Agency,
    ChangeLog,
    Consent,
    IdentityDocument,
    LocalSetting,
    PathwayStage,
    Person,
    UserAccount,
    this_agency_id,
)
from counsellor_app.storage.people_queries import (
    FIRST_PAGE,
    PAGE_SIZE,
    RECENT,
    PeopleQuery,
    PersonRow,
)
from counsellor_app.storage.writer import writes

__all__ = [
    "FIRST_PAGE",
    "PAGE_SIZE",
    "RECENT",
    "EditConflict",
    "Opened",
    "PeopleQuery",
    "PeopleService",
    "PersonRow",
]


@dataclass(frozen=True)
class PersonFile:
    id: str
    file_number: str
    data: PersonInput
    consent_status: str
    counsellor_name: str
    created_at: datetime
    updated_at: datetime
    warnings: tuple[DocumentWarning, ...]
    # Sensitive fields hidden from this user (``reveal`` shows them, with a logged reason).
    masked: bool = False
    sensitive: bool = False  # the file holds health, violence or trafficking situations
    # The stored version the file was read at: a form saves with it (``opened``), so that a
    # change made meanwhile elsewhere is merged, never overwritten.
    version: str = ""

    @property
    def opened(self) -> Opened[PersonInput]:
        return Opened(self.version, self.data)


@dataclass(frozen=True)
class DuplicateCandidate:
    person_id: str
    file_number: str
    name: str
    name_ar: str
    date_of_birth: date
    phone_e164: str | None
    reasons: tuple[MatchReason, ...]


class DuplicatesFound(Exception):
    """Raised by :meth:`PeopleService.register` until the counsellor confirms a new person."""

    def __init__(self, candidates: Sequence[DuplicateCandidate]) -> None:
        super().__init__(f"{len(candidates)} possible duplicates")
        self.candidates = tuple(candidates)


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    actor_name: str
    entity: str
    action: str
    changes: dict[str, list[object]]
    subject: str = ""  # what the entry is about, as a code: the stage of a pathway entry


def _keys(valid: ValidPerson) -> PersonKeys:
    data = valid.data
    return PersonKeys(
        data.last_name,
        data.first_name,
        data.last_name_ar,
        data.first_name_ar,
        data.date_of_birth,
        valid.phone_e164,
        frozenset(document_key(d.number) for d in data.documents if document_key(d.number)),
    )


class PeopleService:
    def __init__(
        self, db: Database, actor: CurrentUser, today: Callable[[], date] = local_today
    ) -> None:
        self._db, self._actor, self._today = db, actor, today
        self._revealed: set[str] = set()  # break-glass, for this session only
        self._viewed: set[str] = set()  # sensitive files whose opening is already logged

    # -- reading ---------------------------------------------------------------------------
    def search_ids(self, query: PeopleQuery) -> list[str]:
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.engine.connect() as connection:
            return people_queries.person_ids(connection, query)

    def search_page(
        self, query: PeopleQuery, offset: int = 0, limit: int | None = people_queries.PAGE_SIZE
    ) -> list[int]:
        """A page of the register's result as compact integer keys (cheap per keystroke)."""
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.engine.connect() as connection:
            return people_queries.register_page(connection, query, offset, limit)

    def search_keys(self, query: PeopleQuery) -> list[int]:
        """The whole result as keys (exports and tests; the register pages instead)."""
        return self.search_page(query, 0, None)

    def count(self, query: PeopleQuery) -> int:
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.engine.connect() as connection:
            return people_queries.register_count(connection, query)

    def rows(self, keys: Sequence[int]) -> dict[int, PersonRow]:
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.engine.connect() as connection:
            return people_queries.rows_by_key(connection, keys)

    def file_numbers(self, person_ids: Sequence[str]) -> dict[str, str]:
        """Person id → file number, for the people still on this PC (the audit's subjects)."""
        self._actor.require(Permission.VIEW_PEOPLE)
        found: dict[str, str] = {}
        ids = list(dict.fromkeys(person_ids))
        with self._db.reader() as session:
            for start in range(0, len(ids), 500):
                rows = session.execute(
                    select(Person.id, Person.file_number).where(
                        Person.id.in_(ids[start : start + 500])
                    )
                )
                found.update((row[0], row[1]) for row in rows)
        return found

    def id_of_file(self, file_number: str) -> str | None:
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.reader() as session:
            return session.scalar(
                select(Person.id).where(Person.file_number == file_number.strip().upper())
            )

    def counsellors(self) -> list[tuple[str, str]]:
        with self._db.reader() as session:
            return [
                (a.id, a.display_name)
                for a in session.scalars(select(UserAccount).order_by(UserAccount.display_name))
            ]

    def get(self, person_id: str) -> PersonFile:
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.reader() as session:
            person = session.get(Person, person_id)
            if person is None or person.deleted_at is not None:
                raise DomainError.single("person_not_found")
            counsellor = session.get(UserAccount, person.counsellor_id or "")
            data = _to_input(person)
            allowed = self._may_see(person)
            version = _version(person)
        sensitive = has_sensitive(data)
        if not allowed:
            data = masked(data)
        elif sensitive and person_id not in self._viewed:
            # The first opening of a sensitive file in this session is in the audit trail.
            self._viewed.add(person_id)
            record(
                self._db,
                self._actor,
                AuditEvent(AuditAction.SENSITIVE_VIEWED, "person", person_id),
            )
        return PersonFile(
            person.id,
            person.file_number,
            data,
            person.consent_status,
            counsellor.display_name if counsellor else "",
            person.created_at,
            person.updated_at,
            tuple(renewal_warnings(data.documents, self._today())),
            masked=not allowed,
            sensitive=sensitive,
            version=version,
        )

    def may_see_sensitive(self, person_id: str) -> bool:
        """Whether this user sees the person's sensitive fields now (right, or revealed)."""
        with self._db.reader() as session:
            person = session.get(Person, person_id)
            return person is not None and self._may_see(person)

    def _may_see(self, person: Person) -> bool:
        return person.id in self._revealed or may_see_sensitive(
            self._actor.role, self._actor.id, person.counsellor_id
        )

    @writes
    def reveal(self, person_id: str, reason: str) -> PersonFile:
        """Break-glass: show a file's sensitive fields to someone without the right, for this
        session, with the reason recorded in the audit trail."""
        self._actor.require(Permission.VIEW_PEOPLE)
        reason = clean_reason(reason)
        if len(reason) < MIN_REASON:
            raise DomainError([Problem("reason_too_short", "reason", {"min": MIN_REASON})])
        with self._db.unit_of_work(self._actor.id) as session:
            person = session.get(Person, person_id)
            if person is None or person.deleted_at is not None:
                raise DomainError.single("person_not_found")
            act = signing.break_glass_act(self._db, session, self._actor.id, person_id, reason)
            audit(
                session,
                self._actor,
                AuditEvent(
                    AuditAction.SENSITIVE_REVEALED,
                    "person",
                    person_id,
                    {"reason": reason, **({"act": act} if act else {})},
                ),
            )
        self._revealed.add(person_id)
        self._viewed.add(person_id)
        return self.get(person_id)

    def history(self, person_id: str) -> list[HistoryEntry]:
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.reader() as session:
            names = {
                row.id: row.display_name
                for row in session.execute(select(UserAccount.id, UserAccount.display_name))
            }
            stages = {
                row.id: row.stage
                for row in session.execute(
                    select(PathwayStage.id, PathwayStage.stage).where(
                        PathwayStage.person_id == person_id
                    )
                )
            }
            person = session.get(Person, person_id)
            allowed = person is not None and self._may_see(person)
            entries = session.scalars(
                select(ChangeLog).where(ChangeLog.person_id == person_id).order_by(ChangeLog.seq)
            )
            logged = [
                HistoryEntry(
                    e.at,
                    names.get(e.actor_id or "", ""),
                    e.entity,
                    e.action,
                    e.changes if allowed else masked_changes(e.entity, e.changes),
                    stages.get(e.entity_id, "") if e.entity == "pathway_stage" else "",
                )
                for e in entries
            ]
            pulled = [
                HistoryEntry(
                    c.at,
                    names.get(c.actor_id or "", ""),
                    c.entity,
                    "create",
                    {},
                    stages.get(c.entity_id, "") if c.entity == "pathway_stage" else "",
                )
                for c in creations_not_logged(session, person_id)
            ]
            # Each list keeps its order; a pulled creation goes in at its time.
            return list(heapq.merge(logged, pulled, key=lambda entry: entry.at))

    # -- duplicates ------------------------------------------------------------------------
    def find_duplicates(
        self, data: PersonInput, exclude_id: str | None = None
    ) -> list[DuplicateCandidate]:
        """Possible duplicates of ``data`` (validated first: bad input raises DomainError)."""
        self._actor.require(Permission.VIEW_PEOPLE)
        return self._duplicates(validate_person(data, self._today()), exclude_id)

    def _duplicates(self, valid: ValidPerson, exclude_id: str | None) -> list[DuplicateCandidate]:
        keys = _keys(valid)
        with self._db.reader() as session:
            ids = people_queries.duplicate_candidate_ids(
                session.connection(),
                sorted(keys.document_keys),
                keys.phone_e164,
                keys.date_of_birth,
                exclude_id,
            )
            people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids)))}
            candidates = [
                (
                    p.id,
                    PersonKeys(
                        p.last_name,
                        p.first_name,
                        p.last_name_ar,
                        p.first_name_ar,
                        p.date_of_birth,
                        p.phone_e164,
                        frozenset(d.number_key for d in p.documents if d.deleted_at is None),
                    ),
                )
                for p in people.values()
            ]
            return [
                DuplicateCandidate(
                    m.person_id,
                    people[m.person_id].file_number,
                    f"{people[m.person_id].first_name} {people[m.person_id].last_name}",
                    f"{people[m.person_id].first_name_ar} {people[m.person_id].last_name_ar}".strip(),
                    people[m.person_id].date_of_birth,
                    people[m.person_id].phone_e164,
                    m.reasons,
                )
                for m in find_duplicates(keys, candidates)
            ]

    # -- writing ---------------------------------------------------------------------------
    @writes
    def register(self, data: PersonInput, confirmed_new: bool = False) -> str:
        """Create a person's file; raises :class:`DuplicatesFound` unless ``confirmed_new``."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        valid = validate_person(data, self._today())
        if not confirmed_new:
            candidates = self._duplicates(valid, None)
            if candidates:
                raise DuplicatesFound(candidates)
        with self._db.unit_of_work(self._actor.id) as session:
            person_id = self._create(session, valid)
            audit(session, self._actor, AuditEvent(AuditAction.PERSON_CREATED, "person", person_id))
            return person_id

    @writes
    def register_many(self, people: Sequence[PersonInput]) -> list[str]:
        """Create many files in one transaction (an import): all of them, or none if one is
        refused (DomainError naming the first refused, by its position)."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        valids = []
        for position, data in enumerate(people):
            try:
                valids.append(validate_person(data, self._today()))
            except DomainError as error:
                raise DomainError(
                    [Problem(p.code, p.field, {**p.params, "position": position + 1})
                     for p in error.problems]
                ) from error  # fmt: skip
        with self._db.unit_of_work(self._actor.id) as session:
            changes.set_origin(session, changes.IMPORT)  # screens word it as an import
            return [self._create(session, valid) for valid in valids]

    def _create(
        self,
        session: Session,
        valid: ValidPerson,
        file_number: str | None = None,
        registered_on: date | None = None,
    ) -> str:
        """A new file; an import (services.workbook) keeps the workbook's own file number and
        the day the person first came, instead of a new number and today."""
        device = session.get(LocalSetting, "device_code")
        device_code = device.value if device is not None else None
        agency = session.get(Agency, this_agency_id(session))
        if agency is None or device_code is None:
            raise DomainError.single("agency_not_set_up")
        year = self._today().year
        sequence = (
            0 if file_number else people_queries.next_number(session.connection(), "file", year)
        )
        person = Person(
            id=new_id(),
            file_number=file_number or format_file_number(agency.code, device_code, year, sequence),
            owner_agency_id=agency.id,
            counsellor_id=self._actor.id,
        )
        _apply(person, valid)
        session.add(person)
        # One flush at commit: the creation is a single history entry per record.
        _sync_documents(session, person, valid.data.documents)
        _sync_consent(session, person, valid.data.consent, self._actor.id, self._today())
        # Registering is the intake: its stage is completed today.
        session.add(
            PathwayStage(
                person_id=person.id,
                stage="intake",
                status="completed",
                started_on=registered_on or self._today(),
                ended_on=registered_on or self._today(),
                reason="",
                notes="",
                data={},
                counsellor_id=self._actor.id,
            )
        )
        return person.id

    @writes
    def update(
        self,
        person_id: str,
        data: PersonInput,
        opened: Opened[PersonInput] | None = None,
        chosen: Mapping[str, Any] | None = None,
    ) -> None:
        """Save the form. From a masked form, the fields it hid keep their stored values.

        ``opened`` is what the form was opened from (:attr:`PersonFile.opened`). When the file
        changed since (a pull, another window), the form's edits are merged into the newer
        copy: the fields it did not touch keep the newer values, and a field changed on both
        sides raises :class:`EditConflict` with nothing written, until ``chosen`` (field →
        value, as the conflicts name them) settles each. Without ``opened`` (a script that read
        the file just before) the form's values are taken as they are.
        """
        self._actor.require(Permission.REGISTER_PEOPLE)
        with self._db.unit_of_work(self._actor.id) as session:
            person = session.get(Person, person_id)
            if person is None or person.deleted_at is not None:
                raise DomainError.single("person_not_found")
            before = _to_input(person)
            allowed = self._may_see(person)
            if not allowed:
                data = unmasked(data, before)
            valid = validate_person(data, self._today())  # a refusal writes nothing
            if opened is not None and opened.version != _version(person):
                base = opened.values if allowed else unmasked(opened.values, before)
                data, conflicts = merge_person(base, data, before, chosen)
                if conflicts:
                    raise EditConflict(conflicts)
                valid = validate_person(data, self._today())
            _apply(person, valid)
            _sync_documents(session, person, valid.data.documents)
            consent_changed = _sync_consent(
                session, person, valid.data.consent, self._actor.id, self._today()
            )
            after = _to_input(person)
            # The form's fields that changed: names only, the values are in the history.
            fields = [
                f.name
                for f in dataclass_fields(PersonInput)
                if getattr(before, f.name) != getattr(after, f.name)
            ]
            audit(
                session,
                self._actor,
                AuditEvent(AuditAction.PERSON_UPDATED, "person", person_id, {"fields": fields}),
            )
            if consent_changed:
                audit(
                    session,
                    self._actor,
                    AuditEvent(
                        AuditAction.CONSENT_CHANGED,
                        "person",
                        person_id,
                        {"given": valid.data.consent.given,
                         "purposes": sorted(valid.data.consent.purposes)},
                    ),
                )  # fmt: skip


def _version(person: Person) -> str:
    """The profile's version: its own and its documents' and consents' stamps."""
    return record_version(person, *person.documents, *person.consents)


def _apply(person: Person, valid: ValidPerson) -> None:
    data = valid.data
    person.last_name, person.first_name = data.last_name, data.first_name
    person.last_name_ar, person.first_name_ar = data.last_name_ar, data.first_name_ar
    person.sex, person.date_of_birth = data.sex, data.date_of_birth  # type: ignore[assignment]
    person.nationality, person.legal_status = data.nationality, data.legal_status
    person.phone_e164, person.email = valid.phone_e164, data.email
    person.city_id, person.address = data.city_id or None, data.address
    person.languages, person.education_level = list(data.languages), data.education_level
    person.experience, person.skills = data.experience, data.skills
    person.vulnerabilities = list(data.vulnerabilities)
    person.referral_source, person.referral_detail = data.referral_source, data.referral_detail


def _sync_documents(
    session: Session, person: Person, documents: Sequence[IdentityDocumentInput]
) -> None:
    existing = {d.id: d for d in person.documents if d.deleted_at is None}
    kept: set[str] = set()
    for doc in documents:
        record = existing.get(doc.id or "")
        if record is None:
            record = IdentityDocument(person_id=person.id)
            session.add(record)
            person.documents.append(record)
        else:
            kept.add(record.id)
        record.doc_type, record.number = doc.doc_type, doc.number
        record.number_key = document_key(doc.number)
        record.issued_on, record.expires_on = doc.issued_on, doc.expires_on
    for record_id, record in existing.items():
        if record_id not in kept:
            record.deleted_at = utc_now()


def _sync_consent(
    session: Session, person: Person, consent: ConsentInput, actor_id: str, today: date
) -> bool:
    """Record a change of consent; True when there was one."""
    active = [c for c in person.consents if c.withdrawn_on is None and c.deleted_at is None]
    current = active[-1] if active else None
    if consent.given:
        wanted = sorted(consent.purposes)
        if (
            current is None
            or sorted(current.purposes) != wanted
            or current.given_on != consent.given_on
            or current.expires_on != consent.expires_on
        ):
            if current is not None:
                current.withdrawn_on = today
            record = Consent(
                person_id=person.id,
                purposes=wanted,
                given_on=consent.given_on,
                expires_on=consent.expires_on,
                recorded_by=actor_id,
            )
            session.add(record)
            person.consents.append(record)
            person.consent_status = "given"
            return True
        person.consent_status = "given"
        return False
    person.consent_status = "pending"
    if current is not None:
        current.withdrawn_on = today
        return True
    return False


def _to_input(person: Person) -> PersonInput:
    active = [c for c in person.consents if c.withdrawn_on is None and c.deleted_at is None]
    consent = (
        ConsentInput(
            True, active[-1].given_on, frozenset(active[-1].purposes), active[-1].expires_on
        )
        if active
        else ConsentInput()
    )
    return PersonInput(
        last_name=person.last_name,
        first_name=person.first_name,
        last_name_ar=person.last_name_ar,
        first_name_ar=person.first_name_ar,
        sex=person.sex,
        date_of_birth=person.date_of_birth,
        nationality=person.nationality,
        legal_status=person.legal_status,
        documents=tuple(
            IdentityDocumentInput(d.doc_type, d.number, d.expires_on, d.issued_on, d.id)
            for d in person.documents
            if d.deleted_at is None
        ),
        phone=person.phone_e164 or "",
        email=person.email,
        city_id=person.city_id,
        address=person.address,
        languages=tuple(person.languages),
        education_level=person.education_level,
        experience=person.experience,
        skills=person.skills,
        vulnerabilities=tuple(person.vulnerabilities),
        referral_source=person.referral_source,
        referral_detail=person.referral_detail,
        consent=consent,
    )
