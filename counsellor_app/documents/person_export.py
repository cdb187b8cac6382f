"""A person's whole file as a readable PDF, handed to them on an access request: every section
this PC holds, each record as field and value, in the reader's language (words passed in)."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from counsellor_app.documents import bidi_text
from counsellor_app.documents.flowables import BODY, HEADING, SMALL, TITLE, Text
from counsellor_app.documents.fonts import REGULAR, register_fonts

MARGIN = 16 * mm
INK = colors.HexColor("#1f3a5f")
RULE = colors.HexColor("#c9d2de")
SHADE = colors.HexColor("#eef2f7")
MAX_VALUE = 3000  # a value longer than this is cut in the PDF (the JSON has it whole)
WORDS = {
    "title": "Personal file — access request",
    "intro": "Everything recorded about {name} (file {file}) on this computer, on {day}. "
    "Ask your counsellor to correct anything that is wrong.",
    "empty": "(nothing)", "page": "Page {page}",
}  # fmt: skip
# Internal references mean nothing to the person (the JSON keeps them).
SKIPPED = frozenset({"id", "created_by", "updated_by", "deleted_at"})
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_ISO_TIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})")


def _shown(value: Any, codes: Mapping[str, str] | None = None) -> str:
    """A value as a person reads it: codes in words, dates as day/month/year."""
    if value is None or value in ("", []):
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, list):
        return ", ".join(_shown(v, codes) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    text = str(value)
    if codes and text in codes:
        return codes[text]
    if day := _ISO_DAY.match(text):
        return f"{day[3]}/{day[2]}/{day[1]}"
    if moment := _ISO_TIME.match(text):
        return f"{moment[3]}/{moment[2]}/{moment[1]} {moment[4]}:{moment[5]} UTC"
    return text if len(text) <= MAX_VALUE else text[:MAX_VALUE] + " …"


def _record(
    record: Mapping[str, Any],
    names: Mapping[str, str],
    values: Mapping[str, Mapping[str, str]],
    width: float,
    rtl: bool,
) -> Table:
    rows = []
    for key, value in record.items():
        if key in SKIPPED or key.endswith("_id"):
            continue
        label = names.get(key, key.replace("_", " "))
        shown = _shown(value, values.get(key))
        if rtl and not bidi_text.has_rtl(shown):
            shown = bidi_text.isolate(shown)  # a phone or a date keeps its order in Arabic
        cells = [Text(label, SMALL.but(bold=True), rtl=rtl), Text(shown, SMALL, rtl=rtl)]
        rows.append(list(reversed(cells)) if rtl else cells)
    widths = [width * 0.32, width * 0.68]
    grid = Table(rows or [["", ""]], colWidths=list(reversed(widths)) if rtl else widths)
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("BOX", (0, 0), (-1, -1), 0.4, RULE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("BACKGROUND", (1 if rtl else 0, 0), (1 if rtl else 0, -1), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return grid


def render_person_export(
    sections: Mapping[str, Sequence[Mapping[str, Any]]],
    full_name: str,
    file_number: str,
    publisher: str,
    day: str,
    words: Mapping[str, str] | None = None,
    names: Mapping[str, str] | None = None,
    rtl: bool = False,
    values: Mapping[str, Mapping[str, str]] | None = None,
) -> bytes:
    """``words``: WORDS' keys and ``section:TABLE`` headings; ``names``: field names shown;
    ``values``: per field, its codes in words (sex, legal status, stage…)."""
    register_fonts()
    said = {**WORDS, **(words or {})}
    field_names = names or {}
    width = A4[0] - 2 * MARGIN
    story: list[Flowable] = [
        Text(publisher, SMALL.but(align="centre", colour=INK), rtl=rtl),
        Text(said["title"], TITLE, rtl=rtl),
        Text(
            said["intro"].format(
                name=bidi_text.isolate(full_name), file=bidi_text.isolate(file_number), day=day
            ),
            BODY,
            rtl=rtl,
        ),
        Spacer(1, 4 * mm),
    ]
    for section, records in sections.items():
        heading = said.get(f"section:{section}", section.replace("_", " ").capitalize())
        story.append(Text(f"{heading} ({len(records)})", HEADING, rtl=rtl))
        if not records:
            story.append(Text(said["empty"], SMALL, rtl=rtl))
        for record in records:
            grid = _record(record, field_names, values or {}, width, rtl)
            story.append(KeepTogether([grid, Spacer(1, 2 * mm)]))
        story.append(Spacer(1, 3 * mm))

    def page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(INK)
        footer = f"{said['title']} · {file_number}   " + said["page"].format(page=doc.page)
        canvas.drawCentredString(A4[0] / 2, MARGIN / 2, bidi_text.visual(footer, rtl))
        canvas.restoreState()

    out = io.BytesIO()
    document = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=said["title"], author=publisher,
    )  # fmt: skip
    document.build(story, onFirstPage=page, onLaterPages=page)
    return out.getvalue()
