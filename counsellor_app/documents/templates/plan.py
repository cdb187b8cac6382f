"""The business plan dossier a person presents to the grant committee."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, TableStyle

from counsellor_app.core.business_plan import Funding, FundingKind, Line, project
from counsellor_app.documents import bidi_text
from counsellor_app.documents.flowables import BODY, HEADING, SMALL, Text
from counsellor_app.documents.fonts import REGULAR
from counsellor_app.documents.layout import BODY_WIDTH, INK, RULE, Sheet, table
from counsellor_app.documents.templates.common import done_at
from counsellor_app.documents.wording import Wording

SECTIONS = ("summary", "product", "market", "marketing", "operations", "team")
SERIES_COLOURS = (colors.HexColor("#2e7d32"), colors.HexColor("#c62828"), INK)


def business_plan(sheet: Sheet, data: Mapping[str, Any]) -> list[Flowable]:
    person = data["person"]
    left, right = sheet.both()
    startup = [Line(row["label"], row["centimes"]) for row in data["startup_costs"]]
    funding = [Funding(FundingKind(row["kind"]), row["centimes"]) for row in data["funding"]]
    projection = project(startup, funding, data["revenue"], data["costs"])
    flow: list[Flowable] = [
        *sheet.title("business_plan.title"),
        Text(
            data.get("activity") or "—",
            HEADING.but(align="centre", size=13),
            rtl=bidi_text.has_rtl(data.get("activity") or ""),
        ),
        sheet.pair("business_plan.holder", name=person["name"], file_number=person["file_number"]),
        done_at(sheet, data),
        Spacer(0, 3 * mm),
    ]
    sections = data.get("sections", {})
    for name in SECTIONS:
        text = (sections.get(name) or "").strip()
        flow.append(
            sheet.free_pair(left.label("section", name), right.label("section", name), HEADING)
        )
        shown = text or left.text("business_plan.empty_section")
        flow.append(Text(shown, BODY, rtl=bidi_text.has_rtl(shown) and not _mostly_latin(shown)))
    money = left  # amounts in tables use the left column's conventions
    flow.append(sheet.pair("business_plan.startup", HEADING))
    flow.append(
        _table(
            sheet,
            ["business_plan.item", "business_plan.amount"],
            [[row.label, money.money(row.centimes)] for row in startup]
            + [[_both(sheet, "business_plan.total"), money.money(projection.startup_costs)]],
            [0.7, 0.3],
        )
    )
    flow.append(sheet.pair("business_plan.funding", HEADING))
    flow.append(
        _table(
            sheet,
            ["business_plan.source", "business_plan.amount"],
            [
                [
                    f"{left.label('funding', f.kind.value)} / {right.label('funding', f.kind.value)}",
                    money.money(f.centimes),
                ]
                for f in funding
            ]
            + [[_both(sheet, "business_plan.total"), money.money(projection.funding)]],
            [0.7, 0.3],
        )
    )
    if projection.funding_gap:
        flow.append(
            sheet.pair("business_plan.gap", amount=lambda w: w.money(projection.funding_gap))
        )
    months = len(projection.months)
    flow.append(sheet.pair("business_plan.projection", HEADING, months=months))
    flow.append(
        sheet.pair("business_plan.break_even", month=projection.break_even_month)
        if projection.break_even_month
        else sheet.pair("business_plan.no_break_even")
    )
    flow.append(
        KeepTogether(
            [
                sheet.pair("business_plan.chart", SMALL.but(align="centre")),
                _chart(
                    sheet,
                    [m.revenue for m in projection.months],
                    [m.costs for m in projection.months],
                    [m.cumulative_cash for m in projection.months],
                ),
            ]
        )
    )
    flow.append(
        _table(
            sheet,
            [
                "business_plan.month",
                "business_plan.revenue",
                "business_plan.costs",
                "business_plan.margin",
                "business_plan.cash",
            ],
            [
                [
                    str(m.month),
                    money.money(m.revenue),
                    money.money(m.costs),
                    money.money(m.margin),
                    money.money(m.cumulative_cash),
                ]
                for m in projection.months
            ],
            [0.1, 0.225, 0.225, 0.225, 0.225],
            numeric_from=1,
        )
    )
    return flow


def _mostly_latin(text: str) -> bool:
    latin = sum(ch.isascii() and ch.isalpha() for ch in text)
    return latin > len(text) / 2


def _both(sheet: Sheet, key: str) -> str:
    left, right = sheet.both()
    return f"{left.text(key)} / {right.text(key)}"


def _table(
    sheet: Sheet,
    header_keys: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    numeric_from: int = 1,
) -> Flowable:
    head_style = SMALL.but(bold=True, align="centre", space_after=0)
    cell = SMALL.but(space_after=0)
    number = cell.but(align="end")
    data: list[list[Any]] = [[Text(_both(sheet, key), head_style) for key in header_keys]]
    for row in rows:
        data.append(
            [
                Text(value, number if index >= numeric_from else cell, rtl=False)
                for index, value in enumerate(row)
            ]
        )
    grid = table(data, colWidths=[BODY_WIDTH * w for w in widths], repeatRows=1)
    grid.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return grid


def _chart(sheet: Sheet, revenue: list[int], costs: list[int], cash: list[int]) -> Flowable:
    left, right = sheet.both()
    drawing = Drawing(BODY_WIDTH, 62 * mm)
    chart = HorizontalLineChart()
    chart.x, chart.y = 38, 18
    chart.width, chart.height = int(BODY_WIDTH - 150), int(62 * mm - 28)
    chart.data = [[v / 100 for v in series] for series in (revenue, costs, cash)]
    chart.categoryAxis.categoryNames = [str(m) for m in range(1, len(revenue) + 1)]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 6.5
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}".replace(",", ".")
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dde3ea")
    for index, colour in enumerate(SERIES_COLOURS):
        chart.lines[index].strokeColor = colour
        chart.lines[index].strokeWidth = 1.4
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = int(BODY_WIDTH - 104), int(62 * mm - 14)
    legend.fontName, legend.fontSize = REGULAR, 7
    legend.alignment = "right"
    legend.colorNamePairs = [
        (colour, bidi_text.visual(f"{_word(left, key)} / {_word(right, key)}", False))
        for colour, key in zip(SERIES_COLOURS, ("revenue", "costs", "cash"), strict=True)
    ]
    drawing.add(legend)
    return drawing


def _word(wording: Wording, key: str) -> str:
    return wording.text(f"business_plan.{key}")
