"""Resolving a conflict and withdrawing a sharing are acts of a person (issue 20, 4), and
spent act nonces are forgotten once their acts are refused by age anyway; played through the
real server process on loopback with real enrolled PCs of two agencies.

A tampered PC holds its device key and whatever its people typed, not their passwords: it
names an account without its signature, borrows a key of another agency, keeps the key of a
disabled account, forges or moves a signature, names another account than the signer, plays
a captured act again or an old one. Each is refused with its code; the conflict and the
sharing stay as they were and no refused act's nonce is spent."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from counsellor_app.core import acts
from counsellor_app.core.acts import ActKind
from counsellor_app.core.roles import Role
from counsellor_app.protocol.wire import ErrorCode, Route
from counsellor_app.server.models import AccessGrant, ActNonce, Conflict, Record
from counsellor_app.services.sharing import SharingService
from counsellor_app.services.sync_service import SyncService
from counsellor_app.services.users import UserService
from counsellor_app.sync.client import SyncError
from tests.conftest import person
from tests.server_fixtures import PC_PASSWORD, Server
from tests.sync.acts_helpers import device_and_agency, key_of, request_act
from tests.sync.conftest import Pc
from tests.sync.test_hostile_agency import SHARING
from tests.sync.test_person_acts import ServerView

KARIM_PASSWORD = "Supervisor-2026-pass!"
AMINA_PASSWORD = "Counsellor-2026-pass!"
SAMI_PASSWORD = "Committee-2026-pass!"
DAY_MS = 86_400_000


def _call(pc: Pc, path: str, body: dict[str, Any]) -> dict[str, Any]:
    client = pc.client()
    try:
        answer: dict[str, Any] = client._call("POST", path, body)
        return answer
    finally:
        client.close()


def _refusal(pc: Pc, path: str, body: dict[str, Any]) -> tuple[int, str]:
    try:
        _call(pc, path, body)
    except SyncError as refused:
        return int(refused.details.get("status", 0)), refused.reason
    raise AssertionError("accepted")


def _spent(server: Server, act: dict[str, Any]) -> bool:
    with ServerView(server) as session:
        return session.get(ActNonce, (act["user_id"], act["nonce"])) is not None


def _aged(pc: Pc, key: Ed25519PrivateKey, user_id: str, kind: ActKind, ids: dict[str, Any],
          values: dict[str, Any], days: float) -> dict[str, Any]:  # fmt: skip
    """An act signed ``days`` ago (negative: ahead of the clock)."""
    device, agency = device_and_agency(pc)
    return acts.sign(
        key, kind, agency_id=agency, device_id=device, user_id=user_id, ids=ids, values=values,
        at_ms=time.time_ns() // 1_000_000 - int(days * DAY_MS),
    )  # fmt: skip


@dataclass
class Desk:
    server: Server
    rabat: Pc
    rabat2: Pc  # a second PC of Rabat's agency: the conflicts come from their two edits
    casa: Pc
    karim: str  # Rabat's supervisor
    amina: str  # Rabat's counsellor
    sami: str  # a committee member of Rabat: he may not resolve nor withdraw
    person_id: str  # one of Rabat's people, consenting to sharing

    def key(self, user_id: str) -> Ed25519PrivateKey:
        passwords = {self.karim: KARIM_PASSWORD, self.amina: AMINA_PASSWORD,
                     self.sami: SAMI_PASSWORD, self.rabat.user.id: PC_PASSWORD}  # fmt: skip
        return key_of(self.rabat, user_id, passwords[user_id])

    def conflicts(self) -> dict[str, Conflict]:
        """The server's conflicts on the person, by field."""
        with ServerView(self.server) as session:
            found = session.scalars(select(Conflict).where(Conflict.entity_id == self.person_id))
            return {c.field: c for c in found}

    def fields(self) -> dict[str, Any]:
        with ServerView(self.server) as session:
            record = session.get(Record, ("person", self.person_id))
            assert record is not None
            return dict(record.fields)


