"""A second agency attacks the first: its real enrolled PC sends raw signed requests naming
the first agency's records, by id, by natural key, with the person left out or changed. Each
is refused with its own reason, the server keeps the victim's records as they were, and the
victim's PC pulls its data intact (issue 20)."""

from __future__ import annotations

import hashlib
import io
import itertools
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, select, update
from sqlalchemy.orm import Session

from counsellor_app.core.ids import new_id
from counsellor_app.core.person import ConsentInput
from counsellor_app.core.roles import Role
from counsellor_app.documents.layout import Letterhead
from counsellor_app.server.blobs import UPLOAD_LIFETIME
from counsellor_app.server.models import Blob, Record
from counsellor_app.services.attachments import AttachmentService
from counsellor_app.services.backup import BackupService
from counsellor_app.services.business_plans import BusinessPlanService, PlanData
from counsellor_app.services.documents import DocumentService
from counsellor_app.services.sharing import SharingService
from counsellor_app.services.users import UserService
from counsellor_app.storage.models import (
    BusinessPlan,
    IdentityDocument,
    LetterheadSetting,
    PathwayStage,
    UserAccount,
)
from counsellor_app.storage.settings import Settings
from counsellor_app.sync.client import SyncError
from tests.conftest import person
from tests.server_fixtures import PC_PASSWORD, Server
from tests.sync.conftest import Pc

SHARING = ConsentInput(True, date(2026, 11, 1), frozenset({"processing", "sharing_partners"}))
_SEQ = itertools.count(500_000)  # far past the PCs' own operations


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def op(
    actor: str,
    entity: str,
    entity_id: str,
    changes: dict[str, Any],
    *,
    action: str = "update",
    person_id: str | None = None,
    base_version: int = 1,
    made_ms: int | None = None,
) -> dict[str, Any]:
    """One raw operation, as a PC's outbox sends it: ``changes`` maps a field to its new value."""
    return {
        "op_id": new_id(), "device_seq": next(_SEQ), "entity": entity, "entity_id": entity_id,
        "person_id": person_id, "action": action, "base_version": base_version,
        "changes": {name: [None, value] for name, value in changes.items()},
        "hlc": f"{made_ms or _now_ms():015d}-0000-x", "actor_id": actor,
    }  # fmt: skip


def push(pc: Pc, *ops: dict[str, Any]) -> list[dict[str, Any]]:
    """Signed with the PC's own device key, straight to the push route."""
    client = pc.client()
    try:
        return list(client._call("POST", "/v1/sync/push", {"ops": list(ops)})["results"])
    finally:
        client.close()


def server_records(server: Server, agency_id: str) -> dict[tuple[str, str], tuple[int, Any]]:
    """The server's copy of an agency's records: (kind, id) → (version, fields)."""
    engine = create_engine(server.environment["COUNSELLOR_SERVER_DATABASE_URL"])
    try:
        with Session(engine) as session:
            return {
                (r.entity, r.id): (r.version, r.fields)
                for r in session.scalars(select(Record).where(Record.owner_agency_id == agency_id))
            }
    finally:
        engine.dispose()


@dataclass
class Victim:
    pc: Pc
    agency_id: str
    person_id: str
    document_id: str
    stage_id: str
    plan_id: str
    letterhead_id: str


