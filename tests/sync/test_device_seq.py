"""A PC never gives one sequence number to two operations: its high-water mark outlives the
outbox rows an erasure or an eviction deletes, and a PC restored from an older backup goes on
from above what the server has seen. After each, the next push is applied by a real server."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import orjson
import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from counsellor_app.core.person import ConsentInput
from counsellor_app.core.roles import Role
from counsellor_app.services.backup import BackupService, restore
from counsellor_app.services.sharing import SharingService
from counsellor_app.services.users import UserService
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import OutboxOp, Person
from counsellor_app.storage.outbox import as_sent, last_seq
from counsellor_app.storage.settings import Settings
from tests.conftest import person
from tests.server_fixtures import PC_PASSWORD, Server
from tests.sync.conftest import Pc

SHARING = ConsentInput(True, date(2026, 11, 1), frozenset({"processing", "sharing_partners"}))


def _reopen(pc: Pc) -> None:
    """Close and open the file again, as the next start of the app does: the outbox is
    numbered from what the file keeps, nothing held in memory."""
    pc.db.close()
    pc.db = Database(pc.db.paths, pc.db.key)


def _top_seq(pc: Pc) -> int:
    with pc.db.reader() as session:
        return session.scalar(select(func.max(OutboxOp.device_seq))) or 0


def _server_field(server: Server, record_id: str, name: str) -> object:
    engine = create_engine(server.environment["COUNSELLOR_SERVER_DATABASE_URL"])
    try:
        from counsellor_app.server.models import Record

        with Session(engine) as session:
            record = session.scalars(select(Record).where(Record.id == record_id)).one()
            return record.fields.get(name)
    finally:
        engine.dispose()


def _push_is_applied(pc: Pc) -> None:
    report = pc.sync()
    assert report.results.get("applied", 0) >= 1, report.results
    assert set(report.results) <= {"applied"}, report.results
    assert report.pending == 0


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_push_after_an_erasure_is_applied(server: Server, make_pc: object) -> None:
    pc: Pc = make_pc("pc-a")  # type: ignore[operator]
    kept = pc.people().register(person(last_name="Coulibaly"), confirmed_new=True)
    UserService(pc.workspace, pc.db, pc.user).create_user(
        "karim", "Karim Haddad", Role.SUPERVISOR, PC_PASSWORD
    )
    pc.enrol(server)
    erased = pc.people().register(person(last_name="Traoré"), confirmed_new=True)
    pc.sync()  # the erased person's operations hold the highest numbers the server saw
    given = _top_seq(pc)

    SharingService(pc.db, pc.user).request_erasure(erased, "Demande de la personne, loi 09-08")
    _db, karim = pc.workspace.log_in("karim", PC_PASSWORD, pc.db)
    assert SharingService(pc.db, karim).approve_erasure(erased).erased == 1
    assert _top_seq(pc) < given  # the erasure took the outbox's highest rows with it

    _reopen(pc)
    pc.edit(kept, email="coulibaly@example.ma")
    assert _top_seq(pc) > given  # numbered above every number given, not above the rows left
    _push_is_applied(pc)
    assert _server_field(server, kept, "email") == "coulibaly@example.ma"


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_push_after_an_eviction_is_applied(server: Server, make_pc: object) -> None:
    rabat, casa = make_pc("rabat", "RABAG"), make_pc("casa", "CASAF")  # type: ignore[operator]
    shared = rabat.people().register(
        person(last_name="Kamara", consent=SHARING), confirmed_new=True
    )
    own = casa.people().register(person(last_name="Diallo"), confirmed_new=True)
    rabat.enrol(server)
    casa.enrol(server)
    client = rabat.client()
    try:
        referral = client.grant(shared, "CASAF", "referral", rabat.user.id)
    finally:
        client.close()
    casa.sync()
    casa.edit(shared, phone="0662 22 33 44")  # Casablanca's newest operations are on the file
    casa.sync()
    given = _top_seq(casa)
    client = rabat.client()
    try:
        client.revoke_grant(referral["grant_id"], rabat.user.id)
    finally:
        client.close()
    casa.sync()
    assert casa.person(shared) is None  # evicted, with its outbox rows
    assert _top_seq(casa) < given

    _reopen(casa)
    casa.edit(own, email="diallo@example.ma")
    _push_is_applied(casa)
    assert _server_field(server, own, "email") == "diallo@example.ma"


def _restore_an_older_backup(
    server: Server, pc: Pc, tmp_path: Path, disk_lost: bool
) -> tuple[str, int]:
    """Enrol, back up, then edit and sync so that the server sees numbers the backup never
    gave; restore the backup (over the data in place, or on a PC whose disk was lost)."""
    person_id = pc.people().register(person(last_name="Benali"), confirmed_new=True)
    pc.enrol(server)
    usb = tmp_path / "usb"
    usb.mkdir()  # a chosen backup folder is never made by the backup itself
    backup = BackupService(pc.workspace, pc.db, pc.user, Settings(backup_folder=str(usb))).make()
    pc.edit(person_id, phone="0661 00 00 01")
    pc.edit(person_id, phone="0661 00 00 02")
    pc.sync()
    seen = _top_seq(pc)
    pc.db.close()
    if disk_lost:
        for name in ("counsellor.db", "counsellor.db-wal", "counsellor.db-shm"):
            (pc.db.paths.root / name).unlink(missing_ok=True)
    restore(pc.workspace, backup.path, "admin", PC_PASSWORD)
    pc.db, pc.user = pc.workspace.log_in("admin", PC_PASSWORD)
    assert _top_seq(pc) < seen  # the restored outbox is behind the server
    return person_id, seen


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_push_after_restoring_an_older_backup_over_the_data_is_applied(
    server: Server, make_pc: object, tmp_path: Path
) -> None:
    pc: Pc = make_pc("pc-a")  # type: ignore[operator]
    person_id, seen = _restore_an_older_backup(server, pc, tmp_path, disk_lost=False)
    pc.edit(person_id, email="benali@example.ma")  # numbered above what the replaced data gave
    with pc.db.reader() as session:
        (waiting,) = session.scalars(select(OutboxOp).where(OutboxOp.state == "pending")).all()
        assert waiting.device_seq > seen
    _push_is_applied(pc)
    assert _server_field(server, person_id, "email") == "benali@example.ma"


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_a_push_after_restoring_an_older_backup_on_a_new_disk_is_applied(
    server: Server, make_pc: object, tmp_path: Path
) -> None:
    pc: Pc = make_pc("pc-a")  # type: ignore[operator]
    person_id, seen = _restore_an_older_backup(server, pc, tmp_path, disk_lost=True)
    pc.edit(person_id, email="benali@example.ma")  # nothing here knew better: a reused number
    with pc.db.reader() as session:
        reused = session.scalars(select(OutboxOp).where(OutboxOp.state == "pending")).one()
        assert reused.device_seq <= seen
    _push_is_applied(pc)  # refused as reused, numbered anew above the server's, sent again
    assert _server_field(server, person_id, "email") == "benali@example.ma"
    with pc.db.reader() as session:
        assert last_seq(session) > seen
        renumbered = session.get(OutboxOp, reused.op_id)
        assert renumbered is not None and renumbered.state == "applied"
        assert renumbered.device_seq > seen

    pc.edit(person_id, first_name="Youssef")  # the next ones start above it straight away
    _push_is_applied(pc)
    assert _server_field(server, person_id, "first_name") == "Youssef"
    with pc.db.reader() as session:
        assert session.get(Person, person_id).first_name == "Youssef"  # type: ignore[union-attr]


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_the_server_refuses_a_reused_or_impossible_number_clearly(
    server: Server, make_pc: object
) -> None:
    """Played as an attacker (or a confused PC) straight on the route: no 500, a refusal that
    says why and what the server has seen; nothing stored for the refused operation."""
    pc: Pc = make_pc("pc-a")  # type: ignore[operator]
    person_id = pc.people().register(person(last_name="Alaoui"), confirmed_new=True)
    pc.enrol(server)
    pc.edit(person_id, email="one@example.ma")
    with pc.db.reader() as session:
        (op,) = session.scalars(select(OutboxOp).where(OutboxOp.state == "pending")).all()
        sent = as_sent(op)
    pc.sync()
    client = pc.client()
    try:
        meta = client._call("GET", "/v1/sync/meta")
        assert meta["last_device_seq"] == sent["device_seq"]
        other = {
            **sent,
            "op_id": "01900000-0000-7000-8000-000000000001",
            "changes": {"email": ["one@example.ma", "two@example.ma"]},
        }
        (answer,) = client._call("POST", "/v1/sync/push", {"ops": [other]})["results"]
        assert (answer["status"], answer["reason"]) == ("rejected", "seq_reused")
        assert answer["last_device_seq"] == sent["device_seq"]
        (again,) = client._call("POST", "/v1/sync/push", {"ops": [sent]})["results"]
        assert again.get("duplicate") is True  # its own operation, sent again, is no reuse
        renumbered = {**sent, "device_seq": sent["device_seq"] + 5}
        (same,) = client._call("POST", "/v1/sync/push", {"ops": [renumbered]})["results"]
        assert same.get("duplicate") is True  # the same operation numbered anew
        for impossible in (0, -1, 2**63, 2**64 - 1):
            (refused,) = client._call(
                "POST", "/v1/sync/push", {"ops": [{**other, "device_seq": impossible}]}
            )["results"]
            assert (refused["reason"], refused["field"]) == ("validation", "device_seq")
        huge = orjson.dumps({"ops": [{**other, "device_seq": 7}]}).replace(
            b":7,", b":" + b"9" * 30 + b","
        )
        (refused,) = client._send("POST", "/v1/sync/push", huge, "application/json").json()[
            "results"
        ]  # a number no 64-bit column holds, as a hostile client would write it (read as a
        # float by the decoder: not a whole number)
        assert (refused["reason"], refused["field"]) == ("validation", "version")
    finally:
        client.close()
    assert _server_field(server, person_id, "email") == "one@example.ma"
