"""Every template renders readable, bilingual pages: checked in the PDF's own text."""

from __future__ import annotations

import io
import unicodedata

import pytest
from pypdf import PdfReader

from counsellor_app.documents import bidi_text
from counsellor_app.documents.render import RenderRequest, render
from counsellor_app.documents.templates import TEMPLATES
from tests.documents.fixtures import ARABIC, LATIN, LETTERHEAD, LONG_NAME, samples

SERIAL = "RABAG-K7P-26-D00007"
LANGUAGE_PAIRS = [("fr", "ar"), ("en", "ar"), ("ar", "fr"), ("fr", "en")]


def raw_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(p.extract_text() or "" for p in reader.pages)


def pdf_text(pdf: bytes) -> str:
    """The page's text as a reader gets it: pypdf puts right-to-left runs back in reading
    order, so an Arabic phrase is found only if it was drawn right to left; NFKC turns the
    joined letter forms back into letters."""
    return unicodedata.normalize("NFKC", raw_text(pdf))


def make(template: str, data: dict, languages: tuple[str, str] = ("fr", "ar")) -> bytes:
    return render(
        [
            RenderRequest(
                template,
                {**data, "issued_on": "2026-11-22"},
                languages,
                LETTERHEAD,
                SERIAL,
                f"CNS1|{SERIAL}|x",
            )
        ]
    )


@pytest.mark.parametrize("template", sorted(TEMPLATES))
@pytest.mark.parametrize("person", [LATIN, ARABIC], ids=["latin", "arabic"])
def test_every_template_renders_names_dates_and_serial(template: str, person: dict) -> None:
    data = samples(person)[template]
    for languages in LANGUAGE_PAIRS:
        text = pdf_text(make(template, data, languages))
        assert SERIAL in text
        assert person["name"].split()[0] in text, (template, languages)
        if "ar" in languages:  # numbers inside Arabic lines: order checked on the drawn line
            assert "نونبر" in text, (template, languages)
        if "fr" in languages:
            assert "novembre 2026" in text, (template, languages)


def test_amounts_are_written_the_moroccan_way() -> None:
    text = pdf_text(make("disbursement_receipt", samples(LATIN)["disbursement_receipt"]))
    assert "12.345,67 MAD" in text
    english = pdf_text(
        make("disbursement_receipt", samples(LATIN)["disbursement_receipt"], ("en", "ar"))
    )
    assert "12,345.67 MAD" in english


def test_arabic_is_joined_and_reads_right_to_left() -> None:
    title = "شهادة التوجيه المهني"
    drawn = bidi_text.visual(title, True)
    assert any("\ufe70" <= ch <= "\ufeff" for ch in drawn)  # contextual forms: letters joined
    assert unicodedata.normalize("NFKC", drawn)[::-1] == title  # words and letters reversed
    pdf = make("orientation_certificate", samples(LATIN)["orientation_certificate"])
    assert title in pdf_text(pdf)
    assert drawn[::-1] in raw_text(pdf)  # the joined forms themselves are in the page


def test_latin_names_and_numbers_keep_their_order_inside_arabic() -> None:
    line = bidi_text.visual("أجراها \u2068Salma Ouahbi\u2069 يوم 12 ماي", True)
    plain = unicodedata.normalize("NFKC", line)
    assert "Salma Ouahbi" in plain and "12" in plain
    # Right to left: the sentence's first word is drawn last (rightmost), the name in between.
    first_word = unicodedata.normalize("NFKC", bidi_text.visual("أجراها", True))
    assert plain.index("12") < plain.index("Salma") < plain.index(first_word)


def test_brackets_are_mirrored_in_right_to_left_runs() -> None:
    drawn = unicodedata.normalize("NFKC", bidi_text.visual("العمل (تدريب)", True))
    assert drawn.startswith("(") and drawn.endswith(")") is False
    assert drawn.index("(") < drawn.index(")")


def test_multiline_arabic_paragraph_starts_on_the_first_line() -> None:
    sentence = " ".join(["كلمة"] * 40 + ["نهاية"])
    lines = bidi_text.wrap(sentence, "Amiri", 10.5, 200)
    assert len(lines) > 2 and lines[-1].text.endswith("نهاية")
    assert all(line.width <= 200 for line in lines)


def test_long_words_never_run_past_the_margin() -> None:
    lines = bidi_text.wrap("x" * 400, "Amiri", 10.5, 100)
    assert len(lines) > 1 and all(line.width <= 100 for line in lines)


def test_long_texts_flow_onto_more_pages() -> None:
    pdf = make("business_plan", samples({**LATIN, "name": LONG_NAME})["business_plan"])
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 3


def test_fonts_are_embedded() -> None:
    reader = PdfReader(io.BytesIO(make("referral_letter", samples(ARABIC)["referral_letter"])))
    fonts = [ref.get_object() for ref in reader.pages[0]["/Resources"]["/Font"].values()]
    assert {str(f["/BaseFont"]).split("+")[1] for f in fonts} == {"Amiri-Regular", "Amiri-Bold"}
    for font in fonts:
        assert "/FontFile2" in font["/FontDescriptor"].get_object()  # the glyphs travel along


def test_the_same_snapshot_gives_the_same_bytes() -> None:
    data = samples(ARABIC)["convocation"]
    assert make("convocation", data) == make("convocation", data)


def test_referral_letter_and_its_slip_fit_on_one_page() -> None:
    data = samples({**LATIN, "name": "DIALLO Mamadou"})["referral_letter"]
    data["partner"] = {"name": "Centre de santé Yacoub El Mansour", "address": "Rue 12, Rabat"}
    reader = PdfReader(io.BytesIO(make("referral_letter", data)))
    assert len(reader.pages) == 1
    assert pdf_text(make("referral_letter", data)).count("R-7K3Q-9XZ2M") >= 2  # letter and slip


def test_a_phone_number_in_an_arabic_sentence_is_never_split_or_reversed() -> None:
    from counsellor_app.documents.wording import Wording

    sentence = Wording("ar").text("convocation.excuse", phone="+212 537 00 00 00")
    lines = bidi_text.wrap(sentence, "Amiri", 10.5, 150)
    (holding,) = [line for line in lines if "537" in line.text]
    assert "+212\u00a0537\u00a000\u00a000\u00a000" in bidi_text.visual(holding.text, True)
