"""Arabic on paper: letters joined, words right to left, Latin names and numbers kept in order.

ReportLab draws glyphs in the order it is given. We wrap lines in logical order (what was
typed), then per line join the letters (arabic-reshaper, presentation forms that text
extraction turns back into letters under NFKC) and reorder them for display (python-bidi,
the Unicode bidi algorithm with isolates). Reordering after wrapping is what keeps a
multi-line Arabic paragraph reading from its first line down.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth

from counsellor_app.core.languages import FSI, PDI, isolate

__all__ = ["FSI", "PDI", "has_rtl", "isolate", "shaped", "visual"]

_CONTROLS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_RESHAPER = arabic_reshaper.ArabicReshaper(
    configuration={"delete_harakat": False, "support_ligatures": True}
)


def has_rtl(text: str) -> bool:
    return bool(_RTL_LETTER.search(text))


@lru_cache(maxsize=65536)
def shaped(text: str) -> str:
    return _RESHAPER.reshape(text) if has_rtl(text) else text


def visual(line: str, rtl: bool) -> str:
    """One wrapped line, in the order its glyphs are drawn from left to right."""
    if not has_rtl(line) and not rtl:
        return _CONTROLS.sub("", line)
    base = "R" if rtl else "L"
    return _CONTROLS.sub("", get_display(_mirrored(shaped(line), base), base_dir=base))


_MIRRORS = dict(zip("()[]{}<>«»", ")(][}{><»«", strict=True))
_LEVEL = re.compile(r"Level\(\s*(\d+),")


def _mirrored(text: str, base: str) -> str:
    """Brackets and guillemets inside right-to-left runs swapped for their mirror image (rule
    L4 of the bidi algorithm, which python-bidi's reordering leaves out). The resolved levels
    come from python-bidi itself (one per UTF-8 byte, in its debug report)."""
    if not any(char in _MIRRORS for char in text):
        return text
    report = str(get_display(text, base_dir=base, debug=True))
    start = report.index("levels:")
    levels = [int(level) for level in _LEVEL.findall(report, start, report.index("]", start))]
    out, offset = [], 0
    for char in text:
        odd = levels[offset] % 2 == 1
        out.append(_MIRRORS[char] if odd and char in _MIRRORS else char)
        offset += len(char.encode())
    return "".join(out)


@lru_cache(maxsize=65536)
def width(text: str, font: str, size: float) -> float:
    return stringWidth(_CONTROLS.sub("", shaped(text)), font, size)


@dataclass(frozen=True)
class Line:
    text: str  # logical order, as typed
    width: float
    last: bool  # ends its paragraph (not justified)


def wrap(text: str, font: str, size: float, max_width: float) -> list[Line]:
    """Greedy line breaking in logical order; hard line breaks kept; an overlong word (an
    e-mail address, a name without spaces) is cut rather than drawn past the margin."""
    lines: list[Line] = []
    space = width(" ", font, size)
    for paragraph in text.split("\n"):
        current: list[str] = []
        current_width = 0.0
        for word in _pieces(paragraph.split(" "), font, size, max_width):
            word_width = width(word, font, size)
            needed = word_width if not current else current_width + space + word_width
            if current and needed > max_width:
                lines.append(Line(" ".join(current), current_width, False))
                current, current_width = [word], word_width
            else:
                current.append(word)
                current_width = needed
        lines.append(Line(" ".join(current), current_width, True))
    return lines


def _pieces(words: list[str], font: str, size: float, max_width: float) -> Iterator[str]:
    for word in words:
        if not word:
            continue
        if width(word, font, size) <= max_width:
            yield word
            continue
        piece = ""
        for char in word:
            if piece and width(piece + char, font, size) > max_width:
                yield piece
                piece = ""
            piece += char
        if piece:
            yield piece
