"""Phone numbers, duplicates, search plans, passwords, lockout and identifiers."""

from __future__ import annotations

import contextlib
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counsellor_app.core.duplicates import PersonKeys, find_duplicates, name_similarity
from counsellor_app.core.ids import format_file_number, new_device_code, new_id
from counsellor_app.core.lockout import lock_duration
from counsellor_app.core.passwords import password_problems
from counsellor_app.core.phone import display_phone, parse_phone
from counsellor_app.core.problems import DomainError
from counsellor_app.core.roles import Permission, Role, can
from counsellor_app.core.search_query import plan_search


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("0612345678", "+212612345678"),
        ("06 12 34 56 78", "+212612345678"),
        ("+212 7 12 34 56 78", "+212712345678"),
        ("00212537123456", "+212537123456"),
        ("+221 77 123 45 67", "+221771234567"),
    ],
)
def test_phone_numbers_are_stored_in_e164(typed: str, e164: str) -> None:
    assert parse_phone(typed) == e164


@pytest.mark.parametrize("typed", ["0612", "1234567890123456", "06 12 AB", "+999 12"])
def test_bad_phone_numbers_are_refused(typed: str) -> None:
    with pytest.raises(DomainError):
        parse_phone(typed)


@given(st.text(max_size=30))
def test_phone_parsing_never_crashes(text: str) -> None:
    with contextlib.suppress(DomainError):
        assert parse_phone(text).startswith("+")


def test_moroccan_numbers_display_nationally() -> None:
    assert display_phone("+212612345678") == "06 12 34 56 78"
    assert display_phone("+221771234567").startswith("+221")


def test_duplicates_say_why_they_matched() -> None:
    new = PersonKeys(
        "Alaoui",
        "Mohammed",
        "العلوي",
        "محمد",
        date(1990, 5, 1),
        "+212612345678",
        frozenset({"AB12345"}),
    )
    candidates = [
        (
            "same-doc",
            PersonKeys(
                "Other",
                "Name",
                date_of_birth=date(1980, 1, 1),
                document_keys=frozenset({"AB12345"}),
            ),
        ),
        ("same-phone", PersonKeys("Other", "Name", phone_e164="+212612345678")),
        ("arabic-only", PersonKeys("", "", "العلوي", "محمد", date(1990, 5, 1))),
        ("spelling", PersonKeys("Alaoui", "Mohamed", date_of_birth=date(1990, 5, 1))),
        ("same-day-other-name", PersonKeys("Benali", "Fatima", date_of_birth=date(1990, 5, 1))),
    ]
    found = {m.person_id: [r.code for r in m.reasons] for m in find_duplicates(new, candidates)}
    assert found == {
        "same-doc": ["same_document"],
        "same-phone": ["same_phone"],
        "arabic-only": ["same_birth_date_similar_name"],
        "spelling": ["same_birth_date_similar_name"],
    }
    assert name_similarity(new, candidates[4][1]) < 80


def test_search_plans() -> None:
    assert plan_search("06 12 34").match == 'text : "061234"'
    plan = plan_search("Mohamed di")
    assert plan.match == '(text : "mohamed" OR keys : "mhmd")'
    assert plan.like_terms == ("di",)
    assert plan_search("أحمد").match == '(text : "احمد" OR keys : "hmd")'
    assert plan_search("  ").is_empty
    # FTS syntax typed by a user is folded away: only quoted plain terms reach MATCH.
    assert plan_search('"abc" OR *def').match == '(text : "abc") AND (text : "def")'
    assert plan_search('"abc" OR *def').like_terms == ("or",)


def test_password_policy() -> None:
    assert password_problems("short", "amina")[0].code == "password_too_short"
    assert password_problems("aaaaaaaaaaaa", "amina")[0].code == "password_too_common"
    assert password_problems("amina-rabat-2026", "amina")[0].code == "password_contains_username"
    assert password_problems("Rabat-Agdal-2026!", "amina") == []


def test_lockout_grows_then_caps() -> None:
    assert lock_duration(4) is None
    assert lock_duration(5) == timedelta(minutes=5)
    assert lock_duration(6) == timedelta(minutes=10)
    assert lock_duration(50) == timedelta(hours=1)


def test_identifiers() -> None:
    ids = [new_id() for _ in range(50)]
    assert ids == sorted(ids) and len(set(ids)) == 50  # UUIDv7: time-ordered
    assert len(new_device_code()) == 3
    assert format_file_number("RABAG", "K7P", 2026, 42) == "RABAG-K7P-26-00042"


def test_roles() -> None:
    assert can(Role.ADMINISTRATOR, Permission.MANAGE_USERS)
    assert not can(Role.COUNSELLOR, Permission.MANAGE_USERS)
    assert can(Role.COUNSELLOR, Permission.REGISTER_PEOPLE)
