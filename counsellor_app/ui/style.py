"""The product's calm look: Qt Fusion, a blue-grey palette, readable on a 1366×768 screen."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from counsellor_app.ui.memory import bound_pixmap_cache

STYLE_SHEET = """
QLabel#fieldError { color: #b3261e; }
QLineEdit[invalid="true"], QComboBox[invalid="true"], QDateEdit[invalid="true"],
QPlainTextEdit[invalid="true"] { border: 1px solid #b3261e; border-radius: 2px; }
QLabel#errorBanner { background: #fde7e6; color: #7d1a14; border: 1px solid #f2b8b5;
                     border-radius: 4px; padding: 6px; }
QLabel#warningBanner { background: #fff4d6; color: #5c4300; border: 1px solid #f0d48a;
                       border-radius: 4px; padding: 6px; }
QLabel#infoBanner { background: #e3f4e8; color: #14532d; border: 1px solid #a7d8b5;
                    border-radius: 4px; padding: 6px; }
QFrame#maskedBanner { background: #f1ecfa; border: 1px solid #cbbde8; border-radius: 4px; }
QFrame#draftBanner { background: #e3eefb; border: 1px solid #a9c6ea; border-radius: 4px; }
QLabel#emptyState { color: #5f6b7a; font-size: 12pt; padding: 40px; }
QLabel#hint { color: #5f6b7a; }
QLabel#loginTitle { font-size: 16pt; font-weight: 600; color: #1f4e79; }
QGroupBox { font-weight: 600; margin-top: 10px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; color: #1f4e79; }
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    bound_pixmap_cache()  # the style's rendered pieces: see ui/memory.py
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f4f6f9"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#eef2f7"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2f6fb2"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#e8edf3"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1d232b"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1d232b"))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)
