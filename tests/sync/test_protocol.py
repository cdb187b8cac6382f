"""The typed protocol through a real server on loopback: the server refuses a value a PC could
not store, naming the field, and a PC that receives one anyway sets it aside and goes on."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from counsellor_app.core.ids import new_id
from counsellor_app.protocol.wire import OpStatus, Reason, Route
from counsellor_app.server.changelog import announce
from counsellor_app.server.models import Device, Record
from counsellor_app.storage.models import (
    IdentityDocument,
    LocalSetting,
    Person,
    SetAsideRecord,
    UserAccount,
)
from counsellor_app.storage.outbox import DEVICE_KEY
from tests.conftest import person
from tests.server_fixtures import Server
from tests.sync.conftest import Pc

_numbers: Iterator[int] = iter(range(50_000, 60_000))  # far past the PCs' real operations


def _op(pc: Pc, entity: str, entity_id: str, action: str, **values: object) -> dict[str, Any]:
    return {
        "op_id": new_id(), "device_seq": next(_numbers), "entity": entity,
        "entity_id": entity_id, "person_id": entity_id if entity == "person" else None,
        "action": action, "base_version": 1 if action == "update" else 0,
        "changes": {name: [None, value] for name, value in values.items()},
        "hlc": f"{time.time_ns() // 1_000_000:015d}-0000-pc", "actor_id": pc.user.id,
    }  # fmt: skip


def _push(pc: Pc, *ops: dict[str, Any]) -> list[dict[str, Any]]:
    client = pc.client()
    try:
        return list(client._call("POST", Route.PUSH, {"ops": list(ops)})["results"])
    finally:
        client.close()


def _setting(pc: Pc, key: str) -> str:
    with pc.db.reader() as session:
        setting = session.get(LocalSetting, key)
        assert setting is not None
        return setting.value


def _server_session(server: Server) -> Session:
    return Session(create_engine(server.environment["COUNSELLOR_SERVER_DATABASE_URL"]))


def test_a_value_no_pc_could_store_is_refused_naming_the_field(
    server: Server, make_pc: object
) -> None:
    first, foreign = make_pc("pc-a"), make_pc("pc-casa", agency="CASAB")  # type: ignore[operator]
    person_id = first.people().register(person(last_name="Traoré"), confirmed_new=True)
    first.enrol(server)
    foreign.enrol(server)
    held = first.person(person_id)
    assert held is not None
    account = new_id()
    answers = _push(
        first,
        _op(first, "person", person_id, "update", date_of_birth="not-a-date"),
        _op(first, "user_account", account, "create", agency_id=first.user.agency_id,
            username="nadia", role="counsellor", active=True),  # no display_name
        _op(first, "person", person_id, "update", sex="other"),
        _op(first, "person", person_id, "update", last_name="X" * 81),
        _op(first, "person", person_id, "update", last_name=None),
        _op(first, "person", person_id, "update", is_admin=True),
        _op(first, "budget_envelope", new_id(), "create", name="UE",
            budget_centimes=12.5, valid_from="2026-01-01"),
        _op(first, "appointment", new_id(), "create", counsellor_id=first.user.id,
            kind="intake", starts_at="2026-12-03T10:00:00"),  # no offset: not UTC
    )  # fmt: skip
    assert [(a["status"], a["reason"], a["field"], a["problem"]) for a in answers] == [
        (OpStatus.REJECTED, Reason.INVALID_FIELD, "date_of_birth", "format"),
        (OpStatus.REJECTED, Reason.INVALID_FIELD, "display_name", "required"),
        (OpStatus.REJECTED, Reason.INVALID_FIELD, "sex", "not_allowed"),
        (OpStatus.REJECTED, Reason.INVALID_FIELD, "last_name", "too_long"),
        (OpStatus.REJECTED, Reason.INVALID_FIELD, "last_name", "null"),
        (OpStatus.REJECTED, Reason.INVALID_FIELD, "is_admin", "unknown"),
        (OpStatus.REJECTED, Reason.INVALID_FIELD, "budget_centimes", "type"),
        (OpStatus.REJECTED, Reason.INVALID_FIELD, "starts_at", "format"),
    ]
    # Another agency's PC playing the same trick is refused the same way, before anything.
    (refused,) = _push(foreign, _op(foreign, "person", person_id, "update", date_of_birth="x"))
    assert (refused["reason"], refused["field"]) == (Reason.INVALID_FIELD, "date_of_birth")
    with _server_session(server) as session:
        stored = session.get(Record, ("person", person_id))
        assert stored is not None and stored.fields["date_of_birth"] == "1995-03-02"
        assert stored.fields["last_name"] == held.last_name and "is_admin" not in stored.fields
        assert session.get(Record, ("user_account", account)) is None
    # Nothing was stored: every PC of the agency goes on syncing, a new one included.
    late = make_pc("pc-late")  # type: ignore[operator]
    late.enrol(server)
    assert first.sync().set_aside == late.sync().set_aside == 0
    assert late.person(person_id).last_name == held.last_name  # type: ignore[union-attr]


def _plant(
    server: Server, agency_id: str, entity: str, record_id: str, fields: dict, person: str = ""
) -> None:
    """What an older server, which stored any value, left in its database."""
    now = datetime.now(UTC)
    with _server_session(server) as session:
        record = session.get(Record, (entity, record_id))
        if record is None:
            record = Record(entity=entity, id=record_id, owner_agency_id=agency_id, version=0,
                            field_versions={}, field_clocks={}, field_devices={}, updated_seq=0,
                            person_id=record_id if entity == "person" else person or None)  # fmt: skip
            session.add(record)
        record.version += 1
        record.fields = fields
        session.flush()
        announce(session, [record], "older-server", now)
        session.commit()


def _a_person(agency_id: str, **changes: object) -> dict[str, Any]:
    now = datetime.now(UTC).isoformat()
    return {
        "file_number": f"RABAG-2026-{time.time_ns() % 10**6:06d}", "owner_agency_id": agency_id,
        "last_name": "Sy", "first_name": "Mariama", "sex": "female",
        "date_of_birth": "1992-01-05", "nationality": "SN", "legal_status": "asylum_seeker",
        "created_at": now, "updated_at": now, **changes,
    }  # fmt: skip


def test_a_record_a_pc_cannot_store_is_set_aside_and_the_sync_goes_on(
    server: Server, make_pc: object
) -> None:
    first = make_pc("pc-a")  # type: ignore[operator]
    first.enrol(server)
    agency = _setting(first, "agency_id")
    bad_person, bad_account, good_person = new_id(), new_id(), new_id()
    _plant(server, agency, "person", bad_person, _a_person(agency, date_of_birth="not-a-date"))
    _plant(server, agency, "user_account", bad_account,
           {"agency_id": agency, "username": "ghost", "role": "counsellor"})  # fmt: skip
    _plant(server, agency, "person", good_person, _a_person(agency, last_name="Ndiaye"))
    legacy = new_id()  # an older app sent its defaults as nulls: stored here with them
    _plant(server, agency, "user_account", legacy,
           {"agency_id": agency, "username": "amina", "display_name": "Amina B.",
            "role": "counsellor", "active": None, "must_change_password": None})  # fmt: skip
    document = new_id()  # valid itself, but its person cannot be stored here
    _plant(server, agency, "identity_document", document,
           {"person_id": bad_person, "doc_type": "passport", "number": "P1",
            "number_key": "P1"}, person=bad_person)  # fmt: skip

    late = make_pc("pc-late")  # type: ignore[operator]
    late.enrol(server)  # a newly enrolled PC: its first pull meets both bad records
    report = late.sync()  # and every later sync completes
    assert report.finished_at is not None
    stored = late.person(good_person)
    assert stored is not None and stored.last_name == "Ndiaye"  # what came after is there
    assert late.person(bad_person) is None
    with late.db.reader() as session:
        aside = {(r.entity, r.entity_id): r for r in session.scalars(select(SetAsideRecord))}
        assert session.get(UserAccount, bad_account) is None
        kept = session.get(UserAccount, legacy)
        assert kept is not None and kept.active and not kept.must_change_password
    assert set(aside) == {
        ("person", bad_person),
        ("user_account", bad_account),
        ("identity_document", document),
    }
    assert (aside["identity_document", document].reason) == "reference_set_aside"
    assert (aside["person", bad_person].field, aside["person", bad_person].reason) == (
        "date_of_birth",
        "format",
    )
    assert (
        aside["user_account", bad_account].field,
        aside["user_account", bad_account].reason,
    ) == (
        "display_name",
        "required",
    )
    raw = orjson.loads(aside["person", bad_person].raw)
    assert raw["fields"]["date_of_birth"] == "not-a-date"  # kept for the support to read
    with _server_session(server) as session:  # the server knows, per device
        device = session.get(Device, _setting(late, DEVICE_KEY))
        assert device is not None and device.set_aside_count == 3

    # The record is put right on the server: the next sync stores it and its document (the
    # end-of-sync check fetches what was set aside) and forgets the copies.
    _plant(server, agency, "person", bad_person, _a_person(agency, last_name="Ba"))
    late.sync()
    assert late.person(bad_person).last_name == "Ba"  # type: ignore[union-attr]
    with late.db.reader() as session:
        assert [r.entity for r in session.scalars(select(SetAsideRecord))] == ["user_account"]
        assert session.get(Person, bad_person) is not None
        assert session.get(IdentityDocument, document) is not None
    with _server_session(server) as session:
        device = session.get(Device, _setting(late, DEVICE_KEY))
        assert device is not None and device.set_aside_count == 1
