"""The national indicators as a PDF (ReportLab), in French, Arabic or English.

Arabic is drawn with the app's own helpers (``documents.bidi_text``: letters joined, each line
reordered for display, columns from the right) and the bundled Amiri font, so the server's
PDF reads like the PCs' printed reports. The cells are those of the page and the other
exports (``indicators.rows``): the same protection, nothing recomputed here.
"""

from __future__ import annotations

import io
import sys
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.para import Paragraph

from counsellor_app.core.languages import isolate
from counsellor_app.documents.bidi_text import visual
from counsellor_app.server.console.indicators import Published, rows

FONT, BOLD = "Amiri", "Amiri-Bold"


def _fonts_folder() -> Path:
    source = Path(__file__).resolve().parents[3] / "resources" / "fonts"
    return source if source.exists() else Path(sys.prefix) / "share/counsellor/resources/fonts"


@cache
def _register() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = _fonts_folder()
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "Amiri-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "Amiri-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD)


def to_pdf(published: Published, t: Any, rtl: bool) -> bytes:
    _register()
    out = io.BytesIO()
    document = SimpleDocTemplate(
        out, pagesize=landscape(A4), title=t("indicators"), leftMargin=36, rightMargin=36,
        topMargin=36, bottomMargin=36,
    )  # fmt: skip

    def shown(text: str) -> str:
        return visual(text, rtl)

    heading = ParagraphStyle(
        "heading", fontName=BOLD, fontSize=15, leading=20, alignment=2 if rtl else 0
    )
    period = isolate(f"{published.period.start.isoformat()} – {published.period.end.isoformat()}")
    lines = [t("indicators"), f"{t('ind_period')} : {period}", published.scope_label]
    if published.programme_name:
        lines.append(f"{t('programme')} : {isolate(published.programme_name)}")
    story: list[Any] = [Paragraph(escape_text(shown(line)), heading) for line in lines]
    story.append(Spacer(1, 8))
    table_rows = [[shown(value) for value in row] for row in rows(published, t)]
    widths = [190, 110, 80, 150, 60, 60, 60]
    if rtl:
        table_rows = [list(reversed(row)) for row in table_rows]
        widths = list(reversed(widths))
    table = Table(table_rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTNAME", (0, 0), (-1, 0), BOLD),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("ALIGN", (0, 0), (-1, -1), "RIGHT" if rtl else "LEFT"),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
            ]
        )
    )
    story.append(table)
    story.append(Spacer(1, 8))
    story.append(Paragraph(escape_text(shown(t("ind_hidden_note"))), heading.clone("note",
                 fontName=FONT, fontSize=9, leading=12)))  # fmt: skip
    document.build(story)
    return out.getvalue()


def escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
