"""The ORM schema. Changes to it go through an Alembic migration in ``db/versions``."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

from counsellor_app.core.ids import new_id

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out; stored as ISO text by SQLite."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime refused: store UTC")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class SyncedRecord:
    """Columns every record that travels between PCs carries (DESIGN.md §3 and §5).

    The values of the bookkeeping columns are set by the unit of work (``storage.history``),
    which also appends the change to the history in the same transaction.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str | None] = mapped_column(String(36))
    updated_by: Mapped[str | None] = mapped_column(String(36))
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    server_version: Mapped[int] = mapped_column(Integer, default=0)
    dirty: Mapped[bool] = mapped_column(Boolean, default=True)


BOOKKEEPING = frozenset(
    {"id", "created_at", "updated_at", "created_by", "updated_by", "server_version", "dirty"}
)


class LocalSetting(Base):
    """Facts about this PC's database: device code, agency id, schema notes. Never synced."""

    __tablename__ = "local_setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


def this_agency_id(session: Session) -> str:
    """This PC's agency: the id it was set up with, the server's once enrolled. The signed-in
    account's copy of it may date from before an enrolment made during the session."""
    setting = session.get(LocalSetting, "agency_id")
    return setting.value if setting is not None else ""


class NumberSequence(Base):
    """Per-device yearly counters behind human-readable numbers (files, later certificates)."""

    __tablename__ = "number_sequence"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class Region(Base):
    __tablename__ = "region"
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name_fr: Mapped[str] = mapped_column(String(120))
    name_ar: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)


class City(Base):
    __tablename__ = "city"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    region_code: Mapped[str] = mapped_column(ForeignKey("region.code"))
    name_fr: Mapped[str] = mapped_column(String(120))
    name_ar: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    region: Mapped[Region] = relationship()


class Agency(SyncedRecord, Base):
    __tablename__ = "agency"
    institution: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(8))
    city_id: Mapped[str | None] = mapped_column(ForeignKey("city.id"))
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")


class UserAccount(SyncedRecord, Base):
    __tablename__ = "user_account"
    agency_id: Mapped[str] = mapped_column(ForeignKey("agency.id"))
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Person(SyncedRecord, Base):
    __tablename__ = "person"
    file_number: Mapped[str] = mapped_column(String(32), unique=True)
    owner_agency_id: Mapped[str] = mapped_column(ForeignKey("agency.id"))
    counsellor_id: Mapped[str | None] = mapped_column(ForeignKey("user_account.id"))
    last_name: Mapped[str] = mapped_column(String(80))
    first_name: Mapped[str] = mapped_column(String(80))
    last_name_ar: Mapped[str] = mapped_column(String(80), default="")
    first_name_ar: Mapped[str] = mapped_column(String(80), default="")
    sex: Mapped[str] = mapped_column(String(8))
    date_of_birth: Mapped[date] = mapped_column(Date)
    nationality: Mapped[str] = mapped_column(String(2))
    legal_status: Mapped[str] = mapped_column(String(32))
    phone_e164: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str] = mapped_column(String(200), default="")
    city_id: Mapped[str | None] = mapped_column(ForeignKey("city.id"))
    address: Mapped[str] = mapped_column(String(200), default="")
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    education_level: Mapped[str] = mapped_column(String(32), default="")
    experience: Mapped[str] = mapped_column(Text, default="")
    skills: Mapped[str] = mapped_column(Text, default="")
    vulnerabilities: Mapped[list[str]] = mapped_column(JSON, default=list)
    referral_source: Mapped[str] = mapped_column(String(32), default="")
    referral_detail: Mapped[str] = mapped_column(String(200), default="")
    consent_status: Mapped[str] = mapped_column(String(16), default="pending")
    track: Mapped[str | None] = mapped_column(String(20))
    # Local only: the search index's rowid (FTS5 needs an integer) and the folded name to sort by.
    search_rowid: Mapped[int] = mapped_column(Integer, unique=True)
    sort_key: Mapped[str] = mapped_column(String(200))

    documents: Mapped[list[IdentityDocument]] = relationship(
        back_populates="person", order_by="IdentityDocument.created_at"
    )
    consents: Mapped[list[Consent]] = relationship(
        back_populates="person", order_by="Consent.created_at"
    )

    __table_args__ = (
        # Covering indexes for the register (migration 0003): searches never read wide rows.
        Index(
            "ix_person_search_rowid_created_at_id", "search_rowid", "created_at", "id", "deleted_at"
        ),
        Index("ix_person_created_at_id", "created_at", "id", "deleted_at", "search_rowid"),
        Index(
            "ix_person_sort_key_id", "sort_key", "id", "deleted_at", "created_at", "search_rowid"
        ),
        # One or two typed letters: last names by initial in the register's order (0028).
        Index(
            "ix_person_initial",
            text("substr(sort_key, 1, 1)"),
            "search_rowid",
            "sort_key",
            sqlite_where=text("deleted_at IS NULL"),
        ),
        Index(None, "phone_e164"),
        # The indicators' dimensions of each counted person (migration 0015).
        Index(
            "ix_person_dimensions",
            "id",
            "deleted_at",
            "sex",
            "date_of_birth",
            "nationality",
            "legal_status",
            "owner_agency_id",
            "city_id",
            "track",
        ),
        Index(None, "date_of_birth"),
        Index(None, "nationality"),
        Index(None, "legal_status"),
        # A counsellor's people (migration 0011): the to-do's pending consents come out in
        # order from the index alone, and its other joins never read the wide rows.
        Index(
            "ix_person_counsellor_todo",
            "counsellor_id",
            "consent_status",
            "deleted_at",
            "created_at",
            "id",
        ),
    )


