"""Printing through a real print spooler: a CUPS queue with the CUPS-PDF backend.

What CUPS-PDF writes is what a printer would have received: these tests read it back and check
the pages (count, A4, the words at the same place and size as in the app's own PDF, so 100 %
with no margin added), the QR code decoded from a picture of the page and verified, and that
every refusal of the spooler is said and leaves nothing issued.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from counsellor_app.core.problems import DomainError
from counsellor_app.core.signing import Verdict
from counsellor_app.services import spooler
from counsellor_app.services.documents import DocumentService
from counsellor_app.services.people import PeopleService
from counsellor_app.ui.cohort_printing import CohortCertificates
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.document_dialog import DocumentDialog
from counsellor_app.ui.i18n import Translations
from counsellor_app.ui.printed_panel import PrintedDocumentsPanel
from counsellor_app.ui.printing import deliver, printer_for
from tests.cups_fixtures import CupsQueue, cups_queue, run
from tests.services.test_documents import _referral
from tests.ui.test_printed_documents import _cohort_with_attendance, _oriented

__all__ = ["cups_queue"]  # the fixture, imported to be found

pytestmark = pytest.mark.skipif(
    (shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None)
    and not os.environ.get("COUNSELLOR_REQUIRE_SERVICES"),
    reason="poppler-utils not installed",
)

A4_POINTS = (595.28, 841.89)


def _words(pdf: Path) -> list[list[tuple[str, float, float, float]]]:
    """Each page's words with their left edge, top edge and width, in points."""
    xhtml = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, check=True
    ).stdout
    pages = []
    for page in ElementTree.fromstring(xhtml).iter("{http://www.w3.org/1999/xhtml}page"):
        pages.append(
            [
                (
                    word.text or "",
                    float(word.attrib["xMin"]),
                    float(word.attrib["yMin"]),
                    float(word.attrib["xMax"]) - float(word.attrib["xMin"]),
                )
                for word in page.iter("{http://www.w3.org/1999/xhtml}word")
            ]
        )
    return pages


def assert_true_size(app_pdf: bytes, printed: Path, tmp_path: Path, pages: int) -> None:
    """The spooled file has the app's pages, on A4, each word where the app put it and as wide:
    no shrink (a 96.7 % fit would move and narrow them), no margin, still text (vector)."""
    reader = PdfReader(printed)
    assert len(reader.pages) == pages
    for page in reader.pages:
        assert abs(float(page.mediabox.width) - A4_POINTS[0]) < 1.5
        assert abs(float(page.mediabox.height) - A4_POINTS[1]) < 1.5
    source = tmp_path / "app.pdf"
    source.write_bytes(app_pdf)
    expected, got = _words(source), _words(printed)
    assert len(got) == pages
    for wanted, had in zip(expected, got, strict=True):
        # Words found once on both sides, compared by place and width (the Arabic's glyphs
        # and the accented words come back cut differently once re-distilled by CUPS-PDF).
        once = [text for text in {w[0] for w in wanted} if len(text) >= 3]
        once = [
            text
            for text in once
            if [w[0] for w in wanted].count(text) == 1 and [w[0] for w in had].count(text) == 1
        ]
        assert len(once) >= 10
        for text in once:
            (_, x1, _, width1) = next(w for w in wanted if w[0] == text)
            (_, x2, _, width2) = next(w for w in had if w[0] == text)
            # Across the page: a 96.7 % fit would move a word at the left margin by 8 points.
            assert abs(x1 - x2) < 0.5 and abs(width2 / width1 - 1) < 0.01, text
    # Both ways: each QR code at the same place and size, to a pixel of a 150 dpi picture.
    for want_codes, have_codes in zip(
        qr_codes(source, tmp_path), qr_codes(printed, tmp_path), strict=True
    ):
        assert [code.text for code in have_codes] == [code.text for code in want_codes]
        for want_code, have_code in zip(want_codes, have_codes, strict=True):
            for corner in ("top_left", "top_right", "bottom_left", "bottom_right"):
                a, b = getattr(want_code.position, corner), getattr(have_code.position, corner)
                assert abs(a.x - b.x) <= 1 and abs(a.y - b.y) <= 1, corner


def qr_codes(printed: Path, tmp_path: Path) -> list[list[zxingcpp.Result]]:
    """The QR codes of each page, read as a phone would from a 150 dpi picture of it."""
    folder = tmp_path / f"pictures-{uuid.uuid4().hex}"
    folder.mkdir()
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(printed), str(folder / "p")], check=True)
    return [
        list(zxingcpp.read_barcodes(Image.open(picture)))
        for picture in sorted(folder.glob("p*.png"))
    ]


