"""Hostile input against every validator and parser: each either cleans the value or refuses
it with a worded code, never crashes, and never lets a control character, a bidi override or
a spreadsheet formula through."""

from __future__ import annotations

import io
import json
import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from counsellor_app.core.indicator_export import FORMULA_STARTS, safe_cell
from counsellor_app.core.money import MAX_CENTIMES, parse_mad
from counsellor_app.core.person import (
    IdentityDocumentInput,
    person_from_dict,
    validate_person,
)
from counsellor_app.core.person_import import UnreadableFile, build_row, parse_day, read_table
from counsellor_app.core.phone import parse_phone
from counsellor_app.core.problems import DomainError
from counsellor_app.core.search_query import plan_search
from counsellor_app.core.text import clean_block, clean_line
from tests.conftest import person

TODAY = date(2026, 11, 22)
NASTY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2066-\u2069\ufeff]")

# Names as they really come: Latin with accents, Arabic with harakat, N'Ko, Tifinagh, emoji,
# mixed, padded with controls, bidi overrides and zero-width characters.
pieces = st.sampled_from(
    ["Diallo", "N'Diaye", "Ouédraogo", "محمد", "فاطمة الزهراء", "ⵎⵓⵃⵎⵎⴷ", "ߒߞߏ", "😀", "\u202e",
     "\u2066", "\u200b", "\x00", "\x1b[31m", "\t", "\n", "=cmd|' /C calc'!A0", "+33", "-", "@SUM",
     " ", "ـــ", "Ǆ", "ǅ", "ﷲ", "\ufeff", "'; DROP TABLE person;--"]
)  # fmt: skip
hostile_text = st.one_of(
    st.text(max_size=200), st.lists(pieces, max_size=12).map("".join), st.just("x" * 10_000)
)


@settings(max_examples=300)
@given(hostile_text, hostile_text, hostile_text, hostile_text)
def test_an_intake_is_cleaned_or_refused_never_crashes(
    last: str, first: str, notes: str, number: str
) -> None:
    data = person(
        last_name=last,
        first_name=first,
        last_name_ar=first,
        experience=notes,
        skills=notes,
        address=last,
        documents=(IdentityDocumentInput("passport", number),),
    )
    try:
        valid = validate_person(data, TODAY)
    except DomainError as error:
        assert error.problems and all(p.code for p in error.problems)
        return
    cleaned = valid.data
    for value in (cleaned.last_name, cleaned.first_name, cleaned.last_name_ar, cleaned.address):
        assert not NASTY.search(value) and "\n" not in value and len(value) <= 200
        assert not value.startswith(FORMULA_STARTS)  # a name can never be a formula
    assert not NASTY.search(cleaned.experience) and len(cleaned.experience) <= 4000


@given(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_impossible_birth_dates_are_refused_with_a_code(born: date) -> None:
    try:
        validate_person(person(date_of_birth=born), TODAY)
    except DomainError as error:
        assert {p.field for p in error.problems} == {"date_of_birth"}
    else:
        # Calendar age, as the rule counts it (days // 365 drifts by the leap days of a century).
        age = TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))
        assert 14 <= age <= 100


