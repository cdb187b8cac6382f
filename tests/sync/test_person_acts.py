"""Acts of a person are signed by that person (issue 20, deliverable 4), played through the
real server process on loopback with real enrolled PCs of two agencies.

A tampered PC holds its device key and whatever its people typed, but not their passwords:
it names another account, borrows a key of another agency, has a supervisor sign an
administrator's act, signs both halves of an erasure, plays a captured act again, or signs
with the key of an account since disabled. Each is refused with its code and the server
keeps nothing of it. The honest path goes through the real services, which sign as the
person logged in acts."""

from __future__ import annotations

import base64
import itertools
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from counsellor_app.core.acts import ActKind
from counsellor_app.core.ids import new_id
from counsellor_app.core.roles import Role
from counsellor_app.protocol.wire import ErrorCode, Route
from counsellor_app.server.models import ActNonce, Erasure, Record, UserKey
from counsellor_app.services.errors import LoginRefused
from counsellor_app.services.sharing import SharingService
from counsellor_app.services.users import UserService
from counsellor_app.storage import user_keys
from counsellor_app.sync.client import SyncError
from tests.conftest import person
from tests.server_fixtures import PC_PASSWORD, Server
from tests.sync.acts_helpers import device_and_agency, key_of, request_act, sign_op
from tests.sync.conftest import Pc
from tests.sync.test_hostile_agency import SHARING

KARIM_PASSWORD = "Supervisor-2026-pass!"
AMINA_PASSWORD = "Counsellor-2026-pass!"
_SEQ = itertools.count(700_000)  # far past the PCs' own operations


def _op(actor: str, entity: str, entity_id: str, changes: dict[str, Any]) -> dict[str, Any]:
    return {
        "op_id": new_id(), "device_seq": next(_SEQ), "entity": entity, "entity_id": entity_id,
        "person_id": None, "action": "update", "base_version": 1,
        "changes": {name: [None, value] for name, value in changes.items()},
        "hlc": f"{time.time_ns() // 1_000_000:015d}-0000-x", "actor_id": actor,
    }  # fmt: skip


def _push(pc: Pc, *ops: dict[str, Any]) -> list[str]:
    client = pc.client()
    try:
        answers = client._call("POST", Route.PUSH, {"ops": list(ops)})["results"]
    finally:
        client.close()
    return [str(a.get("reason", a["status"])) for a in answers]


def _refusal(pc: Pc, method: str, path: str, body: dict[str, Any]) -> tuple[int, str]:
    client = pc.client()
    try:
        client._call(method, path, body)
    except SyncError as refused:
        return int(refused.details.get("status", 0)), refused.reason
    finally:
        client.close()
    raise AssertionError("accepted")


class ServerView:
    """The server's own tables, read straight from its database."""

    def __init__(self, server: Server) -> None:
        self.url = server.environment["COUNSELLOR_SERVER_DATABASE_URL"]

    def __enter__(self) -> Session:
        self.engine = create_engine(self.url)
        self.session = Session(self.engine)
        return self.session

    def __exit__(self, *_exc: object) -> None:
        self.session.close()
        self.engine.dispose()


def _role(server: Server, user_id: str) -> str:
    with ServerView(server) as session:
        record = session.get(Record, ("user_account", user_id))
        assert record is not None
        return str(record.fields["role"])


def _nonce_spent(server: Server, act: dict[str, Any]) -> bool:
    with ServerView(server) as session:
        return session.get(ActNonce, (act["user_id"], act["nonce"])) is not None


@dataclass
class Agencies:
    server: Server
    rabat: Pc
    casa: Pc
    karim: str  # Rabat's supervisor
    amina: str  # Rabat's counsellor
    person_id: str  # one of Rabat's people, consenting to sharing

    def admin_key(self) -> Ed25519PrivateKey:
        return key_of(self.rabat, self.rabat.user.id, PC_PASSWORD)

    def karim_key(self) -> Ed25519PrivateKey:
        return key_of(self.rabat, self.karim, KARIM_PASSWORD)

    def amina_key(self) -> Ed25519PrivateKey:
        return key_of(self.rabat, self.amina, AMINA_PASSWORD)


