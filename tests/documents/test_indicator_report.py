"""The donors' PDF report: the known register's counts, small counts hidden, both directions."""

from __future__ import annotations

import io

from pypdf import PdfReader

from counsellor_app.core.indicators import compute
from counsellor_app.documents.indicator_report import render_indicator_report
from tests.core.test_indicators import YEAR, register


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages).replace("\u202f", " ")


def test_the_report_shows_the_known_counts_and_hides_small_ones() -> None:
    people = register()
    people[0].nationality = "TD"  # the only person from Chad: hidden in the table by nationality
    report = compute(people, YEAR)
    pdf = render_indicator_report(report, "Agence ANAPEC Rabat-Agdal", day="2026-11-22")
    assert pdf.startswith(b"%PDF")
    text = _text(pdf)
    assert "Programme indicators" in text and "From 2026-01-01 to 2026-12-31" in text
    assert "registered\n2 200\n" in text and "trained\n800\n" in text
    assert "business_created\n50\n" in text
    assert "approved\n1 200 000\n" in text  # 60 grants of 20,000 MAD
    # The one person from Chad never shows as 1, nor as the total less the other groups: the
    # smallest other group (Morocco's 400) is hidden with it.
    assert "By nationality\nIndicator\nGN\nCI\nMA\nTD\nregistered\n1 099\n700\nx\nx\n" in text
    assert "trained\nx\n0\n0\nx\n" in text  # 799 + 1: both hidden
    assert "Counts from 1 to 4, and the counts that would let them be worked" in text
    assert "Agence ANAPEC Rabat-Agdal" in text


def test_an_arabic_report_is_drawn_right_to_left() -> None:
    report = compute(register(), YEAR)
    pdf = render_indicator_report(
        report, "وكالة الرباط أكدال", names={"registered": "الأشخاص المرافَقون"},
        words={"title": "مؤشرات البرنامج"}, rtl=True,
    )  # fmt: skip
    assert pdf.startswith(b"%PDF") and len(PdfReader(io.BytesIO(pdf)).pages) >= 1
