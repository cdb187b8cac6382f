"""The duplicates index kept after the push (issue 25, 5): the push queues the people it
changed, a drain after the commit updates the index; one drain at a time across workers, and a
crashed drain's people stay queued until a drain processes them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from counsellor_app.core.ids import new_id
from counsellor_app.server import duplicate_queue, duplicates
from counsellor_app.server.database import make_engine, migrate
from counsellor_app.server.duplicate_models import DuplicateCandidate, DuplicateKey, DuplicateQueued
from counsellor_app.server.models import Agency
from tests.console.test_duplicate_rules import _person
from tests.console.test_duplicates import three  # noqa: F401 (fixture)
from tests.server_fixtures import Pc, Server

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    made = make_engine(database_url)
    migrate(made)
    yield made
    made.dispose()


def _queued(engine: Engine) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(DuplicateQueued)) or 0


def _pairs(engine: Engine) -> list[DuplicateCandidate]:
    with Session(engine) as session:
        return list(session.scalars(select(DuplicateCandidate)))


def _two_agencies_one_man(engine: Engine) -> tuple[str, str]:
    """Rabat and Casablanca hold the same man (same residence card), both queued by a push."""
    rabat, casa = new_id(), new_id()
    with Session(engine) as session, session.begin():
        session.add(Agency(id=rabat, code="RABAG", name="Agence Rabat", created_at=NOW))
        session.add(Agency(id=casa, code="CASAA", name="Agence Casablanca", created_at=NOW))
        session.flush()
        first = _person(session, rabat, "R-1", "E123", first_name="Awa", last_name="Sow")
        second = _person(session, casa, "C-1", "E 123", first_name="Awa", last_name="Sow")
        duplicate_queue.enqueue(session, [first, second, first], NOW)
    return first, second


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_a_pushed_person_is_in_the_duplicates_list_once_the_drain_ran(
    server: Server,
    three: tuple[Pc, Pc, Pc, dict[str, str]],  # noqa: F811 (the fixture imported above)
) -> None:
    """Through the real server: the PCs' pushes queue their people and the index is brought
    up to date after each answer; once a drain ran (waiting for any still running), the pair
    is listed and nothing is left queued."""
    _rabat, _casa, _tanger, ids = three
    engine = make_engine(server.environment["COUNSELLOR_SERVER_DATABASE_URL"])
    try:
        duplicate_queue.drain(sessionmaker(engine), wait=True)
        assert _queued(engine) == 0
        (pair,) = _pairs(engine)
        assert {pair.person_a, pair.person_b} == {ids["rabat"], ids["casa"]}
        assert pair.status == duplicates.OPEN
    finally:
        engine.dispose()


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_a_crashed_drain_leaves_its_people_queued_and_the_next_takes_them(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = _two_agencies_one_man(engine)
    assert _queued(engine) == 2  # one row per person and push, the same person once
    real = duplicates.refresh

    def crashing(session: Session, people: Any, now: datetime) -> int:
        real(session, people, now)  # the index written, then the worker dies before commit
        raise ConnectionError("worker killed")

    monkeypatch.setattr(duplicates, "refresh", crashing)
    with pytest.raises(ConnectionError):
        duplicate_queue.drain(sessionmaker(engine))
    assert _queued(engine) == 2 and _pairs(engine) == []
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(DuplicateKey)) == 0
    # A failure after an answer never reaches the PC: logged, the rows stay queued.
    duplicate_queue.drain_quietly(sessionmaker(engine))
    assert _queued(engine) == 2

    monkeypatch.setattr(duplicates, "refresh", real)
    assert duplicate_queue.drain(sessionmaker(engine)) == 2
    assert _queued(engine) == 0
    (pair,) = _pairs(engine)
    assert {pair.person_a, pair.person_b} == {first, second}
    assert duplicate_queue.drain(sessionmaker(engine)) == 0  # nothing twice


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_two_workers_never_drain_at_once(engine: Engine) -> None:
    """Another worker's drain holds the lock: a push's drain leaves at once (that one takes
    the rows); a waiting drain (the console's) goes once it is let go."""
    _two_agencies_one_man(engine)
    other = Session(engine)
    try:
        other.execute(select(func.pg_advisory_xact_lock(duplicate_queue.DRAIN_LOCK)))
        assert duplicate_queue.drain(sessionmaker(engine)) == 0
        assert _queued(engine) == 2
    finally:
        other.rollback()
        other.close()
    assert duplicate_queue.drain(sessionmaker(engine), wait=True) == 2
    assert _queued(engine) == 0 and len(_pairs(engine)) == 1
