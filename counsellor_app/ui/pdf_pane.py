"""A PDF shown from memory (QtPdf); printing is :mod:`counsellor_app.ui.printing`'s."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QPalette
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QVBoxLayout, QWidget


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
