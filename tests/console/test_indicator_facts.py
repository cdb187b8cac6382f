"""The server's national indicators (``server.indicator_facts``, SQL over the record store)
count what ``core.indicators.compute`` counts over the same records, on SQLite and
PostgreSQL: every milestone, every disaggregation, per agency and per programme."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from counsellor_app.core.indicators import Milestone, Period, Population, compute
from counsellor_app.server import indicator_facts
from counsellor_app.server.database import make_engine, migrate
from counsellor_app.server.indicator_facts import IndicatorFact
from counsellor_app.server.models import Agency, ChangeEntry, Erasure, Record, SyncCounter
from counsellor_app.server.reports import national_facts

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
PROGRAMME = "0192f0a0-0000-7000-8000-000000000001"


class Register:
    """Records written straight into the server's table, as the push leaves them."""

    def __init__(self, session: Session) -> None:
        self.session, self.seq, self.n = session, 0, 0

    def add(self, entity: str, agency: str, person: str | None, **fields: Any) -> str:
        self.n += 1
        self.seq += 1
        identifier = f"{entity[:4]}-{self.n:08d}"
        if entity == "person":
            identifier = person or identifier
            person = None
        self.session.add(
            ChangeEntry(
                server_seq=self.seq, entity=entity, entity_id=identifier,
                person_id=person if entity != "person" else identifier,
                owner_agency_id=agency, version=1, committed_at=NOW,
            )
        )  # fmt: skip
        self.session.execute(update(SyncCounter).values(value=self.seq))
        self.session.add(
            Record(
                entity=entity, id=identifier, person_id=person, owner_agency_id=agency,
                version=1, fields={"deleted_at": None, **fields}, field_versions={},
                field_clocks={}, field_devices={}, updated_seq=self.seq, natural_key=None,
            )
        )  # fmt: skip
        return identifier


def _day(rng: random.Random) -> str:
    return (date(2025, 1, 1) + timedelta(days=rng.randrange(800))).isoformat()


def fill(
    session: Session,
    people: int = 400,
    seed: int = 7,
    codes: tuple[str, ...] = ("RABAG", "CASAA", "OUJDA"),
) -> Register:
    """People of three agencies with every kind of record the indicators read, some deleted,
    some dated twice (a second referral, a second job) so unique counting matters."""
    rng = random.Random(seed)
    agencies = []
    for code in codes:
        agency = Agency(id=f"id-{code}", code=code, name=code, created_at=NOW)
        session.add(agency)
        agencies.append(agency.id)
    reg = Register(session)
    for i in range(people):
        agency = rng.choice(agencies)
        pid = f"p-{i:06d}"
        deleted = "2026-01-01T00:00:00+00:00" if rng.random() < 0.03 else None
        reg.add(
            "person", agency, pid, deleted_at=deleted, file_number=f"{agency[3:]}-{i:05d}",
            sex=rng.choice(["female", "male", ""]),
            date_of_birth=rng.choice(["", f"{rng.randrange(1960, 2010)}-0{rng.randrange(1, 10)}-1{rng.randrange(0, 9)}"]),
            nationality=rng.choice(["SN", "CI", "CM", "GN", ""]),
            legal_status=rng.choice(["refugee_bra", "asylum_seeker", "regular_resident", ""]),
            city_id=rng.choice(["rabat", "casa", "oujda"]), track=rng.choice(["wage", "self_employment", ""]),
            created_at=_day(rng) + "T10:00:00+00:00",
        )  # fmt: skip
        if rng.random() < 0.6:
            reg.add("pathway_stage", agency, pid, stage="intake", status="completed",
                    started_on=_day(rng), ended_on=None)  # fmt: skip
        for stage in ("orientation", "soft_skills", "internship", "business_plan"):
            if rng.random() < 0.35:
                reg.add("pathway_stage", agency, pid, stage=stage,
                        status=rng.choice(["completed", "completed", "active"]),
                        started_on=_day(rng), ended_on=_day(rng),
                        deleted_at=rng.choice([None] * 9 + ["2026-02-02T00:00:00Z"]))  # fmt: skip
        if rng.random() < 0.3:
            reg.add("internship", agency, pid, starts_on=_day(rng), ends_on=_day(rng),
                    hired=rng.random() < 0.5)  # fmt: skip
        if rng.random() < 0.2:
            reg.add("business_plan", agency, pid)
        if rng.random() < 0.2:
            reg.add("ae_registration", agency, pid, registered_on=_day(rng))
        for _ in range(rng.choice([0, 0, 1, 2])):
            reg.add("outcome", agency, pid, on=_day(rng),
                    kind=rng.choice(["salaried_job", "business_created", "dropped_out"]))  # fmt: skip
        for _ in range(rng.choice([0, 1, 3])):
            reg.add("referral", agency, pid, sent_on=_day(rng))
        if rng.random() < 0.3:
            grant = reg.add("grant_application", agency, pid, decided_on=_day(rng),
                            decision=rng.choice(["approved", "rejected"]),
                            approved_centimes=100000)  # fmt: skip
            reg.add("disbursement", agency, pid, application_id=grant,
                    amount_centimes=50000, confirmed_on=_day(rng))  # fmt: skip
        for _ in range(rng.choice([0, 2])):
            reg.add("follow_up_visit", agency, pid, done_on=_day(rng),
                    business_status=rng.choice(["active", "closed"]))  # fmt: skip
        if rng.random() < 0.4:
            reg.add("programme_enrolment", agency, pid, programme_id=PROGRAMME,
                    starts_on="2026-01-01", ends_on=None)  # fmt: skip
    session.flush()
    return reg