@pytest.fixture
def agencies(server: Server, make_pc: object) -> Iterator[Agencies]:
    rabat, casa = make_pc("rabat", "RABAG"), make_pc("casa", "CASAF")  # type: ignore[operator]
    users = UserService(rabat.workspace, rabat.db, rabat.user)
    karim = users.create_user("karim", "Karim Haddad", Role.SUPERVISOR, KARIM_PASSWORD)
    amina = users.create_user("amina", "Amina Benkirane", Role.COUNSELLOR, AMINA_PASSWORD)
    person_id = rabat.people().register(
        person(last_name="Kamara", consent=SHARING), confirmed_new=True
    )
    rabat.enrol(server)
    casa.enrol(server)
    rabat.sync()
    yield Agencies(server, rabat, casa, karim, amina, person_id)


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_the_honest_path_signs_through_the_services(agencies: Agencies) -> None:
    """The administrator's key is rooted by the enrolment, her colleagues' keys vouched by
    her; a role change, an erasure's two halves, all signed as each person acts."""
    server, rabat = agencies.server, agencies.rabat
    with ServerView(server) as session:
        keys = {k.user_id: k for k in session.scalars(select(UserKey))}
    assert keys[rabat.user.id].root and not keys[agencies.karim].root
    assert keys[agencies.karim].registered_by == rabat.user.id
    assert {rabat.user.id, agencies.karim, agencies.amina} <= set(keys)
    assert keys[agencies.casa.user.id].agency_id != keys[rabat.user.id].agency_id
    # No private key in clear anywhere the server or the database holds.
    for key in keys.values():
        assert key.material is not None and "wrapped" in key.material
    assert _role(server, agencies.amina) == "counsellor"

    UserService(rabat.workspace, rabat.db, rabat.user).set_role(agencies.amina, Role.SUPERVISOR)
    report = rabat.sync()
    assert report.results.get("rejected", 0) == 0
    assert _role(server, agencies.amina) == "supervisor"

    SharingService(rabat.db, rabat.user).request_erasure(agencies.person_id, "Loi 09-08 art. 8")
    _db, karim = rabat.workspace.log_in("karim", KARIM_PASSWORD, rabat.db)
    assert set(rabat.db.signers) == {karim.id}  # the administrator's key left with her
    assert SharingService(rabat.db, karim).approve_erasure(agencies.person_id).erased == 1
    with ServerView(server) as session:
        erasure = session.get(Erasure, agencies.person_id)
        assert erasure is not None
        assert (erasure.requested_by, erasure.approved_by) == (rabat.user.id, karim.id)


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_a_pc_naming_another_account_is_refused(agencies: Agencies) -> None:
    """Rabat's tampered PC promotes its counsellor in the administrator's name: unsigned,
    signed by the counsellor as if she were the administrator, or by her under her own
    name for the administrator's operation. Nothing changes."""
    rabat, admin, amina = agencies.rabat, agencies.rabat.user.id, agencies.amina
    promote = {"role": "administrator"}
    unsigned = _op(admin, "user_account", amina, promote)
    forged = sign_op(_op(admin, "user_account", amina, promote), agencies.amina_key(), rabat)
    hers = sign_op(
        _op(admin, "user_account", amina, promote), agencies.amina_key(), rabat, user_id=amina
    )
    assert _push(rabat, unsigned, forged, hers) == [
        ErrorCode.ACT_REQUIRED,
        ErrorCode.ACT_SIGNATURE_INVALID,
        ErrorCode.ACT_USER_MISMATCH,
    ]
    # A request naming the supervisor without her signature, or with the counsellor's.
    body = {"person_id": agencies.person_id, "legal_basis": "Loi 09-08", "user_id": agencies.karim}
    assert _refusal(rabat, "POST", Route.ERASURES, body) == (403, ErrorCode.ACT_REQUIRED)
    act = request_act(
        rabat, agencies.amina_key(), agencies.karim, ActKind.ERASURE_REQUEST,
        {"person_id": agencies.person_id}, {"legal_basis": "Loi 09-08"},
    )  # fmt: skip
    assert _refusal(rabat, "POST", Route.ERASURES, {**body, "act": act}) == (
        403,
        ErrorCode.ACT_SIGNATURE_INVALID,
    )
    assert _role(agencies.server, amina) == "counsellor"
    with ServerView(agencies.server) as session:
        assert session.scalar(select(func.count()).select_from(Erasure)) == 0
    assert not _nonce_spent(agencies.server, act)


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_an_act_signed_by_a_person_of_another_agency_is_refused(agencies: Agencies) -> None:
    """Casablanca's administrator's real key, used by Rabat's tampered PC (or Casablanca's
    own PC on Rabat's accounts): her key counts for her agency only."""
    rabat, casa, amina = agencies.rabat, agencies.casa, agencies.amina
    casa_admin = casa.user.id
    borrowed = key_of(casa, casa_admin)
    promote = sign_op(_op(casa_admin, "user_account", amina, {"role": "administrator"}),
                      borrowed, rabat)  # fmt: skip
    assert _push(rabat, promote) == [ErrorCode.ACT_WRONG_AGENCY]
    from_casa = sign_op(_op(casa_admin, "user_account", amina, {"role": "administrator"}),
                        borrowed, casa)  # fmt: skip
    assert _push(casa, from_casa) == ["not_owner"]  # Rabat's account: not Casablanca's to write
    SharingService(rabat.db, rabat.user).request_erasure(agencies.person_id, "Loi 09-08")
    act = request_act(rabat, borrowed, casa_admin, ActKind.ERASURE_APPROVAL,
                      {"person_id": agencies.person_id}, {})  # fmt: skip
    path = Route.ERASURE_APPROVE.format(person_id=agencies.person_id)
    assert _refusal(rabat, "POST", path, {"user_id": casa_admin, "act": act}) == (
        403,
        ErrorCode.ACT_WRONG_AGENCY,
    )
    # Registering a key for one of Rabat's accounts, vouched by Casablanca's administrator.
    fake = Ed25519PrivateKey.generate()
    public = base64.b64encode(fake.public_key().public_bytes_raw()).decode()
    vouch = request_act(rabat, borrowed, casa_admin, ActKind.KEY_REGISTRATION,
                        {"user_id": amina}, {"public_key": public, "exchange_public": None})  # fmt: skip
    body = {"user_id": amina, "public_key": public, "act": vouch}
    assert _refusal(rabat, "POST", Route.USER_KEYS, body) == (403, ErrorCode.ACT_WRONG_AGENCY)
    assert _role(agencies.server, amina) == "counsellor"
    with ServerView(agencies.server) as session:
        erasure = session.get(Erasure, agencies.person_id)
        assert erasure is not None and erasure.erased_at is None
        key = session.get(UserKey, amina)
        assert key is not None and key.public_key != fake.public_key().public_bytes_raw()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_an_administrators_act_signed_by_a_supervisor_is_refused(agencies: Agencies) -> None:
    """The supervisor's own genuine signature, on acts her role does not allow as the
    server's records say: promoting a colleague, vouching for a key."""
    rabat, karim, amina = agencies.rabat, agencies.karim, agencies.amina
    promote = sign_op(_op(karim, "user_account", amina, {"role": "administrator"}),
                      agencies.karim_key(), rabat)  # fmt: skip
    assert _push(rabat, promote) == [ErrorCode.ROLE_FORBIDDEN]
    fake = Ed25519PrivateKey.generate()
    public = base64.b64encode(fake.public_key().public_bytes_raw()).decode()
    vouch = request_act(rabat, agencies.karim_key(), karim, ActKind.KEY_REGISTRATION,
                        {"user_id": amina}, {"public_key": public, "exchange_public": None})  # fmt: skip
    body = {"user_id": amina, "public_key": public, "act": vouch}
    assert _refusal(rabat, "POST", Route.USER_KEYS, body) == (403, ErrorCode.ROLE_FORBIDDEN)
    assert _role(agencies.server, amina) == "counsellor"
    assert not _nonce_spent(agencies.server, vouch)
    with ServerView(agencies.server) as session:
        key = session.get(UserKey, amina)
        assert key is not None and key.public_key != fake.public_key().public_bytes_raw()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_one_person_cannot_sign_both_halves_of_an_erasure(agencies: Agencies) -> None:
    rabat, admin = agencies.rabat, agencies.rabat.user.id
    SharingService(rabat.db, rabat.user).request_erasure(agencies.person_id, "Loi 09-08")
    path = Route.ERASURE_APPROVE.format(person_id=agencies.person_id)
    own = request_act(rabat, agencies.admin_key(), admin, ActKind.ERASURE_APPROVAL,
                      {"person_id": agencies.person_id}, {})  # fmt: skip
    assert _refusal(rabat, "POST", path, {"user_id": admin, "act": own}) == (
        403,
        ErrorCode.SECOND_PERSON_REQUIRED,
    )
    # Her signature under the supervisor's name does not pass for the supervisor's.
    posing = request_act(rabat, agencies.admin_key(), agencies.karim, ActKind.ERASURE_APPROVAL,
                         {"person_id": agencies.person_id}, {})  # fmt: skip
    assert _refusal(rabat, "POST", path, {"user_id": agencies.karim, "act": posing}) == (
        403,
        ErrorCode.ACT_SIGNATURE_INVALID,
    )
    with ServerView(agencies.server) as session:
        erasure = session.get(Erasure, agencies.person_id)
        assert erasure is not None and erasure.erased_at is None
        assert session.get(Record, ("person", agencies.person_id)) is not None
    assert rabat.person(agencies.person_id) is not None


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_replayed_act_is_refused(agencies: Agencies) -> None:
    """A referral captured on the way and sent again after it was withdrawn; an account's
    act moved into another operation."""
    rabat, admin = agencies.rabat, agencies.rabat.user.id
    act = request_act(rabat, agencies.admin_key(), admin, ActKind.GRANT,
                      {"person_id": agencies.person_id},
                      {"agency_code": "CASAF", "kind": "referral"})  # fmt: skip
    body = {"person_id": agencies.person_id, "agency_code": "CASAF", "kind": "referral",
            "user_id": admin, "act": act}  # fmt: skip
    client = rabat.client()
    try:
        granted = client._call("POST", Route.GRANTS, body)
        client.revoke_grant(granted["grant_id"], admin)
    finally:
        client.close()
    assert _refusal(rabat, "POST", Route.GRANTS, body) == (403, ErrorCode.ACT_REPLAYED)
    client = rabat.client()
    try:
        assert client.grants_of(agencies.person_id) == []  # the referral stays withdrawn
    finally:
        client.close()

    rename = sign_op(_op(admin, "user_account", agencies.amina, {"display_name": "Amina B."}),
                     agencies.admin_key(), rabat)  # fmt: skip
    assert _push(rabat, rename) == ["applied"]
    moved = {**rename, "op_id": new_id(), "device_seq": next(_SEQ)}
    moved["changes"] = {"display_name": [None, "Amina X."]}
    assert _push(rabat, moved) == [ErrorCode.ACT_SIGNATURE_INVALID]
    again = {**rename, "op_id": new_id(), "device_seq": next(_SEQ)}
    assert _push(rabat, again) == [ErrorCode.ACT_SIGNATURE_INVALID]  # bound to its operation
    with ServerView(agencies.server) as session:
        record = session.get(Record, ("user_account", agencies.amina))
        assert record is not None and record.fields["display_name"] == "Amina B."


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_an_act_by_a_disabled_account_is_refused(agencies: Agencies) -> None:
    """The administrator disables the supervisor: her key is revoked on the server, and a
    PC that kept it (or her offline acts made afterwards) gets nothing through."""
    rabat, karim = agencies.rabat, agencies.karim
    karim_key = agencies.karim_key()
    SharingService(rabat.db, rabat.user).request_erasure(agencies.person_id, "Loi 09-08")
    UserService(rabat.workspace, rabat.db, rabat.user).set_active(karim, False)
    rabat.sync()
    with ServerView(agencies.server) as session:
        key = session.get(UserKey, karim)
        assert key is not None and key.revoked_at is not None
    act = request_act(rabat, karim_key, karim, ActKind.ERASURE_APPROVAL,
                      {"person_id": agencies.person_id}, {})  # fmt: skip
    path = Route.ERASURE_APPROVE.format(person_id=agencies.person_id)
    assert _refusal(rabat, "POST", path, {"user_id": karim, "act": act}) == (
        403,
        ErrorCode.ACT_KEY_REVOKED,
    )
    rename = sign_op(_op(karim, "user_account", agencies.amina, {"display_name": "A."}),
                     karim_key, rabat)  # fmt: skip
    assert _push(rabat, rename) == [ErrorCode.ACT_KEY_REVOKED]
    with ServerView(agencies.server) as session:
        erasure = session.get(Erasure, agencies.person_id)
        assert erasure is not None and erasure.erased_at is None
    assert not _nonce_spent(agencies.server, act)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_key_the_server_never_registered_and_a_taken_root_are_refused(
    agencies: Agencies,
) -> None:
    """A key made up on the tampered PC for a new account waits (not stored; the real
    registration may still come); an enrolment cannot root a key for an account that has
    one already."""
    rabat, ghost = agencies.rabat, new_id()
    made_up = Ed25519PrivateKey.generate()
    create = sign_op(_op(ghost, "user_account", agencies.amina, {"display_name": "Ghost"}),
                     made_up, rabat)  # fmt: skip
    assert _push(rabat, create) == [ErrorCode.ACT_KEY_UNKNOWN]

    with rabat.db.reader() as session:
        found = user_keys.entry(session, rabat.user.id)
    assert found is not None
    # Casablanca enrols a second PC claiming Rabat's administrator's account as its root.
    from counsellor_app.core import acts as core_acts

    code = agencies.server.enrolment_code("CASAF")
    device = base64.b64encode(Ed25519PrivateKey.generate().public_key().public_bytes_raw())
    device_key = device.decode()
    values = {"public_key": found["public_key"], "exchange_public": None,
              "code": core_acts.code_fingerprint(code)}  # fmt: skip
    theft = core_acts.sign(made_up, ActKind.ROOT_KEY, agency_id="CASAF", device_id=device_key,
                           user_id=rabat.user.id, ids={"user_id": rabat.user.id},
                           values=values, at_ms=time.time_ns() // 1_000_000)  # fmt: skip
    import httpx

    from counsellor_app import __version__
    from counsellor_app.core import request_signing

    answer = httpx.post(
        agencies.server.url + Route.ENROL,
        json={"code": code, "agency_code": "CASAF", "public_key": device_key,
              "admin_key": {"user_id": rabat.user.id, "public_key": found["public_key"],
                            "act": theft}},
        headers={request_signing.VERSION_HEADER: __version__},
    )  # fmt: skip
    assert (answer.status_code, answer.json()["error"]) == (403, "act_signature_invalid")
    own = Ed25519PrivateKey.generate()
    own_public = base64.b64encode(own.public_key().public_bytes_raw()).decode()
    values = {"public_key": own_public, "exchange_public": None,
              "code": core_acts.code_fingerprint(code)}  # fmt: skip
    claim = core_acts.sign(own, ActKind.ROOT_KEY, agency_id="CASAF", device_id=device_key,
                           user_id=rabat.user.id, ids={"user_id": rabat.user.id},
                           values=values, at_ms=time.time_ns() // 1_000_000)  # fmt: skip
    answer = httpx.post(
        agencies.server.url + Route.ENROL,
        json={"code": code, "agency_code": "CASAF", "public_key": device_key,
              "admin_key": {"user_id": rabat.user.id, "public_key": own_public, "act": claim}},
        headers={request_signing.VERSION_HEADER: __version__},
    )  # fmt: skip
    assert (answer.status_code, answer.json()["error"]) == (409, "user_key_taken")
    with ServerView(agencies.server) as session:
        key = session.get(UserKey, rabat.user.id)
        assert key is not None and key.public_key == base64.b64decode(found["public_key"])


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_colleague_logs_in_with_her_own_password_on_any_pc_of_her_agency(
    agencies: Agencies, make_pc: object
) -> None:
    """Karim was made on Rabat's first PC. After a sync, the agency's second PC lets him in
    with his own password, his acts there carry his registered key, and a password he
    changes there is the only one that opens the first PC afterwards. Casablanca's PC never
    receives his key material."""
    server, first = agencies.server, agencies.rabat
    second: Pc = make_pc("rabat-2", "RABAG")  # type: ignore[operator]
    second.enrol(server)
    second.sync()  # Karim's account and key material arrive
    with pytest.raises(LoginRefused):
        second.workspace.log_in("karim", "not-his-password-2026!", second.db)
    _db, karim = second.workspace.log_in("karim", KARIM_PASSWORD, second.db)
    assert karim.id == agencies.karim and set(second.db.signers) == {karim.id}
    with ServerView(server) as session:
        registered = session.get(UserKey, karim.id)
        assert registered is not None
    own = second.db.signers[karim.id]
    assert own.public_key().public_bytes_raw() == registered.public_key

    # His act on the second PC: the approval of an erasure asked on the first.
    SharingService(first.db, first.user).request_erasure(agencies.person_id, "Loi 09-08")
    assert SharingService(second.db, karim).approve_erasure(agencies.person_id).erased == 1

    UserService(second.workspace, second.db, karim).change_own_password(
        KARIM_PASSWORD, "Nouveau-Rabat-2026!", "Nouveau-Rabat-2026!"
    )
    second.sync()  # his key, wrapped anew, by his own act
    first.sync()
    with pytest.raises(LoginRefused):
        first.workspace.log_in("karim", KARIM_PASSWORD, first.db)
    _db, again = first.workspace.log_in("karim", "Nouveau-Rabat-2026!", first.db)
    assert first.db.signers[again.id].public_key().public_bytes_raw() == registered.public_key

    casa = agencies.casa
    casa.sync()
    client = casa.client()
    try:
        assert karim.id not in {k["user_id"] for k in client.user_keys()}
    finally:
        client.close()
    assert not user_keys.invited(casa.workspace.paths.keystore, "karim")
    # Nowhere in clear: the server's copy and the invitations hold wrapped keys only.
    secret = own.private_bytes_raw()
    invitations = user_keys.invitations_path(second.workspace.paths.keystore)
    for path in (invitations, second.workspace.paths.keystore, second.workspace.paths.database):
        if path.exists():
            data = path.read_bytes()
            assert secret not in data and base64.b64encode(secret) not in data


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_decision_and_a_tranche_are_signed_by_who_made_them(agencies: Agencies) -> None:
    """The committee's decision typed by the counsellor and the tranche confirmed by the
    administrator travel signed by each; a counsellor's confirmation of her own tranche, or
    one signed by her in the administrator's name, is refused."""
    from counsellor_app.core.grants import Decision, DisbursementMode
    from counsellor_app.services.grants import GrantService
    from counsellor_app.services.pathway import PathwayService
    from tests.services.test_grants import TODAY, to_microgrant

    rabat, workspace = agencies.rabat, agencies.rabat.workspace
    admin = rabat.user
    granting = GrantService(rabat.db, admin, today=lambda: TODAY)
    envelope = granting.create_envelope("UE — Work4Life", 10_000_000, date(2026, 1, 1))
    person_id = to_microgrant(
        rabat.people(),
        PathwayService(rabat.db, admin, today=lambda: TODAY),
        plan_done=True,
        db=rabat.db,
        user=admin,
    )
    application = granting.apply(person_id, envelope, 1_500_000)
    _db, amina = workspace.log_in("amina", AMINA_PASSWORD, rabat.db)
    hers = GrantService(rabat.db, amina, today=lambda: TODAY)
    hers.decide(application, Decision.APPROVED, 1_200_000, date(2026, 10, 15), score=78)
    first = hers.record_tranche(
        application, 700_000, DisbursementMode.IN_KIND, date(2026, 10, 31), "Facture 118"
    )
    second = hers.record_tranche(
        application, 300_000, DisbursementMode.CASH, date(2026, 11, 2), "Reçu 7"
    )
    assert rabat.sync().results.get("rejected", 0) == 0
    _db, admin = workspace.log_in("admin", PC_PASSWORD, rabat.db)
    GrantService(rabat.db, admin, today=lambda: TODAY).confirm_tranche(first)
    assert rabat.sync().results.get("rejected", 0) == 0
    with ServerView(agencies.server) as session:
        decided = session.get(Record, ("grant_application", application))
        confirmed = session.get(Record, ("disbursement", first))
        assert decided is not None and decided.fields["decision"] == "approved"
        assert confirmed is not None and confirmed.fields["confirmed_by_user"] == admin.id

    amina_key = agencies.amina_key()
    own = {"confirmed_by_user": amina.id, "confirmed_on": "2026-11-20"}
    posing = {"confirmed_by_user": admin.id, "confirmed_on": "2026-11-20"}
    assert _push(
        rabat,
        sign_op(_op(amina.id, "disbursement", second, own), amina_key, rabat),
        sign_op(_op(amina.id, "disbursement", second, posing), amina_key, rabat),
        _op(admin.id, "disbursement", second, posing),
    ) == [
        ErrorCode.SECOND_PERSON_REQUIRED,
        ErrorCode.ACT_USER_MISMATCH,
        ErrorCode.ACT_REQUIRED,
    ]
    with ServerView(agencies.server) as session:
        waiting = session.get(Record, ("disbursement", second))
        assert waiting is not None and waiting.fields["confirmed_by_user"] is None


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_pc_enrolled_before_the_keys_roots_its_administrator_with_a_fresh_code(
    server: Server, make_pc: object
) -> None:
    """A PC enrolled with nobody's key at hand (as before this feature): its administrator's
    acts wait until a fresh code of her own agency roots her key; a code of another agency
    or one used already roots nothing."""
    pc: Pc = make_pc("old", "RABAG")  # type: ignore[operator]
    pc.db.signers.clear()
    pc.enrol(server)
    _db, admin = pc.workspace.log_in("admin", PC_PASSWORD, pc.db)
    amina = UserService(pc.workspace, pc.db, admin).create_user(
        "amina", "Amina Benkirane", Role.COUNSELLOR, AMINA_PASSWORD
    )
    pc.sync()
    with ServerView(server) as session:
        assert session.get(UserKey, admin.id) is None
        assert session.get(Record, ("user_account", amina)) is None  # waiting, not refused

    client = pc.client()
    try:
        with pytest.raises(SyncError) as foreign:
            client.root_user_key(server.enrolment_code("CASAF"))
        assert foreign.value.reason == "code_for_another_agency"
        code = server.enrolment_code("RABAG")
        client.root_user_key(code)
        with pytest.raises(SyncError) as again:
            client.root_user_key(code)
        assert again.value.reason == "code_used"
    finally:
        client.close()
    report = pc.sync()
    assert report.pending == 0
    with ServerView(server) as session:
        root = session.get(UserKey, admin.id)
        assert root is not None and root.root
        key = session.get(UserKey, amina)
        assert key is not None and key.registered_by == admin.id
        account = session.get(Record, ("user_account", amina))
        assert account is not None and account.fields["role"] == "counsellor"


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_transfer_is_accepted_by_a_person_of_the_receiving_agency_only(
    agencies: Agencies,
) -> None:
    """Casablanca's PC accepts Rabat's offered file: without anyone's signature, or with a
    signature of Rabat's administrator, it is refused and the file stays Rabat's; signed by
    Casablanca's administrator through the services, it is accepted."""
    rabat, casa = agencies.rabat, agencies.casa
    SharingService(rabat.db, rabat.user).share(agencies.person_id, "CASAF", "transfer")
    (offer,) = SharingService(casa.db, casa.user).incoming_transfers()
    path = Route.TRANSFER_ACCEPT.format(grant_id=offer.grant_id)
    assert _refusal(casa, "POST", path, {"user_id": casa.user.id}) == (
        403,
        ErrorCode.ACT_REQUIRED,
    )
    rabat_admin = rabat.user.id
    act = request_act(casa, agencies.admin_key(), rabat_admin, ActKind.TRANSFER_ACCEPT,
                      {"grant_id": offer.grant_id}, {})  # fmt: skip
    assert _refusal(casa, "POST", path, {"user_id": rabat_admin, "act": act}) == (
        403,
        ErrorCode.ACT_WRONG_AGENCY,
    )
    with ServerView(agencies.server) as session:
        record = session.get(Record, ("person", agencies.person_id))
        assert record is not None and record.owner_agency_id == device_and_agency(rabat)[1]
    SharingService(casa.db, casa.user).accept_transfer(offer.grant_id)
    with ServerView(agencies.server) as session:
        record = session.get(Record, ("person", agencies.person_id))
        assert record is not None and record.owner_agency_id == device_and_agency(casa)[1]
    assert casa.person(agencies.person_id) is not None