@pytest.fixture
def agencies(server: Server, make_pc: object) -> Iterator[tuple[Victim, Pc]]:
    """Rabat (the victim) with a person, her card, stage, business plan and letterhead; and
    Casablanca's enrolled PC (the attacker), with a person of its own."""
    rabat, casa = make_pc("rabat", "RABAG"), make_pc("casa", "CASAF")  # type: ignore[operator]
    person_id = rabat.people().register(person(last_name="Kamara"), confirmed_new=True)
    BusinessPlanService(rabat.db, rabat.user).save(person_id, PlanData(activity="Couture"))
    DocumentService(rabat.db, rabat.user).save_letterhead(
        Letterhead(agency={"fr": "Agence Rabat-Agdal"}), ("fr", "ar")
    )
    casa.people().register(person(last_name="Fofana"), confirmed_new=True)
    rabat.enrol(server)
    casa.enrol(server)
    with rabat.db.reader() as session:
        victim = Victim(
            rabat,
            _agency(rabat),
            person_id,
            session.scalars(select(IdentityDocument.id)).one(),
            session.scalars(select(PathwayStage.id)).one(),
            session.scalars(select(BusinessPlan.id)).one(),
            session.scalars(select(LetterheadSetting.id)).one(),
        )
    yield victim, casa


def _agency(pc: Pc) -> str:
    from counsellor_app.storage.models import LocalSetting

    with pc.db.reader() as session:
        setting = session.get(LocalSetting, "agency_id")
        assert setting is not None
        return setting.value


def _own_person(pc: Pc) -> str:
    from counsellor_app.storage.models import Person

    with pc.db.reader() as session:
        return session.scalars(select(Person.id)).one()


def _reasons(answers: list[dict[str, Any]]) -> list[str]:
    return [str(a.get("reason", a["status"])) for a in answers]


