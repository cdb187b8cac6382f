"""The page (letterhead, footer with serial and QR code) and the bilingual building blocks."""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Table, TableStyle

from counsellor_app.documents import bidi_text
from counsellor_app.documents.flowables import BODY, SMALL, TITLE, Text, TextStyle, draw_qr
from counsellor_app.documents.fonts import BOLD, REGULAR
from counsellor_app.documents.wording import Wording

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 16 * mm
HEADER = 31 * mm
FOOTER = 28 * mm
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN
FOOTER_BASE = MARGIN - 6 * mm  # the QR code's bottom edge
HEADER_RULE = PAGE_HEIGHT - MARGIN - HEADER + 6 * mm
FOOTER_RULE = FOOTER_BASE + FOOTER - 4 * mm
BODY_TOP = HEADER_RULE - 3 * mm
BODY_BOTTOM = FOOTER_RULE + 2 * mm
INK = colors.HexColor("#1f3a5f")
RULE = colors.HexColor("#9aa9bc")

Value = str | int | Callable[[Wording], str]


@dataclass(frozen=True)
class Letterhead:
    """What an administrator configures once for the agency (issue 4 §3). Texts per language;
    logos are the SHA-256 of images kept with the register, so a reprint uses the same ones."""

    institution: Mapping[str, str] = field(default_factory=dict)
    agency: Mapping[str, str] = field(default_factory=dict)
    address: Mapping[str, str] = field(default_factory=dict)
    city: Mapping[str, str] = field(default_factory=dict)
    phone: str = ""
    email: str = ""
    signatory_name: str = ""
    signatory_title: Mapping[str, str] = field(default_factory=dict)
    logo: str | None = None
    donor_logos: tuple[str, ...] = ()

    def in_(self, part: str, language: str) -> str:
        texts: Mapping[str, str] = getattr(self, part)
        return texts.get(language) or texts.get("fr") or next(iter(texts.values()), "")

    def to_json(self) -> dict[str, Any]:
        return {
            "institution": dict(self.institution),
            "agency": dict(self.agency),
            "address": dict(self.address),
            "city": dict(self.city),
            "phone": self.phone,
            "email": self.email,
            "signatory_name": self.signatory_name,
            "signatory_title": dict(self.signatory_title),
            "logo": self.logo,
            "donor_logos": list(self.donor_logos),
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> Letterhead:
        return cls(**{**raw, "donor_logos": tuple(raw.get("donor_logos", ()))})


def ordered(languages: Sequence[str]) -> tuple[Wording, Wording]:
    """The two languages as columns: Arabic on the right, otherwise as chosen."""
    first, second = Wording(languages[0]), Wording(languages[1])
    return (second, first) if first.rtl and not second.rtl else (first, second)


class Sheet:
    """Bilingual blocks for one document: the left column in one language, the right in the other."""

    def __init__(self, languages: Sequence[str], letterhead: Letterhead) -> None:
        self.left, self.right = ordered(languages)
        self.letterhead = letterhead

    def both(self) -> tuple[Wording, Wording]:
        return self.left, self.right

    def say(self, wording: Wording, key: str, values: Mapping[str, Value]) -> str:
        return wording.text(key, **{k: _value(v, wording) for k, v in values.items()})

    def pair(self, key: str, style: TextStyle = BODY, /, **values: Value) -> Flowable:
        return Pair(
            Text(self.say(self.left, key, values), style, rtl=self.left.rtl),
            Text(self.say(self.right, key, values), style, rtl=self.right.rtl),
        )

    def free_pair(self, left: str, right: str, style: TextStyle = BODY) -> Flowable:
        return Pair(Text(left, style, rtl=self.left.rtl), Text(right, style, rtl=self.right.rtl))

    def title(self, key: str, **values: Value) -> list[Flowable]:
        return [
            Text(self.say(self.left, key, values), TITLE.but(space_after=0), rtl=self.left.rtl),
            Text(self.say(self.right, key, values), TITLE, rtl=self.right.rtl),
        ]

    def fields(self, rows: Sequence[tuple[str, Value]]) -> Flowable:
        """Label in one language, the value, label in the other: an identity block."""
        label = BODY.but(size=9.5, colour=INK, space_after=0)
        value = BODY.but(bold=True, align="centre", space_after=0)
        data = [
            [
                Text(self.left.text(key), label, rtl=self.left.rtl),
                Text(_value(shown, self.left), value, rtl=False),
                Text(self.right.text(key), label, rtl=self.right.rtl),
            ]
            for key, shown in rows
        ]
        grid = table(data, colWidths=[BODY_WIDTH * 0.27, BODY_WIDTH * 0.46, BODY_WIDTH * 0.27])
        grid.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return grid

    def signatures(
        self,
        keys: Sequence[str],
        height: float = 26 * mm,
        *,
        signed_by_agency: int | None = 0,
        width: float | None = None,
    ) -> Flowable:
        """Boxes side by side, each titled in both languages, to sign and stamp in; the box
        ``signed_by_agency`` names the agency's signatory under the space left to sign."""
        label = SMALL.but(align="centre", bold=True, space_after=0)
        name = SMALL.but(align="centre", space_after=0)
        head = self.letterhead
        cells = [
            [
                Text(self.left.text(key), label, rtl=self.left.rtl),
                Text(self.right.text(key), label, rtl=self.right.rtl),
            ]
            for key in keys
        ]
        names: list[Any] = ["" for _ in keys]
        if signed_by_agency is not None and head.signatory_name:
            titles = " / ".join(
                t
                for t in (
                    head.in_("signatory_title", self.left.language),
                    head.in_("signatory_title", self.right.language),
                )
                if t
            )
            names[signed_by_agency] = [Text(head.signatory_name, name), Text(titles, name)]
        total = width or (BODY_WIDTH if len(keys) > 1 else BODY_WIDTH * 0.5)
        box_width = total / len(keys)
        grid = table(
            [cells, [""] * len(keys), names],
            colWidths=[box_width] * len(keys),
            rowHeights=[None, height, None],
            hAlign="RIGHT",
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
        return grid


def table(*args: Any, **kwargs: Any) -> Table:
    """A ReportLab table whose own font is ours (it would declare an unembedded Helvetica)."""
    made = Table(*args, **kwargs)
    made.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR)]))
    return made


