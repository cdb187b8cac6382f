"""Importing a partner's list: every habit of partners' files read, every bad row told by its
line, duplicates caught, and nothing written unless the counsellor confirms — then all of the
good rows or none."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from counsellor_app.core.person_import import FIELDS, UnreadableFile, read_table
from counsellor_app.core.problems import DomainError
from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.services.importer import ImportService, country_codes
from counsellor_app.services.people import PeopleService
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import Person
from tests.conftest import PASSWORD, letters, person

TODAY = date(2026, 11, 22)
ROOT = Path(__file__).resolve().parents[2]
HEADERS = ["Nom", "Prénom", "Sexe", "Date de naissance", "Nationalité", "Statut",
           "Téléphone", "Type de document", "N° document"]  # fmt: skip
GOOD = [
    ["Diallo", "Aissatou", "F", "12/03/1994", "Guinée", "Réfugiée", "06 61 22 33 44",
     "Carte d'immatriculation", "E778899"],
    ["Koné", "Moussa", "H", "1990-07-01", "Côte d'Ivoire", "Régularisé 2014", "", "", ""],
    ["Ndiaye", "Fatou", "femme", "01.01.1988", "SN", "demandeur d'asile", "", "", ""],
]  # fmt: skip


def _csv(rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ",") -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows([HEADERS, *rows])
    return out.getvalue().encode(encoding)


def _count(db: Database) -> int:
    with db.reader() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


@pytest.fixture
def importer(db: Database, user: CurrentUser) -> ImportService:
    return ImportService(db, user, country_codes(), today=lambda: TODAY)


def test_a_clean_list_is_checked_then_written_at_once(
    importer: ImportService, db: Database
) -> None:
    preview = importer.preview("partenaire-amane.csv", _csv(GOOD))
    assert not preview.remembered
    assert [preview.mapping.get(i) for i in range(len(HEADERS))] == [
        "last_name", "first_name", "sex", "date_of_birth", "nationality", "legal_status",
        "phone", "document_type", "document_number",
    ]  # fmt: skip
    check = importer.check(preview, preview.mapping)
    assert [r.problems for r in check.rows] == [[], [], []]
    before = _count(db)
    assert _count(db) == before  # checking wrote nothing
    report = importer.commit(preview, preview.mapping, check)
    assert len(report.imported) == 3 and report.refused == []
    assert _count(db) == before + 3
    with db.reader() as session:
        aissatou = session.get(Person, report.imported[0][1])
        assert aissatou is not None
        assert (aissatou.sex, aissatou.nationality, aissatou.legal_status) == (
            "female",
            "GN",
            "refugee_bra",
        )
        assert aissatou.referral_source == "partner_ngo" and aissatou.consent_status == "pending"
    again = importer.preview("partenaire-amane-decembre.csv", _csv(GOOD[:1]))
    assert again.remembered and again.mapping == preview.mapping  # the same layout, remembered
    second = importer.check(again, again.mapping)  # and the register now has them
    assert second.rows[0].duplicate_of.startswith("RABAG-")


def test_bad_rows_are_told_by_their_line_and_only_good_rows_go(
    importer: ImportService, db: Database, user: CurrentUser
) -> None:
    PeopleService(db, user, today=lambda: TODAY).register(person(), confirmed_new=True)  # E123456
    rows = [
        GOOD[0],
        ["Bah", "Ibrahima", "H", "31/02/1990", "Guinée", "Réfugié", "", "", ""],  # no such day
        ["Camara", "", "F", "02/02/1992", "Guinée", "Réfugiée", "", "", ""],  # no first name
        ["Touré", "Awa", "F", "03/03/1993", "Atlantide", "Réfugiée", "", "", ""],  # no country
        ["Sylla", "Mariam", "F", "04/04/1994", "Guinée", "Réfugiée", "99", "", ""],  # phone
        GOOD[0],  # the same person twice in the file
        ["Diallo", "Mamadou", "H", "02/03/1995", "GN", "Régularisé 2014", "", "Carte d'immatriculation", "E123456"],
        ["=cmd|' /C calc'!A0", "Eve", "F", "05/05/1995", "Guinée", "Réfugiée", "", "", ""],
    ]  # fmt: skip
    preview = importer.preview("liste.csv", _csv(rows, "cp1252", ";"))
    assert "encoding:cp1252" in preview.table.notes
    check = importer.check(preview, preview.mapping)
    told = {r.line: ([(p.field, p.code) for p in r.problems], r.duplicate_of) for r in check.rows}
    assert told[2] == ([], "")
    assert told[3] == ([("date_of_birth", "import_date_unreadable")], "")
    assert ("first_name", "required") in told[4][0]
    assert told[5][0] == [("nationality", "import_country_unknown")]
    assert told[6][0] and told[6][0][0][0] == "phone"
    assert told[7] == ([], "line:2")
    assert told[8][1].startswith("RABAG-")  # already in the register, by the document
    assert told[9][0] and told[9][0][0][0] == "last_name"  # a formula is no name
    before = _count(db)
    report = importer.commit(preview, preview.mapping, check)
    assert [line for line, _id in report.imported] == [2]
    assert _count(db) == before + 1


def test_a_workbook_with_merged_cells_and_dates_as_cells_or_text(importer: ImportService) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Liste des bénéficiaires — Association Amane, novembre 2026"])
    sheet.merge_cells("A1:I1")
    sheet.append(HEADERS)
    sheet.append(
        ["Diallo", "Aissatou", "F", datetime(1994, 3, 12), "Guinée", "Réfugiée", "", "", ""]
    )
    sheet.append(
        ["Koné", "Moussa", "H", "01/07/1990", "Côte d'Ivoire", "Régularisé 2014", "", "", ""]
    )
    sheet.append(["Bamba", "Ali", "H", "01/07/1991", "", "", "", "", ""])
    sheet.merge_cells("E5:F5")  # a merged cell: its value is the whole range's
    sheet["E5"] = "Sénégal"
    data = io.BytesIO()
    book.save(data)
    preview = importer.preview("amane.xlsx", data.getvalue())
    assert preview.table.headers[0] == "Nom" and preview.table.lines == (3, 4, 5)
    assert "merged:2" in preview.table.notes
    check = importer.check(preview, preview.mapping)
    assert [r.problems for r in check.rows[:2]] == [[], []]
    assert check.rows[0].person.date_of_birth == date(1994, 3, 12)  # type: ignore[union-attr]
    assert [(p.field, p.code) for p in check.rows[2].problems] == [
        ("legal_status", "invalid_choice")
    ]


def test_files_that_are_not_tables_are_refused_with_a_reason(importer: ImportService) -> None:
    for name, data, code in [
        ("vide.csv", b"", "import_no_header"),
        ("titre.csv", "Nom;Prénom\n".encode(), "import_no_rows"),
        ("image.xlsx", b"PK\x03\x04 not a workbook", "import_not_a_table"),
        ("binaire.csv", b"\x00\x01\x02abc,def\n1,2\n", "import_not_a_table"),
    ]:
        with pytest.raises(UnreadableFile) as refused:
            importer.preview(name, data)
        assert refused.value.problems[0].code == code, name
    preview = importer.preview("sans-statut.csv", "Nom,Prénom\nDiallo,Awa\n".encode())
    with pytest.raises(DomainError) as missing:
        importer.check(preview, preview.mapping)
    assert {p.field for p in missing.value.problems} == {
        "sex",
        "date_of_birth",
        "nationality",
        "legal_status",
    }


def test_ten_thousand_rows_with_duplicates_and_errors_write_nothing_on_a_dry_run(
    importer: ImportService, db: Database
) -> None:
    rows: list[list[str]] = []
    for n in range(10_000):
        if n % 500 == 1:  # the row before, copied: a duplicate row
            rows.append(list(rows[-1]))
            continue
        born = f"{1 + n % 28:02d}/{1 + n % 12:02d}/{1970 + n % 30}" if n % 1000 else "hier"
        rows.append([f"Nom {letters(n)}", "Prénom", "F" if n % 2 else "H", born, "Guinée",
                     "Réfugiée", "", "", ""])  # fmt: skip
    preview = importer.preview("gros.csv", _csv(rows))
    check = importer.check(preview, preview.mapping)
    assert len(check.rows) == 10_000
    bad_dates = [
        r for r in check.rows if any(p.code == "import_date_unreadable" for p in r.problems)
    ]
    assert len(bad_dates) == 20  # "hier" on 10 rows, and on their 10 copies
    assert all(len(r.problems) == 1 for r in bad_dates)
    copies = [r for r in check.rows if r.duplicate_of.startswith("line:")]
    assert len(copies) == 10 and copies[0].duplicate_of == "line:502"  # line 1 holds the titles
    assert len(check.ready) == 10_000 - 30
    assert _count(db) == 0  # checking 10,000 rows wrote nothing


def test_a_refused_person_in_a_batch_writes_nobody(db: Database, user: CurrentUser) -> None:
    people = PeopleService(db, user, today=lambda: TODAY)
    before = _count(db)
    with pytest.raises(DomainError) as refused:
        people.register_many(
            [person(last_name="Un"), person(last_name=""), person(last_name="Trois")]
        )
    assert refused.value.problems[0].params["position"] == 2
    assert _count(db) == before


def test_the_command_line_imports_and_lists_the_refused(
    db: Database, workspace: Workspace, tmp_path: Path
) -> None:
    db.close()
    source = tmp_path / "liste.csv"
    source.write_bytes(
        _csv([*GOOD, ["Bah", "Ibrahima", "H", "31/02/1990", "Guinée", "Réfugié", "", "", ""]])
    )
    refused = tmp_path / "refus.csv"
    environment = {**os.environ, "COUNSELLOR_PASSWORD": PASSWORD}
    base = [sys.executable, "-m", "counsellor_app", "--data-dir", str(workspace.paths.root),
            "import", str(source), "--user", "salma"]  # fmt: skip
    dry = subprocess.run([*base, "--dry-run"], env=environment, capture_output=True, text=True,
                         check=False, cwd=ROOT)  # fmt: skip
    assert dry.returncode == 0, dry.stderr
    assert "4 rows: 3 ready, 1 refused" in dry.stdout and "line 5: date_of_birth" in dry.stdout
    done = subprocess.run([*base, "--refused", str(refused)], env=environment,
                          capture_output=True, text=True, check=False, cwd=ROOT)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "3 people imported" in done.stdout
    assert "import_date_unreadable" in refused.read_text(encoding="utf-8")


def test_the_command_line_knows_the_same_fields() -> None:
    from counsellor_app.cli import _IMPORT_FIELDS

    assert _IMPORT_FIELDS == FIELDS
    assert read_table("x.csv", "Nom,Prénom\nA,B\n".encode()).rows == (("A", "B"),)
