"""The donors' report as a PDF: who publishes it, the period, every indicator with its total,
the main disaggregations, a programme's targets and progress, the money, the definitions and
the method — hidden counts (small ones, and those that would give a small one back) shown as
"x". In the reader's language (names and words passed in, English
otherwise), right to left for Arabic."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer, Table, TableStyle

from counsellor_app.core.indicator_export import HIDDEN, as_data, population_text
from counsellor_app.core.indicators import DEFAULT_SUPPRESSION, Report
from counsellor_app.documents import bidi_text
from counsellor_app.documents.flowables import BODY, HEADING, SMALL, TITLE, Text, TextStyle
from counsellor_app.documents.fonts import REGULAR, register_fonts

MARGIN = 16 * mm
INK = colors.HexColor("#1f3a5f")
RULE = colors.HexColor("#9aa9bc")
SHADE = colors.HexColor("#eef2f7")
# The disaggregations a donor reads first (the workbook has them all).
DIMENSIONS = ("sex", "age_band", "nationality", "legal_status")
WORDS = {
    "title": "Programme indicators", "period": "From {start} to {end}",
    "indicator": "Indicator", "people": "People", "by": "By {dimension}",
    "money": "Microgrants (MAD)", "committed": "approved", "disbursed": "paid",
    "budget": "budget", "definitions": "Definitions",
    "method": "Each person is counted once per indicator and period, and may be in several. "
    "Counts from 1 to {below}, and the counts that would let them be worked out, are shown as "
    "“x” so that nobody can be recognised.",
    "target": "Target", "progress": "Progress", "programme": "Programme: {name}",
    "withheld": "not published",
    "unknown": "not recorded", "page": "Page {page}", "counted": "People counted: {who}",
    "pair": "{dimension}: {values}",
}  # fmt: skip


def _cell(text: str, rtl: bool, style: TextStyle = SMALL) -> Text:
    return Text(text, style, rtl=rtl)


def _grid(
    rows: Sequence[Sequence[str]], widths: Sequence[float], rtl: bool, heading: bool = True
) -> Table:
    """A table of texts, its first row the heading (unless told); columns mirrored right to
    left."""
    shown = [list(reversed(r)) if rtl else list(r) for r in rows]
    widths = list(reversed(widths)) if rtl else list(widths)
    cells = [
        [_cell(text, rtl, SMALL.but(bold=heading and index == 0, align="end" if text[:1].isdigit() or text == HIDDEN else "start"))
         for text in row]
        for index, row in enumerate(shown)
    ]  # fmt: skip
    grid = Table(cells, colWidths=widths, repeatRows=1)
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE if heading else colors.white),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return grid


def render_indicator_report(
    report: Report,
    publisher: str,
    threshold: int = DEFAULT_SUPPRESSION,
    names: Mapping[str, str] | None = None,
    words: Mapping[str, str] | None = None,
    rtl: bool = False,
    day: str = "",
) -> bytes:
    """``names``: indicator, dimension and group keys → shown names; ``words``: the report's
    own words (WORDS' keys, and ``definition:KEY``)."""
    register_fonts()
    data = as_data(report, threshold)
    said = {**WORDS, **(words or {})}
    width = A4[0] - 2 * MARGIN

    def named(key: str) -> str:
        return (names or {}).get(key, key) if key else said["unknown"]

    def shown(count: int | None) -> str:
        return HIDDEN if count is None else f"{count:,}".replace(",", "\u202f")

    story: list[Flowable] = [
        Text(publisher, SMALL.but(align="centre", colour=INK), rtl=rtl),
        Text(said["title"], TITLE, rtl=rtl),
        Text(
            said["period"].format(start=data["period"]["start"], end=data["period"]["end"]),
            BODY.but(align="centre"),
            rtl=rtl,
        ),
    ]
    if data["programme"]:
        story.append(
            Text(
                said["programme"].format(name=data["programme"]), BODY.but(align="centre"), rtl=rtl
            )
        )
    if counted := population_text(report.population, names, said["pair"]):
        story.append(Text(said["counted"].format(who=counted), SMALL.but(align="centre"), rtl=rtl))
    story.append(Spacer(1, 4 * mm))
    if any(i["target"] is not None for i in data["indicators"]):
        rows = [[said["indicator"], said["people"], said["target"], said["progress"]]]
        rows += [
            [
                named(i["key"]),
                shown(i["total"]),
                shown(i["target"]) if i["target"] is not None else "",
                "" if i["target"] is None else f"{shown(i['progress_percent'])} %",
            ]
            for i in data["indicators"]
        ]
        columns = [width * 0.52, width * 0.16, width * 0.16, width * 0.16]
    else:
        rows = [[said["indicator"], said["people"]]]
        rows += [[named(i["key"]), shown(i["total"])] for i in data["indicators"]]
        columns = [width * 0.78, width * 0.22]
    story += [_grid(rows, columns, rtl), Spacer(1, 4 * mm)]
    money = data["money_centimes"]
    story.append(Text(said["money"], HEADING, rtl=rtl))
    story.append(
        _grid(
            [[said[k], f"{money[k] // 100:,}".replace(",", "\u202f")] for k in ("committed", "disbursed", "budget")],
            [width * 0.78, width * 0.22],
            rtl,
            heading=False,
        )
    )  # fmt: skip
    main = [i for i in data["indicators"] if i["key"] in ("registered", "trained", "ae_registered",
                                                          "business_created", "hired")]  # fmt: skip
    for dimension in DIMENSIONS:
        groups = sorted(
            {g for i in main for g in i["by"].get(dimension, {})},
            key=lambda g: (-sum((i["by"].get(dimension, {}).get(g) or 0) for i in main), g),
        )[:6]
        if not groups:
            continue
        story.append(Spacer(1, 4 * mm))
        story.append(Text(said["by"].format(dimension=named(dimension)), HEADING, rtl=rtl))
        table_rows = [[said["indicator"], *(named(g) for g in groups)]]
        for indicator in main:
            if dimension in indicator["withheld"]:
                table_rows.append([named(indicator["key"]), *(said["withheld"] for _g in groups)])
                continue
            counts = indicator["by"].get(dimension, {})
            table_rows.append([named(indicator["key"]), *(shown(counts.get(g, 0)) for g in groups)])
        first = width * 0.34
        story.append(
            _grid(table_rows, [first] + [(width - first) / len(groups)] * len(groups), rtl)
        )
    story += [Spacer(1, 5 * mm), Text(said["definitions"], HEADING, rtl=rtl)]
    for indicator in data["indicators"]:
        text = said.get(f"definition:{indicator['key']}", indicator["definition"])
        story.append(Text(f"{named(indicator['key'])} — {text}", SMALL, rtl=rtl))
    story.append(Spacer(1, 3 * mm))
    story.append(
        Text(
            said["method"].format(below=max(threshold - 1, 0), threshold=threshold), SMALL, rtl=rtl
        )
    )

    def page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(INK)
        footer = " · ".join(p for p in (said["title"], day) if p)
        footer += "   " + said["page"].format(page=doc.page)
        canvas.drawCentredString(A4[0] / 2, MARGIN / 2, bidi_text.visual(footer, rtl))
        canvas.setStrokeColor(RULE)
        canvas.line(MARGIN, MARGIN - 2 * mm, A4[0] - MARGIN, MARGIN - 2 * mm)
        canvas.restoreState()

    out = io.BytesIO()
    document = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=said["title"], author=publisher,
    )  # fmt: skip
    document.build(story, onFirstPage=page, onLaterPages=page)
    return out.getvalue()
