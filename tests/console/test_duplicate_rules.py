"""Duplicate detection's rules on a real (migrated SQLite) server database: the PCs' folding
across scripts, a corrected key closing an open pair, a decided pair left alone, and an
erasure taking the person's keys, pairs, link and notices with it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from counsellor_app.core.ids import new_id
from counsellor_app.server import duplicates
from counsellor_app.server.database import make_engine, migrate
from counsellor_app.server.duplicate_models import DuplicateCandidate, DuplicateKey, PersonLink
from counsellor_app.server.duplicate_notices import KIND, notice_id
from counsellor_app.server.models import Agency, ChangeEntry, Record

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
RABAT, CASA = new_id(), new_id()


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    made = make_engine(f"sqlite:///{tmp_path / 'server.db'}")
    migrate(made)
    with Session(made) as session, session.begin():
        session.add(Agency(id=RABAT, code="RABAG", name="Agence Rabat", created_at=NOW))
        session.add(Agency(id=CASA, code="CASAA", name="Agence Casablanca", created_at=NOW))
    yield made
    made.dispose()


def _record(session: Session, entity: str, agency: str, person: str, **fields: Any) -> str:
    identifier = person if entity == "person" else new_id()
    session.add(
        Record(
            entity=entity, id=identifier, person_id=person, owner_agency_id=agency, version=1,
            fields=fields, field_versions={}, field_clocks={}, field_devices={}, updated_seq=0,
            natural_key=None,
        )
    )  # fmt: skip
    return identifier


def _person(session: Session, agency: str, number: str, document: str = "", **fields: Any) -> str:
    person = _record(
        session, "person", agency, new_id(), file_number=number, date_of_birth="1995-03-02",
        **fields,
    )  # fmt: skip
    if document:
        _record(session, "identity_document", agency, person, person_id=person, number=document)
    return person


def test_names_in_either_script_match_through_the_pcs_folding(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        latin = _person(session, RABAT, "R-1", first_name="Mohamed", last_name="Benali")
        arabic = _person(
            session, CASA, "C-1", first_name="", last_name="", first_name_ar="محمد",
            last_name_ar="بن علي",
        )  # fmt: skip
        other = _person(session, CASA, "C-2", first_name="Awa", last_name="Sow")
        session.flush()
        assert duplicates.refresh(session, [latin, arabic, other], NOW) == 1
    with Session(engine) as session:
        (pair,) = session.scalars(select(DuplicateCandidate)).all()
        assert {pair.person_a, pair.person_b} == {latin, arabic}
        assert pair.reasons == ["same_birth_date_similar_name"]


def test_a_corrected_number_closes_an_open_pair_but_never_a_decided_one(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        first = _person(session, RABAT, "R-1", "AB 12-345", first_name="Awa", last_name="Sow")
        second = _person(session, CASA, "C-1", "ab12345", first_name="Ali", last_name="Haddad")
        third = _person(session, CASA, "C-2", "XY999", first_name="Omar", last_name="Kane")
        fourth = _person(session, RABAT, "R-2", "XY 999", first_name="Sara", last_name="Idrissi")
        session.flush()
        duplicates.refresh(session, [first, second, third, fourth], NOW)
    with Session(engine) as session, session.begin():
        pairs = session.scalars(select(DuplicateCandidate).order_by(DuplicateCandidate.id)).all()
        assert sorted(p.reasons for p in pairs) == [["same_document"], ["same_document"]]
        decided = next(p for p in pairs if third in (p.person_a, p.person_b))
        duplicates.decide(session, decided, duplicates.DISMISSED, "account", NOW)
        decided_id = decided.id
        # The counsellors correct both typing mistakes.
        for person in (second, third):
            document = session.scalars(
                select(Record).where(
                    Record.entity == "identity_document", Record.person_id == person
                )
            ).one()
            document.fields = {**document.fields, "number": f"NEW{person[-4:]}"}
        session.flush()
        duplicates.refresh(session, [second, third], NOW)
    with Session(engine) as session:
        (left,) = session.scalars(select(DuplicateCandidate)).all()
        assert (left.id, left.status) == (decided_id, "dismissed")


def test_an_erasure_takes_keys_pairs_link_and_notices(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        rabat = _person(session, RABAT, "R-1", "E123", first_name="Awa", last_name="Sow")
        casa = _person(session, CASA, "C-1", "E 123", first_name="Awa", last_name="Sow")
        session.flush()
        duplicates.refresh(session, [rabat, casa], NOW)
        (pair,) = session.scalars(select(DuplicateCandidate)).all()
        assert duplicates.decide(session, pair, duplicates.CONFIRMED, "account", NOW) == min(
            rabat, casa
        )
        pair_id = pair.id
    with Session(engine) as session:
        notices = {r.id: r for r in session.scalars(select(Record).where(Record.entity == KIND))}
        assert set(notices) == {notice_id(pair_id, rabat), notice_id(pair_id, casa)}
        mine = notices[notice_id(pair_id, rabat)]
        # Owned by each agency, naming no person at the record level (no referral carries it).
        assert (mine.owner_agency_id, mine.person_id) == (RABAT, None)
        assert mine.fields["other_file_number"] == "C-1"
        assert mine.fields["other_agency_code"] == "CASAA"
        assert (
            session.scalar(
                select(ChangeEntry.owner_agency_id).where(ChangeEntry.entity_id == mine.id)
            )
            == RABAT
        )
    with Session(engine) as session, session.begin():
        duplicates.forget(session, casa, NOW)
    with Session(engine) as session:
        assert set(session.scalars(select(DuplicateKey.person_id))) == {rabat}
        assert session.scalars(select(DuplicateCandidate)).all() == []
        assert session.scalars(select(PersonLink)).all() == []
        left = session.scalars(select(Record).where(Record.entity == KIND)).all()
        assert [(r.id, r.fields["deleted_at"] is not None) for r in left] == [
            (notice_id(pair_id, rabat), True)
        ]


def test_the_batch_command_pairs_a_register_stored_before_it_existed(
    engine: Engine, tmp_path: Path
) -> None:
    with Session(engine) as session, session.begin():
        _person(session, RABAT, "R-1", "E123", first_name="Awa", last_name="Sow")
        _person(session, CASA, "C-1", "E 123", first_name="Awa", last_name="Sow")
    done = subprocess.run(
        [sys.executable, "-m", "counsellor_app.server.cli", "find-duplicates"],
        env={**os.environ, "COUNSELLOR_SERVER_DATABASE_URL": str(engine.url)},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1 new pairs to review in the console"
    assert "E123" not in done.stdout + done.stderr  # nothing personal on the terminal either
    with Session(engine) as session:
        (pair,) = session.scalars(select(DuplicateCandidate)).all()
        assert pair.reasons == ["same_birth_date_similar_name", "same_document"]


def test_only_operations_that_can_change_a_key_cost_the_push_a_detection() -> None:
    def op(entity: str, action: str, *fields: str) -> dict[str, Any]:
        return {"entity": entity, "action": action, "changes": {f: [None, "x"] for f in fields}}

    assert duplicates.changes_keys(op("person", "create", "last_name", "skills"))
    assert duplicates.changes_keys(op("person", "update", "phone_e164"))
    assert duplicates.changes_keys(op("person", "archive", "deleted_at"))
    assert duplicates.changes_keys(op("identity_document", "update", "number"))
    assert not duplicates.changes_keys(op("person", "update", "skills", "experience"))
    assert not duplicates.changes_keys(op("identity_document", "update", "expires_on"))
    assert not duplicates.changes_keys(op("consent", "create", "person_id"))
    assert not duplicates.changes_keys({"entity": "person", "action": "update", "changes": []})