class PersonFirstDay(Base):
    """Each live person's first day with the agency (the earliest of the file's creation and
    its intake stages). Derived, never written by the app: triggers keep it in the statement
    that changes a person or an intake (migration 0018), so "registered in a period" is one
    range scan. Never synced; rebuilt wherever the rows are."""

    __tablename__ = "person_first_day"
    person_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    day: Mapped[date] = mapped_column(Date)

    __table_args__ = (Index("ix_person_first_day_day", "day", "person_id"),)


class IdentityDocument(SyncedRecord, Base):
    __tablename__ = "identity_document"
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    doc_type: Mapped[str] = mapped_column(String(32))
    number: Mapped[str] = mapped_column(String(40))
    number_key: Mapped[str] = mapped_column(String(40))
    issued_on: Mapped[date | None] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    person: Mapped[Person] = relationship(back_populates="documents")

    __table_args__ = (
        Index(None, "number_key"),
        # "Latest document of this kind" is one probe of this index (migration 0011).
        Index("ix_identity_document_latest", "person_id", "doc_type", "expires_on", "deleted_at"),
        # The to-do list's cards expiring, in order, without the wide rows (migration 0026).
        Index("ix_identity_document_expiring", "expires_on", "doc_type", "deleted_at", "person_id"),
    )


class Consent(SyncedRecord, Base):
    __tablename__ = "consent"
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    purposes: Mapped[list[str]] = mapped_column(JSON, default=list)
    given_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str | None] = mapped_column(ForeignKey("user_account.id"))
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)  # migration 0017
    person: Mapped[Person] = relationship(back_populates="consents")

    __table_args__ = (Index(None, "person_id"),)


class ChangeLog(Base):
    """Append-only history of every change to a synced record: who, when, field, old → new.

    One row per record change; ``changes`` maps each field to ``[old, new]``. The sync outbox
    and the audit build on it.
    """

    __tablename__ = "change_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    person_id: Mapped[str | None] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(16))  # create | update | archive
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)
    actor_id: Mapped[str | None] = mapped_column(String(36))
    at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (Index(None, "entity", "entity_id"), Index(None, "person_id"))


