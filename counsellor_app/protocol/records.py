"""One declared schema per kind of synced record: what the server accepts and a PC stores.

Written from the desktop's tables (``storage/models.py``), reviewed field by field, and held
equal to them by a test (names, lengths, nullability, dates, references): a value the server
takes is a value every PC of the agency can store. Closed lists come from ``core`` (vocab and
the rules' enums); free text gets its column's length; money is integer centimes within
``core.money.MAX_CENTIMES``; dates are ``YYYY-MM-DD``; times are RFC 3339 with their offset.

A field left out is ``UNSET``: an update names only what it changes. Required fields (no
default on the PC's table) must be named by a creation; a field that may not be empty may never
be set to ``null``. The bookkeeping fields every record carries are in :class:`Record`.

Validation is one ``msgspec.convert`` per record (benchmarks/protocol_bench.py: msgspec was
the faster of msgspec and pydantic v2 on a page of 5,000 people).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated, Any, Literal

import msgspec
from msgspec import UNSET, Meta, Struct, UnsetType

from counsellor_app.core import vocab
from counsellor_app.core.appointments import AppointmentKind, AppointmentStatus
from counsellor_app.core.attendance import Mark
from counsellor_app.core.business_plan import ActivityCategory
from counsellor_app.core.committees import SessionStatus
from counsellor_app.core.duplicates import REASON_CODES as DUPLICATE_REASONS
from counsellor_app.core.grants import BusinessStatus, Decision, DisbursementMode
from counsellor_app.core.internships import NOT_HIRED_REASONS, ContractKind, InternshipKind
from counsellor_app.core.merge import REFERENCES
from counsellor_app.core.money import MAX_CENTIMES
from counsellor_app.core.parameters import REFERENCE_DOMAINS
from counsellor_app.core.pathway import OutcomeKind, Stage, Status, Track
from counsellor_app.core.referrals import PARTNER_KINDS, REFUSAL_REASONS, ReferralState
from counsellor_app.core.roles import Role


def one_of(values: Iterable[str], empty: bool = False) -> Any:
    """A closed list as a type: a ``Literal`` of its words (and the empty string where the
    column defaults to it). msgspec checks a ``Literal`` by a set lookup, three times faster
    than a pattern over a page of people."""
    words = tuple(str(w) for w in values) + (("",) if empty else ())
    return Literal.__getitem__(words)


TEXT_MAX = 65_536  # a Text column (notes, evaluations, minutes): far above any real note
# Types shared by the schemas below.
Id = Annotated[str, Meta(min_length=1, max_length=36)]
CityId = Annotated[str, Meta(min_length=1, max_length=40)]
Moment = Annotated[datetime, Meta(tz=True)]
Centimes = Annotated[int, Meta(ge=0, le=MAX_CENTIMES)]
Count = Annotated[int, Meta(ge=0, le=2_147_483_647)]
Text = Annotated[str, Meta(max_length=TEXT_MAX)]
Sha256 = Annotated[str, Meta(pattern="^[0-9a-f]{64}$")]
S2 = Annotated[str, Meta(max_length=2)]
S8 = Annotated[str, Meta(max_length=8)]
S15 = Annotated[str, Meta(max_length=15)]
S16 = Annotated[str, Meta(max_length=16)]
S20 = Annotated[str, Meta(max_length=20)]
S32 = Annotated[str, Meta(max_length=32)]
S40 = Annotated[str, Meta(max_length=40)]
S64 = Annotated[str, Meta(max_length=64)]
S80 = Annotated[str, Meta(max_length=80)]
S120 = Annotated[str, Meta(max_length=120)]
S200 = Annotated[str, Meta(max_length=200)]
S300 = Annotated[str, Meta(max_length=300)]
S400 = Annotated[str, Meta(max_length=400)]
if TYPE_CHECKING:  # a closed list is a string to the type checker
    Sex = str
    LegalStatus = str
    DocType = str
    Education = str
    Language = str
    Vulnerability = str
    ReferralSource = str
    ConsentPurpose = str
    Institution = str
    RoleName = str
    StageName = str
    StatusName = str
    TrackName = str
    OutcomeName = str
    MarkName = str
    CategoryName = str
    DecisionName = str
    ModeName = str
    BusinessStatusName = str
    PartnerKind = str
    ReferralStateName = str
    RefusalReason = str
    AppointmentKindName = str
    AppointmentStatusName = str
    InternshipKindName = str
    ContractKindName = str
    NotHiredReason = str
    ReferenceDomain = str
    SessionStatusName = str
    DuplicateReason = str
    DuplicateStatus = str
else:
    Sex = one_of(vocab.SEXES)
    LegalStatus = one_of(vocab.LEGAL_STATUSES)
    DocType = one_of(vocab.DOCUMENT_TYPES)
    Education = one_of(vocab.EDUCATION_LEVELS, empty=True)
    Language = one_of(vocab.LANGUAGES)
    Vulnerability = one_of(vocab.VULNERABILITY_FLAGS)
    ReferralSource = one_of(vocab.REFERRAL_SOURCES, empty=True)
    ConsentPurpose = one_of(vocab.CONSENT_PURPOSES)
    Institution = one_of(vocab.INSTITUTIONS)
    RoleName = one_of(Role)
    StageName = one_of(Stage)
    StatusName = one_of(Status)
    TrackName = one_of(Track)
    OutcomeName = one_of(OutcomeKind)
    MarkName = one_of(Mark)
    CategoryName = one_of(ActivityCategory)
    DecisionName = one_of(Decision)
    ModeName = one_of(DisbursementMode)
    BusinessStatusName = one_of(BusinessStatus)
    PartnerKind = one_of(PARTNER_KINDS)
    ReferralStateName = one_of(ReferralState)
    RefusalReason = one_of(REFUSAL_REASONS, empty=True)
    AppointmentKindName = one_of(AppointmentKind)
    AppointmentStatusName = one_of(AppointmentStatus)
    InternshipKindName = one_of(InternshipKind)
    ContractKindName = one_of(ContractKind, empty=True)
    NotHiredReason = one_of(NOT_HIRED_REASONS, empty=True)
    ReferenceDomain = one_of(REFERENCE_DOMAINS)
    SessionStatusName = one_of(SessionStatus)
    DuplicateReason = one_of(DUPLICATE_REASONS)
    DuplicateStatus = one_of(("open", "confirmed", "dismissed"))
JsonObject = dict[str, Any]
JsonList = list[Any]


class Record(Struct):
    """Bookkeeping every synced record carries: who made and last changed it, and when."""

    created_at: Moment | UnsetType = UNSET
    updated_at: Moment | UnsetType = UNSET
    created_by: Id | UnsetType | None = UNSET
    updated_by: Id | UnsetType | None = UNSET
    deleted_at: Moment | UnsetType | None = UNSET


class Agency(Record):
    institution: Institution | UnsetType = UNSET
    name: S200 | UnsetType = UNSET
    code: S8 | UnsetType = UNSET
    city_id: CityId | UnsetType | None = UNSET
    address: S300 | UnsetType = UNSET
    phone: S32 | UnsetType = UNSET


class UserAccount(Record):
    agency_id: Id | UnsetType = UNSET
    username: S64 | UnsetType = UNSET
    display_name: S120 | UnsetType = UNSET
    role: RoleName | UnsetType = UNSET
    active: bool | UnsetType = UNSET
    must_change_password: bool | UnsetType = UNSET


class Person(Record):
    file_number: S32 | UnsetType = UNSET
    owner_agency_id: Id | UnsetType = UNSET
    counsellor_id: Id | UnsetType | None = UNSET
    last_name: S80 | UnsetType = UNSET
    first_name: S80 | UnsetType = UNSET
    last_name_ar: S80 | UnsetType = UNSET
    first_name_ar: S80 | UnsetType = UNSET
    sex: Sex | UnsetType = UNSET
    date_of_birth: date | UnsetType = UNSET
    nationality: S2 | UnsetType = UNSET
    legal_status: LegalStatus | UnsetType = UNSET
    phone_e164: S20 | UnsetType | None = UNSET
    email: S200 | UnsetType = UNSET
    city_id: CityId | UnsetType | None = UNSET
    address: S200 | UnsetType = UNSET
    languages: list[Language] | UnsetType = UNSET
    education_level: Education | UnsetType = UNSET
    experience: Text | UnsetType = UNSET
    skills: Text | UnsetType = UNSET
    vulnerabilities: list[Vulnerability] | UnsetType = UNSET
    referral_source: ReferralSource | UnsetType = UNSET
    referral_detail: S200 | UnsetType = UNSET
    consent_status: S16 | UnsetType = UNSET
    track: TrackName | UnsetType | None = UNSET


class IdentityDocument(Record):
    person_id: Id | UnsetType = UNSET
    doc_type: DocType | UnsetType = UNSET
    number: S40 | UnsetType = UNSET
    number_key: S40 | UnsetType = UNSET
    issued_on: date | UnsetType | None = UNSET
    expires_on: date | UnsetType | None = UNSET


class Consent(Record):
    person_id: Id | UnsetType = UNSET
    purposes: list[ConsentPurpose] | UnsetType = UNSET
    given_on: date | UnsetType = UNSET
    recorded_by: Id | UnsetType | None = UNSET
    withdrawn_on: date | UnsetType | None = UNSET
    expires_on: date | UnsetType | None = UNSET


class PathwayStage(Record):
    person_id: Id | UnsetType = UNSET
    stage: StageName | UnsetType = UNSET
    status: StatusName | UnsetType = UNSET
    planned_on: date | UnsetType | None = UNSET
    started_on: date | UnsetType | None = UNSET
    ended_on: date | UnsetType | None = UNSET
    reason: S300 | UnsetType = UNSET
    counsellor_id: Id | UnsetType | None = UNSET
    notes: Text | UnsetType = UNSET
    data: JsonObject | UnsetType = UNSET


class Outcome(Record):
    person_id: Id | UnsetType = UNSET
    kind: OutcomeName | UnsetType = UNSET
    on: date | UnsetType = UNSET
    detail: S300 | UnsetType = UNSET


class Cohort(Record):
    agency_id: Id | UnsetType = UNSET
    title: S200 | UnsetType = UNSET
    modules: Text | UnsetType = UNSET
    trainer: S120 | UnsetType = UNSET
    place: S200 | UnsetType = UNSET
    capacity: Count | UnsetType = UNSET
    starts_on: date | UnsetType = UNSET
    ends_on: date | UnsetType = UNSET


class CohortSession(Record):
    cohort_id: Id | UnsetType = UNSET
    on: date | UnsetType = UNSET
    minutes: Count | UnsetType = UNSET
    topic: S200 | UnsetType = UNSET


class Enrolment(Record):
    cohort_id: Id | UnsetType = UNSET
    person_id: Id | UnsetType = UNSET
    enrolled_on: date | UnsetType = UNSET
    withdrawn_on: date | UnsetType | None = UNSET


class Attendance(Record):
    session_id: Id | UnsetType = UNSET
    person_id: Id | UnsetType = UNSET
    mark: MarkName | UnsetType = UNSET


class HostOrganisation(Record):
    name: S200 | UnsetType = UNSET
    sector: S120 | UnsetType = UNSET
    city_id: CityId | UnsetType | None = UNSET
    contact_name: S120 | UnsetType = UNSET
    contact_phone: S20 | UnsetType | None = UNSET
    ice: S15 | UnsetType = UNSET


class Internship(Record):
    person_id: Id | UnsetType = UNSET
    host_id: Id | UnsetType = UNSET
    starts_on: date | UnsetType = UNSET
    ends_on: date | UnsetType = UNSET
    tutor: S120 | UnsetType = UNSET
    stipend_centimes: Centimes | UnsetType = UNSET
    agreement_status: S20 | UnsetType = UNSET
    midterm_evaluation: Text | UnsetType = UNSET
    final_evaluation: Text | UnsetType = UNSET
    hired: bool | UnsetType | None = UNSET
    kind: InternshipKindName | UnsetType = UNSET
    signatures: JsonList | UnsetType = UNSET
    signed_on: date | UnsetType | None = UNSET
    signed_copy_id: Id | UnsetType | None = UNSET
    ended_early_on: date | UnsetType | None = UNSET
    end_reason: S300 | UnsetType = UNSET
    midterm_scores: JsonObject | UnsetType = UNSET
    final_scores: JsonObject | UnsetType = UNSET
    contract_kind: ContractKindName | UnsetType = UNSET
    not_hired_reason: NotHiredReason | UnsetType = UNSET


class BusinessPlan(Record):
    person_id: Id | UnsetType = UNSET
    activity: S200 | UnsetType = UNSET
    category: CategoryName | UnsetType = UNSET
    sections: JsonObject | UnsetType = UNSET
    startup_costs: JsonList | UnsetType = UNSET
    funding: JsonList | UnsetType = UNSET
    revenue: JsonList | UnsetType = UNSET
    costs: JsonList | UnsetType = UNSET


class AeRegistration(Record):
    person_id: Id | UnsetType = UNSET
    documents_gathered: bool | UnsetType = UNSET
    channel: S20 | UnsetType = UNSET
    filed_on: date | UnsetType | None = UNSET
    registration_number: S40 | UnsetType = UNSET
    registered_on: date | UnsetType | None = UNSET
    activity: S200 | UnsetType = UNSET
    category: CategoryName | UnsetType = UNSET
    tax_number: S20 | UnsetType = UNSET
    ice: S15 | UnsetType = UNSET
    cnss_affiliated: bool | UnsetType = UNSET
    cnss_number: S20 | UnsetType = UNSET


class BudgetEnvelope(Record):
    name: S200 | UnsetType = UNSET
    budget_centimes: Centimes | UnsetType = UNSET
    valid_from: date | UnsetType = UNSET
    valid_to: date | UnsetType | None = UNSET


class Programme(Record):
    name: S120 | UnsetType = UNSET
    starts_on: date | UnsetType = UNSET
    ends_on: date | UnsetType = UNSET
    targets: JsonObject | UnsetType = UNSET
    population: JsonObject | UnsetType = UNSET
    donor: S200 | UnsetType = UNSET


class ProgrammeEnrolment(Record):
    programme_id: Id | UnsetType = UNSET
    person_id: Id | UnsetType = UNSET
    starts_on: date | UnsetType = UNSET
    ends_on: date | UnsetType | None = UNSET


class ReferenceValue(Record):
    """A national dated value (server/reference.py): every PC pulls it, none writes it."""

    domain: ReferenceDomain | UnsetType = UNSET
    code: S64 | UnsetType = UNSET
    valid_from: date | UnsetType = UNSET
    value: Centimes | UnsetType = UNSET
    data: JsonObject | UnsetType = UNSET


class GrantApplication(Record):
    person_id: Id | UnsetType = UNSET
    envelope_id: Id | UnsetType = UNSET
    requested_centimes: Centimes | UnsetType = UNSET
    decision: DecisionName | UnsetType | None = UNSET
    decided_on: date | UnsetType | None = UNSET
    approved_centimes: Centimes | UnsetType = UNSET
    score: Count | UnsetType | None = UNSET
    conditions: Text | UnsetType = UNSET
    committee_members: S400 | UnsetType = UNSET
    minutes: Text | UnsetType = UNSET


class Disbursement(Record):
    application_id: Id | UnsetType = UNSET
    amount_centimes: Centimes | UnsetType = UNSET
    mode: ModeName | UnsetType = UNSET
    receipt: S120 | UnsetType = UNSET
    paid_on: date | UnsetType = UNSET
    recorded_by_user: Id | UnsetType = UNSET
    confirmed_by_user: Id | UnsetType | None = UNSET
    confirmed_on: date | UnsetType | None = UNSET


class FollowUpVisit(Record):
    person_id: Id | UnsetType = UNSET
    due_on: date | UnsetType = UNSET
    done_on: date | UnsetType | None = UNSET
    business_status: BusinessStatusName | UnsetType | None = UNSET
    monthly_revenue_centimes: Centimes | UnsetType | None = UNSET
    jobs_created: Count | UnsetType | None = UNSET
    notes: Text | UnsetType = UNSET


class Partner(Record):
    name: S200 | UnsetType = UNSET
    kind: PartnerKind | UnsetType = UNSET
    city_id: CityId | UnsetType | None = UNSET
    address: S300 | UnsetType = UNSET
    contact_name: S120 | UnsetType = UNSET
    contact_phone: S20 | UnsetType | None = UNSET
    email: S200 | UnsetType = UNSET
    national: bool | UnsetType = UNSET  # the national directory's (server-authored, read-only)
    closed_on: date | UnsetType | None = UNSET  # not offered for a referral from that day


class Referral(Record):
    person_id: Id | UnsetType = UNSET
    partner_id: Id | UnsetType = UNSET
    code: S16 | UnsetType = UNSET
    service: S300 | UnsetType = UNSET
    state: ReferralStateName | UnsetType = UNSET
    sent_on: date | UnsetType = UNSET
    received_on: date | UnsetType | None = UNSET
    answered_on: date | UnsetType | None = UNSET
    closed_on: date | UnsetType | None = UNSET
    refusal_reason: RefusalReason | UnsetType = UNSET
    answer_note: Text | UnsetType = UNSET
    counsellor_id: Id | UnsetType | None = UNSET


class Appointment(Record):
    person_id: Id | UnsetType | None = UNSET
    counsellor_id: Id | UnsetType = UNSET
    kind: AppointmentKindName | UnsetType = UNSET
    starts_at: Moment | UnsetType = UNSET
    duration_minutes: Count | UnsetType = UNSET
    place: S200 | UnsetType = UNSET
    note: Text | UnsetType = UNSET
    status: AppointmentStatusName | UnsetType = UNSET


class Attachment(Record):
    person_id: Id | UnsetType = UNSET
    stage: StageName | UnsetType | None = UNSET
    title: S200 | UnsetType = UNSET
    file_name: S200 | UnsetType = UNSET
    media_type: S40 | UnsetType = UNSET
    size_bytes: Count | UnsetType = UNSET
    sha256: Sha256 | UnsetType = UNSET


class SigningKey(Record):
    key_id: S8 | UnsetType = UNSET
    public_key: bytes | UnsetType = UNSET  # base64 in JSON
    device_code: S8 | UnsetType = UNSET


class LetterheadSetting(Record):
    agency_id: Id | UnsetType = UNSET
    content: JsonObject | UnsetType = UNSET
    languages: S8 | UnsetType = UNSET


class DuplicateNotice(Record):
    """Written by the server only (server/duplicate_notices.py); a PC stores it."""

    person_id: Id | UnsetType = UNSET
    file_number: S32 | UnsetType = UNSET
    other_agency_code: S8 | UnsetType = UNSET
    other_agency_name: S200 | UnsetType = UNSET
    other_file_number: S32 | UnsetType = UNSET
    reasons: list[DuplicateReason] | UnsetType = UNSET
    status: DuplicateStatus | UnsetType = UNSET


class IssuedDocument(Record):
    serial: S32 | UnsetType = UNSET
    template: S40 | UnsetType = UNSET
    template_version: Count | UnsetType = UNSET
    languages: S8 | UnsetType = UNSET
    person_id: Id | UnsetType | None = UNSET
    subject_id: Id | UnsetType | None = UNSET
    issued_by: Id | UnsetType = UNSET
    issued_at: Moment | UnsetType = UNSET
    snapshot: JsonObject | UnsetType = UNSET
    content_hash: S64 | UnsetType = UNSET
    payload: Text | UnsetType = UNSET
    revoked_at: Moment | UnsetType | None = UNSET
    revoked_by: Id | UnsetType | None = UNSET
    revocation_reason: S300 | UnsetType = UNSET


class ScoringGrid(Record):
    agency_id: Id | UnsetType = UNSET
    programme_id: Id | UnsetType | None = UNSET
    weights: JsonObject | UnsetType = UNSET


class CommitteeSession(Record):
    agency_id: Id | UnsetType = UNSET
    held_on: date | UnsetType = UNSET
    place: S200 | UnsetType = UNSET
    programme_id: Id | UnsetType | None = UNSET
    status: SessionStatusName | UnsetType = UNSET
    members: JsonList | UnsetType = UNSET
    minutes_sha256: S64 | UnsetType = UNSET


class CommitteeItem(Record):
    session_id: Id | UnsetType = UNSET
    application_id: Id | UnsetType = UNSET
    person_id: Id | UnsetType = UNSET
    scores: JsonObject | UnsetType = UNSET
    conflicts: JsonList | UnsetType = UNSET
    votes: JsonObject | UnsetType = UNSET
    decision: DecisionName | UnsetType | None = UNSET
    amount_centimes: Centimes | UnsetType = UNSET
    conditions: Text | UnsetType = UNSET
    reasons: Text | UnsetType = UNSET


SCHEMAS: Mapping[str, type[Record]] = {
    "agency": Agency,
    "user_account": UserAccount,
    "person": Person,
    "identity_document": IdentityDocument,
    "consent": Consent,
    "pathway_stage": PathwayStage,
    "outcome": Outcome,
    "cohort": Cohort,
    "cohort_session": CohortSession,
    "enrolment": Enrolment,
    "attendance": Attendance,
    "host_organisation": HostOrganisation,
    "internship": Internship,
    "business_plan": BusinessPlan,
    "ae_registration": AeRegistration,
    "budget_envelope": BudgetEnvelope,
    "programme": Programme,
    "programme_enrolment": ProgrammeEnrolment,
    "reference_value": ReferenceValue,
    "grant_application": GrantApplication,
    "disbursement": Disbursement,
    "follow_up_visit": FollowUpVisit,
    "partner": Partner,
    "referral": Referral,
    "appointment": Appointment,
    "attachment": Attachment,
    "signing_key": SigningKey,
    "letterhead_setting": LetterheadSetting,
    "issued_document": IssuedDocument,
    "scoring_grid": ScoringGrid,
    "committee_session": CommitteeSession,
    "committee_item": CommitteeItem,
    "duplicate_notice": DuplicateNotice,
}
FIELDS: Mapping[str, frozenset[str]] = {
    entity: frozenset(schema.__struct_fields__) for entity, schema in SCHEMAS.items()
}
# What a creation must name: the PC's table has no default for them and refuses them empty.
REQUIRED: Mapping[str, frozenset[str]] = {
    "agency": frozenset({"institution", "name", "code"}),
    "user_account": frozenset({"agency_id", "username", "display_name", "role"}),
    "person": frozenset(
        {
            "file_number",
            "owner_agency_id",
            "last_name",
            "first_name",
            "sex",
            "date_of_birth",
            "nationality",
            "legal_status",
        }
    ),
    "identity_document": frozenset({"person_id", "doc_type", "number", "number_key"}),
    "consent": frozenset({"person_id", "given_on"}),
    "pathway_stage": frozenset({"person_id", "stage"}),
    "outcome": frozenset({"person_id", "kind", "on"}),
    "cohort": frozenset({"agency_id", "title", "capacity", "starts_on", "ends_on"}),
    "cohort_session": frozenset({"cohort_id", "on"}),
    "enrolment": frozenset({"cohort_id", "person_id", "enrolled_on"}),
    "attendance": frozenset({"session_id", "person_id", "mark"}),
    "host_organisation": frozenset({"name"}),
    "internship": frozenset({"person_id", "host_id", "starts_on", "ends_on", "stipend_centimes"}),
    "business_plan": frozenset({"person_id"}),
    "ae_registration": frozenset({"person_id"}),
    "budget_envelope": frozenset({"name", "budget_centimes", "valid_from"}),
    "programme": frozenset({"name", "starts_on", "ends_on"}),
    "programme_enrolment": frozenset({"programme_id", "person_id", "starts_on"}),
    "reference_value": frozenset({"domain", "code", "valid_from", "value"}),
    "grant_application": frozenset({"person_id", "envelope_id", "requested_centimes"}),
    "disbursement": frozenset(
        {"application_id", "amount_centimes", "mode", "paid_on", "recorded_by_user"}
    ),
    "follow_up_visit": frozenset({"person_id", "due_on"}),
    "partner": frozenset({"name", "kind"}),
    "referral": frozenset({"person_id", "partner_id", "code", "service", "sent_on"}),
    "appointment": frozenset({"counsellor_id", "kind", "starts_at"}),
    "attachment": frozenset(
        {"person_id", "title", "file_name", "media_type", "size_bytes", "sha256"}
    ),
    "signing_key": frozenset({"key_id", "public_key", "device_code"}),
    "letterhead_setting": frozenset({"agency_id"}),
    "duplicate_notice": frozenset({"person_id", "status"}),
    "issued_document": frozenset(
        {
            "serial",
            "template",
            "template_version",
            "languages",
            "issued_by",
            "issued_at",
            "snapshot",
            "content_hash",
            "payload",
        }
    ),
    "scoring_grid": frozenset({"agency_id"}),
    "committee_session": frozenset({"agency_id", "held_on"}),
    "committee_item": frozenset({"session_id", "application_id", "person_id"}),
}
# Fields naming another synced record (field → its kind), as the server checks them.
FOREIGN_KEYS: Mapping[str, Mapping[str, str]] = REFERENCES


@dataclass(frozen=True)
class FieldProblem:
    """Why a record's value cannot be taken: the field and a short code (``required``,
    ``unknown``, ``null``, ``type``, ``format``, ``too_long``, ``too_short``, ``not_allowed``,
    ``out_of_range``, ``entity``)."""

    field: str
    reason: str


_AT = re.compile(r"at `\$\.([A-Za-z_][A-Za-z0-9_]*)")


def _problem(error: msgspec.ValidationError) -> FieldProblem:
    message = str(error)
    found = _AT.search(message)
    name = found.group(1) if found else ""
    if "got `null`" in message:
        reason = "null"
    elif "Invalid enum value" in message:
        reason = "not_allowed"
    elif "Invalid" in message or "timezone" in message:
        reason = "format"
    elif "length <=" in message:
        reason = "too_long"
    elif "length >=" in message:
        reason = "too_short"
    elif "matching regex" in message:
        reason = "format"
    elif ">=" in message or "<=" in message:
        reason = "out_of_range"
    else:
        reason = "type"
    return FieldProblem(name, reason)


def check(
    entity: str, fields: Mapping[str, Any], complete: bool, strict: bool = True
) -> FieldProblem | None:
    """What is wrong with a record's values, or None.

    ``complete``: the values make a whole record (a creation, or a pulled record), so every
    required field must be there. ``strict``: fields the schema does not know are refused (the
    server); a PC leaves them out instead (a newer server's fields)."""
    schema = SCHEMAS.get(entity)
    if schema is None:
        return FieldProblem("entity", "unknown")
    if strict:
        unknown = fields.keys() - FIELDS[entity]
        if unknown:
            return FieldProblem(min(unknown), "unknown")
    if complete:
        missing = REQUIRED[entity] - fields.keys()
        if missing:
            return FieldProblem(min(missing), "required")
    try:
        msgspec.convert(fields, schema)
    except msgspec.ValidationError as error:
        return _problem(error)
    return None


def check_pulled(change: Mapping[str, Any]) -> FieldProblem | None:
    """What stops a PC from storing a pulled change as a new record, or None: its envelope
    (id, person, version, fields), then its values as a whole record. Fields a newer server
    sends that this PC does not know are left out, not refused. A ``required`` problem only
    matters for a record this PC does not hold yet."""
    entity_id, person_id = change.get("entity_id"), change.get("person_id")
    if not isinstance(entity_id, str) or not 1 <= len(entity_id) <= 36:
        return FieldProblem("entity_id", "type")
    if person_id is not None and (not isinstance(person_id, str) or len(person_id) > 36):
        return FieldProblem("person_id", "type")
    version = change.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return FieldProblem("version", "type")
    fields = change.get("fields")
    if not isinstance(fields, dict):
        return FieldProblem("fields", "type")
    return check(str(change.get("entity")), fields, complete=True, strict=False)