@pytest.fixture
def desk(server: Server, make_pc: object) -> Iterator[Desk]:
    rabat, casa = make_pc("rabat", "RABAG"), make_pc("casa", "CASAF")  # type: ignore[operator]
    users = UserService(rabat.workspace, rabat.db, rabat.user)
    karim = users.create_user("karim", "Karim Haddad", Role.SUPERVISOR, KARIM_PASSWORD)
    amina = users.create_user("amina", "Amina Benkirane", Role.COUNSELLOR, AMINA_PASSWORD)
    sami = users.create_user("sami", "Sami Alaoui", Role.COMMITTEE, SAMI_PASSWORD)
    person_id = rabat.people().register(
        person(last_name="Kamara", first_name="Awa", consent=SHARING), confirmed_new=True
    )
    rabat.enrol(server)
    casa.enrol(server)
    rabat2 = make_pc("rabat2", "RABAG")  # type: ignore[operator]
    rabat2.enrol(server)
    # The same two fields changed on both of Rabat's PCs: two conflicts on the server.
    rabat.edit(person_id, first_name="Awa-Marie", last_name="Kamara-Diallo")
    rabat2.edit(person_id, first_name="Awah", last_name="Camara")
    assert rabat.sync().results == {"applied": 1}
    assert rabat2.sync().results == {"merged": 1}
    yield Desk(server, rabat, rabat2, casa, karim, amina, sami, person_id)