def _by_dimension(report: Any) -> dict[Milestone, tuple[int, dict[str, dict[str, int]]]]:
    return {
        m: (r.total, {d.value: {k: v for k, v in c.items() if v} for d, c in r.by.items()})
        for m, r in report.results.items()
    }


def _from_facts(
    counts: indicator_facts.Counts,
) -> dict[Milestone, tuple[int, dict[str, dict[str, int]]]]:
    return {
        m: (
            counts.totals[m],
            {d: {k: v for k, v in c.items() if v} for d, c in counts.by[m].items()},
        )
        for m in Milestone
    }


@pytest.mark.parametrize(
    "period", ["2026", "2025-06-01..2026-03-31", "2026-03", "2025-06-15..2026-03-10"]
)
def test_the_server_counts_as_the_pcs_definitions_do(database_url: str, period: str) -> None:
    engine = make_engine(database_url)
    migrate(engine)
    chosen = Period.parse(period)  # whole months: the national count reads monthly cells
    with Session(engine) as session, session.begin():
        fill(session)
        assert indicator_facts.refresh(session) == -1
    with Session(engine) as session:
        facts = national_facts(session)
        expected = _by_dimension(compute(facts, chosen))
        assert sum(t for t, _ in expected.values()) > 20  # a test that counts something
        assert _from_facts(indicator_facts.count(session, chosen)) == expected
        # One agency, and a programme's enrolled people among its eligible ones.
        agency = indicator_facts.agency_ids_of(session, ["CASAA"])
        only = [f for f in facts if f.agency == "CASAA"]
        assert _from_facts(
            indicator_facts.count(session, chosen, indicator_facts.Scope(agency))
        ) == _by_dimension(compute(only, chosen))
        population = replace(Population(tracks=frozenset({"wage"})), programme=PROGRAMME)
        scope = indicator_facts.Scope(None, PROGRAMME, population)
        assert _from_facts(indicator_facts.count(session, chosen, scope)) == _by_dimension(
            compute(facts, chosen, population=population)
        )
    engine.dispose()


def test_a_refresh_rebuilds_only_the_people_whose_records_changed(database_url: str) -> None:
    engine = make_engine(database_url)
    migrate(engine)
    period = Period.parse("2026")
    with Session(engine) as session, session.begin():
        reg = fill(session, people=120)
        indicator_facts.refresh(session)
    with Session(engine) as session, session.begin():
        assert indicator_facts.refresh(session) == 0
        reg.session = session
        person = session.scalar(
            select(Record).where(Record.entity == "person", Record.id == "p-000003")
        )
        assert person is not None
        reg.seq = 10_000
        reg.add("outcome", person.owner_agency_id, person.id, on="2026-05-05", kind="salaried_job")
        person.fields = {**person.fields, "sex": "F", "deleted_at": None}
        reg.seq += 1
        session.add(
            ChangeEntry(
                server_seq=reg.seq, entity="person", entity_id=person.id, person_id=person.id,
                owner_agency_id=person.owner_agency_id, version=2, committed_at=NOW,
            )
        )  # fmt: skip
        session.execute(update(SyncCounter).values(value=reg.seq))
        assert indicator_facts.refresh(session) == 1
    with Session(engine) as session, session.begin():  # a person erased leaves the facts
        gone = "p-000005"
        assert session.scalar(
            select(IndicatorFact.person_id).where(IndicatorFact.person_id == gone)
        )
        session.execute(delete(Record).where((Record.person_id == gone) | (Record.id == gone)))
        session.add(
            Erasure(
                person_id=gone, owner_agency_id="id-RABAG", requested_by="u", requested_at=NOW,
                legal_basis="art. 8", approved_by="v", erased_at=NOW, server_seq=reg.seq + 1,
            )
        )  # fmt: skip
        session.execute(update(SyncCounter).values(value=reg.seq + 1))
        assert indicator_facts.refresh(session) == 1
        assert not session.scalar(
            select(IndicatorFact.person_id).where(IndicatorFact.person_id == gone)
        )
    with Session(engine) as session:
        expected = _by_dimension(compute(national_facts(session), period))
        assert _from_facts(indicator_facts.count(session, period)) == expected
    engine.dispose()
