"""Blocks shared by the templates: who the document is about, where and when it was issued."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from counsellor_app.documents.flowables import BODY
from counsellor_app.documents.layout import Sheet, Value


def person_block(sheet: Sheet, person: Mapping[str, Any]) -> list[Flowable]:
    rows: list[tuple[str, Value]] = [
        ("common.person_name", person["name"]),
        ("common.file_number", person["file_number"]),
    ]
    if person.get("birth_date"):
        rows.append(("common.birth_date", lambda w: w.date(person["birth_date"])))
    if person.get("nationality"):
        rows.append(("common.nationality", lambda w: w.country(person["nationality"])))
    if person.get("identity"):
        rows.append(("common.identity", person["identity"]))
    return [sheet.fields(rows), Spacer(0, 3 * mm)]


def done_at(sheet: Sheet, data: Mapping[str, Any]) -> Flowable:
    left, right = (
        wording.text(
            "common.done_at",
            city=sheet.letterhead.city.get(wording.language, ""),
            date=wording.date(data["issued_on"]),
        )
        for wording in sheet.both()
    )
    return sheet.free_pair(left, right, BODY.but(align="end"))


def agency(sheet: Sheet) -> Value:
    return lambda w: sheet.letterhead.in_("agency", w.language)


def signatory(sheet: Sheet) -> Value:
    head = sheet.letterhead
    return lambda w: ", ".join(
        p for p in (head.signatory_name, head.in_("signatory_title", w.language)) if p
    )
