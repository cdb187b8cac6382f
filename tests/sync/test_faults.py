"""Networks that fail: a sync session broken at each of its requests, in each way a network or
a proxy breaks, loses nothing and applies nothing twice (reference/sync.md §10.3, 1–2)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from counsellor_app.storage.models import OutboxOp, Person
from counsellor_app.storage.outbox import as_sent
from counsellor_app.sync import apply
from counsellor_app.sync import client as sync_client
from counsellor_app.sync.client import SyncClient, SyncError, SyncReport, record_results
from tests.conftest import letters, person
from tests.server_fixtures import Server
from tests.sync.conftest import Pc
from tests.sync.faults import FAULTS, FaultyTransport, differences


def _outbox_states(pc: Pc) -> dict[str, int]:
    with pc.db.reader() as session:
        return dict(
            session.execute(select(OutboxOp.state, func.count()).group_by(OutboxOp.state)).all()
        )


@pytest.mark.parametrize("fault", FAULTS)
def test_a_session_broken_at_any_request_loses_nothing(
    server: Server, make_pc: object, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    # Small batches and pages: a session makes enough requests to break each kind.
    monkeypatch.setattr(sync_client, "PUSH_BATCH", 3)
    monkeypatch.setattr(sync_client, "PULL_PAGE", 2)
    first, second = make_pc("pc-a"), make_pc("pc-b")  # type: ignore[operator]
    people = [
        first.people().register(person(last_name=f"Sow {letters(n)}"), confirmed_new=True)
        for n in range(3)
    ]
    first.enrol(server)
    second.enrol(server)
    phones: dict[str, str] = {}
    names: dict[str, str] = {}
    registered = list(people)
    seen_reasons: set[str] = set()
    session_length = 0  # requests in an unbroken session with this much work
    broken_at = 0
    while broken_at <= session_length:
        # New work on both PCs: edits of different fields, and a new person here.
        for n, person_id in enumerate(people):
            phones[person_id] = f"06 61 {broken_at:02d} {n:02d} 00"
            first.edit(person_id, phone=phones[person_id])
            names[person_id] = f"Awa {letters(broken_at)} {letters(n)}"
            second.edit(person_id, first_name=names[person_id])
        registered.append(
            first.people().register(
                person(last_name=f"Ba {letters(broken_at)}"), confirmed_new=True
            )
        )
        second.sync()

        transport = FaultyTransport({broken_at: fault} if broken_at else {})
        broken = SyncClient(first.db, transport=transport)
        try:
            broken.sync()
        except SyncError as error:
            seen_reasons.add(error.reason)
        finally:
            broken.close()
        if not broken_at:
            session_length = len(transport.sent)

        first.sync()
        second.sync()
        first.sync()
        assert differences(first.db, second.db) == [], f"broken at request {broken_at}"
        for pc in (first, second):
            assert set(_outbox_states(pc)) <= {"applied"}, (broken_at, _outbox_states(pc))
            with pc.db.reader() as session:
                for person_id in people:
                    got = session.get(Person, person_id)
                    assert got is not None
                    assert got.first_name == names[person_id]
                    assert got.phone_e164 == "+212" + phones[person_id][1:].replace(" ", "")
                count = session.scalar(select(func.count()).select_from(Person))
                assert count == len(registered)  # nobody twice, nobody missing
        broken_at += 1
    assert session_length >= 8  # meta, pushes, pull pages, state check: each one was broken
    if fault != "duplicate":
        assert seen_reasons, "the broken sessions said why they stopped"


def _pending_ops(pc: Pc) -> list[dict[str, object]]:
    with pc.db.reader() as session:
        return [
            as_sent(op)
            for op in session.scalars(
                select(OutboxOp)
                .where(OutboxOp.state.in_(apply.WAITING))
                .order_by(OutboxOp.device_seq)
            )
        ]


def _deliver(pc: Pc, ops: list[dict[str, object]]) -> dict[str, str]:
    """Send these operations in this order, as a relay that reorders would, and record the
    answers as a session does; returns each operation's status."""
    client = pc.client()
    try:
        answer = client._call("POST", "/v1/sync/push", {"ops": ops})
    finally:
        client.close()
    record_results(pc.db, answer["results"], SyncReport())
    return {str(r["op_id"]): str(r.get("reason") or r["status"]) for r in answer["results"]}


def test_operations_delivered_out_of_order_end_as_they_were_made(
    server: Server, make_pc: object
) -> None:
    first, second = make_pc("pc-a"), make_pc("pc-b")  # type: ignore[operator]
    first.enrol(server)
    second.enrol(server)
    person_id = first.people().register(person(last_name="Keita"), confirmed_new=True)
    first.edit(person_id, phone="0661000001")
    first.edit(person_id, phone="0661000002", first_name="Fanta")
    made = _pending_ops(first)
    edits = [op for op in made if op["entity"] == "person" and op["action"] == "update"]
    assert len(edits) == 2

    # Everything at once, last made first: the edits of a person the server does not know yet
    # wait (the PC sends them again), nothing is refused, nothing is applied twice.
    answers = _deliver(first, list(reversed(made)))
    assert {answers[str(op["op_id"])] for op in edits} == {"record_unknown"}
    assert "rejected" not in set(answers.values()) and "forbidden" not in set(answers.values())
    first.sync()

    # An edit overtaken by a later one of the same PC never brings the older value back.
    first.edit(person_id, phone="0661000003")
    first.edit(person_id, phone="0661000004")
    older, newer = (op for op in _pending_ops(first) if op["entity"] == "person")
    assert _deliver(first, [newer]) == {str(newer["op_id"]): "applied"}
    assert _deliver(first, [older]) == {str(older["op_id"]): "applied"}
    first.sync()
    second.sync()
    for pc in (first, second):
        got = pc.person(person_id)
        assert got is not None and (got.first_name, got.phone_e164) == ("Fanta", "+212661000004")
        assert set(_outbox_states(pc)) == {"applied"}
    assert differences(first.db, second.db) == []
    with second.db.reader() as session:  # and nobody is asked to choose between them
        assert (
            session.scalar(
                select(func.count()).select_from(OutboxOp).where(OutboxOp.state == "conflict")
            )
            == 0
        )


def test_a_record_archived_on_one_pc_and_edited_on_another_stays_archived(
    server: Server, make_pc: object
) -> None:
    from datetime import date

    from counsellor_app.core.person import IdentityDocumentInput
    from counsellor_app.storage.models import IdentityDocument

    first, second = make_pc("pc-a"), make_pc("pc-b")  # type: ignore[operator]
    person_id = first.people().register(person(last_name="Sangaré"), confirmed_new=True)
    first.enrol(server)
    second.enrol(server)
    with second.db.reader() as session:
        card = session.scalars(
            select(IdentityDocument).where(IdentityDocument.person_id == person_id)
        ).one()
        card_id = card.id
    first.edit(person_id, documents=())  # the card removed from the file: archived
    second.edit(  # meanwhile its number corrected on the other PC
        person_id,
        documents=(
            IdentityDocumentInput("residence_card", "E654321", date(2027, 6, 30), id=card_id),
        ),  # type: ignore[arg-type]
    )
    first.sync()
    second.sync()
    first.sync()
    assert differences(first.db, second.db) == []
    for pc in (first, second):
        with pc.db.reader() as session:
            got = session.get(IdentityDocument, card_id)
            assert got is not None and got.deleted_at is not None  # archived wins
            assert got.number == "E654321"  # and the correction is not lost
        assert set(_outbox_states(pc)) == {"applied"}  # nobody has a conflict to settle
