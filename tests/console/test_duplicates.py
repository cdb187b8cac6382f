"""Duplicates across agencies (issue 22, 6) through the real server process and real PCs:
found at push by the PCs' own rule, listed for the national administrator with file numbers
and reasons only, confirmed (linked, counted once nationally, audited) and then told to both
agencies' PCs, never to a third; and what an attacker (a PC, a supervisor) cannot do."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, create_engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from counsellor_app.core.person import IdentityDocumentInput
from counsellor_app.server import duplicate_queue
from counsellor_app.server.console import accounts
from counsellor_app.server.console.accounts import Role
from counsellor_app.server.console.models import ConsoleAudit
from counsellor_app.server.duplicate_models import DuplicateCandidate, DuplicateKey
from counsellor_app.server.models import Agency, Record
from counsellor_app.server.person_links import (
    canonical_person_id,
    canonical_person_ids,
    count_distinct_people,
)
from counsellor_app.services.todo import TodoKind, TodoService
from counsellor_app.storage.models import DuplicateNotice, Person
from tests.conftest import person
from tests.console.conftest import console_admin
from tests.server_fixtures import Pc, Server
from tests.sync.test_hostile_agency import op, push

PASSWORD = "Sahara-Atlas-2026"
SUPERVISOR_PASSWORD = "Oasis-Draa-2026!"
NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


@pytest.fixture
def engine(server: Server) -> Iterator[Engine]:
    made = create_engine(server.environment["COUNSELLOR_SERVER_DATABASE_URL"])
    yield made
    made.dispose()


def _register(pc: Pc, **changes: Any) -> str:
    person_id: str = pc.people().register(person(**changes), confirmed_new=True)
    return person_id


def _file_number(pc: Pc, person_id: str) -> str:
    found = pc.person(person_id)
    assert found is not None
    return found.file_number


@contextmanager
def _signed_in(server: Server, username: str, password: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, follow_redirects=True) as client:
        yield _sign_in(client, username, password)


def _sign_in(client: httpx.Client, username: str, password: str) -> httpx.Client:
    page = client.get("/console/sign-in")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert token is not None
    answer = client.post(
        "/console/sign-in",
        data={"csrf": token.group(1), "username": username, "password": password},
    )
    assert answer.status_code == 200, answer.text[:300]
    return client


def _csrf(page: httpx.Response) -> str:
    token = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert token is not None
    return token.group(1)


def _agency_id(engine: Engine, code: str) -> str:
    with Session(engine) as session:
        found = session.scalar(select(Agency.id).where(Agency.code == code))
        assert found is not None
        return found


def _notices(pc: Pc) -> list[DuplicateNotice]:
    with pc.db.reader() as session:
        return list(session.scalars(select(DuplicateNotice)))


@pytest.fixture
def three(server: Server, make_pc: Any) -> tuple[Pc, Pc, Pc, dict[str, str]]:
    """Rabat and Casablanca register the same man (his residence card typed differently, his
    name spelt differently, same birth date); Tanger registers someone else. All sync."""
    rabat, casa, tanger = make_pc("rabat"), make_pc("casa", "CASAA"), make_pc("tanger", "TANGA")
    ids = {
        "rabat": _register(rabat, first_name="Mohamed", last_name="Diallo"),
        "casa": _register(
            casa,
            first_name="Mohammed",
            last_name="Diallo",
            phone="07 77 00 11 22",
            documents=(IdentityDocumentInput("residence_card", "e 123-456", date(2027, 6, 30)),),
        ),
        "tanger": _register(
            tanger,
            first_name="Awa",
            last_name="Sow",
            sex="female",
            date_of_birth=date(1990, 5, 5),
            phone="06 99 88 77 66",
            documents=(IdentityDocumentInput("passport", "P999", date(2029, 1, 1)),),
        ),
    }
    for pc, code in ((rabat, "RABAG"), (casa, "CASAA"), (tanger, "TANGA")):
        pc.enrol(server, server.enrolment_code(code))
    # The index is updated after each push's answer: once any drain still running is done.
    drained = create_engine(server.environment["COUNSELLOR_SERVER_DATABASE_URL"])
    duplicate_queue.drain(sessionmaker(drained), wait=True)
    drained.dispose()
    return rabat, casa, tanger, ids


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_a_pair_is_found_confirmed_counted_once_and_told_to_both_agencies_only(
    server: Server, engine: Engine, three: tuple[Pc, Pc, Pc, dict[str, str]]
) -> None:
    rabat, casa, tanger, ids = three
    with Session(engine) as session:
        pairs = session.scalars(select(DuplicateCandidate)).all()
        # Keys are digests: no number, phone or date in clear in the index.
        digests = session.scalars(select(DuplicateKey.digest)).all()
    assert len(pairs) == 1
    (pair,) = pairs
    assert {pair.person_a, pair.person_b} == {ids["rabat"], ids["casa"]}
    assert pair.reasons == ["same_birth_date_similar_name", "same_document"]
    assert pair.status == "open"
    assert all(re.fullmatch(r"[0-9a-f]{64}", d) for d in digests)
    # Nothing reaches a PC while the pair is open (no probing by registering a number).
    for pc in (rabat, casa, tanger):
        pc.sync()
        assert _notices(pc) == []

    console_admin(server, "nadia", PASSWORD)
    with _signed_in(server, "nadia", PASSWORD) as client:
        page = client.get("/console/duplicates")
        assert page.status_code == 200
        row = re.search(rf'<tr data-pair="{pair.id}">(.*?)</tr>', page.text, re.S)
        assert row is not None
        for shown in ("RABAG", "CASAA", _file_number(rabat, ids["rabat"])):
            assert shown in row.group(1)
        assert _file_number(casa, ids["casa"]) in row.group(1)
        assert "Même pièce d&#39;identité" in row.group(1) or "Même pièce d'identité" in row.group(
            1
        )
        for hidden in ("Diallo", "Mohamed", "E123456", "1995", "+212"):
            assert hidden not in page.text  # no name, document, birth date or phone
        decided = client.post(
            f"/console/duplicates/{pair.id}/decide",
            data={"csrf": _csrf(page), "decision": "confirmed"},
        )
        assert decided.status_code == 200 and "duplicate_confirmed" in str(decided.url)
        # Decided once: a second decision (another tab) changes nothing.
        again = client.post(
            f"/console/duplicates/{pair.id}/decide",
            data={"csrf": _csrf(page), "decision": "dismissed"},
        )
        assert "duplicate_already_decided" in str(again.url)
    with Session(engine) as session:
        decided_pair = session.get(DuplicateCandidate, pair.id)
        assert decided_pair is not None and decided_pair.status == "confirmed"
        trail = session.scalars(
            select(ConsoleAudit).where(ConsoleAudit.action.like("duplicate_%"))
        ).all()
        assert [(a.action, a.target) for a in trail] == [("duplicate_confirmed", pair.id)]
        assert trail[0].details["agencies"] == ["RABAG", "CASAA"] or trail[0].details[
            "agencies"
        ] == ["CASAA", "RABAG"]
        # National counts see the pair once; each agency keeps its own file.
        everyone = list(session.scalars(select(Record.id).where(Record.entity == "person")))
        assert len(everyone) == 3
        assert count_distinct_people(session, everyone) == 2
        canonical = canonical_person_ids(session, everyone)
        assert canonical[ids["rabat"]] == canonical[ids["casa"]] == min(ids["rabat"], ids["casa"])
        assert canonical[ids["tanger"]] == ids["tanger"]
        counted = session.scalar(
            select(func.count(func.distinct(canonical_person_id(Record.id)))).where(
                Record.entity == "person"
            )
        )
        assert counted == 2

    # Both agencies' PCs are told, with file numbers only; the third is not.
    for pc, mine, other, other_code in (
        (rabat, ids["rabat"], ids["casa"], "CASAA"),
        (casa, ids["casa"], ids["rabat"], "RABAG"),
    ):
        pc.sync()
        (notice,) = _notices(pc)
        assert (notice.person_id, notice.status) == (mine, "confirmed")
        assert notice.other_agency_code == other_code
        assert notice.other_file_number == _file_number(
            rabat if other_code == "RABAG" else casa, other
        )
        assert notice.reasons == ["same_birth_date_similar_name", "same_document"]
        # Shown in the to-do list of the person's counsellor.
        found = pc.person(mine)
        assert found is not None and found.counsellor_id
        sections = TodoService(pc.db, pc.user).sections(found.counsellor_id)
        (item,) = next(s for s in sections if s.kind == TodoKind.DUPLICATE_ELSEWHERE).items
        assert (item.person_id, item.detail["agency_code"]) == (mine, other_code)
    tanger.sync()
    assert _notices(tanger) == []


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_pc_cannot_write_a_notice_nor_learn_of_a_number_held_elsewhere(
    server: Server, engine: Engine, three: tuple[Pc, Pc, Pc, dict[str, str]]
) -> None:
    _rabat, _casa, tanger, ids = three
    with tanger.db.reader() as session:
        actor = session.scalars(select(Person.created_by)).first()
    # A notice pushed by a PC, for its own person: refused, whatever it says.
    forged = op(
        str(actor), "duplicate_notice", "0192f0a0-0000-7000-8000-00000000f00d",
        {"person_id": ids["tanger"], "status": "confirmed", "other_file_number": "X"},
        action="create", base_version=0,
    )  # fmt: skip
    (answer,) = push(tanger, forged)
    assert (answer["status"], answer["reason"]) == ("rejected", "national_record")
    with Session(engine) as session:
        assert session.scalar(select(Record).where(Record.entity == "duplicate_notice")) is None

    # Tanger registers Rabat's man's residence card under a new file: the server answers as
    # for any new person and Tanger's next pull carries nothing about other agencies.
    before = len(_notices(tanger))
    probe = _register(tanger, first_name="Zz", last_name="Probe", phone="06 00 00 00 01")
    report = tanger.sync()
    assert report.results.get("rejected", 0) == 0
    assert len(_notices(tanger)) == before == 0
    duplicate_queue.drain(sessionmaker(engine), wait=True)  # the index, after the answer
    with Session(engine) as session:  # the server did see it, for the centre to look at
        assert session.scalar(
            select(func.count())
            .select_from(DuplicateCandidate)
            .where((DuplicateCandidate.person_a == probe) | (DuplicateCandidate.person_b == probe))
        )


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_supervisor_sees_her_agencys_pairs_only_and_cannot_decide(
    server: Server, engine: Engine, three: tuple[Pc, Pc, Pc, dict[str, str]]
) -> None:
    rabat, casa, _tanger, ids = three
    with Session(engine) as session, session.begin():
        accounts.create_account(
            session, "salma", "Salma", Role.AGENCY_SUPERVISOR, SUPERVISOR_PASSWORD, NOW,
            agency_id=_agency_id(engine, "TANGA"),
        )  # fmt: skip
        accounts.create_account(
            session, "karim", "Karim", Role.AGENCY_SUPERVISOR, SUPERVISOR_PASSWORD, NOW,
            agency_id=_agency_id(engine, "RABAG"),
        )  # fmt: skip
        (pair,) = session.scalars(select(DuplicateCandidate)).all()
        session.expunge(pair)
    with _signed_in(server, "salma", SUPERVISOR_PASSWORD) as client:
        page = client.get("/console/duplicates")
        assert page.status_code == 200
        assert pair.id not in page.text and "CASAA" not in page.text
        assert _file_number(rabat, ids["rabat"]) not in page.text
        refused = client.post(
            f"/console/duplicates/{pair.id}/decide",
            data={"csrf": _csrf(page), "decision": "dismissed"},
        )
        assert refused.status_code == 403
    with _signed_in(server, "karim", SUPERVISOR_PASSWORD) as client:
        # Open, the pair is the national administrator's alone: seen at once by the agency,
        # it would tell that another agency holds a number its PC just pushed.
        for status in ("", "?status=open"):
            assert pair.id not in client.get(f"/console/duplicates{status}").text
        refused = client.post(
            f"/console/duplicates/{pair.id}/decide",
            data={"csrf": _csrf(client.get("/console/duplicates")), "decision": "confirmed"},
        )
        assert refused.status_code == 403
    with Session(engine) as session, session.begin():  # the national administrator decides
        from counsellor_app.server import duplicates as found

        decided = session.get(DuplicateCandidate, pair.id)
        assert decided is not None
        found.decide(session, decided, "confirmed", "national-admin", NOW)
    with _signed_in(server, "karim", SUPERVISOR_PASSWORD) as client:
        page = client.get("/console/duplicates")
        row = re.search(rf'<tr data-pair="{pair.id}">(.*?)</tr>', page.text, re.S)
        assert row is not None  # his agency's pair: his file first, then Casablanca's
        cells = re.findall(r'class="file">([^<]*)<', row.group(1))
        assert cells == [_file_number(rabat, ids["rabat"]), _file_number(casa, ids["casa"])]
        assert "decide" not in row.group(1)
        refused = client.post(
            f"/console/duplicates/{pair.id}/decide",
            data={"csrf": _csrf(page), "decision": "dismissed"},
        )
        assert refused.status_code == 403
        for other in ("/console/duplicates?status=dismissed", "/console/duplicates?status=x"):
            assert client.get(other).status_code == 200
    with Session(engine) as session:
        still = session.get(DuplicateCandidate, pair.id)
        assert still is not None and still.status == "confirmed"


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_an_open_pair_taken_away_by_a_corrected_key_is_in_the_audit_trail(
    server: Server, engine: Engine, three: tuple[Pc, Pc, Pc, dict[str, str]]
) -> None:
    """Casablanca corrects her man's birth date and residence card: no longer Rabat's man, the
    open pair goes, and the hash-chained trail says so (pair, agencies, reasons; no data)."""
    _rabat, casa, _tanger, ids = three
    with Session(engine) as session:
        (pair,) = session.scalars(select(DuplicateCandidate)).all()
    corrected = person(
        first_name="Mohammed",
        last_name="Diallo",
        phone="07 77 00 11 22",
        date_of_birth=date(1988, 7, 14),
        documents=(IdentityDocumentInput("residence_card", "F 987-654", date(2027, 6, 30)),),
    )
    casa.people().update(ids["casa"], corrected)
    assert casa.sync().results.get("rejected", 0) == 0
    with Session(engine) as session:
        assert session.scalars(select(DuplicateCandidate)).all() == []
        (entry,) = session.scalars(
            select(ConsoleAudit).where(ConsoleAudit.action == "duplicate_withdrawn")
        ).all()
        assert (entry.target, entry.username, entry.account_id) == (pair.id, "server", None)
        assert sorted(entry.details["agencies"]) == ["CASAA", "RABAG"]
        assert entry.details["reasons"] == ["same_birth_date_similar_name", "same_document"]
        text = repr((entry.details, entry.target))
        for hidden in ("Diallo", "Mohammed", "E123456", "F987654", "1995", "1988"):
            assert hidden not in text
    console_admin(server, "nadia", PASSWORD)
    with _signed_in(server, "nadia", PASSWORD) as client:  # the chain still checks whole
        trail = client.get("/console/audit")
        assert trail.status_code == 200 and "duplicate_withdrawn" in trail.text
        assert "Chaîne intègre" in trail.text
