"""The person's intake record as typed, its validation, and the warnings it raises.

Validation collects every problem at once (a form shows them all), cleans text, and never
decides anything about storage.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from counsellor_app.core import vocab
from counsellor_app.core.normalize import document_key
from counsellor_app.core.phone import parse_phone
from counsellor_app.core.problems import DomainError, Problem
from counsellor_app.core.text import clean_block, clean_line, has_arabic, has_letter

NAME_MAX = 80
LINE_MAX = 200
BLOCK_MAX = 4000
DOC_NUMBER_MAX = 40
MIN_AGE = 14
MAX_AGE = 100
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")
_CIN = re.compile(r"^[A-Z]{1,2}\d{3,8}$")  # lenient on purpose (domain.md §6.4)


@dataclass(frozen=True)
class IdentityDocumentInput:
    doc_type: str
    number: str
    expires_on: date | None = None
    issued_on: date | None = None
    id: str | None = None  # set when editing an existing document


@dataclass(frozen=True)
class ConsentInput:
    given: bool = False
    given_on: date | None = None
    purposes: frozenset[str] = frozenset()
    # Consent is asked again after this day (None: until withdrawn).
    expires_on: date | None = None

    def holds_on(self, day: date, purpose: str) -> bool:
        """Given for ``purpose``, already on ``day`` and not expired by then."""
        return (
            self.given
            and purpose in self.purposes
            and self.given_on is not None
            and self.given_on <= day
            and (self.expires_on is None or day <= self.expires_on)
        )


@dataclass(frozen=True)
class PersonInput:
    last_name: str = ""
    first_name: str = ""
    last_name_ar: str = ""
    first_name_ar: str = ""
    sex: str = ""
    date_of_birth: date | None = None
    nationality: str = ""  # ISO 3166 alpha-2
    legal_status: str = ""
    documents: Sequence[IdentityDocumentInput] = ()
    phone: str = ""
    email: str = ""
    city_id: str | None = None
    address: str = ""
    languages: Sequence[str] = ()
    education_level: str = ""
    experience: str = ""
    skills: str = ""
    vulnerabilities: Sequence[str] = ()
    referral_source: str = ""
    referral_detail: str = ""
    consent: ConsentInput = field(default_factory=ConsentInput)


@dataclass(frozen=True)
class ValidPerson:
    """A :class:`PersonInput` that passed validation: cleaned text, phone in E.164."""

    data: PersonInput
    phone_e164: str | None


NAME_PUNCTUATION = frozenset(" '’‘-.()\u200c\u200d\u0640")  # ZWNJ, ZWJ, Arabic tatweel


def _name_character(ch: str) -> bool:
    return ch.isalpha() or unicodedata.category(ch).startswith("M") or ch in NAME_PUNCTUATION


def _name(value: str, field_name: str, required: bool, arabic: bool, out: list[Problem]) -> str:
    value = clean_line(value)
    if not value:
        if required:
            out.append(Problem("required", field_name))
        return value
    if len(value) > NAME_MAX:
        out.append(Problem("text_too_long", field_name, {"max": NAME_MAX}))
    elif not has_letter(value):
        out.append(Problem("name_needs_letters", field_name))
    elif any(not _name_character(ch) for ch in value):
        # Digits, formulas ("=…"), markup: not a name (and never run by a spreadsheet).
        out.append(Problem("name_characters", field_name))
    elif (arabic and any(ch.isascii() and ch.isalpha() for ch in value)) or (
        arabic and not has_arabic(value)
    ):
        out.append(Problem("arabic_script_expected", field_name))
    elif not arabic and has_arabic(value):
        out.append(Problem("latin_script_expected", field_name))
    return value


def _text(value: str, field_name: str, limit: int, block: bool, out: list[Problem]) -> str:
    value = clean_block(value) if block else clean_line(value)
    if len(value) > limit:
        out.append(Problem("text_too_long", field_name, {"max": limit}))
    return value


def _choice(
    value: str, allowed: Sequence[str], field_name: str, required: bool, out: list[Problem]
) -> None:
    if not value:
        if required:
            out.append(Problem("required", field_name))
    elif value not in allowed:
        out.append(Problem("invalid_choice", field_name))


def _documents(
    docs: Sequence[IdentityDocumentInput], today: date, out: list[Problem]
) -> tuple[IdentityDocumentInput, ...]:
    cleaned: list[IdentityDocumentInput] = []
    seen: set[tuple[str, str]] = set()
    for index, doc in enumerate(docs):
        where = f"documents.{index}"
        number = clean_line(doc.number)
        key = document_key(number)
        if doc.doc_type not in vocab.DOCUMENT_TYPES:
            out.append(
                Problem("required" if not doc.doc_type else "invalid_choice", f"{where}.doc_type")
            )
        if not key:
            out.append(Problem("required", f"{where}.number"))
        elif len(number) > DOC_NUMBER_MAX:
            out.append(Problem("text_too_long", f"{where}.number", {"max": DOC_NUMBER_MAX}))
        elif doc.doc_type == "cin" and not _CIN.match(key):
            out.append(Problem("cin_format", f"{where}.number"))
        elif (doc.doc_type, key) in seen:
            out.append(Problem("document_repeated", f"{where}.number"))
        seen.add((doc.doc_type, key))
        if doc.issued_on and doc.issued_on > today:
            out.append(Problem("date_in_future", f"{where}.issued_on"))
        if doc.issued_on and doc.expires_on and doc.expires_on <= doc.issued_on:
            out.append(Problem("expiry_before_issue", f"{where}.expires_on"))
        cleaned.append(replace(doc, number=number))
    return tuple(cleaned)


def validate_person(data: PersonInput, today: date) -> ValidPerson:
    """Return the cleaned person or raise :class:`DomainError` listing every problem."""
    out: list[Problem] = []
    last = _name(data.last_name, "last_name", True, False, out)
    first = _name(data.first_name, "first_name", True, False, out)
    last_ar = _name(data.last_name_ar, "last_name_ar", False, True, out)
    first_ar = _name(data.first_name_ar, "first_name_ar", False, True, out)
    _choice(data.sex, vocab.SEXES, "sex", True, out)
    _choice(data.legal_status, vocab.LEGAL_STATUSES, "legal_status", True, out)
    _choice(data.education_level, vocab.EDUCATION_LEVELS, "education_level", False, out)
    _choice(data.referral_source, vocab.REFERRAL_SOURCES, "referral_source", False, out)

    dob = data.date_of_birth
    if dob is None:
        out.append(Problem("required", "date_of_birth"))
    elif dob > today:
        out.append(Problem("date_in_future", "date_of_birth"))
    else:
        age = today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))
        if not MIN_AGE <= age <= MAX_AGE:
            out.append(
                Problem(
                    "age_out_of_range",
                    "date_of_birth",
                    {"min": MIN_AGE, "max": MAX_AGE, "age": age},
                )
            )

    nationality = data.nationality.strip().upper()
    if not nationality:
        out.append(Problem("required", "nationality"))
    elif not re.fullmatch(r"[A-Z]{2}", nationality):
        out.append(Problem("invalid_choice", "nationality"))
    elif data.legal_status == "moroccan" and nationality != "MA":
        out.append(Problem("status_needs_moroccan_nationality", "legal_status"))
    elif nationality == "MA" and data.legal_status and data.legal_status != "moroccan":
        out.append(Problem("moroccan_needs_moroccan_status", "legal_status"))

    docs = _documents(data.documents, today, out)

    phone_e164: str | None = None
    phone = clean_line(data.phone)
    if phone:
        try:
            phone_e164 = parse_phone(phone)
        except DomainError as error:
            out.extend(error.problems)
    email = clean_line(data.email)
    if email and (len(email) > LINE_MAX or not EMAIL.match(email)):
        out.append(Problem("email_invalid", "email"))

    unknown_languages = set(data.languages) - set(vocab.LANGUAGES)
    if unknown_languages:
        out.append(Problem("invalid_choice", "languages"))
    if set(data.vulnerabilities) - set(vocab.VULNERABILITY_FLAGS):
        out.append(Problem("invalid_choice", "vulnerabilities"))

    consent = data.consent
    if consent.given:
        if consent.given_on is None:
            out.append(Problem("required", "consent_date"))
        elif consent.given_on > today:
            out.append(Problem("date_in_future", "consent_date"))
        if vocab.REQUIRED_CONSENT_PURPOSE not in consent.purposes:
            out.append(Problem("consent_needs_processing", "consent_purposes"))
        if consent.purposes - set(vocab.CONSENT_PURPOSES):
            out.append(Problem("invalid_choice", "consent_purposes"))
        if (
            consent.expires_on is not None
            and consent.given_on is not None
            and consent.expires_on <= consent.given_on
        ):
            out.append(Problem("consent_expiry_before_given", "consent_expires"))

    cleaned = replace(
        data,
        last_name=last,
        first_name=first,
        last_name_ar=last_ar,
        first_name_ar=first_ar,
        nationality=nationality,
        documents=docs,
        phone=phone,
        email=email,
        address=_text(data.address, "address", LINE_MAX, False, out),
        experience=_text(data.experience, "experience", BLOCK_MAX, True, out),
        skills=_text(data.skills, "skills", BLOCK_MAX, True, out),
        referral_detail=_text(data.referral_detail, "referral_detail", LINE_MAX, False, out),
        languages=tuple(dict.fromkeys(data.languages)),
        vulnerabilities=tuple(dict.fromkeys(data.vulnerabilities)),
    )
    if out:
        raise DomainError(out)
    return ValidPerson(cleaned, phone_e164)


@dataclass(frozen=True)
class DocumentWarning:
    code: str  # "document_expired" | "document_expiring"
    doc_type: str
    number: str
    expires_on: date
    days: int


def renewal_warnings(docs: Sequence[IdentityDocumentInput], today: date) -> list[DocumentWarning]:
    """Residence and protection documents expired or expiring soon, most urgent first.

    Only the latest document of each type counts: a renewed card silences the old one.
    """
    latest: dict[str, IdentityDocumentInput] = {}
    for doc in docs:
        if doc.doc_type in vocab.RESIDENCE_DOCUMENTS and doc.expires_on is not None:
            current = latest.get(doc.doc_type)
            if current is None or (current.expires_on or date.min) < doc.expires_on:
                latest[doc.doc_type] = doc
    warnings = []
    for doc in latest.values():
        assert doc.expires_on is not None
        days = (doc.expires_on - today).days
        if days < 0:
            warnings.append(
                DocumentWarning("document_expired", doc.doc_type, doc.number, doc.expires_on, -days)
            )
        elif days <= vocab.RENEWAL_WARNING_DAYS:
            warnings.append(
                DocumentWarning("document_expiring", doc.doc_type, doc.number, doc.expires_on, days)
            )
    return sorted(warnings, key=lambda w: w.expires_on)


def _date_or_none(value: object) -> date | None:
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def person_to_dict(data: PersonInput) -> dict[str, object]:
    """A JSON-ready copy of what was typed (for drafts): nothing is validated or dropped."""
    return {
        **{k: v for k, v in data.__dict__.items() if k not in ("documents", "consent")},
        "date_of_birth": data.date_of_birth.isoformat() if data.date_of_birth else None,
        "languages": list(data.languages),
        "vulnerabilities": list(data.vulnerabilities),
        "documents": [
            {
                "doc_type": d.doc_type,
                "number": d.number,
                "id": d.id,
                "expires_on": d.expires_on.isoformat() if d.expires_on else None,
                "issued_on": d.issued_on.isoformat() if d.issued_on else None,
            }
            for d in data.documents
        ],
        "consent": {
            "given": data.consent.given,
            "given_on": data.consent.given_on.isoformat() if data.consent.given_on else None,
            "purposes": sorted(data.consent.purposes),
            "expires_on": (
                data.consent.expires_on.isoformat() if data.consent.expires_on else None
            ),
        },
    }


def person_from_dict(raw: dict[str, object]) -> PersonInput:
    """The inverse of :func:`person_to_dict`, tolerant of damaged or older drafts."""
    text_fields = {f for f, t in PersonInput.__annotations__.items() if t == "str"}
    values: dict[str, object] = {k: str(raw[k]) for k in text_fields if isinstance(raw.get(k), str)}
    city = raw.get("city_id")
    docs_raw = raw.get("documents")
    docs = []
    for item in docs_raw if isinstance(docs_raw, list) else []:
        if isinstance(item, dict):
            docs.append(
                IdentityDocumentInput(
                    str(item.get("doc_type") or ""),
                    str(item.get("number") or ""),
                    _date_or_none(item.get("expires_on")),
                    _date_or_none(item.get("issued_on")),
                    item.get("id") if isinstance(item.get("id"), str) else None,
                )
            )
    consent_raw = raw.get("consent")
    consent = ConsentInput()
    if isinstance(consent_raw, dict):
        purposes = consent_raw.get("purposes")
        consent = ConsentInput(
            bool(consent_raw.get("given")),
            _date_or_none(consent_raw.get("given_on")),
            frozenset(str(p) for p in purposes) if isinstance(purposes, list) else frozenset(),
            _date_or_none(consent_raw.get("expires_on")),
        )
    languages = raw.get("languages")
    vulnerabilities = raw.get("vulnerabilities")
    return PersonInput(
        **values,  # type: ignore[arg-type]
        date_of_birth=_date_or_none(raw.get("date_of_birth")),
        city_id=city if isinstance(city, str) else None,
        documents=tuple(docs),
        languages=tuple(str(x) for x in languages) if isinstance(languages, list) else (),
        vulnerabilities=(
            tuple(str(x) for x in vulnerabilities) if isinstance(vulnerabilities, list) else ()
        ),
        consent=consent,
    )
