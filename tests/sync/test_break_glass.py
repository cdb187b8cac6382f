"""Break-glass is signed by the person who opens the masked file (issue 20, deliverable 4),
played through the real server process on loopback with real enrolled PCs of two agencies.

The honest path goes through the real service: a counsellor opens a colleague's masked file
giving a reason, her PC signs it with her key as she does, and the next sync hands it to the
server, which checks it like any act and keeps it for the agency. A tampered PC then sends
it unsigned, signed by another account or another agency's person, with the reason changed,
again (a replay), or for another agency's file: each refused with its code, nothing kept."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from counsellor_app.core import acts
from counsellor_app.core.acts import ActKind
from counsellor_app.core.roles import Role
from counsellor_app.protocol.wire import ErrorCode, Route
from counsellor_app.server.models import BreakGlass
from counsellor_app.services.people import PeopleService
from counsellor_app.services.users import UserService
from counsellor_app.storage import user_keys
from counsellor_app.storage.models import AuditRecord
from tests.conftest import person
from tests.server_fixtures import PC_PASSWORD, Server
from tests.sync.acts_helpers import device_and_agency, key_of, request_act
from tests.sync.conftest import Pc
from tests.sync.test_hostile_agency import SHARING
from tests.sync.test_person_acts import (
    AMINA_PASSWORD,
    KARIM_PASSWORD,
    Agencies,
    ServerView,
    _refusal,
)

REASON = "Urgence au guichet : la conseillère référente est absente"


@pytest.fixture
def agencies(server: Server, make_pc: object) -> Iterator[Agencies]:
    """Rabat (an administrator, a supervisor, a counsellor, one of the administrator's
    people) and Casablanca, both enrolled and synced."""
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


def _kept(server: Server) -> list[BreakGlass]:
    with ServerView(server) as session:
        rows = list(session.scalars(select(BreakGlass).order_by(BreakGlass.received_at)))
        session.expunge_all()
        return rows


def _amina_opens(agencies: Agencies) -> dict[str, Any]:
    """Amina, a counsellor, opens the administrator's person's masked file with a reason,
    through the real service; returns the act her PC recorded."""
    rabat = agencies.rabat
    _db, amina = rabat.workspace.log_in("amina", AMINA_PASSWORD, rabat.db)
    people = PeopleService(rabat.db, amina, today=lambda: date(2026, 11, 22))
    assert people.get(agencies.person_id).masked
    assert not people.reveal(agencies.person_id, REASON).masked
    with rabat.db.reader() as session:
        entry = session.scalars(
            select(AuditRecord).where(AuditRecord.action == "sensitive_revealed")
        ).one()
        act = dict(entry.detail["act"])
    assert act["user_id"] == amina.id
    return act


def _body(agencies: Agencies, act: dict[str, Any] | None, **changed: Any) -> dict[str, Any]:
    body = {"person_id": agencies.person_id, "reason": REASON, "user_id": agencies.amina}
    return {**body, **({"act": act} if act is not None else {}), **changed}


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_a_break_glass_reaches_the_server_signed_by_her(agencies: Agencies) -> None:
    act = _amina_opens(agencies)
    assert _kept(agencies.server) == []  # nothing before the sync (offline is fine)
    report = agencies.rabat.sync()
    assert report.results.get("rejected", 0) == 0
    kept = _kept(agencies.server)
    assert [(k.user_id, k.person_id, k.reason, k.nonce) for k in kept] == [
        (agencies.amina, agencies.person_id, REASON, act["nonce"])
    ]
    assert kept[0].signature == act["signature"]
    agencies.rabat.sync()  # sent once only
    assert len(_kept(agencies.server)) == 1
    # The agency's PCs list it for its supervisors and auditors; another agency's do not.
    listed = agencies.rabat.client()._call("GET", Route.BREAK_GLASS)["entries"]
    assert [(e["user_id"], e["reason"]) for e in listed] == [(agencies.amina, REASON)]
    assert agencies.casa.client()._call("GET", Route.BREAK_GLASS)["entries"] == []


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_a_forged_or_replayed_break_glass_is_refused(agencies: Agencies) -> None:
    rabat, casa = agencies.rabat, agencies.casa
    honest = _amina_opens(agencies)
    rabat.sync()
    assert len(_kept(agencies.server)) == 1

    def refused(pc: Pc, body: dict[str, Any]) -> tuple[int, str]:
        return _refusal(pc, "POST", Route.BREAK_GLASS, body)

    def signed(key: Any, user_id: str, reason: str = REASON, person_id: str = "") -> Any:
        return request_act(
            rabat, key, user_id, ActKind.BREAK_GLASS,
            {"person_id": person_id or agencies.person_id}, {"reason": reason},
        )  # fmt: skip

    amina_key = key_of(rabat, agencies.amina, AMINA_PASSWORD)
    karim_key = key_of(rabat, agencies.karim, KARIM_PASSWORD)
    assert refused(rabat, _body(agencies, None)) == (403, ErrorCode.ACT_REQUIRED)
    # Signed by her colleague in her name, or by him under his own name for hers.
    assert refused(rabat, _body(agencies, signed(karim_key, agencies.amina))) == (
        403,
        ErrorCode.ACT_SIGNATURE_INVALID,
    )
    assert refused(rabat, _body(agencies, signed(karim_key, agencies.karim))) == (
        403,
        ErrorCode.ACT_USER_MISMATCH,
    )
    # Another agency's person's key, borrowed by Rabat's PC.
    casa_key = key_of(casa, casa.user.id)
    assert refused(
        rabat, _body(agencies, signed(casa_key, casa.user.id), user_id=casa.user.id)
    ) == (403, ErrorCode.ACT_WRONG_AGENCY)
    # Her act with the reason changed on the way.
    assert refused(rabat, _body(agencies, honest, reason=REASON + " (modifié)")) == (
        403,
        ErrorCode.ACT_SIGNATURE_INVALID,
    )
    # Her own act, played again.
    assert refused(rabat, _body(agencies, honest)) == (403, ErrorCode.ACT_REPLAYED)
    # Casablanca's administrator, honestly signed, on a Rabat file: no such file for her.
    casa_act = request_act(
        casa, casa_key, casa.user.id, ActKind.BREAK_GLASS,
        {"person_id": agencies.person_id}, {"reason": REASON},
    )  # fmt: skip
    assert refused(casa, _body(agencies, casa_act, user_id=casa.user.id)) == (
        422,
        ErrorCode.NOT_FOUND,
    )
    # A reason too short, or signed for a time far ahead: refused before anything is kept.
    short = signed(amina_key, agencies.amina, "vite")
    assert refused(rabat, _body(agencies, short, reason="vite"))[0] == 422
    device, agency = device_and_agency(rabat)
    ahead = acts.sign(
        amina_key, ActKind.BREAK_GLASS, agency_id=agency, device_id=device,
        user_id=agencies.amina, ids={"person_id": agencies.person_id},
        values={"reason": REASON}, at_ms=10**15 - 1,
    )  # fmt: skip
    assert refused(rabat, _body(agencies, ahead)) == (403, ErrorCode.ACT_EXPIRED)
    assert refused(rabat, _body(agencies, ahead)) == (403, ErrorCode.ACT_EXPIRED)  # not spent
    with ServerView(agencies.server) as session:
        assert session.scalar(select(func.count()).select_from(BreakGlass)) == 1


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_break_glass_by_a_key_not_yet_registered_waits_for_it(agencies: Agencies) -> None:
    """Nadia, new, opens a masked file before any administrator vouched for her key: the
    server does not know her key yet, so the act waits on her PC and is sent once her key is
    registered (an administrator logged in at a later sync), never dropped."""
    rabat = agencies.rabat
    nadia_id = UserService(rabat.workspace, rabat.db, rabat.user).create_user(
        "nadia", "Nadia Alaoui", Role.COUNSELLOR, "Guichet-2026-pass-ok!"
    )
    with rabat.db.unit_of_work(None) as session:  # as if made where no administrator was
        found = user_keys.entry(session, nadia_id)
        assert found is not None
        found["registration"] = None
        user_keys.save_entry(session, nadia_id, found)
    _db, nadia = rabat.workspace.log_in("nadia", "Guichet-2026-pass-ok!", rabat.db)
    assert set(rabat.db.signers) == {nadia.id}  # the administrator's key left with her
    people = PeopleService(rabat.db, nadia, today=lambda: date(2026, 11, 22))
    people.reveal(agencies.person_id, REASON)
    rabat.sync()
    assert _kept(agencies.server) == []  # her key unknown: waiting, not dropped
    rabat.sync()
    assert _kept(agencies.server) == []
    rabat.workspace.log_in("admin", PC_PASSWORD, rabat.db)  # vouches for her at the sync
    rabat.sync()
    assert [(k.user_id, k.reason) for k in _kept(agencies.server)] == [(nadia.id, REASON)]
