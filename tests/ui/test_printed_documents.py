"""Printing from the app: specimen, issue, print, save, re-print and revoke from the file; the
letterhead; certificates for a whole cohort off the GUI thread, with cancel."""

from __future__ import annotations

import io
import threading
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counsellor_app.core.attendance import Mark
from counsellor_app.core.parameters import Parameters
from counsellor_app.core.pathway import Stage, Status
from counsellor_app.services.accounts import Workspace
from counsellor_app.services.cohorts import CohortInput, CohortService
from counsellor_app.services.documents import DocumentService
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.people import PeopleService
from counsellor_app.ui.cohorts_view import CohortsView
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.document_dialog import DocumentDialog
from counsellor_app.ui.i18n import Translations
from counsellor_app.ui.letterhead_dialog import LetterheadDialog
from counsellor_app.ui.printed_panel import PrintedDocumentsPanel, RegisterDialog
from tests.conftest import ADMIN, PASSWORD, person


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _oriented(context: UiContext, people: PeopleService, name: str = "Diallo") -> str:
    person_id = people.register(person(last_name=name), confirmed_new=True)
    pathway = PathwayService(context.db, context.user)
    pathway.move(person_id, Stage.ORIENTATION, Status.IN_PROGRESS)
    return person_id


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(100)  # the pages are images: small ones keep the test quick
    return printer


def test_specimen_then_issue_print_save_reprint_and_revoke(
    qtbot: QtBot, context: UiContext, people: PeopleService, tmp_path: Path
) -> None:
    person_id = _oriented(context, people)
    documents = context.documents()
    panel = PrintedDocumentsPanel(documents, person_id)
    qtbot.addWidget(panel)
    kinds = {p.subject.template: p for p in panel.printables}
    assert kinds["orientation_certificate"].ready
    # Nothing else of the pathway exists yet: only what the file's records allow is listed.
    assert set(kinds) == {"orientation_certificate"}
    assert panel.choices.item(0, 3).text() == "Prêt"
    assert panel.preview_button.isEnabled()

    dialog = panel.preview()
    assert isinstance(dialog, DocumentDialog)
    assert dialog.is_specimen and dialog.page_count() == 1
    assert "SPÉCIMEN" in _text(dialog.content) and documents.register() == []
    assert dialog.print_button.text() == "&Émettre et imprimer…"

    printed = tmp_path / "printed.pdf"
    dialog._ensure_issued()
    assert dialog.print_to(_pdf_printer(printed)) == 1
    assert len(PdfReader(printed).pages) == 1
    (serial,) = dialog.serials
    assert "SPÉCIMEN" not in _text(dialog.content) and serial in _text(dialog.content)
    assert dialog.print_button.text() == "&Imprimer…"
    qtbot.waitUntil(lambda: panel.issued.rowCount() == 1)
    assert panel.issued.item(0, 0).text() == serial
    assert panel.issued.item(0, 5).text() == "Valide"
    saved = tmp_path / "copie"
    assert dialog.save_to(saved)
    assert (tmp_path / "copie.pdf").read_bytes() == documents.reprint(serial)
    dialog.close()

    panel.issued.setCurrentCell(0, 0)
    again = panel.issued_actions.reprint()
    assert again is not None and again.content == (tmp_path / "copie.pdf").read_bytes()
    assert not again.is_specimen and again.serials == [serial]
    again.close()
    assert panel.issued_actions.revoke("Nom mal orthographié")
    assert panel.issued.item(0, 5).text() == "Annulé : Nom mal orthographié"
    assert not panel.issued_actions.revoke_button.isEnabled()
    assert "ANNULÉ" in _text(documents.reprint(serial))


def test_a_files_specimen_is_made_on_a_worker_and_opens_when_ready(
    qtbot: QtBot, context: UiContext, people: PeopleService
) -> None:
    person_id = _oriented(context, people)
    panel = PrintedDocumentsPanel(context.documents(), person_id, None, context.operations)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.specimen_opened, timeout=30_000) as opened:
        assert panel.preview() is None  # nothing rendered during the call
    dialog = opened.args[0]
    assert dialog.is_specimen and "SPÉCIMEN" in _text(dialog.content)
    dialog.close()


