"""Registering, editing, searching and duplicate warnings, through the service layer."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counsellor_app.core.person import ConsentInput, IdentityDocumentInput
from counsellor_app.core.problems import DomainError
from counsellor_app.services.people import DuplicatesFound, PeopleQuery, PeopleService
from counsellor_app.storage.database import Database
from tests.conftest import letters, person


def test_register_then_read_back(people: PeopleService) -> None:
    person_id = people.register(person(first_name_ar="مامادو", last_name_ar="ديالو"))
    record = people.get(person_id)
    assert record.file_number.startswith("RABAG-") and record.file_number.endswith("-26-00001")
    assert record.data.phone == "+212612345678"
    assert record.consent_status == "given"
    assert record.counsellor_name == "Salma Ouahbi"
    assert record.data.documents[0].number == "E123456"
    second = people.register(
        person(last_name="Sow", phone="", documents=(), date_of_birth=date(1990, 1, 1))
    )
    assert people.get(second).file_number.endswith("-00002")


def test_without_consent_the_file_is_pending(people: PeopleService) -> None:
    person_id = people.register(person(consent=ConsentInput()))
    assert people.get(person_id).consent_status == "pending"
    people.update(
        person_id,
        person(consent=ConsentInput(True, date(2026, 11, 22), frozenset({"processing", "photo"}))),
    )
    assert people.get(person_id).consent_status == "given"
    assert people.get(person_id).data.consent.purposes == {"processing", "photo"}


def test_invalid_input_is_refused_and_nothing_is_written(people: PeopleService) -> None:
    with pytest.raises(DomainError):
        people.register(person(phone="0612"))
    assert people.search_ids(PeopleQuery()) == []


def test_duplicates_are_reported_before_saving(people: PeopleService) -> None:
    first = people.register(
        person(
            last_name="Alaoui",
            first_name="Mohammed",
            first_name_ar="محمد",
            last_name_ar="العلوي",
            nationality="MA",
            legal_status="moroccan",
            documents=(IdentityDocumentInput("cin", "AB123456"),),
        )
    )
    twin = person(
        last_name="El Alaoui",
        first_name="Mohamed",
        nationality="MA",
        legal_status="moroccan",
        phone="07 00 00 00 00",
        documents=(IdentityDocumentInput("passport", "ab-123456"),),
    )
    with pytest.raises(DuplicatesFound) as found:
        people.register(twin)
    [candidate] = found.value.candidates
    assert candidate.person_id == first
    assert {r.code for r in candidate.reasons} == {"same_document", "same_birth_date_similar_name"}
    second = people.register(twin, confirmed_new=True)
    assert second != first
    assert people.find_duplicates(twin, exclude_id=second)[0].person_id == first


def test_update_documents_and_history(people: PeopleService) -> None:
    person_id = people.register(person())
    record = people.get(person_id)
    kept = record.data.documents[0]
    people.update(
        person_id,
        person(
            documents=(
                IdentityDocumentInput("residence_card", "E999999", date(2028, 1, 1), None, kept.id),
                IdentityDocumentInput("passport", "GN1234567"),
            )
        ),
    )
    numbers = sorted(d.number for d in people.get(person_id).data.documents)
    assert numbers == ["E999999", "GN1234567"]
    people.update(person_id, person(documents=()))
    assert people.get(person_id).data.documents == ()
    entries = people.history(person_id)
    assert any(e.entity == "identity_document" and e.action == "archive" for e in entries)
    assert all(e.actor_name == "Salma Ouahbi" for e in entries)


@pytest.fixture
def register(people: PeopleService) -> dict[str, str]:
    ids = {}
    ids["mohammed"] = people.register(
        person(
            last_name="Alaoui",
            first_name="Mohammed",
            first_name_ar="محمد",
            last_name_ar="العلوي",
            nationality="MA",
            legal_status="moroccan",
            documents=(IdentityDocumentInput("cin", "BE778899"),),
            phone="0661223344",
            sex="male",
        )
    )
    ids["fatima"] = people.register(
        person(
            last_name="Benali",
            first_name="Fatima",
            sex="female",
            nationality="SY",
            legal_status="asylum_seeker",
            documents=(),
            phone="+221 77 123 45 67",
            date_of_birth=date(1988, 4, 4),
        )
    )
    ids["aminata"] = people.register(
        person(
            last_name="Traoré",
            first_name="Aminata",
            sex="female",
            nationality="CI",
            documents=(),
            phone="",
            date_of_birth=date(2000, 2, 2),
        )
    )
    return ids


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("moham", {"mohammed"}),
        ("محمد", {"mohammed"}),  # Arabic finds the Arabic spelling
        ("mohamed", {"mohammed"}),  # a spelling variant finds it through the consonant key
        ("مُحَمَّد العلوي", {"mohammed"}),
        ("traore", {"aminata"}),  # accents folded
        ("TRAORÉ amin", {"aminata"}),
        ("0661", {"mohammed"}),
        ("06 61 22", {"mohammed"}),
        ("221771", {"fatima"}),
        ("be778899", {"mohammed"}),
        ("be 7788", {"mohammed"}),
        ("be", {"fatima"}),  # short text: last names starting with it
        ("-26-0000", {"mohammed", "fatima", "aminata"}),
        ("zzz", set()),
        ("", {"mohammed", "fatima", "aminata"}),
    ],
)
def test_search(
    people: PeopleService, register: dict[str, str], typed: str, expected: set[str]
) -> None:
    names = {v: k for k, v in register.items()}
    assert {names[i] for i in people.search_ids(PeopleQuery(text=typed))} == expected


def test_filters_and_sorting(people: PeopleService, register: dict[str, str]) -> None:
    assert people.search_ids(PeopleQuery(sex="female", sort="last_name", descending=False)) == [
        register["fatima"],
        register["aminata"],
    ]
    assert people.search_ids(PeopleQuery(nationality="MA")) == [register["mohammed"]]
    assert people.search_ids(PeopleQuery(legal_status="asylum_seeker")) == [register["fatima"]]
    by_birth = people.search_ids(PeopleQuery(sort="date_of_birth", descending=True))
    assert by_birth[0] == register["aminata"]
    keys = people.search_keys(PeopleQuery(sort="date_of_birth", descending=True))
    rows = [people.rows(keys)[k] for k in keys]
    assert [r.id for r in rows] == by_birth
    assert rows[1].phone_e164 == "+212661223344"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=40))
def test_any_typed_search_runs(people: PeopleService, typed: str) -> None:
    assert isinstance(people.search_ids(PeopleQuery(text=typed)), list)


def test_pages_and_count_agree_with_the_whole_result(people: PeopleService) -> None:
    for index in range(7):
        people.register(
            person(
                last_name=f"Sow{letters(index)}",
                phone="",
                documents=(),
                date_of_birth=date(1990, 1, 1 + index),
            ),
            confirmed_new=True,
        )
    query = PeopleQuery(text="sow")
    everything = people.search_keys(query)
    pages = (
        people.search_page(query, 0, 3)
        + people.search_page(query, 3, 3)
        + people.search_page(query, 6, 3)
    )
    assert pages == everything and len(everything) == people.count(query) == 7
    assert people.count(PeopleQuery(text="sow", sex="female")) == 0


def test_one_letter_lists_last_names_by_initial_newest_first(
    people: PeopleService, db: Database
) -> None:
    """One typed letter reads the initials' index (migration 0028): the people whose last
    name starts with it, newest first, as the sort-key range it replaced listed them."""
    for index, name in enumerate(["Bah", "Sow", "Barry", "bangoura", "Diallo", "Bâ", "Ndiaye"]):
        people.register(
            person(last_name=name, phone="", documents=(), date_of_birth=date(1990, 1, 1 + index)),
            confirmed_new=True,
        )
    keys = people.search_keys(PeopleQuery(text="B"))
    with db.engine.connect() as connection:
        expected = [
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT search_rowid FROM person WHERE deleted_at IS NULL AND sort_key >= 'b' "
                "AND sort_key < 'c' ORDER BY search_rowid DESC"
            )
        ]
        plan = " ".join(
            str(row[-1])
            for row in connection.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT search_rowid FROM person p WHERE deleted_at IS NULL "
                "AND substr(p.sort_key, 1, 1) = 'b' ORDER BY search_rowid DESC"
            )
        )
    assert keys == expected and len(keys) == 4
    rows = people.rows(keys)
    assert sorted(rows[k].last_name for k in keys) == ["Bah", "Barry", "Bâ", "bangoura"]
    assert people.count(PeopleQuery(text="b")) == 4
    assert people.search_page(PeopleQuery(text="b"), 1, 2) == keys[1:3]
    assert "ix_person_initial" in plan and "TEMP B-TREE" not in plan
    newest_first = people.search_keys(PeopleQuery(text="ba"))  # two letters: same index
    assert [rows[key].last_name for key in newest_first] == ["Bâ", "bangoura", "Barry", "Bah"]
    by_name = people.search_keys(PeopleQuery(text="ba", sort="last_name", descending=False))
    assert [rows[key].last_name for key in by_name] == ["Bâ", "Bah", "bangoura", "Barry"]