class OutboxOp(Base):
    """A local change waiting for the server (DESIGN.md §5): written in the same transaction as
    the change, once this PC is enrolled; kept after acknowledgement with the server's answer,
    so nothing is dropped silently (a refused change stays listed with its reason)."""

    __tablename__ = "outbox_op"
    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_seq: Mapped[int] = mapped_column(Integer, unique=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    person_id: Mapped[str | None] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(16))  # create | update | archive
    base_version: Mapped[int] = mapped_column(Integer)
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)  # field → [old, new]
    hlc: Mapped[str] = mapped_column(String(64))
    actor_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # pending → sent → applied | merged | conflict | refused | rejected
    state: Mapped[str] = mapped_column(String(12), default="pending")
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # The acting person's signature when the operation is an act of hers (core/acts.py).
    act: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    __table_args__ = (Index(None, "state", "device_seq"), Index(None, "entity", "entity_id"))


class AuditRecord(Base):
    """The audit trail (``core.audit``): append-only, each entry chained by hash to the one
    before. Local to this PC; exported with the data for inspections."""

    __tablename__ = "audit_entry"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor_id: Mapped[str] = mapped_column(String(36), default="")
    actor_name: Mapped[str] = mapped_column(String(120), default="")
    action: Mapped[str] = mapped_column(String(32))
    subject_type: Mapped[str] = mapped_column(String(32), default="")
    subject_id: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Unique: two writers can never both extend the same entry (the chain cannot fork).
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index(None, "at"),
        Index(None, "action", "at"),
        Index(None, "actor_id", "at"),
        Index(None, "subject_id"),
    )


class ErasedPerson(Base):
    """A person erased everywhere (right to be forgotten): the id alone, so nothing about them
    is kept and nothing can bring them back to this PC."""

    __tablename__ = "erased_person"
    person_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    erased_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SetAsideRecord(Base):
    """A record pulled from the server that this PC cannot store (a value its schema refuses,
    sent by an older server): kept aside with why, so one bad record never stops a sync. The
    raw JSON stays here, in the encrypted database, for the support to read; a later valid
    version of the record replaces it. Never synced; its count is reported to the server."""

    __tablename__ = "set_aside_record"
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
    field: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(String(32))
    raw: Mapped[str] = mapped_column(Text)
    set_aside_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Draft(Base):
    """Unsaved form content kept while typing, so a crash loses nothing. Never synced."""

    __tablename__ = "draft"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    user_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(32))
    subject_id: Mapped[str | None] = mapped_column(String(36))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (Index(None, "user_id", "kind"),)


class Parameter(Base):
    """Dated programme and legal parameters (reference data; see core/parameters.py)."""

    __tablename__ = "parameter"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(64))
    value: Mapped[int] = mapped_column(Integer)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (Index(None, "key", "valid_from"),)


class PathwayStage(SyncedRecord, Base):
    """The state of one stage of one person's pathway; its own data grows with each stage."""

    __tablename__ = "pathway_stage"
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    stage: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(20), default="not_started")
    planned_on: Mapped[date | None] = mapped_column(Date)
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(300), default="")
    counsellor_id: Mapped[str | None] = mapped_column(ForeignKey("user_account.id"))
    notes: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Declared so the unit of work inserts the person before its stages.
    person: Mapped[Person] = relationship()

    __table_args__ = (
        Index(None, "person_id", "stage", unique=True),
        # The indicators: who completed / started a stage in a period, from the index alone.
        Index(
            "ix_pathway_stage_completed", "stage", "status", "ended_on", "person_id", "deleted_at"
        ),
        Index("ix_pathway_stage_started", "stage", "started_on", "person_id", "deleted_at"),
    )


class Outcome(SyncedRecord, Base):
    """A dated result of the pathway (job, training, business, dropped out, referred)."""

    __tablename__ = "outcome"
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    kind: Mapped[str] = mapped_column(String(32))
    on: Mapped[date] = mapped_column(Date)
    detail: Mapped[str] = mapped_column(String(300), default="")
    person: Mapped[Person] = relationship()

    __table_args__ = (Index(None, "person_id", "kind"), Index(None, "kind", "on"))


class Cohort(SyncedRecord, Base):
    """A soft-skills training group: modules, trainer, place, capacity and sessions."""

    __tablename__ = "cohort"
    agency_id: Mapped[str] = mapped_column(ForeignKey("agency.id"))
    title: Mapped[str] = mapped_column(String(200))
    modules: Mapped[str] = mapped_column(Text, default="")
    trainer: Mapped[str] = mapped_column(String(120), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    capacity: Mapped[int] = mapped_column(Integer)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)


