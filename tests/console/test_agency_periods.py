"""Every agency's counts per month, quarter and year, kept by the refresh
(``indicator_agency_period``): the same as adding up the agency cells and as counting each
agency alone, after a first build and after refreshes that change people, move one to another
agency, change a birth date across an age band's edge and erase one; on SQLite and
PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from counsellor_app.core.indicators import Period
from counsellor_app.server import indicator_facts, indicator_periods
from counsellor_app.server.database import make_engine, migrate
from counsellor_app.server.indicator_periods import IndicatorAgencyPeriod
from counsellor_app.server.models import ChangeEntry, Erasure, Record, SyncCounter
from tests.console.test_indicator_facts import NOW, Register, _from_facts, fill


def _periods() -> list[Period]:
    found = [Period.parse(str(year)) for year in (2025, 2026, 2027)]
    for year in (2025, 2026, 2027):
        for first in (1, 4, 7, 10):
            end = date(year + first // 10, (first + 2) % 12 + 1, 1).toordinal() - 1
            found.append(Period(date(year, first, 1), date.fromordinal(end)))
        found += [Period.parse(f"{year}-{month:02d}") for month in range(1, 13)]
    return found


def _check(session: Session, monkeypatch: pytest.MonkeyPatch) -> int:
    """For every period: the kept rows = the agency cells added up = each agency alone.
    Returns the agency counts compared that were not all zero."""
    seen = 0
    for period in _periods():
        assert indicator_periods.kind_of(period) is not None, period
        kept = indicator_facts.count_by_agency(session, period)
        with monkeypatch.context() as patched:
            patched.setattr(indicator_periods, "kind_of", lambda _period: None)
            from_cells = indicator_facts.count_by_agency(session, period)
        assert kept.keys() == from_cells.keys()
        for agency_id, counts in kept.items():
            assert _from_facts(counts) == _from_facts(from_cells[agency_id]), (agency_id, period)
            alone = indicator_facts.count(
                session, period, indicator_facts.Scope(frozenset({agency_id}))
            )
            assert _from_facts(counts) == _from_facts(alone), (agency_id, period)
            seen += any(counts.totals.values())
    return seen


def _rows(session: Session) -> list[tuple[object, ...]]:
    row = IndicatorAgencyPeriod
    return sorted(
        tuple(r)
        for r in session.execute(
            select(
                row.period_start, row.months, row.agency_id, row.milestone, row.dimension,
                row.value, row.people,
            )
        )
    )  # fmt: skip


def _changed(reg: Register, person: Record) -> None:
    reg.seq += 1
    reg.session.add(
        ChangeEntry(
            server_seq=reg.seq, entity="person", entity_id=person.id, person_id=person.id,
            owner_agency_id=person.owner_agency_id, version=2, committed_at=NOW,
        )
    )  # fmt: skip
    reg.session.execute(update(SyncCounter).values(value=reg.seq))


def test_every_agency_kept_per_period_as_its_cells_say(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = make_engine(database_url)
    migrate(engine)
    with Session(engine) as session, session.begin():
        reg = fill(session, people=150)
        # Born in March 2008: 17 at the end of February 2026, 18 at the end of March; and
        # someone too old for any band.
        for pid, born in (("p-edge-1", "2008-03-15"), ("p-edge-2", "1800-05-05")):
            reg.add("person", "id-CASAA", pid, sex="female", date_of_birth=born,
                    created_at="2026-01-10T09:00:00+00:00")  # fmt: skip
            for day in ("2026-01-20", "2026-02-20", "2026-03-20"):
                reg.add("referral", "id-CASAA", pid, sent_on=day)
        indicator_facts.refresh(session)
    with Session(engine) as session:
        assert session.scalar(select(IndicatorAgencyPeriod.people).limit(1))
        assert _check(session, monkeypatch) > 100

    with Session(engine) as session, session.begin():
        reg.session, reg.seq = session, 10_000
        moved = session.get(Record, ("person", "p-000003"))
        assert moved is not None and moved.owner_agency_id != "id-OUJDA"
        moved.owner_agency_id = "id-OUJDA"  # the facts follow the person's agency
        moved.fields = {**moved.fields, "date_of_birth": "2008-04-02", "sex": "male"}
        _changed(reg, moved)
        reg.add("outcome", "id-OUJDA", moved.id, on="2026-05-05", kind="salaried_job")
        edge = session.get(Record, ("person", "p-edge-1"))
        assert edge is not None
        edge.fields = {**edge.fields, "date_of_birth": "2008-02-28"}
        _changed(reg, edge)
        gone = "p-000005"
        session.execute(delete(Record).where((Record.person_id == gone) | (Record.id == gone)))
        session.add(
            Erasure(
                person_id=gone, owner_agency_id="id-RABAG", requested_by="u", requested_at=NOW,
                legal_basis="art. 8", approved_by="v", erased_at=NOW, server_seq=reg.seq + 1,
            )
        )  # fmt: skip
        session.execute(update(SyncCounter).values(value=reg.seq + 1))
        assert indicator_facts.refresh(session) == 3
    with Session(engine) as session, session.begin():
        assert _check(session, monkeypatch) > 100
        incremental = _rows(session)
        assert all(people > 0 for *_, people in incremental)  # no rows of nobody left
        indicator_facts.refresh(session, full=True)
        assert _rows(session) == incremental
    engine.dispose()
