"""Two PCs and a real server on loopback: enrolment, push, pull, merges, conflicts, refusals."""

from __future__ import annotations

import io
import subprocess
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import httpx
import orjson
import pytest
from PIL import Image
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from counsellor_app import __version__
from counsellor_app.core import request_signing
from counsellor_app.core.ids import new_id
from counsellor_app.core.pathway import Stage, Status
from counsellor_app.core.problems import DomainError
from counsellor_app.core.roles import Role
from counsellor_app.services.accounts import SetupRequest
from counsellor_app.services.cohorts import CohortInput, CohortService
from counsellor_app.services.documents import DocumentService
from counsellor_app.services.errors import NotAllowed
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.sync_service import SyncService
from counsellor_app.services.users import UserService
from counsellor_app.storage.models import (
    Agency,
    ChangeLog,
    LocalSetting,
    OutboxOp,
    Person,
    UserAccount,
)
from counsellor_app.storage.outbox import as_sent
from counsellor_app.sync.bundles import export_bundle
from counsellor_app.sync.client import SyncError
from tests.conftest import person
from tests.server_fixtures import PC_PASSWORD, Server
from tests.sync.acts_helpers import key_of, sign_op
from tests.sync.conftest import Pc


def test_a_person_registered_on_one_pc_reaches_the_other_and_edits_merge(
    server: Server, make_pc: object
) -> None:
    first, second = make_pc("pc-a"), make_pc("pc-b")  # type: ignore[operator]
    person_id = first.people().register(person(last_name="Diallo"), confirmed_new=True)
    first.enrol(server)
    with first.db.reader() as session:
        states = dict(
            session.execute(select(OutboxOp.state, func.count()).group_by(OutboxOp.state)).all()
        )
    assert states == {"applied": states["applied"]} and states["applied"] > 5

    second.enrol(server)  # set up apart: same agency code, its own agency record
    with second.db.reader() as session:
        assert session.get(LocalSetting, "agency_id").value == _agency_id(first)  # type: ignore[union-attr]
        pulled = session.get(Person, person_id)
        assert pulled is not None and pulled.last_name == "Diallo" and not pulled.dirty
        usernames = sorted(session.scalars(select(UserAccount.username)))
        assert usernames[0] == "admin" and usernames[1].startswith("admin~")  # first PC's admin
        # No history row for a pulled creation: the file's history reads it from the record.
        assert not session.scalars(select(ChangeLog).where(ChangeLog.person_id == person_id)).all()
    made = [e for e in second.people().history(person_id) if e.action == "create"]
    assert {e.entity for e in made} >= {"person"} and all(
        e.actor_name == "Admin pc-a" for e in made
    )
    origin = {e.entity: e.at for e in first.people().history(person_id) if e.action == "create"}
    assert {e.entity: e.at for e in made} == origin  # made then, not when this PC pulled it
    assert second.people().search_ids(_query("diallo")) == [person_id]  # the search index too

    # Disjoint fields edited on both PCs while apart: both edits survive.
    first.edit(person_id, phone="0661 00 11 22")
    second.edit(person_id, first_name="Aliou")
    assert first.sync().results == {"applied": 1}
    assert second.sync().results == {"applied": 1}
    first.sync()
    for pc in (first, second):
        got = _person_of(pc, person_id)
        assert (got.first_name, got.phone_e164) == ("Aliou", "+212661001122")
    # The pulled edit is in the history after the pulled creation, with what it changed.
    steps = [(e.entity, e.action, e.changes) for e in second.people().history(person_id)]
    assert steps.index(("person", "create", {})) < len(steps) - 1
    assert steps[-1] == ("person", "update", {"phone_e164": ["+212612345678", "+212661001122"]})


