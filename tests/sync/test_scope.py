"""Scope between agencies: a referral shares a file, a transfer hands it over; people who leave
an agency's scope leave its PCs, after their edits are pushed."""

from __future__ import annotations

from datetime import date

import pytest

from counsellor_app.core.person import ConsentInput
from counsellor_app.storage.models import ErasedPerson
from counsellor_app.sync.client import SyncError
from tests.conftest import person
from tests.server_fixtures import Server

SHARING = ConsentInput(True, date(2026, 11, 1), frozenset({"processing", "sharing_partners"}))


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_referral_shares_a_file_and_transfer_hands_it_over(server: Server, make_pc: object) -> None:
    rabat, casa = make_pc("rabat", "RABAG"), make_pc("casa", "CASAF")  # type: ignore[operator]
    shared = rabat.people().register(
        person(last_name="Kamara", consent=SHARING), confirmed_new=True
    )
    private = rabat.people().register(person(last_name="Fofana"), confirmed_new=True)
    rabat.enrol(server)
    casa.enrol(server)
    assert casa.person(shared) is None  # another agency's people stay out

    client = rabat.client()
    try:
        with pytest.raises(SyncError) as refused:
            client.grant(private, "CASAF", "referral", rabat.user.id)
        assert refused.value.reason == "consent_required"
        referral = client.grant(shared, "CASAF", "referral", rabat.user.id)
    finally:
        client.close()
    casa.sync()
    assert casa.person(shared) is not None and casa.person(private) is None
    casa.edit(shared, phone="0662 22 33 44")  # the partner agency works on the file
    casa.sync()
    rabat.sync()
    assert rabat.person(shared).phone_e164 == "+212662223344"  # type: ignore[union-attr]

    client = rabat.client()
    try:
        client.revoke_grant(referral["grant_id"], rabat.user.id)
    finally:
        client.close()
    casa.sync()
    assert casa.person(shared) is None  # left the partner's PCs
    with casa.db.reader() as session:
        assert session.get(ErasedPerson, shared) is None  # an eviction, not an erasure

    # A transfer: Rabat edits while the offer waits; Casablanca accepts; the edit still lands.
    client = rabat.client()
    try:
        offer = client.grant(shared, "CASAF", "transfer", rabat.user.id)
    finally:
        client.close()
    rabat.edit(shared, first_name="Sékou")
    casa_client = casa.client()
    try:
        (incoming,) = casa_client.incoming_transfers()
        assert incoming["grant_id"] == offer["grant_id"] and incoming["name"] == "KAMARA Mamadou"
        casa_client.accept_transfer(offer["grant_id"], casa.user.id)
    finally:
        casa_client.close()
    rabat.sync()  # pushes the edit first, then the person leaves Rabat's PC
    assert rabat.person(shared) is None and rabat.person(private) is not None
    casa.sync()
    moved = casa.person(shared)
    assert moved is not None and moved.first_name == "Sékou"
    with casa.db.reader() as session:
        from counsellor_app.storage.models import LocalSetting

        assert moved.owner_agency_id == session.get(LocalSetting, "agency_id").value  # type: ignore[union-attr]
