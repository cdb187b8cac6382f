"""The minutes (procès-verbal) of a grant committee session, printed bilingual to be signed:
members and attendance, the quorum, the grid, each application's score, votes and decision,
and a signature box for the chair and each member present."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, TableStyle

from counsellor_app.documents.bidi_text import has_rtl
from counsellor_app.documents.flowables import HEADING, SMALL, Text, TextStyle
from counsellor_app.documents.layout import BODY_WIDTH, RULE, Sheet, table
from counsellor_app.documents.wording import Wording

HEAD_BACKGROUND = colors.HexColor("#e8edf3")
SIGNATURES_PER_ROW = 4
CELL = SMALL.but(space_after=0)


def _grid_style() -> TableStyle:
    return TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BACKGROUND),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
    )


def _header(sheet: Sheet, key: str) -> list[Flowable]:
    """A column's title in both languages, one above the other, each in its direction."""
    left, right = sheet.both()
    style = SMALL.but(bold=True, align="centre", space_after=0)
    return [
        Text(left.text(key), style, rtl=left.rtl),
        Text(right.text(key), style, rtl=right.rtl),
    ]


def _both(sheet: Sheet, table_name: str, code: str, style: TextStyle = CELL) -> list[Flowable]:
    left, right = sheet.both()
    return [
        Text(left.label(table_name, code), style, rtl=left.rtl),
        Text(right.label(table_name, code), style, rtl=right.rtl),
    ]


def _name_cell(text: str, style: TextStyle) -> Flowable:
    """A name as written: an Arabic one reads from the right, a Latin one from the left."""
    return Text(text, style, rtl=has_rtl(text))


def _members(sheet: Sheet, members: Sequence[Mapping[str, Any]]) -> Flowable:
    cell = SMALL.but(space_after=0)
    rows: list[list[Any]] = [
        [
            _header(sheet, f"committee_minutes.{k}")
            for k in ("name", "organisation", "role", "attendance")
        ]
    ]
    for member in members:
        rows.append(
            [
                _name_cell(member["name"], cell),
                _name_cell(member["organisation"] or "—", cell),
                _both(sheet, "committee_role", "chair" if member["chair"] else "member"),
                _both(sheet, "committee_attendance", "present" if member["present"] else "absent"),
            ]
        )
    grid = table(rows, colWidths=[BODY_WIDTH * w for w in (0.3, 0.3, 0.2, 0.2)], repeatRows=1)
    grid.setStyle(_grid_style())
    return grid


def _agenda(sheet: Sheet, items: Sequence[Mapping[str, Any]]) -> Flowable:
    left, _ = sheet.both()
    cell = SMALL.but(space_after=0)
    centre = cell.but(align="centre")
    keys = ("rank", "applicant", "requested", "score", "votes", "decision", "amount")
    rows: list[list[Any]] = [[_header(sheet, f"committee_minutes.{k}") for k in keys]]
    for index, item in enumerate(items, start=1):
        decision = item["decision"]
        rows.append(
            [
                Text(str(index), centre),
                _name_cell(f"{item['name']}\n{item['file_number']}", cell),
                Text(left.money(item["requested_centimes"]), centre),
                Text("—" if item["score"] is None else f"{item['score']}/100", centre),
                Text(f"{item['for']} / {item['against']} / {item['abstain']}", centre),
                _both(sheet, "committee_decision", decision, centre)
                if decision
                else Text("—", centre),
                Text(
                    left.money(item["amount_centimes"]) if decision == "approved" else "—", centre
                ),
            ]
        )
    widths = (0.08, 0.26, 0.14, 0.1, 0.13, 0.15, 0.14)
    grid = table(rows, colWidths=[BODY_WIDTH * w for w in widths], repeatRows=1)
    grid.setStyle(_grid_style())
    return grid


