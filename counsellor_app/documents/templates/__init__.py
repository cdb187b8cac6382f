"""The document templates: each turns a data snapshot into the flowables of its pages.

A template's ``version`` goes up whenever its output for the same snapshot changes, so the
register knows which version printed a document.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable

from counsellor_app.documents.layout import Sheet
from counsellor_app.documents.templates import (
    certificates,
    finance,
    letters,
    minutes,
    plan,
    sheets,
)


@dataclass(frozen=True)
class Template:
    key: str
    version: int
    build: Callable[[Sheet, Mapping[str, Any]], list[Flowable]]
    for_person: bool = True  # a person's document (consent checked, listed in their file)


TEMPLATES: dict[str, Template] = {
    t.key: t
    for t in (
        Template("orientation_certificate", 1, certificates.orientation),
        Template("softskills_certificate", 1, certificates.softskills),
        Template("internship_certificate", 1, certificates.internship),
        Template("internship_agreement", 1, finance.internship_agreement),
        Template("referral_letter", 1, letters.referral),
        Template("convocation", 1, letters.convocation),
        Template("business_plan", 1, plan.business_plan),
        Template("microgrant_agreement", 1, finance.microgrant_agreement),
        Template("disbursement_receipt", 1, finance.disbursement_receipt),
        Template("attendance_sheet", 1, sheets.attendance, for_person=False),
        Template("committee_minutes", 1, minutes.committee_minutes, for_person=False),
    )
}
