"""Snapshot in, PDF bytes out: the same snapshot always gives the same bytes."""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from counsellor_app.documents.fonts import REGULAR, register_fonts
from counsellor_app.documents.layout import (
    BODY_BOTTOM,
    BODY_TOP,
    BODY_WIDTH,
    MARGIN,
    PAGE_HEIGHT,
    Issue,
    Letterhead,
    Sheet,
    StartDocument,
    decorate_page,
    ordered,
)
from counsellor_app.documents.templates import TEMPLATES

PAYLOADS_KEY = "counsellor-payloads"


class RenderCancelled(Exception):
    """The person asked to stop a batch; nothing was written."""


@dataclass(frozen=True)
class RenderRequest:
    template: str
    data: Mapping[str, Any]
    languages: tuple[str, str]
    letterhead: Letterhead
    serial: str
    payload: str
    assets: Mapping[str, bytes] = field(default_factory=dict)
    stamp: str = ""  # "revoked" or "specimen": printed across every page


class _Progress(Flowable):
    def __init__(self, done: int, report: Callable[[int], bool]) -> None:
        super().__init__()
        self.done, self.report = done, report

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        if not self.report(self.done):
            raise RenderCancelled


def render(
    requests: Sequence[RenderRequest], progress: Callable[[int], bool] | None = None
) -> bytes:
    """One PDF holding each request's pages in turn. ``progress(done)`` is called as each
    document is laid out; returning False cancels (``RenderCancelled``)."""
    if not requests:
        raise ValueError("nothing to render")
    register_fonts()
    story: list[Flowable] = []
    for index, request in enumerate(requests):
        template = TEMPLATES[request.template]
        if index:
            story.append(PageBreak())
        issue = Issue(
            request.serial,
            request.payload,
            request.languages,
            request.letterhead,
            request.assets,
            request.stamp,
        )
        story.append(StartDocument(issue))
        story += template.build(Sheet(request.languages, request.letterhead), request.data)
        if progress is not None:
            story.append(_Progress(index + 1, progress))
    buffer = io.BytesIO()
    first = requests[0]
    left, _ = ordered(first.languages)
    document = BaseDocTemplate(
        buffer,
        pagesize=(BODY_WIDTH + 2 * MARGIN, PAGE_HEIGHT),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        invariant=1,  # no timestamps or random ids: a reprint is byte for byte the same
        title=left.text(f"{first.template}.title"),
        author=first.letterhead.in_("agency", left.language),
        subject=first.serial if len(requests) == 1 else "",
        keywords=[PAYLOADS_KEY, *(r.payload for r in requests if r.payload)],
        creator="Counsellor",
        initialFontName=REGULAR,  # otherwise every page declares an unembedded Helvetica
        initialFontSize=10,
    )
    body = Frame(
        MARGIN,
        BODY_BOTTOM,
        BODY_WIDTH,
        BODY_TOP - BODY_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    document.addPageTemplates([PageTemplate("page", [body], onPageEnd=decorate_page)])
    document.build(story)
    return buffer.getvalue()


def payloads_in(pdf: bytes) -> list[str]:
    """The signed QR payloads a rendered PDF carries in its metadata (what ``verify`` reads).

    Raises ValueError when the bytes are not a readable PDF."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        info = PdfReader(io.BytesIO(pdf)).metadata
    except PdfReadError as exc:
        raise ValueError(f"not a readable PDF ({exc})") from exc
    keywords = str(info.get("/Keywords", "")) if info is not None else ""
    words = [w.strip() for w in keywords.split(",")]
    return [w for w in words[1:] if w] if words[:1] == [PAYLOADS_KEY] else []