def test_register_dialog_searches_by_serial_and_name(
    qtbot: QtBot, context: UiContext, people: PeopleService
) -> None:
    documents = context.documents()
    first = documents.issue("orientation_certificate", _oriented(context, people, "Diallo"))
    documents.issue("orientation_certificate", _oriented(context, people, "Camara"))
    dialog = RegisterDialog(documents)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2 and not dialog.empty.isVisibleTo(dialog)
    dialog.search.setText("camara")
    dialog.reload()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text().startswith("CAMARA")
    dialog.search.setText(first.serial[-6:])
    dialog.reload()
    assert [r.serial for r in dialog.table.rows] == [first.serial]
    dialog.search.setText("personne")
    dialog.reload()
    assert dialog.empty.isVisibleTo(dialog) and "Aucun document" in dialog.empty.text()


def test_letterhead_dialog_keeps_texts_and_logos_and_refuses_a_bad_file(
    qtbot: QtBot, context: UiContext, workspace: Workspace, tmp_path: Path
) -> None:
    counsellor = LetterheadDialog(context.documents())
    qtbot.addWidget(counsellor)
    counsellor.texts[("agency", "fr")].setText("Agence")
    counsellor.apply()  # only an administrator changes the letterhead
    assert counsellor.result() != counsellor.DialogCode.Accepted
    assert counsellor.message.text() == "Votre rôle ne permet pas cette action."
    _db, admin = workspace.log_in(ADMIN, PASSWORD, context.db)
    documents = DocumentService(context.db, admin)
    dialog = LetterheadDialog(documents)
    qtbot.addWidget(dialog)
    logo = tmp_path / "logo.png"
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f4e79"))
    assert image.save(str(logo))
    not_a_picture = tmp_path / "logo.png.txt"
    not_a_picture.write_text("pas une image")

    assert dialog.keep_image(not_a_picture) is None
    assert dialog.message.text() == "Un logo doit être une image PNG ou JPEG."
    sha = dialog.keep_image(logo)
    assert sha is not None and not dialog.message.isVisibleTo(dialog)
    dialog._set_logo(sha)
    dialog._add_donor_item(sha)
    assert not dialog.logo_view.pixmap().isNull()
    dialog.texts[("agency", "fr")].setText("  Agence   ANAPEC Rabat-Agdal ")
    dialog.texts[("agency", "ar")].setText("وكالة أنابيك الرباط أكدال")
    dialog.texts[("institution", "fr")].setText("ANAPEC")
    dialog.signatory.setText("Nadia Benali")
    dialog.languages.setCurrentIndex(dialog.languages.findData("en+ar"))
    dialog.apply()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved, languages = documents.letterhead()
    assert saved.agency == {"fr": "Agence ANAPEC Rabat-Agdal", "ar": "وكالة أنابيك الرباط أكدال"}
    assert saved.logo == sha and saved.donor_logos == (sha,) and languages == ("en", "ar")

    empty = LetterheadDialog(documents)
    qtbot.addWidget(empty)
    for language in ("fr", "ar", "en"):
        empty.texts[("agency", language)].clear()
    empty.apply()
    assert "nom de l'agence" in empty.message.text()
    assert documents.letterhead()[0].agency == saved.agency  # nothing overwritten


def _cohort_with_attendance(
    context: UiContext, people: PeopleService, names: list[str], absent: str
) -> tuple[CohortService, str]:
    cohorts = CohortService(context.db, context.user)
    today = date.today()
    cohort_id = cohorts.create(
        CohortInput("Savoir-être", today - timedelta(days=20), today + timedelta(days=5))
    )
    ids = {
        name: people.register(person(last_name=name, phone="", documents=()), confirmed_new=True)
        for name in names
    }
    cohorts.enrol(cohort_id, ids.values())
    for days_ago in (10, 3):
        session_id = cohorts.add_session(cohort_id, today - timedelta(days=days_ago))
        cohorts.save_sheet(
            session_id,
            {pid: Mark.ABSENT if name == absent else Mark.PRESENT for name, pid in ids.items()},
        )
    return cohorts, cohort_id


