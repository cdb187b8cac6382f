"""Moving in from Excel through the real import dialog (the template downloaded, a workbook
checked off the GUI thread, each refusal with its sheet, line and column, the import at once)
and the register's export by a counsellor, in French and Arabic."""

from __future__ import annotations

import io
import os
from pathlib import Path

from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from counsellor_app.services.importer import ImportService, country_codes
from counsellor_app.services.people import PeopleQuery, PeopleService
from counsellor_app.services.workbook import WorkbookImportService
from counsellor_app.services.workbook_export import RegisterExportService
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.i18n import Translations
from counsellor_app.ui.import_dialog import ImportDialog
from counsellor_app.ui.register_export import RegisterExportDialog
from tests.services.test_workbook import TODAY, _book, _good

SHOTS = os.environ.get("COUNSELLOR_SCREENSHOTS")  # a folder: the dialogs are saved there


def _dialog(context: UiContext, qtbot: QtBot) -> ImportDialog:
    countries = country_codes()
    dialog = ImportDialog(
        ImportService(context.db, context.user, countries, today=lambda: TODAY),
        context.operations,
        None,
        WorkbookImportService(context.db, context.user, countries, today=lambda: TODAY),
    )
    qtbot.addWidget(dialog)
    dialog.resize(900, 600)
    dialog.show()
    return dialog


def _plain(text: str) -> str:
    return text.replace("\u2068", "").replace("\u2069", "")


def test_a_workbook_is_checked_shown_and_imported_at_once(
    qtbot: QtBot, context: UiContext, tmp_path: Path
) -> None:
    dialog = _dialog(context, qtbot)
    assert dialog.template_button.text() == "&Télécharger le modèle…"
    dialog.save_template(tmp_path / "modele.xlsx")
    assert "Notes" in load_workbook(tmp_path / "modele.xlsx", read_only=True).sheetnames
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "import-start-fr.png"))

    sheets = _good()
    sheets["Personnes"].append(["EX-004", "Bah", "", "F", "31/02/1990", "Guinée", "touriste",
                                "", "", ""])  # fmt: skip
    source = tmp_path / "dossiers.xlsx"
    source.write_bytes(_book(sheets))
    dialog.load(source)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 4, timeout=30_000)
    assert "enregistrement(s) prêt(s)" in dialog.book_summary.text() or "prêts" in (
        dialog.book_summary.text()
    )
    rows = {
        tuple(_plain(dialog.book_refused.item(r, c).text()) for c in range(4))
        for r in range(dialog.book_refused.rowCount())
    }
    assert ("Personnes", "5", "Prénom", "Ce champ est obligatoire.") in rows
    assert any(r[:3] == ("Personnes", "5", "Statut juridique") and "touriste" in r[3]
               for r in rows)  # fmt: skip
    assert dialog.book_import_button.isEnabled()
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "import-workbook-fr.png"))
    people = PeopleService(context.db, context.user)
    before = people.count(PeopleQuery())
    dialog.run_book_import()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 3, timeout=30_000)
    assert people.count(PeopleQuery()) == before + 3
    assert "Personnes" in _plain(dialog.done_text.text())


def test_the_dialogs_speak_arabic(
    qtbot: QtBot, context: UiContext, tmp_path: Path, translations: Translations
) -> None:
    translations.install("ar")
    dialog = _dialog(context, qtbot)
    assert dialog.layoutDirection().name == "RightToLeft"
    assert dialog.template_button.text() == "&تنزيل النموذج…"
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "import-start-ar.png"))
    sheets = _good()
    sheets["Personnes"].append(["EX-004", "Bah", "", "F", "31/02/1990", "Guinée", "touriste",
                                "", "", ""])  # fmt: skip
    source = tmp_path / "dossiers.xlsx"
    source.write_bytes(_book(sheets))
    dialog.load(source)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 4, timeout=30_000)
    header = [dialog.book_refused.horizontalHeaderItem(c).text() for c in range(4)]
    assert header == ["الورقة", "السطر", "العمود", "السبب"]
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "import-workbook-ar.png"))

    export = RegisterExportDialog(
        RegisterExportService(context.db, context.user), context.operations, PeopleQuery()
    )
    qtbot.addWidget(export)
    export.show()
    assert not export.sensitive.isEnabled()  # a counsellor: never the sensitive columns
    if SHOTS:
        export.grab().save(str(Path(SHOTS) / "register-export-ar.png"))


def test_a_counsellor_exports_the_register_masked(
    qtbot: QtBot, context: UiContext, tmp_path: Path
) -> None:
    WorkbookImportService(context.db, context.user, country_codes(), lambda: TODAY).commit(
        WorkbookImportService(context.db, context.user, country_codes()).read(_book(_good()))
    )
    dialog = RegisterExportDialog(
        RegisterExportService(context.db, context.user), context.operations, PeopleQuery()
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.sensitive.isEnabled()
    assert dialog.findChild(type(dialog.done_text), "sensitiveHint") is not None
    dialog.export(tmp_path / "registre.xlsx")
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=30_000)
    book = load_workbook(io.BytesIO((tmp_path / "registre.xlsx").read_bytes()), read_only=True)
    numbers = [r[2] for r in book["Documents"].iter_rows(min_row=2, values_only=True)]
    assert numbers and all(n.startswith("•") for n in numbers)
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "register-export-fr.png"))
