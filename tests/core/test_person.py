from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counsellor_app.core.person import (
    ConsentInput,
    IdentityDocumentInput,
    PersonInput,
    person_from_dict,
    person_to_dict,
    renewal_warnings,
    validate_person,
)
from counsellor_app.core.problems import DomainError
from tests.conftest import person

TODAY = date(2026, 11, 22)


def codes(data: PersonInput) -> set[tuple[str | None, str]]:
    with pytest.raises(DomainError) as caught:
        validate_person(data, TODAY)
    return {(p.field, p.code) for p in caught.value.problems}


def test_valid_intake_is_cleaned_and_phone_stored_as_e164() -> None:
    valid = validate_person(person(last_name="  Diallo\t", experience="a\x00b\r\nc"), TODAY)
    assert valid.data.last_name == "Diallo"
    assert valid.data.experience == "ab\nc"
    assert valid.phone_e164 == "+212612345678"


def test_every_problem_is_reported_at_once() -> None:
    found = codes(PersonInput())
    assert {
        ("last_name", "required"),
        ("first_name", "required"),
        ("sex", "required"),
        ("date_of_birth", "required"),
        ("nationality", "required"),
        ("legal_status", "required"),
    } <= found


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"first_name": "محمد"}, ("first_name", "latin_script_expected")),
        ({"first_name_ar": "Mohamed"}, ("first_name_ar", "arabic_script_expected")),
        ({"last_name": "1234"}, ("last_name", "name_needs_letters")),
        ({"last_name": "x" * 81}, ("last_name", "text_too_long")),
        ({"date_of_birth": date(2030, 1, 1)}, ("date_of_birth", "date_in_future")),
        ({"date_of_birth": date(2020, 1, 1)}, ("date_of_birth", "age_out_of_range")),
        ({"legal_status": "moroccan"}, ("legal_status", "status_needs_moroccan_nationality")),
        ({"nationality": "MA"}, ("legal_status", "moroccan_needs_moroccan_status")),
        ({"phone": "0612"}, ("phone", "phone_invalid")),
        ({"email": "amina@"}, ("email", "email_invalid")),
        ({"experience": "x" * 10_001}, ("experience", "text_too_long")),
        ({"sex": "other"}, ("sex", "invalid_choice")),
        (
            {"documents": (IdentityDocumentInput("cin", "123"),)},
            ("documents.0.number", "cin_format"),
        ),
        (
            {"documents": (IdentityDocumentInput("passport", ""),)},
            ("documents.0.number", "required"),
        ),
        (
            {
                "documents": (
                    IdentityDocumentInput("passport", "P1"),
                    IdentityDocumentInput("passport", "p-1"),
                )
            },
            ("documents.1.number", "document_repeated"),
        ),
        (
            {"consent": ConsentInput(True, date(2026, 1, 1), frozenset({"photo"}))},
            ("consent_purposes", "consent_needs_processing"),
        ),
        (
            {"consent": ConsentInput(True, None, frozenset({"processing"}))},
            ("consent_date", "required"),
        ),
    ],
)
def test_each_rule_refuses_with_its_code(
    changes: dict[str, object], expected: tuple[str, str]
) -> None:
    assert expected in codes(person(**changes))


def test_no_document_and_no_consent_are_allowed() -> None:
    valid = validate_person(person(documents=(), consent=ConsentInput()), TODAY)
    assert valid.data.documents == ()


def test_renewal_warning_only_for_the_latest_residence_document() -> None:
    docs = [
        IdentityDocumentInput("residence_card", "E1", date(2026, 10, 1)),
        IdentityDocumentInput("residence_card", "E2", date(2026, 12, 15)),
        IdentityDocumentInput("passport", "P1", date(2026, 11, 30)),
    ]
    warnings = renewal_warnings(docs, TODAY)
    assert [(w.code, w.number, w.days) for w in warnings] == [("document_expiring", "E2", 23)]
    expired = renewal_warnings([IdentityDocumentInput("receipt", "R", date(2026, 11, 1))], TODAY)
    assert expired[0].code == "document_expired" and expired[0].days == 21


def test_draft_round_trip_keeps_everything_typed() -> None:
    typed = person(first_name="محمد", phone="0612", date_of_birth=None)
    assert person_from_dict(person_to_dict(typed)) == typed


@settings(max_examples=200)
@given(
    st.text(max_size=300),
    st.text(max_size=300),
    st.text(max_size=40),
    st.text(max_size=40),
    st.one_of(st.none(), st.dates()),
)
def test_validation_never_crashes_on_hostile_text(
    last: str, first: str, phone: str, number: str, born: date | None
) -> None:
    data = person(
        last_name=last,
        first_name=first,
        phone=phone,
        date_of_birth=born,
        documents=(IdentityDocumentInput("passport", number),),
        email=number,
    )
    try:
        valid = validate_person(data, TODAY)
    except DomainError as error:
        assert error.problems and all(p.code for p in error.problems)
    else:
        assert len(valid.data.last_name) <= 80