def assert_verified(documents: DocumentService, codes: list[zxingcpp.Result], serial: str) -> None:
    (code,) = codes
    result = documents.verify(code.text)
    assert result.verdict is Verdict.VALID and result.claim is not None
    assert result.claim.serial == serial


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The warnings shown, instead of waiting for a click."""
    shown: list[str] = []

    def warning(_parent: object, _title: str, text: str, *_args: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    yield shown


def test_a_certificate_issued_and_printed_from_its_dialog_comes_out_at_true_size(
    qtbot: QtBot,
    context: UiContext,
    people: PeopleService,
    cups_queue: CupsQueue,
    tmp_path: Path,
    warnings: list[str],
) -> None:
    documents = context.documents()
    panel = PrintedDocumentsPanel(documents, _oriented(context, people))
    qtbot.addWidget(panel)
    dialog = panel.preview()
    assert isinstance(dialog, DocumentDialog) and dialog.is_specimen
    qtbot.addWidget(dialog)
    printer = printer_for(cups_queue.name)
    title = f"certificate{uuid.uuid4().hex}"
    printer.setDocName(title)
    assert dialog.print_to(printer) == 1
    assert warnings == []
    (serial,) = dialog.serials
    assert [row.serial for row in documents.register()] == [serial]
    delivered = dialog.delivered
    assert delivered is not None and delivered.way == "spooler"
    assert delivered.size == len(dialog.content) < 200_000  # the vector PDF, not page pictures
    printed = cups_queue.printed(delivered.job_id, title)
    assert_true_size(documents.reprint(serial), printed, tmp_path, pages=1)
    (codes,) = qr_codes(printed, tmp_path)
    assert_verified(documents, codes, serial)
    print(f"\ncertificate: {delivered.size} bytes spooled, {printed.stat().st_size} printed")
    dialog.close()


def test_a_referral_letter_and_a_cohort_batch_print_through_the_queue(
    qtbot: QtBot,
    context: UiContext,
    people: PeopleService,
    cups_queue: CupsQueue,
    tmp_path: Path,
) -> None:
    documents = context.documents()
    printer = printer_for(cups_queue.name)
    jobs: list[tuple[str, str]] = []

    def send(pdf: bytes) -> None:
        title = f"job{uuid.uuid4().hex}"
        printer.setDocName(title)
        jobs.append((deliver(printer, pdf).job_id, title))

    letter = documents.issue_many(
        "referral_letter", [_referral(context.db, context.user)], deliver=send
    )[0]
    printed = cups_queue.printed(*jobs[-1])
    pages = len(PdfReader(io.BytesIO(letter.pdf)).pages)
    assert_true_size(letter.pdf, printed, tmp_path, pages)
    assert_verified(documents, qr_codes(printed, tmp_path)[0], letter.serial)

    names = ["Sow", "Camara", "Touré", "Diop", "Fall"]
    _, cohort_id = _cohort_with_attendance(context, people, names, absent="")
    ready = [p.subject.subject_id for p in documents.cohort_certificates(cohort_id) if p.ready]
    batch = documents.issue_many("softskills_certificate", ready, deliver=send)
    assert len(batch) == len(names)
    printed = cups_queue.printed(*jobs[-1])
    assert_true_size(batch[0].pdf, printed, tmp_path, pages=len(names))
    for codes, issued in zip(qr_codes(printed, tmp_path), batch, strict=True):
        assert_verified(documents, codes, issued.serial)
    size = len(batch[0].pdf)
    print(f"\ncohort batch: {len(names)} pages, {size} bytes spooled ({size // len(names)} a page)")


@pytest.mark.parametrize("refusal", ["paused", "rejecting", "removed", "no_service"])
def test_a_refused_job_is_said_and_leaves_nothing_issued(
    qtbot: QtBot,
    context: UiContext,
    people: PeopleService,
    cups_queue: CupsQueue,
    warnings: list[str],
    monkeypatch: pytest.MonkeyPatch,
    refusal: str,
) -> None:
    documents = context.documents()
    panel = PrintedDocumentsPanel(documents, _oriented(context, people))
    qtbot.addWidget(panel)
    dialog = panel.preview()
    assert dialog is not None
    qtbot.addWidget(dialog)
    queue = f"{cups_queue.name}-{refusal}"
    cups_queue.add(queue)
    try:
        printer = printer_for(queue)
        if refusal == "paused":
            assert run("cupsdisable", queue).returncode == 0
        elif refusal == "rejecting":
            assert run("cupsreject", queue).returncode == 0
        elif refusal == "removed":
            assert run("lpadmin", "-x", queue).returncode == 0
        else:  # the print service stopped: no scheduler answers the clients any more
            monkeypatch.setenv("CUPS_SERVER", str(Path(os.sep, "nonexistent", "cups.sock")))
        assert dialog.print_to(printer) == 0
    finally:
        monkeypatch.delenv("CUPS_SERVER", raising=False)
        run("lpadmin", "-x", queue)
    expected = {
        "paused": "est en pause",
        "rejecting": "n'accepte pas",
        "removed": "n'est pas connue",
        "no_service": "service d'impression ne fonctionne pas",
    }[refusal]
    (text,) = warnings
    assert expected in text and "Rien n'a été émis" in text
    assert dialog.is_specimen and dialog.serials == [] and documents.register() == []
    dialog.close()


@pytest.mark.parametrize("accepted", [True, False])
def test_a_cohort_batch_from_its_screen_is_issued_only_if_its_job_is_accepted(
    qtbot: QtBot,
    context: UiContext,
    people: PeopleService,
    cups_queue: CupsQueue,
    tmp_path: Path,
    warnings: list[str],
    accepted: bool,
) -> None:
    """The printer chosen first, the job sent on the worker before the commit."""
    names = ["Sow", "Camara", "Touré"]
    _, cohort_id = _cohort_with_attendance(context, people, names, absent="")
    documents = context.documents()
    queue = cups_queue.name if accepted else f"{cups_queue.name}-batch"
    if not accepted:
        cups_queue.add(queue)
    printer = printer_for(queue)
    title = f"batch{uuid.uuid4().hex}"
    printer.setDocName(title)
    if not accepted:
        assert run("cupsreject", queue).returncode == 0
    batch = CohortCertificates(
        documents, context.operations, cohort_id, None, lambda _t: True, lambda: printer
    )
    try:
        with qtbot.waitSignal(batch.finished, timeout=120_000) as finished:
            assert batch.start()
    finally:
        run("lpadmin", "-x", f"{cups_queue.name}-batch")
    if not accepted:
        assert finished.args == [None] and documents.register() == []
        (text,) = warnings
        assert "n'accepte pas" in text and "Rien n'a été émis" in text
        return
    dialog = finished.args[0]
    qtbot.addWidget(dialog)
    assert warnings == [] and len(documents.register()) == len(names)
    assert batch.delivered is not None and batch.delivered.way == "spooler"
    printed = cups_queue.printed(batch.delivered.job_id, title)
    assert_true_size(dialog.content, printed, tmp_path, pages=len(names))
    for codes, serial in zip(qr_codes(printed, tmp_path), dialog.serials, strict=True):
        assert_verified(documents, codes, serial)
    dialog.close()


def test_a_paused_queue_is_said_in_arabic_with_the_printer_name_isolated(
    qtbot: QtBot,
    context: UiContext,
    people: PeopleService,
    cups_queue: CupsQueue,
    warnings: list[str],
    translations: Translations,
) -> None:
    translations.install("ar")
    panel = PrintedDocumentsPanel(context.documents(), _oriented(context, people))
    qtbot.addWidget(panel)
    dialog = panel.preview()
    assert dialog is not None
    qtbot.addWidget(dialog)
    queue = f"{cups_queue.name}-ar"
    cups_queue.add(queue)
    try:
        printer = printer_for(queue)
        assert run("cupsdisable", queue).returncode == 0
        assert dialog.print_to(printer) == 0
    finally:
        run("lpadmin", "-x", queue)
    (text,) = warnings
    assert f"الطابعة \u2068{queue}\u2069 متوقفة مؤقتًا" in text
    assert "لم يُصدر أي شيء" in text and context.documents().register() == []


def test_an_unknown_printer_name_is_refused_never_printed_elsewhere(
    cups_queue: CupsQueue, context: UiContext
) -> None:
    with pytest.raises(DomainError) as refused:
        printer_for(f"{cups_queue.name}-absent")
    assert refused.value.problems[0].code == "printer_unknown"
    with pytest.raises(DomainError) as refused:
        spooler.submit_pdf(f"{cups_queue.name}-absent", b"%PDF-1.4", "x", spooler.PrintOptions())
    assert refused.value.problems[0].code == "printer_unknown"
