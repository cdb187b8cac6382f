"""A person confirmed as one across agencies counts once in the national indicators (issue 22,
6), by the PCs' definitions over the server's facts, on SQLite and PostgreSQL; once in each
agency's own page; the first-registered file's attributes count; un-linking restores two.
Then through the console (FastAPI, signed in): the national export loses exactly the linked
people, each agency's page keeps its own, and the attacker tests of small-cell suppression
still find nothing with links in place."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from counsellor_app.core.indicators import DEFAULT_SUPPRESSION, Dimension, Milestone, Period
from counsellor_app.server import indicator_facts, person_links
from counsellor_app.server.app import create_app
from counsellor_app.server.config import ServerSettings
from counsellor_app.server.console import accounts
from counsellor_app.server.console.accounts import Role
from counsellor_app.server.console.models import AgencyProfile
from counsellor_app.server.database import make_engine, migrate
from counsellor_app.server.indicator_facts import Counts, IndicatorFact, Scope
from counsellor_app.server.models import Agency
from counsellor_app.server.reports import national_report
from tests.console.test_console_indicators import _csv_tables, recoverable, sign_in
from tests.console.test_indicator_facts import Register, fill

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
PASSWORD = "Sahara-Atlas-2026"
R, S, C = "id-RABAG", "id-SALEA", "id-CASAA"  # Rabat and Salé: one region; Casablanca another


def _register(session: Session) -> None:
    """Awa at Rabat (registered March 2025, female, 1990) and again at Casablanca (January
    2026, recorded male, 1980): confirmed one. Fatou twice at Salé (both files 2026). Binta
    once at Casablanca."""
    for agency in (R, S, C):
        session.add(Agency(id=agency, code=agency[3:], name=agency[3:], created_at=NOW))
    reg = Register(session)
    born = {"nationality": "SN", "legal_status": "refugee_bra", "track": "wage"}
    reg.add("person", R, "p-awa-r", sex="female", date_of_birth="1990-05-05", city_id="rabat",
            created_at="2025-03-01T10:00:00+00:00", **born)  # fmt: skip
    reg.add("referral", R, "p-awa-r", sent_on="2026-02-10")
    reg.add("person", C, "p-awa-c", sex="male", date_of_birth="1980-01-01", city_id="casa",
            created_at="2026-01-15T10:00:00+00:00", **born)  # fmt: skip
    reg.add("referral", C, "p-awa-c", sent_on="2026-05-01")
    reg.add("outcome", C, "p-awa-c", on="2026-04-01", kind="salaried_job")
    for person, day in (("p-fatou-1", "2026-02-02"), ("p-fatou-2", "2026-03-03")):
        reg.add("person", S, person, sex="female", date_of_birth="2000-01-01",
                created_at=f"{day}T10:00:00+00:00", city_id="sale", **born)  # fmt: skip
    reg.add("person", C, "p-binta", sex="female", date_of_birth="1995-01-01",
            created_at="2026-06-06T10:00:00+00:00", city_id="casa", **born)  # fmt: skip
    session.flush()
    indicator_facts.refresh(session)


def _count(session: Session, period: str, *agencies: str) -> Counts:
    scope = Scope(frozenset(agencies)) if agencies else Scope()
    return indicator_facts.count(session, Period.parse(period), scope)


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_a_linked_person_counts_once_nationally_and_in_a_region_once_in_each_agency(
    database_url: str,
) -> None:
    engine = make_engine(database_url)
    migrate(engine)
    with Session(engine) as session, session.begin():
        _register(session)
    with Session(engine) as session:
        before = _count(session, "2026")
        # Five files, all counted as people before any link; Awa was registered in 2025.
        assert before.totals[Milestone.REGISTERED] == 4
        assert before.totals[Milestone.REFERRED] == 2
    with Session(engine) as session, session.begin():
        person_links.link(session, "p-awa-r", "p-awa-c", "pair-1", NOW)
        person_links.link(session, "p-fatou-1", "p-fatou-2", "pair-2", NOW)
    with Session(engine) as session:
        national = _count(session, "2026")
        registered = national.by[Milestone.REGISTERED]
        # Awa registered first in 2025 (Rabat): no new person of 2026; Fatou once; Binta.
        assert national.totals[Milestone.REGISTERED] == 2
        assert sum(registered["sex"].values()) == 2
        assert registered["agency"] == {"SALEA": 1, "CASAA": 1}
        # Referred by both agencies: one person, with Rabat's (first) file's attributes.
        referred = national.by[Milestone.REFERRED]
        assert national.totals[Milestone.REFERRED] == 1
        assert referred["sex"] == {"female": 1}
        assert referred["age_band"] == {"35-44": 1}  # born 1990 (Rabat), not 1980
        assert referred["agency"] == {"RABAG": 1}
        assert referred["city"] == {"rabat": 1}
        # Hired at Casablanca only: still one person, counted as her first file says.
        assert national.totals[Milestone.HIRED] == 1
        assert national.by[Milestone.HIRED]["sex"] == {"female": 1}
        # Every disaggregation still adds up to its total.
        for milestone in Milestone:
            for dimension, cells in national.by[milestone].items():
                assert sum(cells.values()) == national.totals[milestone], (milestone, dimension)
        # Over 2025 and 2026 Awa is one registered person (Rabat's), not two.
        both_years = _count(session, "2025-01-01..2026-12-31")
        assert both_years.totals[Milestone.REGISTERED] == 3
        # Each agency's own page counts its own file, with its own answers.
        casa = _count(session, "2026", C)
        assert casa.totals[Milestone.REGISTERED] == 2  # Awa's Casablanca file, Binta
        assert casa.by[Milestone.REFERRED]["sex"] == {"male": 1}
        assert _count(session, "2026", R).totals[Milestone.REFERRED] == 1
        # Both of Fatou's files are Salé's: once there too, and once in the region.
        assert _count(session, "2026", S).totals[Milestone.REGISTERED] == 1
        region = _count(session, "2026", R, S)
        assert region.totals[Milestone.REGISTERED] == 1
        assert region.totals[Milestone.REFERRED] == 1  # Awa's Rabat file alone here
        # A period that is not whole months reads the facts, not the monthly cells: same rule.
        assert _count(session, "2026-02-05..2026-05-20").totals[Milestone.REFERRED] == 1
        # The command line's report (core.indicators.compute over plain facts) agrees.
        for period in ("2026", "2025-01-01..2026-12-31"):
            report = national_report(session, Period.parse(period))
            counted = _count(session, period)
            for milestone in Milestone:
                result = report.results[milestone]
                assert result.total == counted.totals[milestone], (period, milestone)
                assert {k: v for k, v in result.by[Dimension.SEX].items() if v} == counted.by[
                    milestone
                ]["sex"]
    with Session(engine) as session, session.begin():  # un-linked: two people again
        person_links.unlink(session, "p-awa-c")
    with Session(engine) as session:
        again = _count(session, "2026")
        assert again.totals[Milestone.REFERRED] == 2
        assert again.totals[Milestone.REGISTERED] == 3  # Fatou's files stay linked
        assert again.by[Milestone.REFERRED]["sex"] == {"female": 1, "male": 1}
    engine.dispose()


@pytest.fixture
def console(tmp_path: Path) -> Iterator[tuple[TestClient, Engine]]:
    url = f"sqlite:///{tmp_path / 'server.db'}"
    engine = make_engine(url)
    migrate(engine)
    regions = {"RABAG": "Rabat-Salé-Kénitra", "SALEA": "Rabat-Salé-Kénitra",
               "CASAA": "Casablanca-Settat", "OUJDA": "Oriental"}  # fmt: skip
    with Session(engine) as session, session.begin():
        fill(session, people=500, seed=11, codes=tuple(regions))
        for code, region in regions.items():
            session.add(AgencyProfile(agency_id=f"id-{code}", name_fr=code, region=region))
        accounts.create_account(session, "nadia", "Nadia", Role.NATIONAL_ADMIN, PASSWORD, NOW)
    app = create_app(ServerSettings(database_url=url, log_json=False), engine)
    with TestClient(app) as client:
        yield client, engine
    engine.dispose()


def _registered_2025(session: Session, agency: str) -> list[str]:
    """People of an agency registered in 2025 (their only REGISTERED fact lies in it)."""
    indicator_facts.refresh(session)
    return list(
        session.scalars(
            select(IndicatorFact.person_id)
            .where(
                IndicatorFact.agency_id == agency,
                IndicatorFact.milestone == indicator_facts.MILESTONES.index(Milestone.REGISTERED),
                IndicatorFact.day >= "2025-01-01",
                IndicatorFact.day <= "2025-12-31",
            )
            .order_by(IndicatorFact.person_id)
        )
    )


def _total(client: TestClient, query: str, code: str = "registered") -> int | None:
    got = client.get(f"/console/indicators/export.csv?{query}")
    assert got.status_code == 200
    total = _csv_tables(got.content)[code].get("total")
    assert total is not None
    return total.get("")


def test_the_console_counts_linked_people_once_and_hides_as_consistently(
    console: tuple[TestClient, Engine],
) -> None:
    client, engine = console
    sign_in(client, "nadia")
    pages = ("year=2025", "year=2025&scope=region:Rabat-Salé-Kénitra",
             "year=2025&scope=agency:RABAG", "year=2025&scope=agency:SALEA")  # fmt: skip
    before = {query: _total(client, query) for query in pages}
    assert all(v is not None and v > 10 for v in before.values()), before
    with Session(engine) as session, session.begin():
        rabat, sale = _registered_2025(session, "id-RABAG"), _registered_2025(session, "id-SALEA")
        for first, second in zip(rabat[:6], sale[:6], strict=True):
            person_links.link(session, first, second, f"pair-{first}", NOW)
    after = {query: _total(client, query) for query in pages}
    nationally, region = before["year=2025"], before[pages[1]]
    assert nationally is not None and region is not None
    assert after["year=2025"] == nationally - 6  # six people had two files
    assert after[pages[1]] == region - 6  # both files of each are in the region
    assert after[pages[2]] == before[pages[2]]  # each agency keeps its own file
    assert after[pages[3]] == before[pages[3]]
    # The attacker recomputing hidden cells from an export's totals still finds none.
    for query in ("year=2025", "year=2025&scope=region:Rabat-Salé-Kénitra", "year=2026"):
        got = client.get(f"/console/indicators/export.csv?{query}")
        for code, table in _csv_tables(got.content).items():
            regions = {"RABAG": "Rabat-Salé-Kénitra", "SALEA": "Rabat-Salé-Kénitra",
                       "CASAA": "Casablanca-Settat", "OUJDA": "Oriental"}  # fmt: skip
            assert recoverable(table, regions, DEFAULT_SUPPRESSION) == [], (query, code)
    with Session(engine) as session, session.begin():
        for person_id in rabat[:6]:
            person_links.unlink(session, person_id)
    assert {query: _total(client, query) for query in pages} == before