def test_cohort_certificates_are_issued_off_the_gui_thread_in_one_pdf(
    qtbot: QtBot, context: UiContext, people: PeopleService
) -> None:
    names = ["Sow", "Bah", "Camara", "Touré"]
    cohorts, cohort_id = _cohort_with_attendance(context, people, names, absent="Bah")
    documents = context.documents()
    view = CohortsView(cohorts, people, Parameters.defaults(), None, documents, context.operations)
    qtbot.addWidget(view)
    view.reload(cohort_id)
    asked: list[str] = []
    from counsellor_app.ui.cohort_printing import CohortCertificates

    batch = CohortCertificates(
        documents, context.operations, cohort_id, view, confirm=lambda t: asked.append(t) or True
    )
    with qtbot.waitSignal(batch.finished, timeout=30_000) as finished:
        assert batch.start()
        assert batch.progress is not None and batch.progress.maximum() == 3
    assert "3 attestations" in asked[0] and "BAH Mamadou" in asked[0]
    assert "L'assiduité est de 0 %" in asked[0]
    dialog = finished.args[0]
    assert isinstance(dialog, DocumentDialog) and len(dialog.serials) == 3
    assert dialog.page_count() == 3 and batch.progress is None
    text = _text(dialog.content)
    for name in ("SOW", "CAMARA", "TOURÉ"):
        assert name in text
    assert "BAH" not in text
    assert len(documents.register()) == 3
    dialog.close()


def test_cancelling_a_cohort_batch_issues_nothing(
    qtbot: QtBot, context: UiContext, people: PeopleService
) -> None:
    _, cohort_id = _cohort_with_attendance(context, people, ["Sow", "Bah"], absent="")
    documents = context.documents()
    from counsellor_app.ui.cohort_printing import CohortCertificates
    from counsellor_app.ui.operations import Operations

    operations = Operations(max_threads=1)
    release = threading.Event()
    operations.run(release.wait, lambda _r: None, lambda _e: None)  # the pool is busy…
    batch = CohortCertificates(documents, operations, cohort_id, None, confirm=lambda _t: True)
    with qtbot.waitSignal(batch.finished, timeout=30_000) as finished:
        assert batch.start()
        batch.cancel()  # …so the batch is cancelled before it issues its first certificate
        release.set()
    assert finished.args == [None]
    assert documents.register() == []
    operations.wait()
    (notice,) = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert "Aucune attestation n'a été émise" in notice.text()  # type: ignore[attr-defined]
    notice.close()


def test_attendance_sheet_prints_from_the_cohort(
    qtbot: QtBot, context: UiContext, people: PeopleService
) -> None:
    cohorts, cohort_id = _cohort_with_attendance(context, people, ["Sow", "Bah"], absent="")
    view = CohortsView(
        cohorts, people, Parameters.defaults(), None, context.documents(), context.operations
    )
    qtbot.addWidget(view)
    view.reload(cohort_id)
    with qtbot.waitSignal(view.sheet_opened, timeout=30_000) as opened:
        view.print_sheet()  # made on a worker
    dialog = opened.args[0]
    assert dialog.is_specimen
    text = _text(dialog.content)
    assert "SOW" in text and "BAH" in text
    dialog.close()


def test_the_first_ready_document_is_chosen_in_arabic_too(
    qtbot: QtBot, context: UiContext, people: PeopleService, translations: Translations
) -> None:
    """Right to left, QTableWidget.selectRow left no current row: nothing could be printed."""
    person_id = _oriented(context, people)
    translations.install("ar")
    panel = PrintedDocumentsPanel(context.documents(), person_id)
    qtbot.addWidget(panel)
    assert panel.selected() is not None and panel.preview_button.isEnabled()
    assert panel.choices.item(0, 3).text() == "جاهزة"