def _victim_intact(victim: Victim) -> None:
    """The victim's PC pulls, and holds what it made, as it made it."""
    victim.pc.sync()
    with victim.pc.db.reader() as session:
        document = session.get(IdentityDocument, victim.document_id)
        assert document is not None and document.number == "E123456"
        assert document.deleted_at is None
        assert session.scalars(select(IdentityDocument.id)).all() == [victim.document_id]
        plan = session.get(BusinessPlan, victim.plan_id)
        assert plan is not None and plan.activity == "Couture"
        assert session.scalars(select(BusinessPlan.id)).all() == [victim.plan_id]
        letterhead = session.get(LetterheadSetting, victim.letterhead_id)
        assert letterhead is not None
        assert letterhead.content["agency"] == {"fr": "Agence Rabat-Agdal"}
        assert session.scalars(select(LetterheadSetting.id)).all() == [victim.letterhead_id]
        stage = session.get(PathwayStage, victim.stage_id)
        assert stage is not None and stage.status == "completed"
        accounts = session.scalars(select(UserAccount)).all()
        assert [(a.display_name, a.role) for a in accounts] == [("Admin rabat", "administrator")]
    person_row = victim.pc.person(victim.person_id)
    assert person_row is not None and person_row.last_name == "Kamara"


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_another_agencys_records_cannot_be_written_by_id(
    server: Server, agencies: tuple[Victim, Pc]
) -> None:
    victim, casa = agencies
    before = server_records(server, victim.agency_id)
    actor, own = casa.user.id, _own_person(casa)
    number = {"number": "X0000000"}
    answers = push(
        casa,
        # Her card's number: with her person named, left out, or one of Casablanca's named.
        op(actor, "identity_document", victim.document_id, number, person_id=victim.person_id),
        op(actor, "identity_document", victim.document_id, number),
        op(actor, "identity_document", victim.document_id, number, person_id=own),
        # Archived (deleted), with and without a person.
        op(actor, "identity_document", victim.document_id,
           {"deleted_at": "2026-12-01T10:00:00+00:00"}, action="archive"),
        op(actor, "person", victim.person_id, {"deleted_at": "2026-12-01T10:00:00+00:00"},
           action="archive", person_id=own),
        # Her person's own record, and a create landing on the card's id.
        op(actor, "person", victim.person_id, {"last_name": "X"}),
        op(actor, "identity_document", victim.document_id,
           {"person_id": own, "doc_type": "passport", "number": "P1", "number_key": "P1"},
           action="create", person_id=own, base_version=0),
        # The agency's own records: its administrator's role, its letterhead, its agency.
        op(actor, "user_account", victim.pc.user.id, {"role": "counsellor"}),
        op(actor, "letterhead_setting", victim.letterhead_id, {"content": {"agency": {}}}),
        op(actor, "agency", victim.agency_id, {"name": "Agence pirate"}),
    )  # fmt: skip
    assert _reasons(answers) == ["not_owner"] * 10
    # A refusal carries no value of the victim's records.
    assert all(set(a) == {"op_id", "status", "reason"} for a in answers)
    assert server_records(server, victim.agency_id) == before
    _victim_intact(victim)


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_no_record_is_made_for_another_agencys_person_or_in_its_name(
    server: Server, agencies: tuple[Victim, Pc]
) -> None:
    victim, casa = agencies
    before = server_records(server, victim.agency_id)
    actor, own, her = casa.user.id, _own_person(casa), victim.person_id
    card = {"person_id": her, "doc_type": "passport", "number": "P1", "number_key": "P1"}
    plan = {"person_id": her, "activity": "Plan planté", "category": "services"}
    answers = push(
        casa,
        # A new card for her: naming her, or leaving the person out, or naming its own.
        op(actor, "identity_document", new_id(), card, action="create", person_id=her,
           base_version=0),
        op(actor, "identity_document", new_id(), card, action="create", base_version=0),
        op(actor, "identity_document", new_id(), card, action="create", person_id=own,
           base_version=0),
        # Her business plan by its natural key (one a person), with and without her named.
        op(actor, "business_plan", new_id(), plan, action="create", person_id=her,
           base_version=0),
        op(actor, "business_plan", new_id(), plan, action="create", base_version=0),
        # Her stage by natural key (person and stage).
        op(actor, "pathway_stage", new_id(), {"person_id": her, "stage": "intake",
           "status": "not_started"}, action="create", base_version=0),
        # Records in the victim agency's name: its letterhead (by natural key), an account,
        # a cohort; and a person of Casablanca claimed for Rabat.
        op(actor, "letterhead_setting", new_id(), {"agency_id": victim.agency_id,
           "content": {"agency": {"fr": "Faux"}}, "languages": "fr+ar"}, action="create",
           base_version=0),
        op(actor, "user_account", new_id(), {"agency_id": victim.agency_id, "username": "evil",
           "display_name": "Evil", "role": "administrator", "active": True,
               "must_change_password": False},
           action="create", base_version=0),
        op(actor, "cohort", new_id(), {"agency_id": victim.agency_id, "title": "Faux",
           "modules": "", "trainer": "", "place": "", "capacity": 20,
           "starts_on": "2026-12-01", "ends_on": "2026-12-20"}, action="create", base_version=0),
        op(actor, "person", own, {"owner_agency_id": victim.agency_id}, person_id=own),
    )  # fmt: skip
    assert _reasons(answers) == [
        "person_forbidden",
        "person_forbidden",
        "person_forbidden",  # the person its values name decides, not the one claimed
        "person_forbidden",
        "person_forbidden",
        "person_forbidden",
        "agency_forbidden",
        "agency_forbidden",
        "agency_forbidden",
        "agency_forbidden",
    ]
    assert server_records(server, victim.agency_id) == before
    _victim_intact(victim)


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_a_record_cannot_be_moved_to_another_agencys_person(
    server: Server, agencies: tuple[Victim, Pc]
) -> None:
    victim, casa = agencies
    before = server_records(server, victim.agency_id)
    actor, own = casa.user.id, _own_person(casa)
    with casa.db.reader() as session:
        card = session.scalars(select(IdentityDocument.id)).one()
    answers = push(
        casa,
        op(actor, "identity_document", card, {"person_id": victim.person_id}, person_id=own),
        op(actor, "identity_document", card, {"person_id": victim.person_id}),
        # Its own letterhead is its own: the victim's natural key is not joined by it.
        op(actor, "letterhead_setting", new_id(), {"agency_id": _agency(casa),
           "content": {"agency": {"fr": "Agence Casa"}}, "languages": "fr+ar"},
           action="create", base_version=0),
    )  # fmt: skip
    assert _reasons(answers) == ["person_forbidden", "person_forbidden", "applied"]
    assert "canonical_id" not in answers[2]
    assert server_records(server, victim.agency_id) == before
    _victim_intact(victim)
    casa.sync()
    with casa.db.reader() as session:  # still Casablanca's person's card
        moved = session.get(IdentityDocument, card)
        assert moved is not None and moved.person_id == own


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_a_tranche_follows_its_applications_owner(
    server: Server, agencies: tuple[Victim, Pc]
) -> None:
    """A tranche names no person: its owner is its application's, from the server's copy."""
    victim, casa = agencies
    envelope, application = new_id(), new_id()
    rabat_actor = victim.pc.user.id
    taken = push(
        victim.pc,
        op(rabat_actor, "budget_envelope", envelope, {"name": "UE", "budget_centimes": 10**8,
           "valid_from": "2026-01-01"}, action="create", base_version=0),
        op(rabat_actor, "grant_application", application, {"person_id": victim.person_id,
           "envelope_id": envelope, "requested_centimes": 2_000_000}, action="create",
           person_id=victim.person_id, base_version=0),
    )  # fmt: skip
    assert _reasons(taken) == ["applied", "applied"]
    before = server_records(server, victim.agency_id)
    tranche = {"application_id": application, "amount_centimes": 500_000, "mode": "cash",
               "paid_on": "2026-11-20", "recorded_by_user": casa.user.id}  # fmt: skip
    answers = push(
        casa,
        op(casa.user.id, "disbursement", new_id(), tranche, action="create", base_version=0),
        op(casa.user.id, "disbursement", new_id(), tranche, action="create",
           person_id=_own_person(casa), base_version=0),
        op(casa.user.id, "grant_application", application, {"approved_centimes": 9_999_999}),
    )  # fmt: skip
    assert _reasons(answers) == ["person_forbidden", "person_forbidden", "not_owner"]
    assert server_records(server, victim.agency_id) == before
    _victim_intact(victim)
    with victim.pc.db.reader() as session:
        from counsellor_app.storage.models import Disbursement, GrantApplication

        kept = session.get(GrantApplication, application)
        assert kept is not None and kept.approved_centimes in (None, 0)
        assert session.scalars(select(Disbursement)).all() == []


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_another_agencys_person_cannot_be_erased_shared_or_taken(
    server: Server, agencies: tuple[Victim, Pc]
) -> None:
    victim, casa = agencies
    client = casa.client()
    try:
        for call, reason in (
            (lambda: client.request_erasure(victim.person_id, "Loi 09-08", casa.user.id),
             "not_found"),
            (lambda: client.approve_erasure(victim.person_id, casa.user.id), "not_found"),
            (lambda: client.grant(victim.person_id, "CASAF", "transfer", casa.user.id),
             "not_found"),
            (lambda: client.grant(victim.person_id, "RABAG", "referral", casa.user.id),
             "not_found"),
        ):  # fmt: skip
            with pytest.raises(SyncError) as refused:
                call()
            assert refused.value.reason == reason
        assert client.grants_of(victim.person_id) == []
        assert client.incoming_transfers() == []
    finally:
        client.close()
    _victim_intact(victim)


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_a_file_handed_over_takes_only_earlier_edits_and_tells_nothing_new(
    server: Server, agencies: tuple[Victim, Pc]
) -> None:
    """Rabat hands a file over to Casablanca. An edit Rabat made before still lands; one made
    after is refused; a stale one is refused without the new owner's values."""
    victim, casa = agencies
    rabat = victim.pc
    shared = rabat.people().register(
        person(last_name="Camara", consent=SHARING), confirmed_new=True
    )
    rabat.sync()
    with rabat.db.reader() as session:
        stage = session.scalars(
            select(PathwayStage.id).where(PathwayStage.person_id == shared)
        ).one()
        card = session.scalars(
            select(IdentityDocument.id).where(IdentityDocument.person_id == shared)
        ).one()
    time.sleep(0.01)  # an edit made after the card (its clock), before the hand-over
    before_transfer = _now_ms()
    time.sleep(0.01)
    client = rabat.client()
    try:
        offer = client.grant(shared, "CASAF", "transfer", rabat.user.id)
    finally:
        client.close()
    casa_client = casa.client()
    try:
        casa_client.accept_transfer(offer["grant_id"], casa.user.id)
    finally:
        casa_client.close()
    casa.sync()
    # The new owner changes the stage's status (a guarded field).
    assert _reasons(push(casa, op(casa.user.id, "pathway_stage", stage,
                                  {"status": "in_progress"}, person_id=shared))) == ["applied"]  # fmt: skip
    answers = push(
        rabat,
        op(rabat.user.id, "identity_document", card, {"number": "E7654321"}, person_id=shared,
           made_ms=before_transfer),
        op(rabat.user.id, "identity_document", card, {"issued_on": "2020-01-01"},
           person_id=shared),
        op(rabat.user.id, "pathway_stage", stage, {"status": "abandoned"}, person_id=shared,
           made_ms=before_transfer),
    )  # fmt: skip
    assert _reasons(answers) == ["applied", "not_owner", "stale"]
    assert "current" not in answers[2]  # Rabat may no longer read the file
    casa.sync()
    with casa.db.reader() as session:
        kept = session.get(PathwayStage, stage)
        assert kept is not None and kept.status == "in_progress"
        moved = session.get(IdentityDocument, card)
        assert moved is not None and moved.number == "E7654321" and moved.issued_on is None


