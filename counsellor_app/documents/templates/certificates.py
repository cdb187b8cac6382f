"""Certificates people show to an employer: orientation, soft-skills training, internship."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from counsellor_app.documents.layout import Sheet
from counsellor_app.documents.templates.common import agency, done_at, person_block


def _certificate(
    sheet: Sheet, data: Mapping[str, Any], body: list[Flowable], title: str
) -> list[Flowable]:
    return [
        *sheet.title(title),
        Spacer(0, 4 * mm),
        *person_block(sheet, data["person"]),
        *body,
        sheet.pair("common.closing"),
        Spacer(0, 4 * mm),
        done_at(sheet, data),
        Spacer(0, 3 * mm),
        sheet.signatures(["common.signature"]),
    ]


def orientation(sheet: Sheet, data: Mapping[str, Any]) -> list[Flowable]:
    body = [
        sheet.pair(
            "orientation_certificate.body",
            agency=agency(sheet),
            date=lambda w: w.date(data["interview_on"]),
            counsellor=data["counsellor"],
        )
    ]
    if data.get("career_goal"):
        body.append(sheet.pair("orientation_certificate.goal", career_goal=data["career_goal"]))
    if data.get("track"):
        body.append(
            sheet.pair(
                "orientation_certificate.track", track=lambda w: w.label("track", data["track"])
            )
        )
    return _certificate(sheet, data, body, "orientation_certificate.title")


def softskills(sheet: Sheet, data: Mapping[str, Any]) -> list[Flowable]:
    body = [
        sheet.pair(
            "softskills_certificate.body",
            cohort=data["cohort"],
            start=lambda w: w.date(data["starts_on"]),
            end=lambda w: w.date(data["ends_on"]),
            place=data.get("place") or "—",
            hours=lambda w: _hours(data["minutes"], w.language),
            rate=data["attendance_rate"],
        )
    ]
    if data.get("modules"):
        modules = ", ".join(m.strip() for m in data["modules"].splitlines() if m.strip())
        body.append(sheet.pair("softskills_certificate.modules", modules=modules))
    if data.get("trainer"):
        body.append(sheet.pair("softskills_certificate.trainer", trainer=data["trainer"]))
    return _certificate(sheet, data, body, "softskills_certificate.title")


def _hours(minutes: int, language: str) -> str:
    hours, rest = divmod(minutes, 60)
    if not rest:
        return str(hours)
    return f"{hours}{',' if language != 'en' else '.'}{rest * 10 // 60}"


def internship(sheet: Sheet, data: Mapping[str, Any]) -> list[Flowable]:
    body = [
        sheet.pair(
            "internship_certificate.body",
            host=data["host"],
            city=lambda w: data["city"].get(w.language, "") if data.get("city") else "—",
            start=lambda w: w.date(data["starts_on"]),
            end=lambda w: w.date(data["ends_on"]),
            tutor=data.get("tutor") or "—",
        )
    ]
    if data.get("hired"):
        body.append(sheet.pair("internship_certificate.outcome_hired"))
    return _certificate(sheet, data, body, "internship_certificate.title")