class CohortSession(SyncedRecord, Base):
    __tablename__ = "cohort_session"
    cohort_id: Mapped[str] = mapped_column(ForeignKey("cohort.id"))
    on: Mapped[date] = mapped_column(Date)
    minutes: Mapped[int] = mapped_column(Integer, default=180)
    topic: Mapped[str] = mapped_column(String(200), default="")
    cohort: Mapped[Cohort] = relationship()

    __table_args__ = (Index(None, "cohort_id", "on"),)


class Enrolment(SyncedRecord, Base):
    __tablename__ = "enrolment"
    cohort_id: Mapped[str] = mapped_column(ForeignKey("cohort.id"))
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    enrolled_on: Mapped[date] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    cohort: Mapped[Cohort] = relationship()
    person: Mapped[Person] = relationship()

    __table_args__ = (Index(None, "cohort_id", "person_id", unique=True), Index(None, "person_id"))


class Attendance(SyncedRecord, Base):
    """One person's mark for one session (present, late, excused, absent)."""

    __tablename__ = "attendance"
    session_id: Mapped[str] = mapped_column(ForeignKey("cohort_session.id"))
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    mark: Mapped[str] = mapped_column(String(10))
    session: Mapped[CohortSession] = relationship()
    person: Mapped[Person] = relationship()

    __table_args__ = (Index(None, "session_id", "person_id", unique=True), Index(None, "person_id"))


class HostOrganisation(SyncedRecord, Base):
    """A company or association that hosts interns."""

    __tablename__ = "host_organisation"
    name: Mapped[str] = mapped_column(String(200))
    sector: Mapped[str] = mapped_column(String(120), default="")
    city_id: Mapped[str | None] = mapped_column(ForeignKey("city.id"))
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    contact_phone: Mapped[str | None] = mapped_column(String(20))
    ice: Mapped[str] = mapped_column(String(15), default="")  # Identifiant Commun de l'Entreprise


class Internship(SyncedRecord, Base):
    """An internship (contrat d'insertion or programme placement) of one person."""

    __tablename__ = "internship"
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    host_id: Mapped[str] = mapped_column(ForeignKey("host_organisation.id"))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    tutor: Mapped[str] = mapped_column(String(120), default="")
    stipend_centimes: Mapped[int] = mapped_column(Integer)
    agreement_status: Mapped[str] = mapped_column(String(20), default="draft")
    midterm_evaluation: Mapped[str] = mapped_column(Text, default="")
    final_evaluation: Mapped[str] = mapped_column(Text, default="")
    hired: Mapped[bool | None] = mapped_column(Boolean)
    # Kinds, the agreement's life, scored grids and the outcome (core.internships; 0020).
    kind: Mapped[str] = mapped_column(String(24), default="contrat_insertion")
    signatures: Mapped[list[Any]] = mapped_column(JSON, default=list)
    signed_on: Mapped[date | None] = mapped_column(Date)
    signed_copy_id: Mapped[str | None] = mapped_column(String(36))
    ended_early_on: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[str] = mapped_column(String(300), default="")
    midterm_scores: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    final_scores: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    contract_kind: Mapped[str] = mapped_column(String(8), default="")
    not_hired_reason: Mapped[str] = mapped_column(String(24), default="")
    person: Mapped[Person] = relationship()
    host: Mapped[HostOrganisation] = relationship()

    __table_args__ = (Index(None, "person_id"), Index(None, "host_id"), Index(None, "ends_on"))


class BusinessPlan(SyncedRecord, Base):
    """A person's business plan: its sections, start-up costs, funding and monthly projection.

    Amounts are integer centimes; lists are kept as JSON rows of the plan.
    """

    __tablename__ = "business_plan"
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    activity: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str] = mapped_column(String(20), default="services")
    sections: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    startup_costs: Mapped[list[Any]] = mapped_column(JSON, default=list)
    funding: Mapped[list[Any]] = mapped_column(JSON, default=list)
    revenue: Mapped[list[Any]] = mapped_column(JSON, default=list)
    costs: Mapped[list[Any]] = mapped_column(JSON, default=list)
    person: Mapped[Person] = relationship()

    __table_args__ = (Index(None, "person_id", unique=True),)