def _scan(shade: int) -> bytes:
    from PIL import Image

    picture = io.BytesIO()
    Image.new("RGB", (40, 30), (shade, 220, 240)).save(picture, "PNG")
    return picture.getvalue()


def _blob(pc: Pc, method: str, path: str, content: bytes = b"") -> httpx.Response:
    """A signed blob call; the answer whatever its status."""
    client = pc.client()
    try:
        return client._send(method, path, content, "application/octet-stream")
    except SyncError as error:
        return httpx.Response(int(error.details["status"]), json={"error": error.reason})
    finally:
        client.close()


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_uploads_are_each_agencys_own(
    server: Server, agencies: tuple[Victim, Pc], make_pc: object
) -> None:
    victim, casa = agencies
    rabat = victim.pc
    held, coming = _scan(10), _scan(90)
    attachments = AttachmentService(rabat.db, rabat.user)
    attachments.attach(victim.person_id, "carte.png", held, "Carte")
    rabat.sync()
    held_sha, coming_sha = hashlib.sha256(held).hexdigest(), hashlib.sha256(coming).hexdigest()

    # Casablanca knows the hashes: it learns nothing of Rabat's upload, reads nothing.
    assert _blob(casa, "GET", f"/v1/blobs/{held_sha}/state").json() == {
        "sha256": held_sha, "received": 0, "complete": False
    }  # fmt: skip
    assert _blob(casa, "GET", f"/v1/blobs/{held_sha}").json() == {"error": "blob_not_found"}
    # It names the hash in an attachment of its own person, without the content: refused.
    own = _own_person(casa)
    named = {"person_id": own, "title": "Vol", "file_name": "x.png", "media_type": "image/png",
             "size_bytes": len(held), "sha256": held_sha}  # fmt: skip
    (answer,) = push(casa, op(casa.user.id, "attachment", new_id(), named, action="create",
                              person_id=own, base_version=0))  # fmt: skip
    assert answer["reason"] == "blob_missing"
    assert _blob(casa, "GET", f"/v1/blobs/{held_sha}").json() == {"error": "blob_not_found"}
    # It starts an upload of a hash Rabat will send, with a wrong size: Rabat's is not blocked.
    wrong = _blob(casa, "PUT", f"/v1/blobs/{coming_sha}?size={len(coming) + 7}&offset=0", b"x")
    assert wrong.json() == {"status": "partial", "received": 1}
    scan = attachments.attach(victim.person_id, "cv.png", coming, "CV")
    assert rabat.sync().results == {"applied": 1}
    assert _blob(rabat, "GET", f"/v1/blobs/{coming_sha}").content == coming
    assert _blob(casa, "GET", f"/v1/blobs/{coming_sha}/state").json()["complete"] is False
    other = make_pc("rabat-2", "RABAG")  # type: ignore[operator]
    other.enrol(server)  # another PC of Rabat's: fetches the content whole
    assert AttachmentService(other.db, other.user).content(scan)[1] == coming

    # Casablanca's unfinished upload expires once older than its lifetime (a compaction).
    assert server.admin("compact").endswith("0 unfinished uploads expired")
    engine = create_engine(server.environment["COUNSELLOR_SERVER_DATABASE_URL"])
    try:
        with Session(engine) as session, session.begin():
            session.execute(
                update(Blob)
                .where(Blob.complete.is_(False))
                .values(created_at=datetime.now(UTC) - UPLOAD_LIFETIME - timedelta(minutes=1))
            )
        assert server.admin("compact").endswith("1 unfinished uploads expired")
        with Session(engine) as session:
            left = session.execute(select(Blob.agency_id, Blob.sha256, Blob.complete)).all()
    finally:
        engine.dispose()
    rabat_id = victim.agency_id
    assert sorted(left) == sorted([(rabat_id, held_sha, True), (rabat_id, coming_sha, True)])


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_an_erasure_removes_contents_from_the_server_and_the_backups(
    server: Server, agencies: tuple[Victim, Pc]
) -> None:
    victim, _casa = agencies
    rabat = victim.pc
    alone, shared = _scan(30), _scan(150)
    other_person = rabat.people().register(person(last_name="Sylla"), confirmed_new=True)
    attachments = AttachmentService(rabat.db, rabat.user)
    attachments.attach(victim.person_id, "carte.png", alone, "Carte")
    attachments.attach(victim.person_id, "photo.png", shared, "Photo")
    attachments.attach(other_person, "photo.png", shared, "Photo")  # the same content
    rabat.sync()
    backups = BackupService(rabat.workspace, rabat.db, rabat.user, Settings())
    backups.make("manual")
    copies = rabat.workspace.paths.backups / "attachments"
    alone_sha, shared_sha = hashlib.sha256(alone).hexdigest(), hashlib.sha256(shared).hexdigest()
    assert (copies / alone_sha[:2] / f"{alone_sha}.blob").exists()

    UserService(rabat.workspace, rabat.db, rabat.user).create_user(
        "karim", "Karim Haddad", Role.SUPERVISOR, PC_PASSWORD
    )
    rabat.sync()
    SharingService(rabat.db, rabat.user).request_erasure(victim.person_id, "Loi 09-08 art. 8")
    _db, karim = rabat.workspace.log_in("karim", PC_PASSWORD, rabat.db)
    SharingService(rabat.db, karim).approve_erasure(victim.person_id)
    rabat.sync()

    assert _blob(rabat, "GET", f"/v1/blobs/{alone_sha}").json() == {"error": "blob_not_found"}
    assert _blob(rabat, "GET", f"/v1/blobs/{alone_sha}/state").json()["received"] == 0
    assert _blob(rabat, "GET", f"/v1/blobs/{shared_sha}").content == shared  # still named
    engine = create_engine(server.environment["COUNSELLOR_SERVER_DATABASE_URL"])
    try:
        with Session(engine) as session:
            kept = session.scalars(select(Blob.sha256)).all()
    finally:
        engine.dispose()
    assert alone_sha not in kept and shared_sha in kept
    assert not (copies / alone_sha[:2] / f"{alone_sha}.blob").exists()
    assert (copies / shared_sha[:2] / f"{shared_sha}.blob").exists()
    assert not rabat.workspace.paths.attachments.joinpath(
        alone_sha[:2], f"{alone_sha}.blob"
    ).exists()


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_a_referral_shares_the_file_and_what_it_names_only(
    server: Server, agencies: tuple[Victim, Pc]
) -> None:
    """Casablanca receives the referred person's file and the few records of Rabat's it names
    (the account that recorded her consent, the agency): not Rabat's staff list, envelopes or
    programmes. An account named later, by an edit, follows."""
    from counsellor_app.storage.models import BudgetEnvelope, Programme

    victim, casa = agencies
    rabat = victim.pc
    karim = UserService(rabat.workspace, rabat.db, rabat.user).create_user(
        "karim", "Karim Haddad", Role.SUPERVISOR, PC_PASSWORD
    )
    shared = rabat.people().register(
        person(last_name="Camara", consent=SHARING), confirmed_new=True
    )
    rabat.sync()
    actor = rabat.user.id
    assert _reasons(
        push(
            rabat,
            op(
                actor,
                "budget_envelope",
                new_id(),
                {"name": "UE", "budget_centimes": 10**8, "valid_from": "2026-01-01"},
                action="create",
                base_version=0,
            ),
            op(
                actor,
                "programme",
                new_id(),
                {
                    "name": "Programme confidentiel",
                    "starts_on": "2026-01-01",
                    "ends_on": "2026-12-31",
                    "targets": {},
                    "population": {},
                },
                action="create",
                base_version=0,
            ),
        )
    ) == ["applied", "national_record"]  # fmt: skip  (programmes are the server's own)
    client = rabat.client()
    try:
        referral = client.grant(shared, "CASAF", "referral", actor)
    finally:
        client.close()
    casa.sync()
    assert casa.person(shared) is not None
    with rabat.db.reader() as session:
        card = session.scalars(
            select(IdentityDocument.id).where(IdentityDocument.person_id == shared)
        ).one()
    # Casablanca works on the file while the referral is in force; never on Rabat's accounts.
    assert _reasons(push(
        casa,
        op(casa.user.id, "identity_document", card, {"issued_on": "2024-05-01"}),
        op(casa.user.id, "user_account", actor, {"display_name": "Pirate"}),
    )) == ["applied", "not_owner"]  # fmt: skip
    with casa.db.reader() as session:
        accounts = {a.display_name for a in session.scalars(select(UserAccount))}
        assert accounts == {"Admin casa", "Admin rabat"}  # not Karim: nothing names him
        assert session.scalars(select(BudgetEnvelope)).all() == []
        assert session.scalars(select(Programme)).all() == []

    # Rabat makes Karim the person's counsellor: his account comes with the edit.
    assert _reasons(push(rabat, op(actor, "person", shared, {"counsellor_id": karim},
                                   person_id=shared))) == ["applied"]  # fmt: skip
    casa.sync()
    found = casa.person(shared)
    assert found is not None and found.counsellor_id == karim
    with casa.db.reader() as session:
        accounts = {a.display_name for a in session.scalars(select(UserAccount))}
        assert accounts == {"Admin casa", "Admin rabat", "Karim Haddad"}

    # The grants in force now decide: once withdrawn, the file is no longer Casablanca's to edit.
    client = rabat.client()
    try:
        client.revoke_grant(referral["grant_id"], rabat.user.id)
    finally:
        client.close()
    assert _reasons(push(casa, op(casa.user.id, "identity_document", card,
                                  {"issued_on": "2025-01-01"}, base_version=2))) == ["not_owner"]  # fmt: skip
    rabat.sync()
    with rabat.db.reader() as session:
        kept = session.get(IdentityDocument, card)
        assert kept is not None and kept.issued_on == date(2024, 5, 1)
