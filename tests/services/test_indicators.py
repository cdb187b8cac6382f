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
from sqlalchemy import func, select

from counsellor_app.core.clock import utc_now
from counsellor_app.core.indicator_export import to_csv, to_json
from counsellor_app.core.indicators import Dimension, Milestone, Period, Population
from counsellor_app.core.pathway import OutcomeKind, Stage, Status
from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.services.errors import NotAllowed
from counsellor_app.services.indicators import IndicatorService
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.people import PeopleService
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import AuditRecord, LocalSetting
from counsellor_app.storage.models import Programme as ProgrammeRow
from tests.conftest import ADMIN, PASSWORD, letters, person
from tests.indicator_records import report_from_records
from tests.stage_records import interview

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
        interview(pathways, person_id)
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
    from counsellor_app.services.indicator_targets import Programme, TargetService
    from counsellor_app.services.programmes import ProgrammeEnrolmentService

    ids = _register(db, user)
    _db, admin = workspace.log_in(ADMIN, PASSWORD, db)
    women = TargetService(db, admin).save(
        Programme("Femmes 2026", Period(date(2026, 10, 1), date(2026, 12, 31)), {},
                  Population(sexes=frozenset({"female"})))
    )  # fmt: skip
    for person_id in ids[:7]:  # the seven women: the programme counts its enrolled people
        ProgrammeEnrolmentService(db, user).enrol(person_id, women.id, date(2026, 10, 1))
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
    assert totals["People accompanied (intake)"] == 12 and totals["Hired"] == "x"  # named
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
    women = subprocess.run(
        [*base, "report", "--user", ADMIN, "--programme", "femmes 2026", "--suppress", "0"],
        env=environment, capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    data = json.loads(women.stdout)  # the programme's people, over its period
    assert data["population"] == {"sexes": ["female"]}
    assert data["period"] == {"start": "2026-10-01", "end": "2026-12-31"}
    totals = {i["key"]: i["total"] for i in data["indicators"]}
    assert (totals["oriented"], totals["dropped_out"]) == (6, 1)
    unknown = subprocess.run(
        [*base, "report", "--user", ADMIN, "--programme", "UE"],
        env=environment, capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    assert unknown.returncode != 0 and "no programme named 'UE' (known: 'Femmes 2026')" in (
        unknown.stderr
    )


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
        person_id = to_microgrant(people, pathways, True, db, user)
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


def test_programmes_keep_their_period_people_and_targets(
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
    assert saved.id and saved.population.everyone
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
    women = Population(sexes=frozenset({"female"}), agencies=frozenset({"RABAG"}))
    renamed = targets.save(
        Programme("UE — Work4Life 2026-27", YEAR, {Milestone.HIRED: 40}, women, saved.id)
    )
    assert renamed.id == saved.id
    assert [(p.name, p.targets, p.population) for p in targets.programmes()] == [
        ("UE — Work4Life 2026-27", {Milestone.HIRED: 40}, women)
    ]
    with db.reader() as session:  # kept as a record (it syncs), its changes in the audit trail
        row = session.get(ProgrammeRow, saved.id)
        assert row is not None and row.population == {"agencies": ["RABAG"], "sexes": ["female"]}
        assert (
            session.scalar(
                select(func.count())
                .select_from(AuditRecord)
                .where(AuditRecord.subject_id == saved.id)
            )
            == 2
        )
    targets.remove(saved.id)
    assert targets.programmes() == []
    with db.reader() as session:
        archived = session.get(ProgrammeRow, saved.id)
        assert archived is not None and archived.deleted_at is not None


def test_a_programme_counts_its_own_people_only(
    db: Database, user: CurrentUser, workspace: Workspace
) -> None:
    ids = _register(db, user)  # 7 women from Guinea (6 oriented of the 12), 5 men
    _db, admin = workspace.log_in(ADMIN, PASSWORD, db)
    service = IndicatorService(db, admin)
    women = Population(sexes=frozenset({"female"}))
    report = service.report(YEAR, women)
    assert report.population == women
    assert report.total(Milestone.REGISTERED) == 7 and report.total(Milestone.ORIENTED) == 6
    assert report.total(Milestone.DROPPED_OUT) == 1 and report.total(Milestone.HIRED) == 3
    assert report.results[Milestone.REGISTERED].by[Dimension.SEX] == {"female": 7}
    assert service.people_behind(YEAR, Milestone.DROPPED_OUT, women) == [ids[6]]
    assert report_from_records(db, YEAR, women) == report  # the plain-values counting agrees
    elsewhere = Population(agencies=frozenset({"CASAM"}))  # another agency's programme
    assert service.report(YEAR, elsewhere).total(Milestone.REGISTERED) == 0
    refugees = Population(legal_statuses=frozenset({"asylum_seeker"}))
    assert service.report(YEAR, refugees).total(Milestone.REGISTERED) == 0
    data = json.loads(to_json(report, threshold=0))
    assert data["population"] == {"sexes": ["female"]}


def test_programmes_kept_by_an_earlier_version_become_records(
    db: Database, workspace: Workspace
) -> None:
    from counsellor_app.services.indicator_targets import LEGACY_KEY, TargetService

    legacy = [{"name": "PNUD 2026", "start": "2026-01-01", "end": "2026-12-31",
               "targets": {"registered": 300, "no_such_indicator": 4}}]  # fmt: skip
    with db.unit_of_work(None) as session:
        session.add(LocalSetting(key=LEGACY_KEY, value=json.dumps(legacy)))
    _db, admin = workspace.log_in(ADMIN, PASSWORD, db)
    [programme] = TargetService(db, admin).programmes()
    assert (programme.name, programme.period, programme.targets) == (
        "PNUD 2026",
        YEAR,
        {Milestone.REGISTERED: 300},
    )
    with db.reader() as session:
        assert session.get(LocalSetting, LEGACY_KEY) is None
    assert len(TargetService(db, admin).programmes()) == 1  # moved once


def test_the_first_day_of_each_person_follows_their_intake_and_file(
    db: Database, user: CurrentUser
) -> None:
    """The dashboard reads "registered" from person_first_day, kept by triggers: it must stay
    what the definition says through backdating, archiving, a new intake and an erasure."""
    from counsellor_app.core.indicators import milestones
    from counsellor_app.storage.erasure import erase_person
    from counsellor_app.storage.models import PathwayStage, Person, PersonFirstDay
    from tests.indicator_records import load_facts

    ids = _register(db, user)

    def stored() -> dict[str, str]:
        with db.reader() as session:
            live = select(Person.id).where(Person.deleted_at.is_(None))
            return {
                row.person_id: row.day.isoformat()
                for row in session.scalars(
                    select(PersonFirstDay).where(PersonFirstDay.person_id.in_(live))
                )
            }

    def defined() -> dict[str, str]:  # by the definition itself, over plain values
        with db.reader() as session:
            facts = load_facts(session)
        return {
            person_id: min(found[Milestone.REGISTERED]).isoformat()
            for person_id, one in facts.items()
            if Milestone.REGISTERED in (found := milestones(one))
        }

    assert stored() == defined() and len(stored()) == 12
    with db.unit_of_work(user.id) as session:
        intake = session.scalars(
            select(PathwayStage).where(
                PathwayStage.person_id == ids[0], PathwayStage.stage == "intake"
            )
        ).one()
        intake.started_on = date(2025, 6, 1)  # backdated: registered last year
        session.get(Person, ids[1]).deleted_at = utc_now()  # type: ignore[union-attr]
        second = session.scalars(
            select(PathwayStage).where(
                PathwayStage.person_id == ids[2], PathwayStage.stage == "intake"
            )
        ).one()
        second.deleted_at = utc_now()  # only the file's own day is left
    assert stored() == defined()
    assert stored()[ids[0]] == "2025-06-01" and ids[1] not in stored()
    with db.unit_of_work(user.id) as session:
        erase_person(session, ids[3])
        first = session.get(PersonFirstDay, ids[3])
        assert first is None
    assert stored() == defined() and len(stored()) == 10


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
