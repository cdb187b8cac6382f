"""Indicators over a real register: the same counts from the service, JSON and CSV, and from
the command line; a counsellor is not shown the report."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from counsellor_app.core.indicator_export import to_csv, to_json
from counsellor_app.core.indicators import Dimension, Milestone, Period
from counsellor_app.core.pathway import OutcomeKind, Stage, Status
from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.services.errors import NotAllowed
from counsellor_app.services.indicators import IndicatorService
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.people import PeopleService
from counsellor_app.storage.database import Database
from tests.conftest import ADMIN, PASSWORD, letters, person
from tests.indicator_records import report_from_records

TODAY = date(2026, 11, 22)
YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))
ROOT = Path(__file__).resolve().parents[2]


def _register(db: Database, user: CurrentUser) -> list[str]:
    """Twelve people: 7 women from Guinea, 5 men from Côte d'Ivoire; six oriented, two
    dropped out, three hired."""
    people = PeopleService(db, user, today=lambda: TODAY)
    pathways = PathwayService(db, user, today=lambda: TODAY)
    ids = []
    for n in range(12):
        woman = n < 7
        ids.append(
            people.register(
                person(last_name=f"Personne {letters(n)}", sex="female" if woman else "male",
                       nationality="GN" if woman else "CI"),
                confirmed_new=True,
            )
        )  # fmt: skip
    for person_id in ids[:6]:
        pathways.move(person_id, Stage.ORIENTATION, Status.IN_PROGRESS, date(2026, 10, 1))
        pathways.move(person_id, Stage.ORIENTATION, Status.COMPLETED, date(2026, 10, 20))
    for person_id in ids[6:8]:
        pathways.record_outcome(
            person_id, OutcomeKind.DROPPED_OUT, date(2026, 11, 2), "Parti travailler à Tanger"
        )
    for person_id in ids[:3]:
        pathways.record_outcome(person_id, OutcomeKind.SALARIED_JOB, date(2026, 11, 15))
    return ids


def test_the_report_counts_the_register(
    db: Database, user: CurrentUser, workspace: Workspace
) -> None:
    ids = _register(db, user)
    with pytest.raises(NotAllowed):
        IndicatorService(db, user).report(YEAR)  # a counsellor: no report
    _db, admin = workspace.log_in(ADMIN, PASSWORD, db)
    report = IndicatorService(db, admin).report(YEAR)
    assert report.total(Milestone.REGISTERED) == 12
    assert report.total(Milestone.ORIENTED) == 6
    assert report.total(Milestone.DROPPED_OUT) == 2
    assert report.total(Milestone.HIRED) == 3
    assert report.results[Milestone.REGISTERED].by[Dimension.NATIONALITY] == {"GN": 7, "CI": 5}
    assert report.results[Milestone.REGISTERED].by[Dimension.AGENCY] == {"RABAG": 12}
    assert IndicatorService(db, user).people_behind(YEAR, Milestone.DROPPED_OUT) == sorted(ids[6:8])
    assert report_from_records(db, YEAR) == report  # counted alike
    assert (
        IndicatorService(db, admin)
        .report(Period(date(2025, 1, 1), date(2025, 12, 31)))
        .total(Milestone.REGISTERED)
        == 0
    )

    data = json.loads(to_json(report))  # donors' threshold 5: 2 and 3 are hidden
    by_key = {i["key"]: i for i in data["indicators"]}
    assert by_key["registered"]["total"] == 12 and by_key["oriented"]["total"] == 6
    assert by_key["dropped_out"]["total"] is None and by_key["hired"]["total"] is None
    assert by_key["registered"]["by"]["nationality"] == {"CI": 5, "GN": 7}
    assert by_key["oriented"]["by"]["sex"] == {"female": 6}
    assert data["indicators"][0]["definition"].startswith("People whose intake")
    rows = list(csv.DictReader(io.StringIO(to_csv(report, threshold=0))))
    totals = {r["indicator"]: r["people"] for r in rows if r["dimension"] == "total"}
    assert totals["registered"] == "12" and totals["dropped_out"] == "2"
    assert totals["money_committed_mad"] == "0.00"


def test_the_command_line_writes_the_same_report(
    db: Database, user: CurrentUser, workspace: Workspace, tmp_path: Path
) -> None:
    _register(db, user)
    db.close()
    environment = {**os.environ, "COUNSELLOR_PASSWORD": PASSWORD}
    base = [sys.executable, "-m", "counsellor_app", "--data-dir", str(workspace.paths.root)]
    target = tmp_path / "rapport.csv"
    done = subprocess.run(
        [*base, "report", "--user", ADMIN, "--period", "2026", "--format", "csv",
         "--output", str(target), "--suppress", "0"],
        env=environment, capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert {
        "indicator": "registered",
        "dimension": "nationality",
        "value": "GN",
        "people": "7",
    } in rows
    printed = subprocess.run(
        [*base, "report", "--user", ADMIN, "--period", "2026-10"],
        env=environment, capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    oriented = next(i for i in json.loads(printed.stdout)["indicators"] if i["key"] == "oriented")
    assert oriented["total"] == 6  # completed on 20 October
    workbook = tmp_path / "rapport.xlsx"
    done = subprocess.run(
        [*base, "report", "--user", ADMIN, "--period", "2026", "--format", "xlsx",
         "--output", str(workbook)],
        env=environment, capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    from openpyxl import load_workbook

    totals = dict(
        load_workbook(workbook)["Indicators"].iter_rows(min_row=2, max_col=2, values_only=True)
    )
    assert totals["registered"] == 12 and totals["hired"] == "< 5"
    refused = subprocess.run(
        [*base, "report", "--user", "salma", "--period", "2026"],
        env=environment, capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    assert refused.returncode != 0 and "may not see reports" in refused.stderr
    wrong = subprocess.run(
        [*base, "report", "--user", ADMIN, "--period", "last year"],
        env=environment, capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    assert wrong.returncode != 0 and "not a period" in wrong.stderr


def test_grants_and_their_money_are_counted_alike_in_sql_and_over_records(
    db: Database, user: CurrentUser, people: PeopleService, workspace: Workspace
) -> None:
    from counsellor_app.core.grants import Decision, DisbursementMode
    from counsellor_app.services.grants import GrantService
    from tests.services.test_grants import to_microgrant

    _db, admin = workspace.log_in(ADMIN, PASSWORD, db)
    supervisor = GrantService(db, admin, today=lambda: TODAY)
    envelope = supervisor.create_envelope("UE — Work4Life", 10_000_000, date(2026, 1, 1))
    counsellor = GrantService(db, user, today=lambda: TODAY)
    pathways = PathwayService(db, user, today=lambda: TODAY)
    awarded = []
    for n in range(3):
        person_id = to_microgrant(people, pathways, plan_done=True)
        application = counsellor.apply(person_id, envelope, 1_500_000)
        counsellor.decide(application, Decision.APPROVED, 1_200_000, date(2026, 10, 15),
                          score=70, conditions="", committee_members="Mme Tazi, M. Haddad")  # fmt: skip
        awarded.append(person_id)
        tranche = counsellor.record_tranche(
            application, 700_000, DisbursementMode.IN_KIND, date(2026, 10, 31), f"Facture {n}"
        )
        if n < 2:
            supervisor.confirm_tranche(tranche)  # the third is recorded, not confirmed
    service = IndicatorService(db, admin)
    report = service.report(YEAR)
    assert report.total(Milestone.GRANT_AWARDED) == 3
    assert report.total(Milestone.GRANT_DISBURSED) == 2
    assert report.total(Milestone.BUSINESS_PLAN_COMPLETED) == 3
    assert report.money.committed == 3 * 1_200_000
    assert report.money.disbursed == 2 * 700_000
    assert report.money.budget == 10_000_000
    assert report_from_records(db, YEAR) == report
    assert service.people_behind(YEAR, Milestone.GRANT_AWARDED) == sorted(awarded)


def test_programmes_keep_their_period_and_targets(
    db: Database, user: CurrentUser, workspace: Workspace
) -> None:
    from counsellor_app.core.problems import DomainError
    from counsellor_app.services.indicator_targets import Programme, TargetService

    with pytest.raises(NotAllowed):
        TargetService(db, user).programmes()  # counsellors do not see reports
    _db, admin = workspace.log_in(ADMIN, PASSWORD, db)
    targets = TargetService(db, admin)
    saved = targets.save(
        Programme("  UE — Work4Life 2026 ", YEAR, {Milestone.REGISTERED: 200, Milestone.TRAINED: 0})
    )
    assert saved.name == "UE — Work4Life 2026" and saved.targets == {Milestone.REGISTERED: 200}
    assert (
        saved.progress(Milestone.REGISTERED, 150) == 75
        and saved.progress(Milestone.HIRED, 3) is None
    )
    with pytest.raises(DomainError) as refused:
        targets.save(Programme("ue — work4life 2026", YEAR, {Milestone.HIRED: -1}))
    assert {p.code for p in refused.value.problems} == {
        "programme_name_taken",
        "target_out_of_range",
    }
    targets.save(
        Programme("UE — Work4Life 2026-27", YEAR, {Milestone.HIRED: 40}), "UE — Work4Life 2026"
    )
    assert [(p.name, p.targets) for p in targets.programmes()] == [
        ("UE — Work4Life 2026-27", {Milestone.HIRED: 40})
    ]
    targets.remove("UE — Work4Life 2026-27")
    assert targets.programmes() == []


def test_person_lists_are_for_supervisors_and_can_leave_names_out(
    db: Database, user: CurrentUser, workspace: Workspace
) -> None:
    from counsellor_app.services.indicators import people_csv

    ids = _register(db, user)
    with pytest.raises(NotAllowed):
        IndicatorService(db, user).people_list(YEAR, Milestone.ORIENTED, deidentified=True)
    people = PeopleService(db, user, today=lambda: TODAY)
    for person_id in ids[:4]:  # four agreed to be named to the donor
        stored = people.get(person_id).data
        donors = replace(stored.consent, purposes=stored.consent.purposes | {"donor_named"})
        people.update(person_id, replace(stored, consent=donors))
    _db, admin = workspace.log_in(ADMIN, PASSWORD, db)
    service = IndicatorService(db, admin)
    named = service.people_list(YEAR, Milestone.ORIENTED, deidentified=False)
    assert len(named.rows) == 4 and named.without_consent == 2
    assert named.rows[0]["last_name"].startswith("Personne")
    hidden = service.people_list(YEAR, Milestone.ORIENTED, deidentified=True).rows
    assert len(hidden) == 6 and set(hidden[0]) == {
        "code", "sex", "age_band", "nationality", "legal_status", "agency", "city", "track"
    }  # fmt: skip
    text = people_csv(hidden)
    for person_id in ids[:6]:
        assert person_id not in text and person_id[:10] not in text
    assert "Personne" not in text and "RABAG-" not in text and "1995" not in text
    again = service.people_list(YEAR, Milestone.ORIENTED, deidentified=True).rows
    assert {r["code"] for r in again}.isdisjoint({r["code"] for r in hidden})  # not joinable
