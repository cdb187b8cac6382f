"""Flowables that draw text through ``bidi_text`` (both scripts, either direction)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import segno
from reportlab.lib import colors
from reportlab.platypus import Flowable

from counsellor_app.documents import bidi_text
from counsellor_app.documents.fonts import BOLD, REGULAR


@dataclass(frozen=True)
class TextStyle:
    size: float = 10.5
    bold: bool = False
    leading: float = 1.35  # times the size
    align: str = "start"  # start, end, centre (start is the left in LTR, the right in RTL)
    space_after: float = 4
    colour: Any = colors.black

    @property
    def font(self) -> str:
        return BOLD if self.bold else REGULAR

    def but(self, **changes: Any) -> TextStyle:
        return replace(self, **changes)


BODY = TextStyle()
SMALL = TextStyle(size=8.5, space_after=2)
TITLE = TextStyle(size=16, bold=True, align="centre", space_after=6)
HEADING = TextStyle(size=11.5, bold=True, space_after=3)


class Text(Flowable):
    """A paragraph in one language: wrapped in logical order, each line shaped and reordered,
    aligned to the start of its direction. Splits across pages line by line."""

    def __init__(self, text: str, style: TextStyle = BODY, *, rtl: bool = False) -> None:
        super().__init__()
        self.text, self.style, self.rtl = text, style, rtl
        self._lines: list[bidi_text.Line] = []
        self._avail = 0.0

    @property
    def line_height(self) -> float:
        return self.style.size * self.style.leading

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if not self._lines or avail_width != self._avail:
            self._lines = bidi_text.wrap(self.text, self.style.font, self.style.size, avail_width)
            self._avail = avail_width
        self.width = avail_width
        self.height = len(self._lines) * self.line_height
        return self.width, self.height

    def getSpaceAfter(self) -> float:
        return self.style.space_after

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        fits = int(avail_height // self.line_height)
        if fits < 1 or fits >= len(self._lines):
            return []
        head, tail = self._from_lines(self._lines[:fits]), self._from_lines(self._lines[fits:])
        return [head, tail]

    def _from_lines(self, lines: list[bidi_text.Line]) -> Text:
        part = Text(self.text, self.style, rtl=self.rtl)
        part._lines, part._avail = lines, self._avail
        return part

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(self.style.font, self.style.size)
        canvas.setFillColor(self.style.colour)
        y = self.height - self.style.size  # baseline of the first line
        for line in self._lines:
            shown = bidi_text.visual(line.text, self.rtl)
            if self.style.align == "centre":
                canvas.drawCentredString(self.width / 2, y, shown)
            elif (self.style.align == "start") == self.rtl:  # right-aligned
                canvas.drawRightString(self.width, y, shown)
            else:
                canvas.drawString(0, y, shown)
            y -= self.line_height


QR_MASK = 2  # see draw_qr


def draw_qr(canvas: Any, payload: str, x: float, y: float, size: float) -> None:
    """Dark modules drawn as one path (a rectangle per run of a row), with a quiet zone of two
    modules.

    The mask is fixed: choosing the best of eight costs 20-100 ms per code, most of a 500-page
    cohort batch, and any mask decodes (the tests read the printed code back from a picture).
    """
    code = segno.make_qr(payload, error="m", boost_error=False, mask=QR_MASK)
    matrix = code.matrix
    module = size / (len(matrix) + 4)
    path = canvas.beginPath()
    for row, cells in enumerate(matrix):
        top = y + size - (row + 3) * module
        column = 0
        while column < len(cells):
            if not cells[column]:
                column += 1
                continue
            start = column
            while column < len(cells) and cells[column]:
                column += 1
            path.rect(x + (start + 2) * module, top, (column - start) * module, module)
    canvas.saveState()
    canvas.setFillColor(colors.black)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


class CutLine(Flowable):
    """A dashed line with scissors: where the return slip is detached."""

    def __init__(self, label: str, rtl: bool) -> None:
        super().__init__()
        self.label, self.rtl = label, rtl

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 14

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setDash(3, 3)
        canvas.setStrokeColor(colors.grey)
        canvas.line(0, 7, self.width, 7)
        canvas.setFont(REGULAR, 8)
        text = bidi_text.visual(self.label, self.rtl)
        label_width = canvas.stringWidth(text, REGULAR, 8) + 12
        canvas.setFillColor(colors.white)
        canvas.rect(self.width / 2 - label_width / 2, 2, label_width, 10, stroke=0, fill=1)
        canvas.setFillColor(colors.grey)
        canvas.drawCentredString(self.width / 2, 4, text)
        canvas.restoreState()
