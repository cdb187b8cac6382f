"""A PDF shown from memory (QtPdf), and printed page by page through the system's printer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QVBoxLayout, QWidget

MAX_PRINT_DPI = 300  # sharper gains nothing on paper and costs memory on an old PC


class PdfPane(QWidget):
    """The pages one under another, fitted to the width, on a grey desk like a PDF reader."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        # The document is made before the view: children are deleted in the order they were
        # made, and a document deleted after its view signals a view already half gone (crash).
        self.pdf = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        palette = self.view.palette()
        palette.setColor(QPalette.ColorRole.Dark, QColor("#9aa3ad"))
        self.view.setPalette(palette)
        self.view.setDocument(self.pdf)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None

    def show_pdf(self, content: bytes) -> bool:
        """Load the bytes (kept alive as long as they are shown); False if they are no PDF."""
        self.pdf.close()
        if self._buffer is not None:
            self._buffer.close()
        self._bytes = QByteArray(content)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)
        return self.pdf.status() == QPdfDocument.Status.Ready


def print_pdf(
    document: QPdfDocument,
    printer: QPrinter,
    pages: range | None = None,
    keep_going: Callable[[int], bool] | None = None,
) -> int:
    """Paint each page as an image at the printer's resolution (at most 300 dpi), fitted to
    the sheet; ``keep_going(done)`` after each page may stop the job. Returns pages printed.

    Printers differ in what PDF they accept; an image of the page prints the same everywhere.
    """
    wanted = pages if pages is not None else range(document.pageCount())
    if not wanted:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for index in wanted:
            if printed:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(
                index, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            )
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            target.moveCenter(area.center())
            painter.drawImage(target, image)
            printed += 1
            if keep_going is not None and not keep_going(printed):
                printer.abort()
                break
    finally:
        painter.end()
    return printed
