"""Referrals: consent checked, states recorded with dates, overdue, answer keyed from the slip."""

from __future__ import annotations

from datetime import date

import pytest

from counsellor_app.core.person import ConsentInput
from counsellor_app.core.problems import DomainError
from counsellor_app.core.referrals import ReferralState, new_referral_code
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.people import PeopleService
from counsellor_app.services.referrals import PartnerInput, ReferralService
from counsellor_app.storage.database import Database
from tests.conftest import person

SHARING = ConsentInput(True, date(2026, 11, 2), frozenset({"processing", "sharing_partners"}))


@pytest.fixture
def clock() -> list[date]:
    return [date(2026, 11, 22)]


@pytest.fixture
def referrals(db: Database, user: CurrentUser, clock: list[date]) -> ReferralService:
    return ReferralService(db, user, today=lambda: clock[0])


@pytest.fixture
def ofppt(referrals: ReferralService) -> str:
    return referrals.create_partner(
        PartnerInput(
            "ISTA Hay Riad",
            "ofppt_centre",
            "rabat",
            "Avenue Annakhil",
            "M. Alaoui",
            "0537 71 00 00",
            "ista.hayriad@ofppt.ma",
        )
    )


def test_partners_are_validated(referrals: ReferralService) -> None:
    with pytest.raises(DomainError) as refused:
        referrals.create_partner(PartnerInput(" ", "bank", email="nobody@"))
    assert {(p.field, p.code) for p in refused.value.problems} == {
        ("name", "required"),
        ("kind", "required"),
        ("email", "email_invalid"),
    }


def test_no_referral_without_consent_to_share(
    people: PeopleService, referrals: ReferralService, ofppt: str
) -> None:
    person_id = people.register(person())  # consent for processing only
    with pytest.raises(DomainError) as refused:
        referrals.refer(person_id, ofppt, "Formation qualifiante en cuisine", date(2026, 11, 10))
    assert refused.value.problems[0].code == "referral_needs_sharing_consent"
    assert referrals.referrals(person_id) == []


def test_a_referral_from_sent_to_done_with_overdue_in_between(
    people: PeopleService, referrals: ReferralService, ofppt: str, clock: list[date]
) -> None:
    person_id = people.register(person(consent=SHARING))
    referral_id = referrals.refer(person_id, ofppt, "Formation qualifiante", date(2026, 11, 3))
    [view] = referrals.referrals(person_id)
    assert view.state == ReferralState.SENT and view.code.startswith("R-")
    assert view.due_on == date(2026, 11, 18) and view.overdue  # default delay: 15 days
    assert [r.id for r in referrals.awaiting_answer()] == [referral_id]

    with pytest.raises(DomainError) as refused:
        referrals.move(referral_id, ReferralState.DONE, date(2026, 11, 20))
    assert refused.value.problems[0].code == "referral_move_not_allowed"
    with pytest.raises(DomainError) as refused:
        referrals.move(referral_id, ReferralState.RECEIVED, date(2026, 11, 1))
    assert refused.value.problems[0].code == "date_before_referral"

    # The slip comes back: the code is typed in lower case with an O for a zero.
    found = referrals.find_by_code(view.code.lower().replace("0", "o"))
    assert found.id == referral_id
    accepted = referrals.move(
        referral_id, ReferralState.ACCEPTED, date(2026, 11, 21), note="Rentrée 5/1"
    )
    assert accepted.received_on == date(2026, 11, 21) == accepted.answered_on
    assert not accepted.overdue and referrals.awaiting_answer() == []
    done = referrals.move(referral_id, ReferralState.DONE, date(2026, 11, 22))
    assert done.closed_on == date(2026, 11, 22) and done.answer_note == "Rentrée 5/1"
    entries = people.history(person_id)
    assert any(e.entity == "referral" and "state" in e.changes for e in entries)


def test_a_refusal_keeps_its_coded_reason(
    people: PeopleService, referrals: ReferralService, ofppt: str
) -> None:
    person_id = people.register(person(consent=SHARING))
    referral_id = referrals.refer(person_id, ofppt, "Formation", date(2026, 11, 20))
    with pytest.raises(DomainError) as refused:
        referrals.move(referral_id, ReferralState.REFUSED, date(2026, 11, 21))
    assert refused.value.problems[0].field == "refusal_reason"
    refused_view = referrals.move(
        referral_id, ReferralState.REFUSED, date(2026, 11, 21), "documents_missing"
    )
    assert refused_view.refusal_reason == "documents_missing"


def test_codes_that_are_not_referrals_are_refused(referrals: ReferralService) -> None:
    with pytest.raises(DomainError) as refused:
        referrals.find_by_code("R-1234-5678")
    assert refused.value.problems[0].code == "referral_code_invalid"
    with pytest.raises(DomainError) as refused:
        referrals.find_by_code(new_referral_code())
    assert refused.value.problems[0].code == "referral_code_unknown"