def _resolution(desk: Desk, signer: str, conflict_id: str, choice: str = "server",
                named: str | None = None, days: float = 0) -> dict[str, Any]:  # fmt: skip
    act = _aged(desk.rabat, desk.key(signer), signer, ActKind.CONFLICT_RESOLUTION,
                {"conflict_id": conflict_id}, {"choice": choice}, days)  # fmt: skip
    return {"choice": choice, "user_id": named or signer, "act": act}


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_a_conflict_is_resolved_by_a_signed_act_and_by_nothing_else(desk: Desk) -> None:
    rabat, casa, karim = desk.rabat, desk.casa, desk.karim
    conflicts = desk.conflicts()
    assert set(conflicts) == {"first_name", "last_name"}
    first, last = conflicts["first_name"].id, conflicts["last_name"].id
    path = Route.CONFLICT_RESOLVE.format(conflict_id=first)
    before = desk.fields()
    refused: list[dict[str, Any]] = []

    def refuse(pc: Pc, body: dict[str, Any], code: str, status: int = 403) -> None:
        assert _refusal(pc, path, body) == (status, code)
        if body.get("act"):
            refused.append(body["act"])

    # Unsigned: the PC's word for who chose.
    refuse(rabat, {"choice": "server", "user_id": karim}, ErrorCode.ACT_REQUIRED)
    refuse(rabat, {"choice": "server"}, ErrorCode.ACT_REQUIRED)
    # Signed by Casablanca's administrator with her real key, sent by Rabat's tampered PC.
    casa_admin = casa.user.id
    borrowed = key_of(casa, casa_admin)
    act = request_act(rabat, borrowed, casa_admin, ActKind.CONFLICT_RESOLUTION,
                      {"conflict_id": first}, {"choice": "server"})  # fmt: skip
    refuse(rabat, {"choice": "server", "user_id": casa_admin, "act": act},
           ErrorCode.ACT_WRONG_AGENCY)  # fmt: skip
    # Casablanca's own PC, with its administrator's genuine act: not its conflict.
    act = request_act(casa, borrowed, casa_admin, ActKind.CONFLICT_RESOLUTION,
                      {"conflict_id": first}, {"choice": "server"})  # fmt: skip
    refuse(casa, {"choice": "server", "user_id": casa_admin, "act": act},
           ErrorCode.CONFLICT_NOT_FOUND, 404)  # fmt: skip
    # Forged: the administrator's key never signed this; a choice changed on the way; an
    # act for the other conflict moved onto this one.
    forged = _resolution(desk, karim, first)
    forged["act"] = acts.sign(Ed25519PrivateKey.generate(), ActKind.CONFLICT_RESOLUTION,
                              agency_id="x", device_id="y", user_id=karim,
                              ids={"conflict_id": first}, values={"choice": "server"},
                              at_ms=time.time_ns() // 1_000_000)  # fmt: skip
    refuse(rabat, forged, ErrorCode.ACT_SIGNATURE_INVALID)
    switched = {**_resolution(desk, karim, first, "server"), "choice": "incoming"}
    refuse(rabat, switched, ErrorCode.ACT_SIGNATURE_INVALID)
    refuse(rabat, _resolution(desk, karim, last), ErrorCode.ACT_SIGNATURE_INVALID)
    # A key the server never registered, for an account it does not know.
    ghost = "f" * 32
    act = acts.sign(Ed25519PrivateKey.generate(), ActKind.CONFLICT_RESOLUTION,
                    agency_id=device_and_agency(rabat)[1], device_id=device_and_agency(rabat)[0],
                    user_id=ghost, ids={"conflict_id": first}, values={"choice": "server"},
                    at_ms=time.time_ns() // 1_000_000)  # fmt: skip
    refuse(rabat, {"choice": "server", "user_id": ghost, "act": act}, ErrorCode.ACT_KEY_UNKNOWN)
    # The counsellor's genuine act, presented under the supervisor's name.
    refuse(rabat, _resolution(desk, desk.amina, first, named=karim), ErrorCode.ACT_USER_MISMATCH)
    # A committee member's genuine act: the server's copy of his account has no such right.
    refuse(rabat, _resolution(desk, desk.sami, first), ErrorCode.ROLE_FORBIDDEN)
    # An act signed a day past the window, or two days ahead of the server's clock.
    refuse(
        rabat, _resolution(desk, karim, first, days=acts.MAX_AGE_DAYS + 1), ErrorCode.ACT_EXPIRED
    )
    refuse(rabat, _resolution(desk, karim, first, days=-2), ErrorCode.ACT_EXPIRED)
    # The counsellor disabled by the administrator: the key her PC kept counts no more.
    amina_key = desk.key(desk.amina)
    UserService(rabat.workspace, rabat.db, rabat.user).set_active(desk.amina, False)
    rabat.sync()
    act = request_act(rabat, amina_key, desk.amina, ActKind.CONFLICT_RESOLUTION,
                      {"conflict_id": first}, {"choice": "server"})  # fmt: skip
    refuse(rabat, {"choice": "server", "user_id": desk.amina, "act": act},
           ErrorCode.ACT_KEY_REVOKED)  # fmt: skip

    after = desk.conflicts()
    assert after["first_name"].resolved_at is None and after["first_name"].resolved_by is None
    assert desk.fields()["first_name"] == before["first_name"]
    assert not any(_spent(desk.server, act) for act in refused)

    # The supervisor's own act resolves it, once: a copy is refused, nothing is done twice.
    honest = _resolution(desk, karim, first, "server")
    assert _call(rabat, path, honest)["status"] == "resolved"
    assert _refusal(rabat, path, honest) == (403, ErrorCode.ACT_REPLAYED)
    resolved = desk.conflicts()["first_name"]
    assert (resolved.resolved_by, resolved.note) == (karim, "server")
    assert desk.fields()["first_name"] == resolved.server_value == "Awa-Marie"
    assert desk.conflicts()["last_name"].resolved_at is None


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_the_conflicts_screen_signs_as_the_person_logged_in(desk: Desk) -> None:
    """The honest path through the services: the administrator at the PC chooses."""
    rabat, rabat2 = desk.rabat, desk.rabat2
    listed = {c.field: c for c in SyncService(rabat.db, rabat.user).conflicts()}
    SyncService(rabat.db, rabat.user).resolve(listed["last_name"], take_other=True)
    resolved = desk.conflicts()["last_name"]
    assert resolved.resolved_by == rabat.user.id
    assert desk.fields()["last_name"] == "Kamara-Diallo"
    rabat2.sync()
    found = rabat2.person(desk.person_id)
    assert found is not None and found.last_name == "Kamara-Diallo"
    assert [c.field for c in SyncService(rabat2.db, rabat2.user).conflicts()] == ["first_name"]


def _grant_status(server: Server, grant_id: str) -> tuple[str, str | None]:
    with ServerView(server) as session:
        grant = session.get(AccessGrant, grant_id)
        assert grant is not None
        return grant.status, grant.decided_by


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_a_sharing_is_withdrawn_by_a_signed_act_of_the_granting_agency_only(desk: Desk) -> None:
    rabat, casa, admin = desk.rabat, desk.casa, desk.rabat.user.id
    SharingService(rabat.db, rabat.user).share(desk.person_id, "CASAF", "referral")
    (sharing,) = SharingService(rabat.db, rabat.user).sharing_of(desk.person_id)
    grant_id = sharing.grant_id
    path = Route.GRANT_REVOKE.format(grant_id=grant_id)
    refused: list[dict[str, Any]] = []

    def refuse(pc: Pc, body: dict[str, Any], code: str, status: int = 403) -> None:
        assert _refusal(pc, path, body) == (status, code)
        if body.get("act"):
            refused.append(body["act"])

    def signed(pc: Pc, key: Ed25519PrivateKey, user_id: str, target: str = grant_id,
               days: float = 0) -> dict[str, Any]:  # fmt: skip
        act = _aged(pc, key, user_id, ActKind.GRANT_WITHDRAWAL, {"grant_id": target}, {}, days)
        return {"user_id": user_id, "act": act}

    # Unsigned, as every PC could until now.
    refuse(rabat, {"user_id": admin}, ErrorCode.ACT_REQUIRED)
    # The receiving agency ends the referral with its administrator's genuine act.
    casa_key = key_of(casa, casa.user.id)
    refuse(casa, signed(casa, casa_key, casa.user.id), ErrorCode.GRANT_NOT_FOUND, 404)
    # Its key borrowed by Rabat's tampered PC.
    refuse(rabat, signed(rabat, casa_key, casa.user.id), ErrorCode.ACT_WRONG_AGENCY)
    # A key the server never registered, under the administrator's name.
    refuse(rabat, signed(rabat, Ed25519PrivateKey.generate(), admin),
           ErrorCode.ACT_SIGNATURE_INVALID)  # fmt: skip
    # The administrator's act for another grant; a committee member's; an old one.
    refuse(rabat, signed(rabat, desk.key(admin), admin, target="g" * 32),
           ErrorCode.ACT_SIGNATURE_INVALID)  # fmt: skip
    refuse(rabat, signed(rabat, desk.key(desk.sami), desk.sami), ErrorCode.ROLE_FORBIDDEN)
    refuse(
        rabat,
        signed(rabat, desk.key(admin), admin, days=acts.MAX_AGE_DAYS + 10),
        ErrorCode.ACT_EXPIRED,
    )
    mismatch = {**signed(rabat, desk.key(desk.karim), desk.karim), "user_id": admin}
    refuse(rabat, mismatch, ErrorCode.ACT_USER_MISMATCH)

    assert _grant_status(desk.server, grant_id) == ("active", None)
    assert not any(_spent(desk.server, act) for act in refused)
    casa.sync()
    assert casa.person(desk.person_id) is not None  # Casablanca still has the file

    # The supervisor withdraws it with his own act; a captured copy does nothing more.
    honest = signed(rabat, desk.key(desk.karim), desk.karim)
    assert _call(rabat, path, honest)["status"] == "revoked"
    assert _refusal(rabat, path, honest) == (403, ErrorCode.ACT_REPLAYED)
    assert _grant_status(desk.server, grant_id) == ("revoked", desk.karim)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_the_sharing_screen_withdraws_signed_by_the_person_logged_in(desk: Desk) -> None:
    rabat, casa = desk.rabat, desk.casa
    sharing_service = SharingService(rabat.db, rabat.user)
    sharing_service.share(desk.person_id, "CASAF", "referral")
    casa.sync()
    assert casa.person(desk.person_id) is not None
    (sharing,) = sharing_service.sharing_of(desk.person_id)
    sharing_service.withdraw(sharing.grant_id)
    assert _grant_status(desk.server, sharing.grant_id) == ("revoked", rabat.user.id)
    casa.sync()
    assert casa.person(desk.person_id) is None


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_spent_nonces_are_forgotten_once_their_acts_are_refused_by_age(desk: Desk) -> None:
    """``counsellor-server compact`` forgets the nonces of acts out of the window: a copy of
    a recent act is still refused as a replay, one of an act spent long ago by its age."""
    rabat, karim, server = desk.rabat, desk.karim, desk.server
    conflict = desk.conflicts()["first_name"].id
    path = Route.CONFLICT_RESOLVE.format(conflict_id=conflict)
    recent = _resolution(desk, karim, conflict, "incoming")
    assert _call(rabat, path, recent)["status"] == "resolved"
    # Two acts of his spent long ago (a server cannot wait months in a test: their nonces
    # are written as the server wrote them then): one two days past the window, out of it
    # once the day's slack is counted; one a day inside it, whose act could still be accepted.
    old = _resolution(desk, karim, conflict, "incoming", days=acts.MAX_AGE_DAYS + 2)
    inside = _resolution(desk, karim, conflict, "incoming", days=acts.MAX_AGE_DAYS - 1)
    now = datetime.now(UTC)
    with ServerView(server) as session:
        for body, days in ((old, acts.MAX_AGE_DAYS + 2), (inside, acts.MAX_AGE_DAYS - 1)):
            spent_at = now - timedelta(days=days)
            session.add(ActNonce(user_id=karim, nonce=body["act"]["nonce"], spent_at=spent_at))
        session.commit()

    assert server.admin("compact").splitlines()[0] == (
        "forgot 1 spent act nonces past their time window"
    )
    assert not _spent(server, old["act"])
    assert _spent(server, inside["act"]) and _spent(server, recent["act"])
    assert _refusal(rabat, path, recent) == (403, ErrorCode.ACT_REPLAYED)
    assert _refusal(rabat, path, inside) == (403, ErrorCode.ACT_REPLAYED)
    assert _refusal(rabat, path, old) == (403, ErrorCode.ACT_EXPIRED)
    assert not _spent(server, old["act"])
    assert server.admin("compact").splitlines()[0] == (
        "forgot 0 spent act nonces past their time window"
    )