class AeRegistration(SyncedRecord, Base):
    """The auto-entrepreneur registration checklist of one person (law 114-13)."""

    __tablename__ = "ae_registration"
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    documents_gathered: Mapped[bool] = mapped_column(Boolean, default=False)
    channel: Mapped[str] = mapped_column(String(20), default="")
    filed_on: Mapped[date | None] = mapped_column(Date)
    registration_number: Mapped[str] = mapped_column(String(40), default="")
    registered_on: Mapped[date | None] = mapped_column(Date)
    activity: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str] = mapped_column(String(20), default="services")
    tax_number: Mapped[str] = mapped_column(String(20), default="")  # identifiant fiscal
    ice: Mapped[str] = mapped_column(String(15), default="")
    cnss_affiliated: Mapped[bool] = mapped_column(Boolean, default=False)
    cnss_number: Mapped[str] = mapped_column(String(20), default="")
    person: Mapped[Person] = relationship()

    __table_args__ = (Index(None, "person_id", unique=True),)


class BudgetEnvelope(SyncedRecord, Base):
    """Money a programme or donor makes available for microgrants."""

    __tablename__ = "budget_envelope"
    name: Mapped[str] = mapped_column(String(200))
    budget_centimes: Mapped[int] = mapped_column(Integer)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)


class Programme(SyncedRecord, Base):
    """A donor programme: its period, the people it counts and its targets, shared by the
    agency's PCs (services/indicator_targets.py)."""

    __tablename__ = "programme"
    name: Mapped[str] = mapped_column(String(120))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    targets: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # milestone → people
    population: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # who it counts
    donor: Mapped[str] = mapped_column(String(200), default="")  # e.g. "Union européenne"


class ReferenceValue(SyncedRecord, Base):
    """A national dated value pulled from the server (server/reference.py): the PC's rules
    read it on the day of the act (``core.parameters.Parameters.with_central``); never
    written here."""

    __tablename__ = "reference_value"
    domain: Mapped[str] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(String(64))
    valid_from: Mapped[date] = mapped_column(Date)
    value: Mapped[int] = mapped_column(Integer)  # SQLite: 64 bits
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    __table_args__ = (Index(None, "domain", "code", "valid_from"),)


class ProgrammeEnrolment(SyncedRecord, Base):
    """A person's enrolment in a donor programme, from a day (to a day): the programme's
    indicators count its enrolled people (services/programmes.py)."""

    __tablename__ = "programme_enrolment"
    programme_id: Mapped[str] = mapped_column(ForeignKey("programme.id"))
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        Index(None, "programme_id", "person_id", unique=True),
        Index(None, "person_id"),
    )


class DuplicateNotice(SyncedRecord, Base):
    """The server's notice that one of this agency's people may be registered by another
    agency too (issue 22, 6): file numbers and reason codes only, written by the server and
    pulled, never made or sent by a PC (``storage.outbox.NOT_QUEUED``)."""

    __tablename__ = "duplicate_notice"
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    file_number: Mapped[str] = mapped_column(String(32), default="")
    other_agency_code: Mapped[str] = mapped_column(String(8), default="")
    other_agency_name: Mapped[str] = mapped_column(String(200), default="")
    other_file_number: Mapped[str] = mapped_column(String(32), default="")
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)  # core.duplicates codes
    status: Mapped[str] = mapped_column(String(12))  # open | confirmed | dismissed


