"""Enrolling people in donor programmes, and a programme's indicators counting its enrolled
people (the PC's SQL and the plain definitions the server uses agree)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from counsellor_app.core.indicators import Milestone, Period, Population
from counsellor_app.core.problems import DomainError
from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.services.indicator_targets import Programme, TargetService
from counsellor_app.services.indicators import IndicatorService
from counsellor_app.services.programmes import ProgrammeEnrolmentService
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import AuditRecord, ProgrammeEnrolment
from tests.conftest import ADMIN, PASSWORD
from tests.indicator_records import report_from_records
from tests.services.test_indicators import YEAR, _register


def _codes(error: pytest.ExceptionInfo[DomainError]) -> list[str]:
    return [p.code for p in error.value.problems]


def test_a_counsellor_enrols_eligible_people_within_the_period(
    db: Database, user: CurrentUser, workspace: Workspace
) -> None:
    ids = _register(db, user)  # 7 women from Guinea, then 5 men from Côte d'Ivoire
    _db, admin = workspace.log_in(ADMIN, PASSWORD, db)
    women = TargetService(db, admin).save(
        Programme("IDMAJE Femmes", Period(date(2026, 3, 1), date(2026, 12, 31)),
                  {Milestone.REGISTERED: 10}, Population(sexes=frozenset({"female"})),
                  donor="Union européenne")
    )  # fmt: skip
    service = ProgrammeEnrolmentService(db, user)
    assert [(p.name, p.donor) for p in service.offered()] == [("IDMAJE Femmes", "Union européenne")]

    with pytest.raises(DomainError) as refused:
        service.enrol(ids[8], women.id, date(2026, 4, 1))  # a man
    assert _codes(refused) == ["programme_not_eligible"]
    with pytest.raises(DomainError) as refused:
        service.enrol(ids[0], women.id, date(2026, 2, 1))  # before the programme
    assert _codes(refused) == ["outside_programme_period"]
    assert refused.value.problems[0].params == {"start": "2026-03-01", "end": "2026-12-31"}

    enrolled = service.enrol(ids[0], women.id, date(2026, 4, 1))
    with pytest.raises(DomainError) as refused:
        service.enrol(ids[0], women.id, date(2026, 5, 1))
    assert _codes(refused) == ["already_enrolled"]
    with pytest.raises(DomainError) as refused:
        service.end(enrolled.id, date(2026, 3, 31))
    assert _codes(refused) == ["end_before_start"]
    service.end(enrolled.id, date(2026, 6, 30))
    [seen] = service.of_person(ids[0])
    assert (seen.programme, seen.starts_on, seen.ends_on) == (
        "IDMAJE Femmes", date(2026, 4, 1), date(2026, 6, 30),
    )  # fmt: skip
    assert seen.active(date(2026, 6, 30)) and not seen.active(date(2026, 7, 1))
    again = service.enrol(ids[0], women.id, date(2026, 9, 1))  # back: the same record again
    assert again.id == enrolled.id and service.of_person(ids[0])[0].ends_on is None
    with db.reader() as session:
        rows = session.scalars(select(ProgrammeEnrolment)).all()
        assert [(r.person_id, r.dirty) for r in rows] == [(ids[0], True)]  # a synced record
        changes = [
            r.detail for r in session.scalars(select(AuditRecord))
            if r.subject_type == "programme_enrolment"
        ]  # fmt: skip
    assert [c["change"] for c in changes] == ["enrolled", "ended", "enrolled"]


def test_a_programme_counts_its_enrolled_people(
    db: Database, user: CurrentUser, workspace: Workspace
) -> None:
    ids = _register(db, user)
    _db, admin = workspace.log_in(ADMIN, PASSWORD, db)
    targets = TargetService(db, admin)
    everyone = targets.save(Programme("Work4Integration", YEAR, {Milestone.ORIENTED: 4}))
    service = ProgrammeEnrolmentService(db, user)
    for person_id in (ids[0], ids[1], ids[2], ids[7], ids[8]):  # 3 oriented women, 2 men
        service.enrol(person_id, everyone.id, date(2026, 2, 1))
    counted = targets.programmes()[0].counted()
    assert counted.programme == everyone.id
    report = IndicatorService(db, admin).report(YEAR, counted)
    assert report.total(Milestone.REGISTERED) == 5  # enrolled, not the register's 12
    assert report.total(Milestone.ORIENTED) == 3
    assert report.total(Milestone.DROPPED_OUT) == 1  # ids[7]
    # The plain definitions (as on the server) count the same people.
    plain = report_from_records(db, YEAR, counted)
    assert {m: r.total for m, r in plain.results.items()} == {
        m: r.total for m, r in report.results.items()
    }
    assert (
        report.total(Milestone.REGISTERED)
        == IndicatorService(db, admin).report(YEAR, Population()).total(Milestone.REGISTERED) - 7
    )
