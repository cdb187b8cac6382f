"""Printing without a spooler: the print dialog cancelled, a PDF that cannot be written, and the
page pictures sent where no spooler takes PDF, on the whole sheet at true size."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from counsellor_app.services.people import PeopleService
from counsellor_app.ui.cohort_printing import CohortCertificates
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.document_dialog import DocumentDialog
from counsellor_app.ui.printed_panel import PrintedDocumentsPanel
from counsellor_app.ui.printing import a4_full_page, print_raster
from tests.ui.test_printed_documents import _cohort_with_attendance, _oriented


def _specimen(qtbot: QtBot, context: UiContext, people: PeopleService) -> DocumentDialog:
    panel = PrintedDocumentsPanel(context.documents(), _oriented(context, people))
    qtbot.addWidget(panel)
    dialog = panel.preview()
    assert dialog is not None and dialog.is_specimen
    qtbot.addWidget(dialog)
    return dialog


def test_cancelling_the_print_dialog_issues_nothing(
    qtbot: QtBot, context: UiContext, people: PeopleService
) -> None:
    dialog = _specimen(qtbot, context, people)
    seen: list[str] = []

    def cancel() -> None:
        modal = QApplication.activeModalWidget()
        assert modal is not None
        seen.append(type(modal).__name__)
        modal.reject()

    QTimer.singleShot(200, cancel)
    dialog.print_()
    assert seen == ["QPrintDialog"]
    assert dialog.is_specimen and dialog.serials == []
    assert context.documents().register() == []


def test_a_cohort_batch_whose_print_dialog_is_cancelled_issues_nothing(
    qtbot: QtBot, context: UiContext, people: PeopleService
) -> None:
    _, cohort_id = _cohort_with_attendance(context, people, ["Sow", "Bah"], absent="")
    asked: list[str] = []
    batch = CohortCertificates(
        context.documents(),
        context.operations,
        cohort_id,
        None,
        lambda _text: True,
        lambda: asked.append("printer") or None,
    )
    assert not batch.start()
    assert asked == ["printer"] and context.documents().register() == []


def test_a_pdf_that_cannot_be_written_issues_nothing(
    qtbot: QtBot,
    context: UiContext,
    people: PeopleService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _specimen(qtbot, context, people)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a: shown.append(text))
    )
    (tmp_path / "a file").write_text("not a folder")  # no folder can be made in its place
    assert not dialog.save_to(tmp_path / "a file" / "certificat.pdf")
    (text,) = shown
    assert "Le fichier PDF n'a pas pu être écrit" in text and "Rien n'a été émis" in text
    assert dialog.is_specimen and context.documents().register() == []
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "a file" / "imprimé.pdf"))
    assert dialog.print_to(printer) == 0
    assert dialog.is_specimen and context.documents().register() == []
    assert dialog.save_to(tmp_path / "certificat.pdf")
    (serial,) = dialog.serials
    assert (tmp_path / "certificat.pdf").read_bytes() == context.documents().reprint(serial)


def test_print_to_file_keeps_the_chosen_pages_as_vector_pdf(
    qtbot: QtBot, context: UiContext, people: PeopleService, tmp_path: Path
) -> None:
    _, cohort_id = _cohort_with_attendance(context, people, ["Sow", "Camara", "Diop"], absent="")
    documents = context.documents()
    ready = [p.subject.subject_id for p in documents.cohort_certificates(cohort_id) if p.ready]
    batch = documents.issue_many("softskills_certificate", ready)
    dialog = DocumentDialog(
        batch[0].pdf, "Attestations", "a.pdf", None, None, [b.serial for b in batch]
    )
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "page2.pdf"))
    assert dialog.print_to(printer, range(1, 2)) == 1
    (page,) = PdfReader(tmp_path / "page2.pdf").pages
    assert batch[1].serial in page.extract_text() and batch[0].serial not in page.extract_text()
    assert dialog.delivered is not None and dialog.delivered.way == "file"


def _codes(pdf: Path, folder: Path) -> list[zxingcpp.Result]:
    folder.mkdir()
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(pdf), str(folder / "p")], check=True)
    return list(zxingcpp.read_barcodes(Image.open(next(folder.glob("p*.png")))))


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("dpi", [150, 300])
def test_page_pictures_cover_the_whole_sheet_at_true_size(
    qtbot: QtBot, context: UiContext, people: PeopleService, tmp_path: Path, dpi: int
) -> None:
    """Where no spooler takes PDF: each page a picture at the printer's resolution, drawn
    from the sheet's corner at 100 % (the QR code where the PDF puts it, to a pixel)."""
    documents = context.documents()
    issued = documents.issue("orientation_certificate", _oriented(context, people))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # stands for the printer's driver
    printer.setOutputFileName(str(tmp_path / "pictures.pdf"))
    printer.setResolution(dpi)
    a4_full_page(printer)
    delivered = print_raster(printer, issued.pdf)
    assert delivered.way == "raster" and delivered.pages == 1
    (page,) = PdfReader(tmp_path / "pictures.pdf").pages
    assert abs(float(page.mediabox.width) - 595.28) < 1.5
    assert abs(float(page.mediabox.height) - 841.89) < 1.5
    (tmp_path / "app.pdf").write_bytes(issued.pdf)
    (want,) = _codes(tmp_path / "app.pdf", tmp_path / "app")
    (have,) = _codes(tmp_path / "pictures.pdf", tmp_path / "pictures")
    assert have.text == want.text and documents.verify(have.text).claim is not None
    for corner in ("top_left", "top_right", "bottom_left", "bottom_right"):
        a, b = getattr(want.position, corner), getattr(have.position, corner)
        assert abs(a.x - b.x) <= 1 and abs(a.y - b.y) <= 1, corner
    size = (tmp_path / "pictures.pdf").stat().st_size
    print(
        f"\n{dpi} dpi pictures: {size} bytes a page; the vector PDF: {len(issued.pdf)} bytes"
        f" ({len(PdfReader(io.BytesIO(issued.pdf)).pages)} page)"
    )