def _value(value: Value, wording: Wording) -> str:
    return value(wording) if callable(value) else str(value)


class Pair(Flowable):
    """Two texts side by side (one per language); splits across pages with both halves."""

    GAP = 8 * mm

    def __init__(self, left: Flowable, right: Flowable) -> None:
        super().__init__()
        self.left, self.right = left, right

    def _column(self, avail_width: float) -> float:
        return (avail_width - self.GAP) / 2

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        column = self._column(avail_width)
        heights = [part.wrap(column, avail_height)[1] for part in (self.left, self.right)]
        self.width, self.height = avail_width, max(heights)
        return self.width, self.height

    def getSpaceAfter(self) -> float:
        return max(self.left.getSpaceAfter(), self.right.getSpaceAfter())

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        column = self._column(avail_width)
        halves = []
        for part in (self.left, self.right):
            if part.wrap(column, avail_height)[1] <= avail_height:
                halves.append([part, Text("", BODY)])
            else:
                pieces = part.split(column, avail_height)
                if len(pieces) != 2:
                    return []
                halves.append(pieces)
        return [Pair(halves[0][0], halves[1][0]), Pair(halves[0][1], halves[1][1])]

    def draw(self) -> None:
        column = self._column(self.width)
        self.left.wrap(column, self.height)
        self.right.wrap(column, self.height)
        self.left.drawOn(self.canv, 0, self.height - self.left.height)
        self.right.drawOn(self.canv, column + self.GAP, self.height - self.right.height)


@dataclass(frozen=True)
class Issue:
    """What the footer of each page of one document shows."""

    serial: str
    payload: str
    languages: tuple[str, str]
    letterhead: Letterhead
    assets: Mapping[str, bytes]
    stamp: str = ""  # "revoked" on a revoked document's re-print, "specimen" on a preview


_CURRENT: WeakKeyDictionary[Any, list[Any]] = WeakKeyDictionary()  # canvas → [issue, page]


class StartDocument(Flowable):
    """Zero-size marker: the pages from here on belong to this issued document."""

    def __init__(self, issue: Issue) -> None:
        super().__init__()
        self.issue = issue

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        _CURRENT[self.canv] = [self.issue, 0]  # read by decorate_page at the end of the page


def decorate_page(canvas: Any, doc: Any) -> None:
    """Letterhead, footer, QR code and serial, drawn once the page's content is placed."""
    current = _CURRENT.get(canvas)
    if current is None:
        return
    current[1] += 1
    issue, page = current
    left, right = ordered(issue.languages)
    canvas.saveState()
    _header(canvas, issue, left, right)
    _footer(canvas, issue, left, right, page)
    if issue.stamp:
        _stamp(canvas, issue.stamp, left, right)
    canvas.restoreState()


