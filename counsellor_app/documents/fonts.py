"""The bundled fonts (Amiri: Arabic and Latin in one family, so mixed lines need no fallback)."""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from counsellor_app.storage.paths import resources_dir

REGULAR = "Amiri"
BOLD = "Amiri-Bold"


@cache
def register_fonts() -> None:
    """Register once per process; ReportLab embeds only the glyphs a document uses."""
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "Amiri-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "Amiri-Bold.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
