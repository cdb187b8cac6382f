"""Moving in from Excel through the real services and a real encrypted data folder: the
template, the limits checked before any cell, each refusal with its sheet and line, all or
nothing, the same workbook twice changing nothing, and the register's export by role."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from counsellor_app.core import workbook as wb
from counsellor_app.core.person_import import UnreadableFile
from counsellor_app.core.problems import DomainError
from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.services.importer import country_codes
from counsellor_app.services.workbook import WorkbookImportService, problems_of, read_book
from counsellor_app.services.workbook_export import RegisterExportService, template
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import (
    AuditRecord,
    ChangeLog,
    PathwayStage,
    Person,
)
from tests.conftest import ADMIN, PASSWORD

TODAY = date(2026, 11, 22)


def _book(sheets: dict[str, list[list[object]]]) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


PEOPLE_HEAD = ["N° de dossier", "Nom", "Prénom", "Sexe", "Date de naissance", "Nationalité",
               "Statut juridique", "Téléphone", "Date d'inscription", "Parcours"]  # fmt: skip
PEOPLE = [
    ["EX-001", "Diallo", "Aissatou", "F", "12/03/1994", "guinéenne", "Réfugiée", "0661223344",
     "05/01/2025", "Salariat"],
    ["EX-002", "Koné", "Moussa", "H", 34_000, "Côte d'Ivoire", "Régularisé(e) 2014", "", 45_700,
     ""],
    ["EX-003", "Haddad", "Rim", "أنثى", "1990-07-01", "سوريا", "لاجئ", "", "", ""],
]  # fmt: skip


def _good() -> dict[str, list[list[object]]]:
    return {
        "Personnes": [PEOPLE_HEAD, *PEOPLE],
        "Documents": [
            ["N° de dossier", "Type de document", "Numéro", "Valable jusqu'au"],
            ["EX-001", "Carte de réfugié", "BRA-7788", "31/12/2027"],
        ],
        "Consentements": [
            ["N° de dossier", "Donné le", "Finalités"],
            ["EX-001", "05/01/2025", "Traitement, Partage partenaires"],
        ],
        "Étapes": [
            [
                "N° de dossier",
                "Étape",
                "Statut",
                "Début",
                "Fin",
                "Objectif professionnel",
                "Services recommandés",
            ],
            [
                "EX-001",
                "Orientation",
                "Terminée",
                "10/01/2025",
                "10/01/2025",
                "Cuisinière",
                "soft_skills, internship",
            ],
        ],
        "Résultats": [
            ["N° de dossier", "Résultat", "Date"],
            ["EX-002", "Emploi salarié", "01/06/2025"],
        ],
    }


@pytest.fixture
def importer(db: Database, user: CurrentUser) -> WorkbookImportService:
    return WorkbookImportService(db, user, country_codes(), today=lambda: TODAY)


def _count(db: Database, model: type) -> int:
    with db.reader() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_the_template_has_a_sheet_per_kind_lists_and_notes_in_french_and_arabic() -> None:
    book = load_workbook(io.BytesIO(template()))
    assert [s.name for s in wb.SHEETS] == [n for n in book.sheetnames if n in
                                           {s.name for s in wb.SHEETS}]  # fmt: skip
    people = book["Personnes"]
    assert people["A1"].value == "N° de dossier *"
    formulas = {str(v.sqref): v.formula1 for v in people.data_validations.dataValidation}
    status_column = "I"  # Statut juridique: its list of values from the hidden sheet
    assert any(r.startswith(status_column) and "Listes!" in (f or "") for r, f in formulas.items())
    notes = list(book[wb.NOTES_SHEET].iter_rows(values_only=True))
    status = next(r for r in notes if r[1] == "Statut juridique")
    assert "Régularisé(e) 2014" in status[4] and "الوضعية القانونية" in status[5]
    assert read_book(template()).row_count == 0  # the empty template reads as nothing to do


def test_a_workbook_is_checked_then_written_at_once_and_twice_changes_nothing(
    importer: WorkbookImportService, db: Database
) -> None:
    people_before = _count(db, Person)
    book = importer.read(_book(_good()))
    check = importer.check(book)
    assert check.errors == []
    assert check.created["Personnes"] == 3 and check.created["Étapes"] == 1
    assert _count(db, Person) == people_before  # the check wrote nothing
    done = importer.commit(book)
    assert done.to_create == check.to_create
    with db.reader() as session:
        diallo = session.scalar(select(Person).where(Person.file_number == "EX-001"))
        assert diallo is not None
        assert (diallo.nationality, diallo.legal_status, diallo.track) == ("GN", "refugee_bra",
                                                                          "wage")  # fmt: skip
        assert diallo.consent_status == "given"
        intake = session.scalar(select(PathwayStage).where(
            PathwayStage.person_id == diallo.id, PathwayStage.stage == "intake"))  # fmt: skip
        assert intake is not None and intake.started_on == date(2025, 1, 5)
        kone = session.scalar(select(Person).where(Person.file_number == "EX-002"))
        assert kone is not None and kone.date_of_birth == date(1993, 1, 31)  # a serial
        assert kone.legal_status == "regularised_2014"
    history = _count(db, ChangeLog)
    again = importer.commit(importer.read(_book(_good())))
    assert again.to_create == 0 and again.errors == []
    assert sum(again.existing.values()) == check.to_create
    assert _count(db, ChangeLog) == history  # nothing written the second time
    assert _count(db, Person) == people_before + 3


def test_each_refusal_names_its_sheet_line_and_reason_and_the_rest_is_written(
    importer: WorkbookImportService, db: Database
) -> None:
    sheets = _good()
    sheets["Personnes"].append(["EX-004", "Bah", "", "F", "31/02/1990", "Atlantide", "touriste",
                                "", "", ""])  # fmt: skip
    sheets["Personnes"].append(["EX-001", "Diallo", "Aissatou", "F", "12/03/1994", "GN",
                                "refugee_bra", "", "", ""])  # fmt: skip
    sheets["Consentements"].append(["EX-009", "05/01/2025", "Traitement"])
    sheets["Consentements"].append(["EX-002", "05/01/2025", "Photo"])
    # An orientation completed without its interview: the stage rule refuses it.
    sheets["Étapes"].append(["EX-002", "Orientation", "Terminée", "10/01/2025", "10/01/2025",
                             "", ""])  # fmt: skip
    sheets["Étapes"].append(["EX-003", "Stage", "Terminée", "10/01/2025", "10/02/2025", "", ""])
    check = importer.check(importer.read(_book(sheets)))
    found = {(e.sheet, e.line, e.field, e.code) for e in problems_of(check)}
    assert {
        ("Personnes", 5, "first_name", "required"),
        ("Personnes", 5, "date_of_birth", "import_date_unreadable"),
        ("Personnes", 5, "nationality", "import_country_unknown"),
        ("Personnes", 5, "legal_status", "import_value_unknown"),
        ("Personnes", 6, "file_number", "import_file_number_twice"),
        ("Consentements", 3, "file_number", "import_file_number_unknown"),
        ("Consentements", 4, "purposes", "import_consent_needs_processing"),
        ("Étapes", 3, "status", "orientation_needs_career_goal"),
        ("Étapes", 3, "status", "orientation_needs_track"),
        ("Étapes", 4, "status", "internship_needs_record"),
    } <= found
    before = _count(db, Person)
    done = importer.commit(check.book)
    assert done.created["Personnes"] == 3  # the good rows, in one transaction
    assert _count(db, Person) == before + 3


def test_a_stage_completed_with_its_records_in_other_sheets_passes(
    importer: WorkbookImportService, db: Database
) -> None:
    sheets = _good()
    sheets["Stages"] = [
        ["N° de dossier", "Organisme d'accueil", "Début", "Fin", "Évaluation finale",
         "Embauché(e)", "Contrat", "Indemnité mensuelle"],
        ["EX-001", "Hôtel Atlas", "01/02/2025", "31/07/2025", "Très bien", "oui", "CDD",
         "1 600,00 DH"],
    ]  # fmt: skip
    sheets["Étapes"].append(["EX-001", "Stage", "Terminée", "01/02/2025", "31/07/2025", "", ""])
    check = importer.check(importer.read(_book(sheets)))
    assert check.errors == []
    importer.commit(check.book)
    with db.reader() as session:
        stage = session.scalar(select(PathwayStage).where(PathwayStage.stage == "internship"))
        assert stage is not None and stage.status == "completed"


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return out.getvalue()


def _code(data: bytes) -> str:
    with pytest.raises(UnreadableFile) as caught:
        read_book(data)
    return caught.value.problems[0].code


def test_hostile_files_are_refused_before_any_cell_is_read() -> None:
    good = _book(_good())
    assert _code(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600) == "import_encrypted_or_old"
    assert _code(b"not a workbook at all") == "import_not_a_table"
    assert _code(b"PK" + b"\0" * (wb.MAX_BYTES + 1)) == "import_too_large"
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        parts = {i.filename: archive.read(i) for i in archive.infolist()}
    assert _code(_zip({**parts, "xl/vbaProject.bin": b"macro"})) == "import_macros"
    bomb = {**parts, "xl/worksheets/sheet1.xml": b"<a>" + b" " * 60_000_000 + b"</a>"}
    assert _code(_zip(bomb)) == "import_zip_bomb"
    # The part read first to look for macros is no way in: refused by its size, unread.
    types = {**parts, "[Content_Types].xml": b"<Types>" + b" " * 60_000_000 + b"</Types>"}
    assert _code(_zip(types)) == "import_zip_bomb"
    # Millions of short strings openpyxl would hold whole in memory, however compressible.
    strings = b"".join(b"<si><t>%d</t></si>" % n for n in range(3_000_000))
    assert _code(_zip({**parts, "xl/sharedStrings.xml": b"<sst>" + strings + b"</sst>"})) == (
        "import_zip_bomb"
    )
    many = {**parts, **{f"xl/worksheets/sheet{n}.xml": b"<x/>" for n in range(1, 40)}}
    assert _code(_zip(many)) == "import_too_many_sheets"
    sheet = parts["xl/worksheets/sheet1.xml"]
    tall = re.sub(rb'<dimension ref="A1:J\d+"', b'<dimension ref="A1:J999999"', sheet)
    assert tall != sheet
    assert _code(_zip({**parts, "xl/worksheets/sheet1.xml": tall})) == "import_too_many_rows"
    missing = _book({"Personnes": [["N° de dossier", "Nom"], ["EX-1", "Bah"]]})
    book = read_book(missing)
    assert {(e.sheet, e.line, e.code) for e in book.errors} >= {
        ("Personnes", 1, "import_sheet_column_missing")
    }


def test_the_export_masks_sensitive_columns_for_a_counsellor_and_is_audited(
    importer: WorkbookImportService, db: Database, user: CurrentUser, workspace: Workspace
) -> None:
    importer.commit(importer.read(_book(_good())))
    export = RegisterExportService(db, user)
    with pytest.raises(DomainError) as refused:
        export.export(sensitive=True)  # a counsellor asking is refused, never served
    assert refused.value.problems[0].code == "export_sensitive_not_allowed"
    data = export.export()
    rows = list(load_workbook(io.BytesIO(data))["Documents"].iter_rows(values_only=True))
    assert rows[1][2].startswith("•") and rows[1][2].endswith("788")
    with db.reader() as session:
        entry = session.scalars(
            select(AuditRecord).where(AuditRecord.action == "register_exported")
        ).one()
        assert entry.detail["sensitive"] is False and entry.detail["people"] >= 3
    # Re-imported, a masked number is refused by name, never stored as typed.
    check = importer.check(importer.read(data))
    assert {e.code for e in check.errors if e.sheet == "Documents"} == {"import_number_masked"}


def test_only_whoever_registers_people_may_import(db: Database, user: CurrentUser) -> None:
    from dataclasses import replace

    from counsellor_app.core.roles import Role
    from counsellor_app.services.accounts import NotAllowed

    committee = replace(user, role=Role.COMMITTEE)
    with pytest.raises(NotAllowed):
        WorkbookImportService(db, committee, country_codes()).read(_book(_good()))


def test_a_supervisor_exports_the_filtered_register_with_numbers(
    importer: WorkbookImportService, db: Database, workspace: Workspace
) -> None:
    from counsellor_app.core.roles import Role
    from counsellor_app.services.users import UserService
    from counsellor_app.storage.people_queries import PeopleQuery

    importer.commit(importer.read(_book(_good())))
    _db, admin = workspace.log_in(ADMIN, PASSWORD, db)
    UserService(workspace, db, admin).create_user("karim", "Karim Haddad", Role.SUPERVISOR,
                                                  PASSWORD)  # fmt: skip
    _db, supervisor = workspace.log_in("karim", PASSWORD, db)
    data = RegisterExportService(db, supervisor).export(
        PeopleQuery(nationality="GN"), sensitive=True
    )
    book = load_workbook(io.BytesIO(data))
    numbers = [r[0] for r in book["Personnes"].iter_rows(min_row=2, values_only=True)]
    assert numbers == ["EX-001"]  # the register's filter
    assert [r[2] for r in book["Documents"].iter_rows(min_row=2, values_only=True)] == ["BRA-7788"]