@given(
    st.one_of(
        st.text(max_size=60),
        st.from_regex(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{1,5}", fullmatch=True),
        st.sampled_from(
            ["31/02/2026", "00/00/0000", "2026-13-01", "29/02/2025", "1e5", "٣١/١٢/٢٠٠٠"]
        ),
    )
)
def test_spreadsheet_dates_parse_or_say_they_cannot(text: str) -> None:
    try:
        parsed = parse_day(text)
    except ValueError:
        return
    assert parsed is None or isinstance(parsed, date)


@given(st.one_of(st.text(max_size=40), st.from_regex(r"[+0-9 ().\-]{0,25}", fullmatch=True)))
def test_phone_numbers_are_e164_or_refused(text: str) -> None:
    try:
        e164 = parse_phone(text)
    except DomainError as error:
        assert error.problems[0].code
        return
    assert e164 == "" or re.fullmatch(r"\+\d{8,15}", e164)


@given(
    st.one_of(st.text(max_size=40), st.from_regex(r"[-+]?[\d.,  ]{0,20}(DH|MAD)?", fullmatch=True))
)
def test_amounts_are_whole_centimes_or_refused(text: str) -> None:
    try:
        centimes = parse_mad(text)
    except DomainError as error:
        assert error.problems[0].code in {"amount_invalid", "amount_too_large"}
        return
    assert isinstance(centimes, int) and abs(centimes) <= MAX_CENTIMES


@given(st.text(max_size=200))
def test_any_cell_written_to_a_spreadsheet_is_inert(value: str) -> None:
    written = safe_cell(value)
    assert not written.startswith(FORMULA_STARTS)
    assert written.lstrip("'") == value.lstrip("'") or written == "'" + value


@settings(max_examples=150)
@given(st.binary(max_size=4000), st.sampled_from(["liste.csv", "liste.xlsx", "liste.txt"]))
def test_any_file_given_to_the_import_is_read_or_refused_with_a_reason(
    data: bytes, name: str
) -> None:
    try:
        table = read_table(name, data)
    except UnreadableFile as refused:
        assert refused.problems[0].code
        return
    assert all(isinstance(cell, str) for row in table.rows for cell in row)
    assert len(table.lines) == len(table.rows)


@settings(max_examples=200)
@given(st.lists(hostile_text, min_size=9, max_size=9))
def test_any_spreadsheet_row_becomes_an_intake_or_worded_refusals(values: list[str]) -> None:
    fields = ["last_name", "first_name", "sex", "date_of_birth", "nationality", "legal_status",
              "phone", "document_type", "document_number"]  # fmt: skip
    result = build_row(7, values, dict(enumerate(fields)), {"guinee": "GN"})
    assert result.line == 7
    assert result.problems or result.person is not None
    assert all(p.code for p in result.problems)


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=30),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=12), inner, max_size=6), max_leaves=30))  # fmt: skip
def test_a_damaged_draft_opens_as_a_form_not_a_crash(raw: object) -> None:
    loaded = raw if isinstance(raw, dict) else {"last_name": raw}
    form = person_from_dict(json.loads(json.dumps(loaded)))
    assert isinstance(form.last_name, str)


@given(hostile_text)
def test_any_search_typed_makes_a_well_formed_index_query(typed: str) -> None:
    plan = plan_search(typed)
    if plan.match is not None:
        # Every quoted term is closed: the FTS5 parser will accept it.
        assert plan.match.count('"') % 2 == 0
    assert all(term and " " not in term for term in plan.like_terms)


@given(hostile_text)
def test_cleaning_is_idempotent_and_removes_every_control(text: str) -> None:
    line = clean_line(text)
    assert clean_line(line) == line and not NASTY.search(line) and "\n" not in line
    block = clean_block(text)
    assert clean_block(block) == block and not NASTY.search(block)


def test_a_formula_in_an_import_cell_never_reaches_a_name() -> None:
    data = io.StringIO()
    data.write("Nom,Prénom,Sexe,Date de naissance,Nationalité,Statut\n")
    data.write('"=HYPERLINK(""http://x"")",Awa,F,1990-01-01,GN,refugee\n')
    table = read_table("x.csv", data.getvalue().encode())
    result = build_row(2, table.rows[0], {0: "last_name", 1: "first_name", 2: "sex",
                                       3: "date_of_birth", 4: "nationality", 5: "legal_status"},
                       {})  # fmt: skip
    assert result.person is not None  # read as typed; the import's check then refuses it
    try:
        validate_person(result.person, TODAY)
    except DomainError as error:
        assert "last_name" in {p.field for p in error.problems}
    else:
        raise AssertionError("a formula was accepted as a name")