class GrantApplication(SyncedRecord, Base):
    __tablename__ = "grant_application"
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    envelope_id: Mapped[str] = mapped_column(ForeignKey("budget_envelope.id"))
    requested_centimes: Mapped[int] = mapped_column(Integer)
    decision: Mapped[str | None] = mapped_column(String(20))
    decided_on: Mapped[date | None] = mapped_column(Date)
    approved_centimes: Mapped[int] = mapped_column(Integer, default=0)
    score: Mapped[int | None] = mapped_column(Integer)
    conditions: Mapped[str] = mapped_column(Text, default="")
    committee_members: Mapped[str] = mapped_column(String(400), default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    person: Mapped[Person] = relationship()
    envelope: Mapped[BudgetEnvelope] = relationship()

    __table_args__ = (Index(None, "person_id"), Index(None, "envelope_id"))


class Disbursement(SyncedRecord, Base):
    """A tranche of a grant: recorded by one person, confirmed by another."""

    __tablename__ = "disbursement"
    application_id: Mapped[str] = mapped_column(ForeignKey("grant_application.id"))
    amount_centimes: Mapped[int] = mapped_column(Integer)
    mode: Mapped[str] = mapped_column(String(10))
    receipt: Mapped[str] = mapped_column(String(120), default="")
    paid_on: Mapped[date] = mapped_column(Date)
    recorded_by_user: Mapped[str] = mapped_column(String(36))
    confirmed_by_user: Mapped[str | None] = mapped_column(String(36))
    confirmed_on: Mapped[date | None] = mapped_column(Date)
    application: Mapped[GrantApplication] = relationship()

    __table_args__ = (Index(None, "application_id"),)


class FollowUpVisit(SyncedRecord, Base):
    """A post-creation visit, scheduled at 1, 3, 6 and 12 months after the business started."""

    __tablename__ = "follow_up_visit"
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    due_on: Mapped[date] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    business_status: Mapped[str | None] = mapped_column(String(12))
    monthly_revenue_centimes: Mapped[int | None] = mapped_column(Integer)
    jobs_created: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    person: Mapped[Person] = relationship()

    __table_args__ = (Index(None, "person_id"), Index(None, "due_on"))


class Partner(SyncedRecord, Base):
    """An organisation people are referred to: ANAPEC agency, OFPPT or Entraide Nationale
    centre, health centre, microfinance association, NGO."""

    __tablename__ = "partner"
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    city_id: Mapped[str | None] = mapped_column(ForeignKey("city.id"))
    address: Mapped[str] = mapped_column(String(300), default="")
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    contact_phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str] = mapped_column(String(200), default="")
    # The national directory's partners come from the server, read-only here (migration 0024).
    national: Mapped[bool] = mapped_column(Boolean, default=False)
    closed_on: Mapped[date | None] = mapped_column(Date)


class Referral(SyncedRecord, Base):
    """A person sent to a partner, followed until the partner's answer and the service done."""

    __tablename__ = "referral"
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    partner_id: Mapped[str] = mapped_column(ForeignKey("partner.id"))
    code: Mapped[str] = mapped_column(String(16), unique=True)
    service: Mapped[str] = mapped_column(String(300))
    state: Mapped[str] = mapped_column(String(12), default="sent")
    sent_on: Mapped[date] = mapped_column(Date)
    received_on: Mapped[date | None] = mapped_column(Date)
    answered_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    refusal_reason: Mapped[str] = mapped_column(String(24), default="")
    answer_note: Mapped[str] = mapped_column(Text, default="")
    counsellor_id: Mapped[str | None] = mapped_column(ForeignKey("user_account.id"))
    person: Mapped[Person] = relationship()
    partner: Mapped[Partner] = relationship()

    __table_args__ = (Index(None, "person_id"), Index(None, "counsellor_id", "state"))


class Appointment(SyncedRecord, Base):
    """An entry of a counsellor's agenda; what happened is recorded after it."""

    __tablename__ = "appointment"
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    counsellor_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"))
    kind: Mapped[str] = mapped_column(String(20))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=30)
    place: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="planned")
    person: Mapped[Person | None] = relationship()

    __table_args__ = (Index(None, "counsellor_id", "starts_at"), Index(None, "person_id"))


class Attachment(SyncedRecord, Base):
    """A scanned document or photo of a person (or of one stage of their pathway).

    The content lives encrypted beside the database, named by its SHA-256, so the same scan is
    stored once and sync can carry it by its hash.
    """

    __tablename__ = "attachment"
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    stage: Mapped[str | None] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(200))
    file_name: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(40))
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    thumbnail: Mapped[bytes | None] = mapped_column(LargeBinary)
    person: Mapped[Person] = relationship()

    __table_args__ = (Index(None, "person_id"), Index(None, "sha256"))


