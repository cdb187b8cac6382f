"""A programme's national dashboard from its monthly cells (``indicator_programme_cell``):
the same counts as the PCs' definitions over its enrolled and eligible people, on SQLite and
PostgreSQL, kept right when people, enrolments or the programme's eligibility change."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from counsellor_app.core.indicators import Period, Population, compute
from counsellor_app.server import indicator_facts
from counsellor_app.server.database import make_engine, migrate
from counsellor_app.server.indicator_facts import IndicatorProgrammeCell, Scope
from counsellor_app.server.models import ChangeEntry, Record, SyncCounter
from counsellor_app.server.programmes import SHIPPED, load_programmes
from counsellor_app.server.reports import national_facts
from tests.console.test_indicator_facts import NOW, Register, _by_dimension, _from_facts, fill

IDMAJE, W4I, OIM = (str(p["id"]) for p in SHIPPED)


def _scope(session: Session, programme_id: str) -> Scope:
    record = session.get(Record, ("programme", programme_id))
    assert record is not None
    return Scope(None, programme_id, Population.from_json(record.fields.get("population")))


def _check(session: Session, periods: tuple[str, ...]) -> int:
    """Each programme's count equals core.indicators' over the same records; returns how many
    counts were read from the programme cells (whole months)."""
    facts = national_facts(session)
    from_cells = 0
    for programme_id in (IDMAJE, W4I, OIM):
        scope = _scope(session, programme_id)
        for period in map(Period.parse, periods):
            expected = _by_dimension(
                compute(facts, period, population=replace(scope.population, programme=programme_id))
            )
            assert _from_facts(indicator_facts.count(session, period, scope)) == expected, (
                programme_id,
                period,
            )
            from_cells += indicator_facts._programme_cells(session, period, scope)
    return from_cells


def _enrol(reg: Register, person: Record, programme_id: str) -> None:
    reg.add("programme_enrolment", person.owner_agency_id, person.id, programme_id=programme_id,
            starts_on="2026-02-01", ends_on=None)  # fmt: skip


def test_a_programme_is_counted_from_its_cells_as_from_its_people(database_url: str) -> None:
    engine = make_engine(database_url)
    migrate(engine)
    periods = ("2026", "2025-06-01..2026-03-31", "2025-06-15..2026-03-10")
    with Session(engine) as session, session.begin():
        reg = fill(session, people=300)
        for person in session.scalars(
            select(Record).where(Record.entity == "person").order_by(Record.id)
        ).all()[::3]:
            _enrol(reg, person, W4I)  # a third in Work4Integration (the wage track only)
            if person.id.endswith(("2", "5")):
                _enrol(reg, person, OIM)  # some in two programmes
        load_programmes(session, SHIPPED, NOW)
        assert indicator_facts.refresh(session) == -1
    with Session(engine) as session:
        assert session.scalar(select(IndicatorProgrammeCell.people).limit(1))
        assert _check(session, periods) == 6  # three programmes, two periods of whole months

    # People change: an enrolment added, one deleted, a track changed (W4I's eligibility).
    with Session(engine) as session, session.begin():
        reg.session, reg.seq = session, 50_000
        people = session.scalars(
            select(Record).where(Record.entity == "person").order_by(Record.id)
        ).all()
        _enrol(reg, people[1], W4I)
        enrolment = session.scalar(
            select(Record).where(
                Record.entity == "programme_enrolment", Record.person_id == people[3].id
            )
        )
        assert enrolment is not None
        enrolment.fields = {**enrolment.fields, "deleted_at": "2026-06-01T00:00:00+00:00"}
        people[6].fields = {**people[6].fields, "track": "self_employment"}
        for record, person_id in ((enrolment, people[3].id), (people[6], people[6].id)):
            reg.seq += 1
            session.add(
                ChangeEntry(
                    server_seq=reg.seq, entity=record.entity, entity_id=record.id,
                    person_id=person_id, owner_agency_id=record.owner_agency_id, version=2,
                    committed_at=NOW,
                )
            )  # fmt: skip
        session.execute(update(SyncCounter).values(value=reg.seq))
        assert indicator_facts.refresh(session) >= 3
    with Session(engine) as session:
        assert _check(session, periods) == 6

    # The programme's eligibility changes centrally: its cells are built anew.
    with Session(engine) as session, session.begin():
        changed = [dict(p) for p in SHIPPED]
        changed[1]["population"] = {"tracks": ["self_employment"], "sexes": ["female"]}
        assert load_programmes(session, changed, datetime(2026, 12, 4, tzinfo=UTC)) == 1
        indicator_facts.refresh(session)
    with Session(engine) as session:
        assert _scope(session, W4I).population.sexes == frozenset({"female"})
        assert _check(session, periods) == 6
    engine.dispose()


def test_every_agency_counted_at_once_is_each_agency_counted_alone(database_url: str) -> None:
    """``count_by_agency`` (the console's suppression reads every agency's page through it)
    gives each agency what its own page counts, from the cells and from the facts."""
    engine = make_engine(database_url)
    migrate(engine)
    with Session(engine) as session, session.begin():
        fill(session, people=200)
        indicator_facts.refresh(session)
    with Session(engine) as session:
        for period in map(Period.parse, ("2026", "2025-06-15..2026-03-10")):
            each = indicator_facts.count_by_agency(session, period)
            assert len(each) == 3 and sum(sum(c.totals.values()) for c in each.values()) > 20
            for agency_id, counts in each.items():
                alone = indicator_facts.count(session, period, Scope(frozenset({agency_id})))
                assert _from_facts(counts) == _from_facts(alone), (agency_id, period)
    engine.dispose()
