"""Indicators count from the records: on the known register (tests.core.test_indicators),
written into a real file with stages completed with and without their record (as a pulled
history or an older version could leave them), each indicator's people are exactly those
whose records reach it, and a completed plan or internship stage counts only with its plan
or internship on file."""

from __future__ import annotations

from datetime import date

from sqlalchemy import insert

from counsellor_app.core.ids import new_id
from counsellor_app.core.indicators import SOURCES, Milestone, PersonFacts, Source
from counsellor_app.core.indicators import people_reaching as plain_people
from counsellor_app.services import indicator_sql
from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.services.indicators import IndicatorService
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import Base
from tests.conftest import ADMIN, PASSWORD
from tests.core.test_indicators import YEAR, register
from tests.indicator_records import load_facts
from tests.services.test_indicators_known import NOW, write_register

STAMP = {"created_at": NOW, "updated_at": NOW, "server_version": 0, "dirty": False}
DONE = date(2026, 8, 1)


def _stage(stage: str) -> dict[str, object]:
    return {"id": new_id(), "stage": stage, "status": "completed", "started_on": date(2026, 6, 1),
            "ended_on": DONE}  # fmt: skip


def with_stage_records() -> tuple[list[PersonFacts], set[str], set[str]]:
    """The known register plus 10 people whose plan stage is completed (6 with a plan) and 8
    whose internship stage is completed (5 with an internship)."""
    people = register()
    planned, interned = set(), set()
    for n in range(18):
        facts = PersonFacts(f"s{n:03d}", sex="female", nationality="GN",
                            legal_status="refugee_bra", created_on=date(2026, 3, 1))  # fmt: skip
        plan_stage = n < 10
        facts.records["pathway_stage"] = [
            _stage("intake") | {"ended_on": date(2026, 3, 1), "started_on": date(2026, 3, 1)},
            _stage("business_plan" if plan_stage else "internship"),
        ]
        if plan_stage and n < 6:
            facts.records["business_plan"] = [{"id": new_id()}]
            planned.add(facts.person_id)
        if not plan_stage and n < 15:
            facts.records["internship"] = [
                {"id": new_id(), "starts_on": date(2026, 4, 1), "ends_on": DONE, "hired": False}
            ]
            interned.add(facts.person_id)
        facts.track = "self_employment" if plan_stage else "wage"
        people.append(facts)
    return people, planned, interned


def write_stage_records(db: Database, people: list[PersonFacts]) -> None:
    """The plans and internships of the facts (write_register writes the other kinds)."""
    tables = Base.metadata.tables
    host = new_id()
    plans, internships = [], []
    for facts in people:
        for record in facts.records.get("business_plan", []):
            plans.append({"id": record["id"], "person_id": facts.person_id, **STAMP})
        for record in facts.records.get("internship", []):
            internships.append({"id": record["id"], "person_id": facts.person_id,
                                "host_id": host, "starts_on": record["starts_on"],
                                "ends_on": record["ends_on"], "hired": record["hired"],
                                "stipend_centimes": 200_000, **STAMP})  # fmt: skip
    with db.engine.begin() as connection:
        connection.execute(insert(tables["host_organisation"]),
                           [{"id": host, "name": "Hôtel", **STAMP}])  # fmt: skip
        connection.execute(insert(tables["business_plan"]), plans)
        connection.execute(insert(tables["internship"]), internships)


def test_each_indicator_is_held_to_its_records_on_the_known_register(
    db: Database, user: CurrentUser, workspace: Workspace
) -> None:
    people, planned, interned = with_stage_records()
    write_register(db, user, people)
    write_stage_records(db, people)
    _db, admin = workspace.log_in(ADMIN, PASSWORD, db)
    report = IndicatorService(db, admin).report(YEAR)
    assert report.total(Milestone.BUSINESS_PLAN_COMPLETED) == 6
    assert report.total(Milestone.INTERNSHIP_COMPLETED) == 5
    assert report.total(Milestone.INTERNSHIP_STARTED) == 5
    with db.reader() as session:
        stored = load_facts(session)  # the file's records read back as plain values
        for milestone in Milestone:
            counted = indicator_sql.people_reaching(session, YEAR, milestone)
            # The dashboard's SQL lists exactly the people whose records reach the milestone.
            assert counted == plain_people(stored.values(), YEAR, milestone), milestone
            assert len(counted) == report.total(milestone), milestone
            for person_id in counted:  # and each has a live record of every kind it reads
                kinds = {k for k, rows in stored[person_id].records.items() if rows} | {"person"}
                sources = SOURCES.get(milestone) or (  # active: a visit after the creation
                    *SOURCES[Milestone.BUSINESS_CREATED],
                    Source("follow_up_visit", "done_on"),
                )
                assert any(
                    s.table in kinds and (not s.requires or s.requires in kinds) for s in sources
                ), (milestone, person_id)
        plans = indicator_sql.people_reaching(session, YEAR, Milestone.BUSINESS_PLAN_COMPLETED)
        assert set(plans) == planned
        assert set(indicator_sql.people_reaching(
            session, YEAR, Milestone.INTERNSHIP_COMPLETED)) == interned  # fmt: skip
    # The plain definition over the facts as generated agrees (the server's counting).
    assert set(plain_people(people, YEAR, Milestone.BUSINESS_PLAN_COMPLETED)) == planned