def _image(canvas: Any, data: bytes | None, x: float, y: float, w: float, h: float) -> None:
    """An image fitted in a box (kept in proportion, centred)."""
    if not data:
        return
    reader = ImageReader(io.BytesIO(data))
    width, height = reader.getSize()
    scale = min(w / width, h / height)
    shown_w, shown_h = width * scale, height * scale
    canvas.drawImage(
        reader, x + (w - shown_w) / 2, y + (h - shown_h) / 2, shown_w, shown_h, mask="auto"
    )


def _lines(
    canvas: Any,
    texts: Sequence[tuple[str, str, float, bool]],
    x: float,
    top: float,
    width: float,
    align_right: bool,
) -> None:
    """Short lines in a box: each in its own direction, the block aligned to one side."""
    y = top
    for text, font, size, rtl in texts:
        for line in bidi_text.wrap(text, font, size, width):
            canvas.setFont(font, size)
            shown = bidi_text.visual(line.text, rtl)
            if align_right:
                canvas.drawRightString(x + width, y, shown)
            else:
                canvas.drawString(x, y, shown)
            y -= size * 1.25


def _header(canvas: Any, issue: Issue, left: Wording, right: Wording) -> None:
    head = issue.letterhead
    top = PAGE_HEIGHT - MARGIN + 2 * mm
    column = BODY_WIDTH * 0.38
    canvas.setFillColor(INK)
    for wording, x in ((left, MARGIN), (right, PAGE_WIDTH - MARGIN - column)):
        _lines(
            canvas,
            [
                (wording.text("common.kingdom"), BOLD, 9.5, wording.rtl),
                (head.in_("institution", wording.language), BOLD, 9, wording.rtl),
                (head.in_("agency", wording.language), REGULAR, 9, wording.rtl),
            ],
            x,
            top - 9,
            column,
            align_right=wording is right,
        )
    logo = issue.assets.get(head.logo or "")
    _image(canvas, logo, PAGE_WIDTH / 2 - 14 * mm, top - 26 * mm, 28 * mm, 26 * mm)
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(1.2)
    canvas.line(MARGIN, HEADER_RULE, PAGE_WIDTH - MARGIN, HEADER_RULE)


def _footer(canvas: Any, issue: Issue, left: Wording, right: Wording, page: int) -> None:
    head = issue.letterhead
    base = FOOTER_BASE
    qr = 22 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, FOOTER_RULE, PAGE_WIDTH - MARGIN, FOOTER_RULE)
    if issue.payload:  # a specimen has no serial and no QR code: it proves nothing
        draw_qr(canvas, issue.payload, MARGIN - 2 * mm, base, qr)
    canvas.setFillColor(colors.black)
    text_x = MARGIN + qr + 2 * mm
    text_width = BODY_WIDTH * 0.62 - qr
    canvas.setFont(BOLD, 9)
    canvas.drawString(text_x, base + qr - 8, issue.serial)
    contact = " · ".join(p for p in (head.phone, head.email) if p)
    _lines(
        canvas,
        [
            (left.text("common.verify"), REGULAR, 7.5, left.rtl),
            (right.text("common.verify"), REGULAR, 7.5, right.rtl),
            (head.in_("address", left.language), REGULAR, 7.5, left.rtl),
            (head.in_("address", right.language), REGULAR, 7.5, right.rtl),
            (contact, REGULAR, 7.5, False),
        ],
        text_x,
        base + qr - 17,
        text_width,
        align_right=False,
    )
    logos = [issue.assets[sha] for sha in head.donor_logos if sha in issue.assets]
    box_w, box_h = 24 * mm, 13 * mm
    x = PAGE_WIDTH - MARGIN - box_w * len(logos)
    for data in logos:
        _image(canvas, data, x, base + 6 * mm, box_w - 2 * mm, box_h)
        x += box_w
    canvas.setFont(REGULAR, 7.5)
    canvas.drawRightString(
        PAGE_WIDTH - MARGIN, base, bidi_text.visual(left.text("common.page", page=page), False)
    )


def _stamp(canvas: Any, stamp: str, left: Wording, right: Wording) -> None:
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(35)
    canvas.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.35))
    canvas.setFont(BOLD, 64)
    canvas.drawCentredString(0, 20, bidi_text.visual(left.text(f"common.{stamp}"), left.rtl))
    canvas.drawCentredString(0, -60, bidi_text.visual(right.text(f"common.{stamp}"), right.rtl))