def test_the_same_field_changed_on_two_pcs_is_kept_as_a_conflict(
    server: Server, make_pc: object
) -> None:
    first, second = make_pc("pc-a"), make_pc("pc-b")  # type: ignore[operator]
    person_id = first.people().register(person(last_name="Camara"), confirmed_new=True)
    first.enrol(server)
    second.enrol(server)
    first.edit(person_id, first_name="Fatoumata")
    second.edit(person_id, first_name="Fanta")  # made later: it shows meanwhile
    assert first.sync().results == {"applied": 1}
    assert second.sync().results == {"merged": 1}
    first.sync()
    assert (
        _person_of(first, person_id).first_name
        == _person_of(second, person_id).first_name
        == "Fanta"
    )
    engine = create_engine(server.environment["COUNSELLOR_SERVER_DATABASE_URL"])
    with Session(engine) as session:
        from counsellor_app.server.models import Conflict

        (conflict,) = session.scalars(select(Conflict)).all()
        assert (conflict.field, conflict.server_value, conflict.incoming_value, conflict.kept) == (
            "first_name",
            "Fatoumata",
            "Fanta",
            "incoming",
        )
    engine.dispose()

    # A counsellor of the agency takes the other value, from either PC; both PCs get it.
    from counsellor_app.services.sync_service import SyncService

    (listed,) = SyncService(first.db, first.user).conflicts()
    assert (listed.person_name, listed.field, listed.shown_value, listed.other_value) == (
        "CAMARA Fanta",  # the name as shown on this PC now
        "first_name",
        "Fanta",
        "Fatoumata",
    )
    SyncService(first.db, first.user).resolve(listed, take_other=True)
    assert SyncService(second.db, second.user).conflicts() == []
    second.sync()
    assert (
        _person_of(first, person_id).first_name
        == _person_of(second, person_id).first_name
        == "Fatoumata"
    )


def test_a_stale_stage_transition_is_refused_and_kept_visible(
    server: Server, make_pc: object
) -> None:
    first, second = make_pc("pc-a"), make_pc("pc-b")  # type: ignore[operator]
    person_id = first.people().register(person(last_name="Sow"), confirmed_new=True)
    first.enrol(server)
    second.enrol(server)
    PathwayService(first.db, first.user).move(person_id, Stage.ORIENTATION, Status.IN_PROGRESS)
    PathwayService(second.db, second.user).move(person_id, Stage.ORIENTATION, Status.PLANNED)
    assert first.sync().results.get("applied")
    results = second.sync().results
    assert results.get("refused") == 1
    with second.db.reader() as session:
        refused = session.scalars(select(OutboxOp).where(OutboxOp.state == "refused")).one()
        assert refused.result is not None and refused.result["reason"] == "stale"
        assert refused.result["current"]["status"] == "in_progress"
    from counsellor_app.services.sync_service import SyncService

    (shown,) = SyncService(second.db, second.user).status().not_taken
    assert (shown.entity, shown.state, shown.person_id) == ("pathway_stage", "refused", person_id)
    assert "status" in shown.fields
    # The stage shows the server's decision; the refused one stays listed, nothing is lost.
    from counsellor_app.storage.models import PathwayStage

    with second.db.reader() as session:
        stage = session.scalars(
            select(PathwayStage).where(
                PathwayStage.person_id == person_id, PathwayStage.stage == "orientation"
            )
        ).one()
        assert stage.status == "in_progress"


def test_a_push_sent_twice_is_applied_once(server: Server, make_pc: object) -> None:
    first = make_pc("pc-a")  # type: ignore[operator]
    first.enrol(server)
    person_id = first.people().register(person(last_name="Bah"), confirmed_new=True)
    client = first.client()
    try:
        with first.db.reader() as session:
            op = session.scalars(select(OutboxOp).where(OutboxOp.state == "pending")).first()
            assert op is not None
            sent = as_sent(op)
        once = client._call("POST", "/v1/sync/push", {"ops": [sent]})["results"][0]
        twice = client._call("POST", "/v1/sync/push", {"ops": [sent, sent]})["results"]
        assert once["status"] == "applied" and all(r.get("duplicate") for r in twice)
        assert {r["server_seq"] for r in twice} == {once["server_seq"]}
        changed = {**sent, "changes": {**sent["changes"], "last_name": [None, "X"]}}
        assert (
            client._call("POST", "/v1/sync/push", {"ops": [changed]})["results"][0]["reason"]
            == "op_id_reuse"
        )
        client.sync()
    finally:
        client.close()
    assert _person_of(first, person_id).server_version >= 1


def test_a_malformed_push_is_refused_with_what_is_wrong(server: Server, make_pc: object) -> None:
    first = make_pc("pc-a")  # type: ignore[operator]
    first.enrol(server)
    client = first.client()
    try:
        for body, field in (
            (b"{not json", "body"),
            (b'{"ops": {"op_id": 1}}', "ops"),
            (b'{"ops": [1, 2]}', "ops"),
            (orjson.dumps({"ops": [{}] * 251}), "ops"),
        ):
            with pytest.raises(SyncError) as refused:
                client._send("POST", "/v1/sync/push", body, "application/json")
            assert refused.value.reason == "validation" and refused.value.details["status"] == 422
            assert refused.value.details["field"] == field
        # One bad operation among good ones is answered alone; the batch goes on.
        answers = client._call("POST", "/v1/sync/push", {"ops": [{"op_id": "short"}]})
        assert answers["results"][0] == {
            "op_id": "short", "status": "rejected", "reason": "validation", "field": "op_id"
        }  # fmt: skip
    finally:
        client.close()


