"""The workbook's cells read as agencies type them: dates, amounts, statuses and nationalities
in French and Arabic (the mapping tables of core.import_words)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from counsellor_app.core import workbook as wb
from counsellor_app.core.person_import import fold
from counsellor_app.services.importer import country_codes


@pytest.mark.parametrize(
    ("typed", "centimes"),
    [
        ("1 500,00", 150_000),
        ("1500 DH", 150_000),
        ("1 500 MAD", 150_000),
        ("1.500,50", 150_050),
        ("1,500.50", 150_050),
        ("1.500", 150_000),
        ("12,5", 1_250),
        ("1\u202f500,00 dhs", 150_000),
        ("2 000 درهم", 200_000),
        (1500, 150_000),
        (1500.5, 150_050),
        ("", None),
    ],
)
def test_amounts_come_in_centimes(typed: object, centimes: int | None) -> None:
    assert wb.parse_money(typed) == centimes


@pytest.mark.parametrize("typed", ["-100", "12,345,6x", "abc", "1.2.3,456", "1,234"])
def test_unreadable_amounts_are_refused_with_their_code(typed: str) -> None:
    if typed == "1,234":  # three digits after a lone comma: thousands, never decimals
        assert wb.parse_money(typed) == 123_400
        return
    with pytest.raises(wb.CellError) as caught:
        wb.parse_money(typed)
    assert caught.value.code == "import_money_unreadable"


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("03/04/2024", date(2024, 4, 3)),  # day first, always
        ("3/4/2024", date(2024, 4, 3)),
        ("2024-04-03", date(2024, 4, 3)),
        ("03.04.2024", date(2024, 4, 3)),
        (45292, date(2024, 1, 1)),  # an Excel serial number
        ("45292", date(2024, 1, 1)),
        (45292.75, date(2024, 1, 1)),
        (datetime(2024, 1, 1, 10, 30), date(2024, 1, 1)),
        (None, None),
    ],
)
def test_dates_as_typed_or_as_excel_serials(typed: object, day: date | None) -> None:
    assert wb.parse_date(typed) == day


@pytest.mark.parametrize("typed", ["31/02/2024", "demain", "0", 99_999_999, True])
def test_impossible_dates_are_refused(typed: object) -> None:
    with pytest.raises(wb.CellError) as caught:
        wb.parse_date(typed)
    assert caught.value.code == "import_date_unreadable"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Régularisé(e) 2014", "regularised_2014"),
        ("régularisée 2014", "regularised_2014"),
        ("Régularisé(e) 2016-2017", "regularised_2016_17"),
        ("demandeur d'asile", "asylum_seeker"),
        ("Demandeuse d’asile", "asylum_seeker"),
        ("طالب لجوء", "asylum_seeker"),
        ("réfugié", "refugee_bra"),
        ("Réfugiée", "refugee_bra"),
        ("لاجئ", "refugee_bra"),
        ("Réfugié HCR", "refugee_unhcr_only"),
        ("marocaine", "moroccan"),
        ("مغربية", "moroccan"),
        ("en cours de régularisation", "in_regularisation"),
        ("sans papiers", "irregular"),
        ("asylum_seeker", "asylum_seeker"),
    ],
)
def test_statuses_as_agencies_spell_them(typed: str, code: str) -> None:
    assert wb.parse_choice("legal_status", typed) == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Côte d'Ivoire", "CI"),
        ("ivoirienne", "CI"),
        ("Ivoirien(ne)", "CI"),
        ("ساحل العاج", "CI"),
        ("Guinée", "GN"),
        ("guinéenne", "GN"),
        ("Sénégalais", "SN"),
        ("سوري", "SY"),
        ("Syrie", "SY"),
        ("RDC", "CD"),
        ("yéménite", "YE"),
        ("cm", "CM"),
    ],
)
def test_nationalities_in_french_arabic_or_as_codes(typed: str, code: str) -> None:
    assert wb.parse_country(typed, country_codes()) == code


def test_an_unknown_value_names_itself() -> None:
    with pytest.raises(wb.CellError) as caught:
        wb.parse_choice("legal_status", "touriste")
    assert caught.value.code == "import_value_unknown"
    assert caught.value.params == {"value": "touriste"}


def test_every_label_reads_back_as_its_code() -> None:
    """What the template and the export write is what the import reads."""
    for kind, labels in wb.LABELS.items():
        for code, (french, arabic) in labels.items():
            assert wb.parse_choice(kind, french) == code, (kind, french)
            assert wb.parse_choice(kind, arabic) == code, (kind, arabic)


def test_a_row_tells_each_bad_cell_and_keeps_the_good_ones() -> None:
    sheet = wb.SHEETS[0]
    errors: list[wb.RowError] = []
    values = wb.read_row(
        sheet,
        7,
        {"file_number": "A-1", "last_name": "Diallo", "first_name": "",
         "date_of_birth": "31/13/1990", "legal_status": "Régularisé(e) 2014"},
        country_codes(),
        errors,
    )  # fmt: skip
    assert values["legal_status"] == "regularised_2014"
    found = {(e.sheet, e.line, e.field, e.code) for e in errors}
    assert ("Personnes", 7, "first_name", "required") in found
    assert ("Personnes", 7, "date_of_birth", "import_date_unreadable") in found
    assert ("Personnes", 7, "sex", "required") in found


def test_sheet_titles_fit_excel_and_headers_are_found_by_title() -> None:
    assert all(len(s.name) <= 31 for s in wb.SHEETS)
    people = wb.SHEETS[0]
    headers = ["Nom *", "N° de dossier", "prenom", "Sexe", "autre"]
    assert wb.header_fields(people, [h.replace(" *", "") for h in headers]) == {
        0: "last_name", 1: "file_number", 2: "first_name", 3: "sex"
    }  # fmt: skip
    assert fold("Nom *") == "nom"
