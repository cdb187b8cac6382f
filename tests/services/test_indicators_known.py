"""The generated register with known answers (tests/core/test_indicators.py), written into a
real database: the dashboard's SQL counts, and the JSON, workbook and PDF made from them,
reproduce the known answers exactly."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime

from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import insert

from counsellor_app.core.ids import new_id
from counsellor_app.core.indicator_export import to_json, to_xlsx
from counsellor_app.core.indicators import Dimension, Milestone, PersonFacts, compute
from counsellor_app.documents.indicator_report import render_indicator_report
from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.services.indicators import IndicatorService
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import Base, LocalSetting
from tests.conftest import ADMIN, PASSWORD
from tests.core.test_indicators import YEAR, register

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def write_register(db: Database, user: CurrentUser, people: list[PersonFacts]) -> None:
    """The facts as rows of the app's tables, in one transaction (test data, not a workflow)."""
    tables = Base.metadata.tables
    stamp = {"created_at": NOW, "updated_at": NOW, "server_version": 0, "dirty": False}
    with db.reader() as session:
        home = session.get(LocalSetting, "agency_id")
        assert home is not None
        agency_ids = {"RABAG": home.value}
    rows: dict[str, list[dict[str, object]]] = {name: [] for name in tables}
    agency_ids["CASAM"] = new_id()
    rows["agency"].append({"id": agency_ids["CASAM"], "institution": "anapec", "name": "Agence Casa",
                           "code": "CASAM", "address": "", "phone": "", **stamp})  # fmt: skip
    partner, envelope = new_id(), new_id()
    rows["partner"].append({"id": partner, "name": "Amane", "kind": "ngo", "address": "",
                            "contact_name": "", "email": "", **stamp})  # fmt: skip
    rows["budget_envelope"].append({"id": envelope, "name": "UE", "budget_centimes": 200_000_000,
                                    "valid_from": date(2026, 1, 1), "valid_to": date(2026, 12, 31), **stamp})  # fmt: skip
    grants: dict[str, str] = {}
    for n, facts in enumerate(people):
        facts.agency = facts.agency or "RABAG"  # as written: every file has its agency,
        facts.date_of_birth = facts.date_of_birth or date(1990, 1, 1)  # and a birth date
        created = facts.created_on or date(2026, 1, 1)
        rows["person"].append({
            "id": facts.person_id, "file_number": f"TEST-{n:06d}",
            "owner_agency_id": agency_ids[facts.agency],
            "last_name": "Diallo", "first_name": "Awa", "sex": facts.sex or "male",
            "date_of_birth": facts.date_of_birth, "nationality": facts.nationality,
            "legal_status": facts.legal_status or "refugee_bra", "track": facts.track or None,
            "search_rowid": 1_000_000 + n, "sort_key": "diallo awa", "consent_status": "given",
            "languages": [], "vulnerabilities": [], **stamp,
            "created_at": datetime(created.year, created.month, created.day, 9, tzinfo=UTC),
        })  # fmt: skip
        for kind, records in facts.records.items():
            for record in records:
                if record.get("deleted_at"):
                    continue
                values = {k: v for k, v in record.items() if k != "id"}
                if kind == "pathway_stage":
                    values = {"stage": values["stage"], "status": values["status"],
                              "started_on": values["started_on"], "ended_on": values["ended_on"],
                              "reason": "", "notes": "", "data": {}}  # fmt: skip
                elif kind == "follow_up_visit":
                    values["due_on"] = values["done_on"]
                elif kind == "referral":
                    values.update(partner_id=partner, code=f"R{n:06d}{len(rows['referral'])}",
                                  service="training", state="sent")  # fmt: skip
                elif kind == "grant_application":
                    grants[str(record["id"])] = new_id()
                    values.update(envelope_id=envelope, requested_centimes=2_000_000)
                elif kind == "disbursement":
                    values.update(application_id=grants[str(record["application_id"])],
                                  mode="cash", paid_on=date(2026, 9, 30), recorded_by_user=user.id)  # fmt: skip
                record_id = (
                    grants.get(str(record["id"])) if kind == "grant_application" else new_id()
                )
                if kind != "disbursement":
                    values["person_id"] = facts.person_id
                rows[kind].append({"id": record_id, **values, **stamp})
    with db.engine.begin() as connection:
        for name in ("agency", "partner", "budget_envelope", "person", "pathway_stage",
                     "ae_registration", "outcome", "follow_up_visit", "grant_application",
                     "disbursement", "referral"):  # fmt: skip
            if rows[name]:
                connection.execute(insert(tables[name]), rows[name])


def test_the_known_register_is_reproduced_by_every_output(
    db: Database, user: CurrentUser, workspace: Workspace
) -> None:
    people = register()
    write_register(db, user, people)
    _db, admin = workspace.log_in(ADMIN, PASSWORD, db)
    report = IndicatorService(db, admin).report(YEAR)  # the dashboard's counting, in SQL
    known = {
        Milestone.REGISTERED: 2_200, Milestone.TRAINED: 800, Milestone.AE_REGISTERED: 400,
        Milestone.BUSINESS_CREATED: 50, Milestone.ACTIVE_6_MONTHS: 30, Milestone.GRANT_AWARDED: 60,
        Milestone.GRANT_DISBURSED: 40, Milestone.REFERRED: 300, Milestone.HIRED: 0,
    }  # fmt: skip
    assert {m: report.total(m) for m in known} == known
    registered = report.results[Milestone.REGISTERED].by
    assert registered[Dimension.NATIONALITY] == {"GN": 1_100, "CI": 700, "MA": 400}
    assert registered[Dimension.AGENCY] == {"RABAG": 1_100, "CASAM": 1_100}
    assert (report.money.committed, report.money.disbursed) == (120_000_000, 60_000_000)
    plain = compute(people, YEAR, [{"budget_centimes": 200_000_000, "valid_from": date(2026, 1, 1),
                                    "valid_to": date(2026, 12, 31)}])  # fmt: skip
    for milestone in Milestone:  # the same as counting the plain values (city aside: not written)
        for dimension in (
            Dimension.SEX,
            Dimension.NATIONALITY,
            Dimension.AGENCY,
            Dimension.AGE_BAND,
        ):
            assert report.results[milestone].by[dimension] == plain.results[milestone].by[dimension]

    data = json.loads(to_json(report))
    totals = {i["key"]: i["total"] for i in data["indicators"]}
    assert (
        totals["registered"] == 2_200
        and totals["trained"] == 800
        and totals["business_created"] == 50
    )
    book = load_workbook(io.BytesIO(to_xlsx(report)))
    sheet = {r[0]: r[1] for r in book["Indicators"].iter_rows(min_row=2, values_only=True)}
    assert (sheet["registered"], sheet["ae_registered"], sheet["grant_disbursed"]) == (
        2_200,
        400,
        40,
    )
    pdf = render_indicator_report(report, "Agence ANAPEC Rabat-Agdal")
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace(
        "\u202f", " "
    )
    assert (
        "registered\n2 200\n" in text
        and "trained\n800\n" in text
        and "business_created\n50\n" in text
    )
