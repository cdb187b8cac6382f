"""Scope between agencies: a referral shares a file, a transfer hands it over; people who leave
an agency's scope leave its PCs, after their edits are pushed."""

from __future__ import annotations

from datetime import date

import pytest

from counsellor_app.core.person import ConsentInput
from counsellor_app.services.people import PeopleService
from counsellor_app.storage.models import ErasedPerson, Person
from counsellor_app.sync.client import SyncError
from tests.conftest import person
from tests.server_fixtures import Pc, Server

SHARING = ConsentInput(True, date(2026, 11, 1), frozenset({"processing", "sharing_partners"}))


def _people(pc: Pc) -> PeopleService:
    return PeopleService(pc.db, pc.user, today=lambda: date(2026, 11, 22))


def _sync(pc: Pc) -> None:
    client = pc.client()
    try:
        client.sync()
    finally:
        client.close()


def _has(pc: Pc, person_id: str) -> Person | None:
    with pc.db.reader() as session:
        return session.get(Person, person_id)


def _edit(pc: Pc, person_id: str, **changes: str) -> None:
    people = _people(pc)
    people.update(person_id, person(**{**vars(people.get(person_id).data), **changes}))


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_referral_shares_a_file_and_transfer_hands_it_over(server: Server, make_pc: object) -> None:
    rabat, casa = make_pc("rabat", "RABAG"), make_pc("casa", "CASAF")  # type: ignore[operator]
    shared = _people(rabat).register(
        person(last_name="Kamara", consent=SHARING), confirmed_new=True
    )
    private = _people(rabat).register(person(last_name="Fofana"), confirmed_new=True)
    for pc, code in ((rabat, "RABAG"), (casa, "CASAF")):
        client = pc.client(server)
        try:
            client.enrol(server.enrolment_code(code))
            client.sync()
        finally:
            client.close()
    assert _has(casa, shared) is None  # another agency's people stay out

    client = rabat.client()
    try:
        with pytest.raises(SyncError) as refused:
            client.grant(private, "CASAF", "referral", rabat.user.id)
        assert refused.value.reason == "consent_required"
        referral = client.grant(shared, "CASAF", "referral", rabat.user.id)
    finally:
        client.close()
    _sync(casa)
    assert _has(casa, shared) is not None and _has(casa, private) is None
    _edit(casa, shared, phone="0662 22 33 44")  # the partner agency works on the file
    _sync(casa)
    _sync(rabat)
    assert _has(rabat, shared).phone_e164 == "+212662223344"  # type: ignore[union-attr]

    client = rabat.client()
    try:
        client.revoke_grant(referral["grant_id"])
    finally:
        client.close()
    _sync(casa)
    assert _has(casa, shared) is None  # left the partner's PCs
    with casa.db.reader() as session:
        assert session.get(ErasedPerson, shared) is None  # an eviction, not an erasure

    # A transfer: Rabat edits while the offer waits; Casablanca accepts; the edit still lands.
    client = rabat.client()
    try:
        offer = client.grant(shared, "CASAF", "transfer", rabat.user.id)
    finally:
        client.close()
    _edit(rabat, shared, first_name="Sékou")
    casa_client = casa.client()
    try:
        (incoming,) = casa_client.incoming_transfers()
        assert incoming["grant_id"] == offer["grant_id"] and incoming["name"] == "KAMARA Mamadou"
        casa_client.accept_transfer(offer["grant_id"], casa.user.id)
    finally:
        casa_client.close()
    _sync(rabat)  # pushes the edit first, then the person leaves Rabat's PC
    assert _has(rabat, shared) is None and _has(rabat, private) is not None
    _sync(casa)
    moved = _has(casa, shared)
    assert moved is not None and moved.first_name == "Sékou"
    with casa.db.reader() as session:
        from counsellor_app.storage.models import LocalSetting

        assert moved.owner_agency_id == session.get(LocalSetting, "agency_id").value  # type: ignore[union-attr]