def _item_details(sheet: Sheet, index: int, item: Mapping[str, Any]) -> list[Flowable]:
    """Per application: the scores by criterion, conflicts, conditions and reasons."""
    out: list[Flowable] = [
        sheet.pair("committee_minutes.item", HEADING, number=index, name=item["name"])
    ]
    if item["scores"]:
        out.append(
            sheet.pair(
                "committee_minutes.scores",
                SMALL,
                scores=lambda w: " · ".join(
                    f"{w.label('criterion', name)} {score}/5" for name, score in item["scores"]
                ),
            )
        )
    if item["conflicts"]:
        out.append(
            sheet.pair("committee_minutes.conflicts", SMALL, names=", ".join(item["conflicts"]))
        )
    if item["votes"]:
        out.append(
            sheet.pair(
                "committee_minutes.vote_detail",
                SMALL,
                votes=lambda w: " · ".join(
                    f"{name} : {w.label('committee_vote', vote)}" for name, vote in item["votes"]
                ),
            )
        )
    if item["conditions"]:
        out.append(sheet.pair("committee_minutes.conditions", SMALL, text=item["conditions"]))
    if item["reasons"]:
        out.append(sheet.pair("committee_minutes.reasons", SMALL, text=item["reasons"]))
    out.append(Spacer(0, 2 * mm))
    return [KeepTogether(out)]


def _signatures(sheet: Sheet, members: Sequence[Mapping[str, Any]]) -> list[Flowable]:
    present = [m for m in members if m["present"]]
    present.sort(key=lambda m: not m["chair"])  # the chair signs first
    label = SMALL.but(align="centre", bold=True, space_after=0)
    name = SMALL.but(align="centre", space_after=0)
    out: list[Flowable] = [CondPageBreak(40 * mm), *sheet.title("committee_minutes.signatures")]
    for start in range(0, len(present), SIGNATURES_PER_ROW):
        row = present[start : start + SIGNATURES_PER_ROW]
        width = BODY_WIDTH / SIGNATURES_PER_ROW
        heads = [
            _both(sheet, "committee_role", "chair" if m["chair"] else "member", label) for m in row
        ]
        names = [_name_cell(m["name"], name) for m in row]
        grid = table(
            [heads, [""] * len(row), names],
            colWidths=[width] * len(row),
            rowHeights=[None, 22 * mm, None],
            hAlign="CENTER",
        )
        grid.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                    ("LINEBEFORE", (1, 0), (-1, -1), 0.6, RULE),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        out += [grid, Spacer(0, 3 * mm)]
    return out


def _criteria(wording: Wording, grid: Sequence[Sequence[Any]]) -> str:
    return " · ".join(f"{wording.label('criterion', name)} {weight}" for name, weight in grid)


def committee_minutes(sheet: Sheet, data: Mapping[str, Any]) -> list[Flowable]:
    members = data["members"]
    present = sum(1 for m in members if m["present"])
    reached = data["quorum_reached"]
    return [
        *sheet.title("committee_minutes.title"),
        sheet.pair(
            "committee_minutes.held",
            date=lambda w: w.date(data["held_on"]),
            place=data.get("place") or "—",
        ),
        Spacer(0, 2 * mm),
        sheet.pair("committee_minutes.members_heading", HEADING),
        _members(sheet, members),
        Spacer(0, 2 * mm),
        sheet.pair(
            "committee_minutes.quorum_reached"
            if reached
            else "committee_minutes.quorum_not_reached",
            present=present,
            total=len(members),
            needed=data["quorum_needed"],
        ),
        sheet.pair("committee_minutes.grid", SMALL, criteria=lambda w: _criteria(w, data["grid"])),
        Spacer(0, 2 * mm),
        sheet.pair("committee_minutes.agenda_heading", HEADING),
        _agenda(sheet, data["items"]),
        Spacer(0, 4 * mm),
        *[
            flowable
            for index, item in enumerate(data["items"], start=1)
            for flowable in _item_details(sheet, index, item)
        ],
        *_signatures(sheet, members),
    ]
