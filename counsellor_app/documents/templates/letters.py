"""Letters people carry: a referral to a partner (with its return slip) and a convocation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, TableStyle

from counsellor_app.documents.flowables import HEADING, SMALL, CutLine, Text
from counsellor_app.documents.layout import BODY_WIDTH, RULE, Sheet, table
from counsellor_app.documents.templates.common import done_at, person_block


class Square(Flowable):
    """An empty box to tick by hand."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 10, 10

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.rect(0, 0, 9, 9)


def referral(sheet: Sheet, data: Mapping[str, Any]) -> list[Flowable]:
    partner = data["partner"]
    person = data["person"]
    to: list[Flowable] = [
        sheet.pair("referral_letter.to", HEADING, partner=partner["name"]),
    ]
    if partner.get("address"):
        to.append(sheet.free_pair(partner["address"], partner["address"], SMALL))
    if partner.get("contact"):
        to.append(sheet.pair("referral_letter.contact", SMALL, contact=partner["contact"]))
    return [
        *sheet.title("referral_letter.title"),
        *to,
        # Only who the person is: the partner learns nothing more than the service needs.
        *person_block(sheet, {"name": person["name"], "file_number": person["file_number"]}),
        sheet.pair(
            "referral_letter.subject", HEADING, name=person["name"], code=data["referral_code"]
        ),
        sheet.pair(
            "referral_letter.body",
            service=data["service"],
            counsellor=data["counsellor"],
            phone=data.get("phone") or sheet.letterhead.phone or "—",
        ),
        sheet.pair("referral_letter.greeting"),
        _beside(done_at(sheet, data), sheet.signatures(["common.signature"], height=14 * mm)),
        KeepTogether(_slip(sheet, data)),
    ]


def _slip(sheet: Sheet, data: Mapping[str, Any]) -> list[Flowable]:
    """The return slip: compact enough to sit under the letter, cut off along the line."""
    left, right = sheet.both()
    cut = f"{left.text('referral_letter.cut')}  ·  {right.text('referral_letter.cut')}"
    person = data["person"]
    title = HEADING.but(space_after=0)
    heading = table(
        [
            [
                Text(left.text("referral_letter.slip_title"), title, rtl=left.rtl),
                Text(data["referral_code"], title.but(size=15, align="centre")),
                Text(right.text("referral_letter.slip_title"), title, rtl=right.rtl),
            ]
        ],
        colWidths=[BODY_WIDTH * 0.3, BODY_WIDTH * 0.4 - 16, BODY_WIDTH * 0.3],
    )
    who = Text(f"{person['name']} — {person['file_number']}", SMALL.but(align="centre"))
    answers = [
        sheet.pair("referral_letter.slip_received", SMALL),
        _choice(sheet, "referral_letter.slip_accepted", BODY_WIDTH * 0.66),
        _choice(sheet, "referral_letter.slip_refused", BODY_WIDTH * 0.66),
    ]
    signature = sheet.signatures(
        ["referral_letter.slip_signature"],
        height=12 * mm,
        signed_by_agency=None,
        width=BODY_WIDTH * 0.34 - 16,
    )
    signature.hAlign = "CENTER"
    body = table([[answers, signature]], colWidths=[BODY_WIDTH * 0.66, BODY_WIDTH * 0.34 - 16])
    body.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    box = table([[heading], [who], [body]], colWidths=[BODY_WIDTH])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return [CutLine(cut, rtl=False), box]


def _beside(first: Flowable, second: Flowable) -> Flowable:
    grid = table([[first, second]], colWidths=[BODY_WIDTH * 0.5, BODY_WIDTH * 0.5])
    grid.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)])
    )
    return grid


def _choice(sheet: Sheet, key: str, width: float) -> Flowable:
    left, right = sheet.both()
    grid = table(
        [
            [
                Square(),
                Text(left.text(key), SMALL, rtl=left.rtl),
                Text(right.text(key), SMALL, rtl=right.rtl),
                Square(),
            ]
        ],
        colWidths=[14, (width - 44) / 2, (width - 44) / 2, 14],
    )
    grid.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])
    )
    return grid


def convocation(sheet: Sheet, data: Mapping[str, Any]) -> list[Flowable]:
    person = data["person"]
    flow: list[Flowable] = [
        *sheet.title("convocation.title"),
        Spacer(0, 3 * mm),
        *person_block(sheet, person),
        sheet.pair(
            "convocation.body",
            date=lambda w: w.date(data["on"]),
            time=lambda w: w.time(data["at"]),
            place=data.get("place") or sheet.letterhead.in_("address", sheet.left.language),
            purpose=lambda w: w.label("appointment", data["kind"]),
        ),
    ]
    if data.get("counsellor"):
        flow.append(sheet.pair("convocation.with_counsellor", counsellor=data["counsellor"]))
    flow.append(sheet.pair("convocation.bring", HEADING))
    left, right = sheet.both()
    bring = [
        (left.text(k), right.text(k))
        for k in ("convocation.bring_identity", "convocation.bring_letter")
    ]
    bring += [(item, item) for item in data.get("bring", [])]
    for left_text, right_text in bring:
        flow.append(sheet.free_pair(f"• {left_text}", f"• {right_text}"))
    flow += [
        sheet.pair("convocation.excuse", phone=data.get("phone") or sheet.letterhead.phone or "—"),
        Spacer(0, 4 * mm),
        done_at(sheet, data),
        sheet.signatures(["common.signature"], height=22 * mm),
    ]
    return flow