class SigningKey(SyncedRecord, Base):
    """An Ed25519 key that signs printed documents' QR codes. The private half exists only on
    the PC that made it (never synchronised); the public half lets anyone verify."""

    __tablename__ = "signing_key"
    key_id: Mapped[str] = mapped_column(String(8), unique=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    private_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    device_code: Mapped[str] = mapped_column(String(8))


class DocumentAsset(Base):
    """An image printed on documents (a logo), kept by its SHA-256 forever so that a document
    re-printed from the register shows exactly the logos it was issued with."""

    __tablename__ = "document_asset"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    media_type: Mapped[str] = mapped_column(String(40))
    content: Mapped[bytes] = mapped_column(LargeBinary)


class LetterheadSetting(SyncedRecord, Base):
    """The agency's letterhead and default document languages, set by an administrator."""

    __tablename__ = "letterhead_setting"
    agency_id: Mapped[str] = mapped_column(ForeignKey("agency.id"), unique=True)
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    languages: Mapped[str] = mapped_column(String(8), default="fr+ar")


class IssuedDocument(SyncedRecord, Base):
    """The register of issued documents: enough to re-print one identically and to revoke it."""

    __tablename__ = "issued_document"
    serial: Mapped[str] = mapped_column(String(32), unique=True)
    template: Mapped[str] = mapped_column(String(40))
    template_version: Mapped[int] = mapped_column(Integer)
    languages: Mapped[str] = mapped_column(String(8))
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    subject_id: Mapped[str | None] = mapped_column(String(36))  # the cohort, referral, grant...
    issued_by: Mapped[str] = mapped_column(ForeignKey("user_account.id"))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    content_hash: Mapped[str] = mapped_column(String(64))
    payload: Mapped[str] = mapped_column(Text)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_by: Mapped[str | None] = mapped_column(String(36))
    revocation_reason: Mapped[str] = mapped_column(String(300), default="")

    __table_args__ = (Index(None, "person_id"), Index(None, "template", "issued_at"))


class ScoringGrid(SyncedRecord, Base):
    """A programme's weighted scoring grid for grant committees (core.committees): criterion →
    weight in points. ``programme_id`` None is the agency's grid for grants of no programme."""

    __tablename__ = "scoring_grid"
    agency_id: Mapped[str] = mapped_column(ForeignKey("agency.id"))
    programme_id: Mapped[str | None] = mapped_column(ForeignKey("programme.id"))
    weights: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class CommitteeSession(SyncedRecord, Base):
    """A grant committee as it sits: date, place, members and attendance, status; the minutes'
    SHA-256 once signed, so the minutes printed again are known to be the very ones signed."""

    __tablename__ = "committee_session"
    agency_id: Mapped[str] = mapped_column(ForeignKey("agency.id"))
    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    programme_id: Mapped[str | None] = mapped_column(ForeignKey("programme.id"))
    status: Mapped[str] = mapped_column(String(20), default="planned")
    members: Mapped[list[Any]] = mapped_column(JSON, default=list)
    minutes_sha256: Mapped[str] = mapped_column(String(64), default="")


class CommitteeItem(SyncedRecord, Base):
    """One application on a session's agenda: its scores, the conflicts declared, the votes and
    the decision as the committee took it (the grant's own decision is the signed act)."""

    __tablename__ = "committee_item"
    session_id: Mapped[str] = mapped_column(ForeignKey("committee_session.id"))
    application_id: Mapped[str] = mapped_column(ForeignKey("grant_application.id"))
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    scores: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    conflicts: Mapped[list[Any]] = mapped_column(JSON, default=list)
    votes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    decision: Mapped[str | None] = mapped_column(String(20))
    amount_centimes: Mapped[int] = mapped_column(Integer, default=0)
    conditions: Mapped[str] = mapped_column(Text, default="")
    reasons: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index(None, "session_id", "application_id", unique=True),
        Index(None, "person_id"),
        Index(None, "application_id"),
    )
