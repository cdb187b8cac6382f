"""The attendance sheet of one cohort session, printed to be signed in the room."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle

from counsellor_app.documents.flowables import SMALL, Text
from counsellor_app.documents.layout import BODY_WIDTH, RULE, Sheet, table

ROW_HEIGHT = 9 * mm


def attendance(sheet: Sheet, data: Mapping[str, Any]) -> list[Flowable]:
    left, right = sheet.both()
    header_style = SMALL.but(bold=True, align="centre", space_after=0)

    def header(key: str) -> Flowable:
        text = f"{left.text(key)} / {right.text(key)}"
        return Text(text, header_style, rtl=False)

    widths = [0.07, 0.38, 0.19, 0.14, 0.22]
    rows: list[list[Any]] = [
        [
            header(f"attendance_sheet.{k}")
            for k in ("number", "name", "file_number", "arrival", "signature")
        ]
    ]
    cell = SMALL.but(space_after=0)
    for index, person in enumerate(data["people"], start=1):
        rows.append(
            [
                Text(str(index), cell.but(align="centre")),
                Text(person["name"], cell, rtl=False),
                Text(person["file_number"], cell.but(size=7.5)),
                "",
                "",
            ]
        )
    grid = table(
        rows,
        colWidths=[BODY_WIDTH * w for w in widths],
        rowHeights=[None] + [ROW_HEIGHT] * len(data["people"]),
        repeatRows=1,
    )
    grid.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return [
        *sheet.title("attendance_sheet.title"),
        sheet.pair("attendance_sheet.cohort", cohort=data["cohort"]),
        sheet.pair(
            "attendance_sheet.session",
            date=lambda w: w.date(data["on"]),
            topic=data.get("topic") or "—",
        ),
        sheet.pair(
            "attendance_sheet.place",
            place=data.get("place") or "—",
            trainer=data.get("trainer") or "—",
        ),
        sheet.pair("attendance_sheet.count", count=len(data["people"])),
        Spacer(0, 2 * mm),
        grid,
        Spacer(0, 4 * mm),
        sheet.signatures(
            ["attendance_sheet.trainer_signature"], height=18 * mm, signed_by_agency=None
        ),
    ]
