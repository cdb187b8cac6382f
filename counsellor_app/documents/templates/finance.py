"""Agreements to sign and the receipt of a grant payment."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from counsellor_app.documents.flowables import HEADING
from counsellor_app.documents.layout import Sheet, Value
from counsellor_app.documents.templates.common import agency, done_at, person_block, signatory


def internship_agreement(sheet: Sheet, data: Mapping[str, Any]) -> list[Flowable]:
    person, host = data["person"], data["host"]
    city = host.get("city") or {}
    dates: dict[str, Value] = {
        "start": lambda w: w.date(data["starts_on"]),
        "end": lambda w: w.date(data["ends_on"]),
    }
    return [
        *sheet.title("internship_agreement.title"),
        sheet.pair("internship_agreement.parties", HEADING),
        sheet.pair(
            "internship_agreement.party_agency", agency=agency(sheet), signatory=signatory(sheet)
        ),
        sheet.pair(
            "internship_agreement.party_host",
            host=host["name"],
            city=lambda w: city.get(w.language, "") or "—",
            ice=host.get("ice") or "—",
            contact=host.get("contact") or "—",
        ),
        sheet.pair(
            "internship_agreement.party_intern",
            name=person["name"],
            file_number=person["file_number"],
        ),
        sheet.pair("internship_agreement.agreed", HEADING),
        sheet.pair("internship_agreement.art1"),
        sheet.pair("internship_agreement.art2", **dates),
        sheet.pair("internship_agreement.art3", tutor=data.get("tutor") or "—"),
        sheet.pair(
            "internship_agreement.art4", stipend=lambda w: w.money(data["stipend_centimes"])
        ),
        sheet.pair("internship_agreement.art5"),
        sheet.pair("internship_agreement.art6"),
        Spacer(0, 3 * mm),
        KeepTogether(
            [
                done_at(sheet, data),
                sheet.signatures(
                    [
                        "internship_agreement.sign_agency",
                        "internship_agreement.sign_host",
                        "internship_agreement.sign_intern",
                    ]
                ),
            ]
        ),
    ]


def microgrant_agreement(sheet: Sheet, data: Mapping[str, Any]) -> list[Flowable]:
    person = data["person"]
    conditions = (data.get("conditions") or "").strip()
    return [
        *sheet.title("microgrant_agreement.title"),
        Spacer(0, 2 * mm),
        *person_block(sheet, person),
        sheet.pair(
            "microgrant_agreement.parties",
            agency=agency(sheet),
            signatory=signatory(sheet),
            programme=data["programme"],
            name=person["name"],
            file_number=person["file_number"],
        ),
        sheet.pair(
            "microgrant_agreement.art1",
            amount=lambda w: w.money(data["approved_centimes"]),
            activity=data.get("activity") or "—",
            decided_on=lambda w: w.date(data["decided_on"]),
        ),
        sheet.pair("microgrant_agreement.art2"),
        sheet.pair("microgrant_agreement.art3", conditions=conditions)
        if conditions
        else sheet.pair("microgrant_agreement.art3_none"),
        sheet.pair("microgrant_agreement.art4"),
        sheet.pair("microgrant_agreement.art5"),
        sheet.pair("microgrant_agreement.art6"),
        Spacer(0, 3 * mm),
        KeepTogether(
            [
                done_at(sheet, data),
                sheet.signatures(
                    ["microgrant_agreement.sign_agency", "microgrant_agreement.sign_beneficiary"]
                ),
            ]
        ),
    ]


def disbursement_receipt(sheet: Sheet, data: Mapping[str, Any]) -> list[Flowable]:
    person = data["person"]
    flow: list[Flowable] = [
        *sheet.title("disbursement_receipt.title"),
        Spacer(0, 2 * mm),
        *person_block(sheet, person),
        sheet.pair(
            "disbursement_receipt.body",
            name=person["name"],
            file_number=person["file_number"],
            agency=agency(sheet),
            paid_on=lambda w: w.date(data["paid_on"]),
            amount=lambda w: w.money(data["amount_centimes"]),
            mode=lambda w: w.label("mode", data["mode"]),
            decided_on=lambda w: w.date(data["decided_on"]),
        ),
    ]
    if data.get("receipt"):
        flow.append(sheet.pair("disbursement_receipt.reference", receipt=data["receipt"]))
    flow += [
        sheet.pair(
            "disbursement_receipt.totals",
            paid=lambda w: w.money(data["paid_centimes"]),
            approved=lambda w: w.money(data["approved_centimes"]),
        ),
        Spacer(0, 3 * mm),
        done_at(sheet, data),
        sheet.signatures(
            [
                "disbursement_receipt.sign_beneficiary",
                "disbursement_receipt.sign_recorded",
                "disbursement_receipt.sign_confirmed",
            ],
            signed_by_agency=None,
        ),
    ]
    return flow