def test_bad_clocks_unknown_devices_and_revoked_devices_are_refused(
    server: Server, make_pc: object
) -> None:
    first = make_pc("pc-a")  # type: ignore[operator]
    first.enrol(server)
    client = first.client()
    try:
        body = b""
        ahead = time.time_ns() // 1_000_000 + 86_400_000  # a PC a day ahead
        assert client._key is not None and client.device_id is not None
        headers = request_signing.signed_headers(
            client._key, client.device_id, __version__, "GET", "/v1/sync/meta", body, ahead
        )
        answer = httpx.get(server.url + "/v1/sync/meta", headers=headers)
        assert answer.status_code == 401 and answer.json()["error"] == "clock_skew"
        forged = {**headers, request_signing.TIME_HEADER: str(time.time_ns() // 1_000_000)}
        assert (
            httpx.get(server.url + "/v1/sync/meta", headers=forged).json()["error"]
            == "unauthenticated"
        )
        server.admin("revoke-device", client.device_id)
        with pytest.raises(SyncError) as stopped:
            client.sync()
        assert stopped.value.reason == "device_revoked"
        assert SyncService(first.db, first.user).status().revoked  # remembered for the app
    finally:
        client.close()
    other = make_pc("pc-c")  # type: ignore[operator]
    code = server.enrolment_code()
    other.enrol(server, code, then_sync=False)
    again = make_pc("pc-d")  # type: ignore[operator]
    with pytest.raises(SyncError) as used:
        again.enrol(server, code, then_sync=False)
    assert used.value.reason == "code_used"
    with pytest.raises(SyncError) as elsewhere:
        make_pc("pc-e").enrol(server, server.enrolment_code("CASAF"), then_sync=False)  # type: ignore[operator]
    assert elsewhere.value.reason == "code_for_another_agency"


# -- helpers ---------------------------------------------------------------------------------
def _agency_id(pc: Pc) -> str:
    with pc.db.reader() as session:
        return session.scalars(select(Agency.id)).one()


def _query(text: str) -> object:
    from counsellor_app.services.people import PeopleQuery

    return PeopleQuery(text=text)


def test_the_command_line_enrols_and_syncs(server: Server, make_pc: object) -> None:
    import os
    import subprocess
    import sys

    pc = make_pc("pc-cli")  # type: ignore[operator]
    pc.people().register(person(last_name="Touré"), confirmed_new=True)
    root = str(pc.workspace.paths.root)
    pc.db.close()  # the command opens the data itself
    run = [sys.executable, "-m", "counsellor_app", "--data-dir", root, "sync", "--user", "admin"]
    environment = {**os.environ, "COUNSELLOR_PASSWORD": "Rabat-Agdal-2026!"}
    enrolled = subprocess.run(
        [*run, "--server", server.url, "--enrol", server.enrolment_code()],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert enrolled.returncode == 0, enrolled.stderr
    assert "enrolled as device" in enrolled.stdout and "0 waiting" in enrolled.stdout
    again = subprocess.run(run, env=environment, capture_output=True, text=True, check=False)
    assert again.returncode == 0 and "pushed 0" in again.stdout
    wrong = subprocess.run(
        run,
        env={**environment, "COUNSELLOR_PASSWORD": "nope"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert wrong.returncode == 2 and wrong.stderr.strip()
    pc.db = pc.workspace.log_in("admin", "Rabat-Agdal-2026!")[0]  # closed by the fixture


def test_an_erased_person_leaves_every_pc_and_cannot_come_back(
    server: Server, make_pc: object
) -> None:
    from sqlalchemy import text

    from counsellor_app.core.roles import Role
    from counsellor_app.services.attachments import AttachmentService
    from counsellor_app.services.sharing import SharingService
    from counsellor_app.services.users import UserService
    from counsellor_app.storage.models import Attachment, ErasedPerson

    first, second = make_pc("pc-a"), make_pc("pc-b")  # type: ignore[operator]
    person_id = first.people().register(person(last_name="Traoré"), confirmed_new=True)
    kept_id = first.people().register(person(last_name="Coulibaly"), confirmed_new=True)
    picture = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 220, 240)).save(picture, "PNG")
    scan = AttachmentService(first.db, first.user).attach(
        person_id, "carte.png", picture.getvalue(), "Carte"
    )
    with first.db.reader() as session:
        sha = session.scalars(select(Attachment.sha256).where(Attachment.id == scan)).one()
    blob = first.db.paths.attachments
    assert any(blob.rglob(f"{sha}*"))
    UserService(first.workspace, first.db, first.user).create_user(
        "karim", "Karim Haddad", Role.SUPERVISOR, "Rabat-Agdal-2026!"
    )
    first.enrol(server)
    second.enrol(server)
    second.edit(person_id, first_name="Moussa")  # pending on B when the erasure comes
    with second.db.reader() as session:
        stale = session.scalars(select(OutboxOp).where(OutboxOp.person_id == person_id)).all()
        replay = [as_sent(op) for op in stale]

    asked = SharingService(first.db, first.user)
    asked.request_erasure(person_id, "Demande de la personne, loi 09-08 art. 8")
    with pytest.raises(SyncError) as same:
        asked.approve_erasure(person_id)  # the person who asked cannot approve
    assert same.value.reason == "second_person_required"
    _db, karim = first.workspace.log_in("karim", "Rabat-Agdal-2026!", first.db)
    approver = SharingService(first.db, karim)
    (waiting,) = approver.erasure_requests()  # the supervisor sees who asked and why
    assert (waiting.person_id, waiting.person_name) == (person_id, "TRAORÉ Mamadou")
    assert waiting.legal_basis.startswith("Demande de la personne")
    approver.approve_erasure(person_id)
    assert approver.erasure_requests() == []

    report = second.client().sync()
    assert report.results.get("rejected") == 1 and report.erased == 1
    for pc in (first, second):
        with pc.db.reader() as session:
            assert (
                session.get(Person, person_id) is None and session.get(Person, kept_id) is not None
            )
            assert session.get(ErasedPerson, person_id) is not None
            for table in (
                "change_log",
                "outbox_op",
                "identity_document",
                "consent",
                "pathway_stage",
            ):
                left = session.execute(
                    text(f"SELECT count(*) FROM {table} WHERE person_id = :p"),
                    {"p": person_id},
                ).scalar()
                assert left == 0, table
        assert pc.people().search_ids(_query("traore")) == []
    assert not any(blob.rglob(f"{sha}*"))  # the scan's encrypted file is gone too

    client = second.client()  # an old copy of an operation, sent again: refused
    try:
        answers = client._call("POST", "/v1/sync/push", {"ops": replay})["results"]
    finally:
        client.close()
    assert {a["status"] for a in answers} == {"rejected"} or all(
        a.get("duplicate") for a in answers
    )
    engine = create_engine(server.environment["COUNSELLOR_SERVER_DATABASE_URL"])
    with Session(engine) as session:
        from counsellor_app.server.models import Record

        assert (
            session.scalars(
                select(Record).where((Record.person_id == person_id) | (Record.id == person_id))
            ).all()
            == []
        )
    engine.dispose()


def test_an_attachment_travels_content_first_and_resumes_a_cut_upload(
    server: Server, make_pc: object
) -> None:
    from counsellor_app.services.attachments import AttachmentService

    first, second = make_pc("pc-a"), make_pc("pc-b")  # type: ignore[operator]
    first.enrol(server)
    second.enrol(server)
    person_id = first.people().register(person(last_name="Konaté"), confirmed_new=True)
    picture = io.BytesIO()
    Image.effect_noise((900, 700), 80).convert("RGB").save(picture, "PNG")  # ≈ 0.6 MB
    data = picture.getvalue()
    attachment = AttachmentService(first.db, first.user).attach(person_id, "cv.png", data, "CV")
    sha = AttachmentService(first.db, first.user).attachments(person_id)[0].sha256
    client = first.client()
    try:  # a connection cut after the first 100 KB: the server keeps what it received
        half = client._send(
            "PUT", f"/v1/blobs/{sha}?size={len(data)}&offset=0", data[:100_000],
            "application/octet-stream",
        ).json()  # fmt: skip
        assert half == {"status": "partial", "received": 100_000}
        report = client.sync()
    finally:
        client.close()
    assert set(report.results) == {"applied"}  # the reference went once its content was there
    second.sync()
    view, content = AttachmentService(second.db, second.user).content(attachment)
    assert content == data and view.file_name == "cv.png"


def test_the_end_of_sync_check_repairs_a_copy_that_lost_rows(
    server: Server, make_pc: object
) -> None:
    from sqlalchemy import text

    first, second = make_pc("pc-a"), make_pc("pc-b")  # type: ignore[operator]
    person_id = first.people().register(person(last_name="Cissé"), confirmed_new=True)
    first.enrol(server)
    second.enrol(server)
    # The second PC's copy goes wrong behind sync's back (a restored old backup, a bug).
    with second.db.unit_of_work(None) as session:
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
        session.execute(text("DELETE FROM consent WHERE person_id = :p"), {"p": person_id})
        session.execute(
            text("UPDATE person SET first_name = 'X', server_version = 0 WHERE id = :p"),
            {"p": person_id},
        )
    client = second.client()
    try:
        report = client.sync()
    finally:
        client.close()
    assert report.repaired >= 2 and report.divergent == 0
    repaired = _person_of(second, person_id)
    assert repaired.first_name == "Mamadou" and repaired.server_version >= 1
    with second.db.reader() as session:
        assert (
            session.execute(
                text("SELECT count(*) FROM consent WHERE person_id = :p"), {"p": person_id}
            ).scalar()
            == 1
        )


def _person_of(pc: Pc, person_id: str) -> Person:
    found = pc.person(person_id)
    assert found is not None
    return found


def test_a_pc_whose_clock_is_off_is_told_before_it_spends_its_code(
    server: Server, make_pc: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    import types

    from counsellor_app.sync import client as client_module

    pc = make_pc("pc-a")  # type: ignore[operator]
    code = server.enrolment_code()
    day_ahead = types.SimpleNamespace(time_ns=lambda: time.time_ns() + 86_400 * 10**9)
    monkeypatch.setattr(client_module, "time", day_ahead)
    with pytest.raises(SyncError) as skewed:
        pc.enrol(server, code)
    assert skewed.value.reason == "clock_skew" and skewed.value.details["skew_ms"] > 0
    monkeypatch.setattr(client_module, "time", time)
    pc.enrol(server, code)  # the same code still works once the clock is right
    assert pc.sync().pending == 0


def test_an_app_older_than_the_servers_minimum_is_told_to_update_and_keeps_its_work(
    server: Server, make_pc: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from counsellor_app.sync import client as sync_client

    first = make_pc("pc-a")  # type: ignore[operator]
    first.enrol(server)
    person_id = first.people().register(person(last_name="Touré"), confirmed_new=True)
    monkeypatch.setattr(sync_client, "__version__", "0.0.9")  # an app older than 0.1.0
    with pytest.raises(SyncError) as stopped:
        first.sync()
    assert stopped.value.reason == "client_too_old"
    assert stopped.value.details["min_client_version"] == "0.1.0"
    with first.db.reader() as session:
        waiting = session.scalar(
            select(func.count()).select_from(OutboxOp).where(OutboxOp.state == "pending")
        )
    assert waiting and first.person(person_id) is not None
    monkeypatch.undo()  # the new version installed: the work goes up
    assert first.sync().pushed >= waiting


def test_national_programmes_reach_every_pc_and_count_their_enrolled_people(
    server: Server, make_pc: object, tmp_path: Path
) -> None:
    """The server's programmes (the shipped reference data) reach every PC of every agency,
    read-only there; an enrolment travels with its person to the agency's other PC (never
    to another agency's) and the national report counts the programme's enrolled people."""
    import json

    from counsellor_app.core.indicators import Milestone, Period
    from counsellor_app.services.indicator_targets import Programme, TargetService
    from counsellor_app.services.programmes import ProgrammeEnrolmentService

    first, second = make_pc("pc-a"), make_pc("pc-b")  # type: ignore[operator]
    casa = make_pc("casa", agency="CASAM")  # type: ignore[operator]
    assert "3 programme(s) stored of 3" in server.admin("load-programmes")
    assert "0 programme(s) stored of 3" in server.admin("load-programmes")  # unchanged
    person_id = first.people().register(person(last_name="Sow"), confirmed_new=True)
    first.enrol(server)
    second.enrol(server)
    casa.enrol(server, server.enrolment_code("CASAM"))
    for pc in (first, second, casa):
        names = {p.name: p for p in TargetService(pc.db, pc.user).programmes()}
        assert set(names) == {"IDMAJE 2026", "Work4Integration",
                              "OIM — Réintégration et moyens de subsistance"}  # fmt: skip
    idmaje = names["IDMAJE 2026"]
    assert idmaje.national and idmaje.donor == "Union européenne"
    assert idmaje.targets[Milestone.REGISTERED] == 1200
    with pytest.raises(DomainError) as refused:  # read-only on a PC that syncs
        TargetService(first.db, first.user).save(
            Programme("IDMAJE 2026", idmaje.period, {Milestone.REGISTERED: 1}, id=idmaje.id)
        )
    assert refused.value.problems[0].code == "programme_national"
    # A PC that forges the operations anyway is refused by the server, which keeps its own.
    from tests.sync.test_hostile_agency import _reasons, op, push

    forged = push(
        first,
        op(first.user.id, "programme", idmaje.id, {"targets": {"registered": 1}}),
        op(first.user.id, "programme", new_id(), {"name": "Programme pirate",
           "starts_on": "2026-01-01", "ends_on": "2026-12-31"}, action="create",
           base_version=0),
    )  # fmt: skip
    assert _reasons(forged) == ["national_record", "national_record"]
    # A definition the PCs could not store is refused whole, with its reason.
    wrong = tmp_path / "programmes.json"
    wrong.write_text(json.dumps([{"id": "p-1", "name": "À l'envers", "starts_on": "2026-12-31",
                                  "ends_on": "2026-01-01"}]), "utf-8")  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "counsellor_app.server.cli", "load-programmes", "--file",
         str(wrong)],
        env=server.environment, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 2 and "p-1: ends before it starts" in done.stderr

    ProgrammeEnrolmentService(first.db, first.user).enrol(person_id, idmaje.id, date(2026, 2, 1))
    assert first.sync().results.get("applied", 0) >= 1
    second.sync()
    casa.sync()
    [seen] = ProgrammeEnrolmentService(second.db, second.user).of_person(person_id)
    assert (seen.programme, seen.starts_on) == ("IDMAJE 2026", date(2026, 2, 1))
    with casa.db.reader() as session:  # another agency's enrolment stays with its agency
        from counsellor_app.storage.models import ProgrammeEnrolment

        assert session.scalars(select(ProgrammeEnrolment)).all() == []
    # and another agency cannot enrol Rabat's person (the server reads her owner, not the op).
    intruder = push(
        casa,
        op(casa.user.id, "programme_enrolment", new_id(), {"programme_id": idmaje.id,
           "person_id": person_id, "starts_on": "2026-03-01"}, action="create",
           base_version=0, person_id=person_id),
    )  # fmt: skip
    assert _reasons(intruder) == ["person_forbidden"]
    counted = json.loads(
        server.admin("report", "--period", "2026", "--programme", "idmaje 2026", "--suppress", "0")
    )
    registered = next(i for i in counted["indicators"] if i["key"] == "registered")
    assert counted["programme"] == "IDMAJE 2026"
    assert (registered["total"], registered["target"]) == (1, 1200)
    second.sync()
    unchanged = {p.name: p for p in TargetService(second.db, second.user).programmes()}
    assert unchanged["IDMAJE 2026"].targets[Milestone.REGISTERED] == 1200
    assert "Programme pirate" not in unchanged
    everyone = json.loads(server.admin("report", "--period", "2026", "--suppress", "0"))
    assert next(i for i in everyone["indicators"] if i["key"] == "registered")["total"] == 1
    assert Period.parse("2026") == Period(date(2026, 1, 1), date(2026, 12, 31))


def test_the_references_the_server_checks_are_the_pcs_foreign_keys() -> None:
    from counsellor_app.core.merge import REFERENCES
    from counsellor_app.sync.apply import synced_models

    models = synced_models()
    foreign_keys = {
        name: {
            column.name: next(iter(column.foreign_keys)).column.table.name
            for column in model.__table__.columns  # type: ignore[attr-defined]
            if column.foreign_keys and next(iter(column.foreign_keys)).column.table.name in models
        }
        for name, model in models.items()
    }
    assert {name: refs for name, refs in foreign_keys.items() if refs} == REFERENCES


def test_a_record_naming_one_the_server_lacks_waits_and_never_stops_a_pull(
    server: Server, make_pc: object
) -> None:
    """A tranche whose application has not reached the server is not taken (stored, it would
    stop every PC's pull at that page); sent again once the application is there, it is."""
    from counsellor_app.core.ids import new_id
    from counsellor_app.storage.models import Disbursement

    first, second = make_pc("pc-a"), make_pc("pc-b")  # type: ignore[operator]
    person_id = first.people().register(person(last_name="Camara"), confirmed_new=True)
    first.enrol(server)
    second.enrol(server)
    envelope, application, tranche_id = new_id(), new_id(), new_id()

    def op(seq: int, entity: str, entity_id: str, person: str | None, **fields: object) -> dict:
        return {
            "op_id": new_id(), "device_seq": seq, "entity": entity, "entity_id": entity_id,
            "person_id": person, "action": "create", "base_version": 0,
            "changes": {name: [None, value] for name, value in fields.items()},
            "hlc": f"{int(time.time() * 1000):015d}-0000-x", "actor_id": first.user.id,
        }  # fmt: skip

    tranche = op(10_001, "disbursement", tranche_id, None, application_id=application,
                 amount_centimes=500_000, mode="cash", paid_on="2026-11-20",
                 recorded_by_user=first.user.id)  # fmt: skip
    client = first.client()
    try:
        answers = client._call("POST", "/v1/sync/push", {"ops": [
            tranche,  # before what it names
            op(10_002, "budget_envelope", envelope, None, name="UE", budget_centimes=10**8,
               valid_from="2026-01-01"),
            op(10_003, "grant_application", application, person_id, person_id=person_id,
               envelope_id=envelope, requested_centimes=2_000_000),
        ]})["results"]  # fmt: skip
        assert [(a["status"], a.get("reason")) for a in answers] == [
            ("rejected", "reference_unknown"),
            ("applied", None),
            ("applied", None),
        ]
        assert answers[0]["missing"] == application
        again = client._call("POST", "/v1/sync/push", {"ops": [tranche]})["results"][0]
        assert again["status"] == "applied"  # not remembered as refused: taken now
    finally:
        client.close()
    second.sync()  # the other PC pulls all three, in one page, without a stop
    with second.db.reader() as session:
        pulled = session.get(Disbursement, tranche_id)
        assert pulled is not None and pulled.application_id == application


def test_compacting_the_log_keeps_every_pc_converging_without_a_reset(
    server: Server, make_pc: object
) -> None:
    first, second = make_pc("pc-a"), make_pc("pc-b")  # type: ignore[operator]
    first.enrol(server)
    person_id = first.people().register(person(last_name="Camara"), confirmed_new=True)
    first.sync()
    second.enrol(server)  # its cursor now sits after the person's creation
    first.edit(person_id, phone="0661 00 11 22")
    first.sync()
    first.edit(person_id, first_name="Aïssata")
    first.sync()

    removed = server.admin("compact").splitlines()[-1]  # after the nonces' line
    superseded = int(removed.split()[1])
    assert superseded >= 2, removed  # the creation and the first edit are superseded

    report = second.sync()  # between the removed entries and the kept one: no reset
    late = make_pc("pc-c")  # type: ignore[operator]
    late.enrol(server)  # from zero, over the compacted log
    for pc in (second, late):
        found = _person_of(pc, person_id)
        assert (found.first_name, found.phone_e164) == ("Aïssata", "+212661001122")
    assert report.repaired == 0  # nothing had to be fetched again by the end-of-sync check
    assert server.admin("compact").splitlines()[-1].startswith("removed 0 superseded")


def test_the_server_checks_the_author_of_each_operation(server: Server, make_pc: object) -> None:
    first, other = make_pc("pc-a"), make_pc("pc-casa", agency="CASAB")  # type: ignore[operator]
    counsellor = UserService(first.workspace, first.db, first.user).create_user(
        "amina", "Amina Benkirane", Role.COUNSELLOR, "Counsellor-2026-pass!"
    )
    first.enrol(server)
    other.enrol(server)
    person_id = first.people().register(person(last_name="Keita"), confirmed_new=True)
    first.sync()

    def op(
        actor: str, entity: str, entity_id: str, changes: dict[str, list[object]]
    ) -> dict[str, object]:
        return {
            "op_id": new_id(), "device_seq": next(numbers), "entity": entity,
            "entity_id": entity_id, "person_id": person_id if entity == "person" else None,
            "action": "update", "base_version": 1, "changes": changes,
            "hlc": f"{time.time_ns() // 1_000_000:015d}-0000-pc", "actor_id": actor,
        }  # fmt: skip

    numbers = iter(range(10_000, 10_100))  # this PC's sequence, far past its real operations
    promote = {"role": ["counsellor", "administrator"]}
    client = first.client()
    try:
        # Each act signed by its author's own key (tests/sync/test_person_acts.py plays
        # the missing and forged signatures).
        amina = key_of(first, counsellor, "Counsellor-2026-pass!")
        answers = client._call("POST", "/v1/sync/push", {"ops": [
            sign_op(op(counsellor, "user_account", counsellor, promote), amina, first),
            op(other.user.id, "person", person_id, {"email": ["", "x@example.org"]}),
            op(new_id(), "person", person_id, {"email": ["", "y@example.org"]}),
            sign_op(op(first.user.id, "user_account", counsellor,
                       {"display_name": ["", "Amina B."]}), key_of(first, first.user.id), first),
        ]})["results"]  # fmt: skip
    finally:
        client.close()
    assert [a.get("reason", a["status"]) for a in answers] == [
        "role_forbidden",  # a counsellor may not manage accounts
        "actor_forbidden",  # an account of another agency
        "actor_unknown",  # no such account (yet): sent again later, not stored
        "applied",  # the administrator may
    ]


def test_a_revoked_pc_hands_its_work_over_then_its_data_can_be_removed(
    server: Server, make_pc: object, tmp_path: Path
) -> None:
    first = make_pc("pc-a")  # type: ignore[operator]
    first.enrol(server)
    person_id = first.people().register(person(last_name="Sow"), confirmed_new=True)
    service = SyncService(first.db, first.user)
    server.admin("revoke-device", service.status().device_id)
    with pytest.raises(SyncError) as stopped:
        service.sync()
    assert stopped.value.reason == "device_revoked" and service.status().revoked

    # Its waiting work goes on a USB key; the server's administrator takes it in by hand.
    data, count = export_bundle(first.db)
    assert count >= 1
    stick = tmp_path / "revoked.zip"
    stick.write_bytes(data)
    refused = subprocess.run(
        [sys.executable, "-m", "counsellor_app.server.cli", "import-bundle", str(stick)],
        env=server.environment, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert refused.returncode == 2 and "device_revoked" in refused.stderr
    taken = server.admin("import-bundle", str(stick), "--from-revoked-device")
    assert '"applied"' in taken and "rejected" not in taken
    successor = make_pc("pc-new")  # type: ignore[operator]
    successor.enrol(server)
    assert _person_of(successor, person_id).last_name == "Sow"

    # Then an administrator removes the agency's data, after typing the agency's code.
    with pytest.raises(DomainError) as mistyped:
        service.check_removal("CASAB")
    assert mistyped.value.problems[0].code == "agency_code_mismatch"
    counsellor_id = UserService(first.workspace, first.db, first.user).create_user(
        "amina", "Amina Benkirane", Role.COUNSELLOR, "Counsellor-2026-pass!"
    )
    counsellor = replace(first.user, id=counsellor_id, role=Role.COUNSELLOR)
    with pytest.raises(NotAllowed):
        SyncService(first.db, counsellor).check_removal("RABAG")
    service.check_removal(" rabag ")
    paths = first.workspace.paths
    first.db.close()
    paths.remove_data()
    assert not first.workspace.is_set_up()
    assert not paths.attachments.exists() and not paths.backups.exists()
    assert not any(p.name.startswith("counsellor.db") for p in paths.root.iterdir())
    first.db, first.user, _ = first.workspace.set_up(  # a new start, as the app offers
        SetupRequest(
            "anapec", "Agence RABAG", "RABAG", "rabat", "admin", "Admin", PC_PASSWORD, PC_PASSWORD
        )
    )


def test_a_session_goes_on_working_after_the_pc_is_enrolled(
    server: Server, make_pc: object
) -> None:
    pc = make_pc("pc-a")  # type: ignore[operator]
    local_agency = pc.user.agency_id
    pc.enrol(server)  # the agency takes the server's id; the signed-in account's copy does not
    assert pc.agency_code() == "RABAG" and pc.user.agency_id == local_agency
    UserService(pc.workspace, pc.db, pc.user).create_user(
        "amina", "Amina Benkirane", Role.COUNSELLOR, "Counsellor-2026-pass!"
    )
    CohortService(pc.db, pc.user).create(
        CohortInput("Savoir-être", date(2026, 11, 2), date(2026, 11, 27), 12)
    )
    letterhead, _languages = DocumentService(
        pc.db, pc.user, pc.workspace.paths.verification
    ).letterhead()
    assert letterhead.agency["fr"] == "Agence RABAG"
    assert pc.sync().results == {"applied": 2}
