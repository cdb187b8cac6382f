"""Consent per purpose with its date, expiry and withdrawal: printing, referring and sharing
check it on the day they happen; every change of consent is kept and audited."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from counsellor_app.core.person import ConsentInput, person_from_dict, person_to_dict
from counsellor_app.core.problems import DomainError
from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.services.audit import AuditQuery, AuditService
from counsellor_app.services.documents import DocumentService
from counsellor_app.services.people import PeopleService
from counsellor_app.services.referrals import PartnerInput, ReferralService
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import Consent
from tests.conftest import ADMIN, PASSWORD, person

TODAY = date(2026, 11, 22)
BOTH = frozenset({"processing", "sharing_partners"})


def test_an_expiry_before_the_consent_is_refused() -> None:
    from counsellor_app.core.person import validate_person

    with pytest.raises(DomainError) as refused:
        validate_person(
            person(consent=ConsentInput(True, date(2026, 5, 1), BOTH, date(2026, 4, 1))), TODAY
        )
    assert [(p.code, p.field) for p in refused.value.problems] == [
        ("consent_expiry_before_given", "consent_expires")
    ]


def test_a_draft_keeps_the_expiry() -> None:
    data = person(consent=ConsentInput(True, date(2026, 5, 1), BOTH, date(2028, 4, 30)))
    assert person_from_dict(person_to_dict(data)).consent == data.consent


def test_expired_consent_stops_referrals_and_printing_until_renewed(
    workspace: Workspace, db: Database, user: CurrentUser
) -> None:
    people = PeopleService(db, user, today=lambda: TODAY)
    person_id = people.register(
        person(consent=ConsentInput(True, date(2025, 11, 1), BOTH, date(2026, 10, 31)))
    )
    referrals = ReferralService(db, user, today=lambda: TODAY)
    partner = referrals.create_partner(PartnerInput("Centre de santé Akkari", "health_centre"))
    with pytest.raises(DomainError) as refused:
        referrals.refer(person_id, partner, "Bilan de santé", TODAY)
    assert refused.value.problems[0].code == "referral_needs_sharing_consent"
    # Referred while the consent held: the letter cannot be printed once it has expired.
    referral = referrals.refer(person_id, partner, "Bilan de santé", date(2026, 10, 15))
    documents = DocumentService(db, user, workspace.paths.verification, today=lambda: TODAY)
    with pytest.raises(DomainError) as refused:
        documents.issue("referral_letter", referral)
    assert refused.value.problems[0].code == "document_consent_expired"
    # Asked again: a new consent, the old one kept as withdrawn on the day.
    stored = people.get(person_id).data
    renewed = ConsentInput(True, TODAY, BOTH, date(2028, 11, 21))
    people.update(person_id, replace(stored, consent=renewed))
    assert people.get(person_id).data.consent == renewed
    assert documents.issue("referral_letter", referral).serial
    with db.reader() as session:
        history = session.scalars(
            select(Consent).where(Consent.person_id == person_id).order_by(Consent.created_at)
        ).all()
    assert [(c.given_on, c.expires_on, c.withdrawn_on) for c in history] == [
        (date(2025, 11, 1), date(2026, 10, 31), TODAY),
        (TODAY, date(2028, 11, 21), None),
    ]
    _db, admin = workspace.log_in(ADMIN, PASSWORD, open_database=db)
    changed = AuditService(db, admin).search(AuditQuery(actions=["consent_changed"]))
    assert [e.subject_id for e in changed] == [person_id]


def test_withdrawing_consent_is_recorded_and_stops_printing(
    workspace: Workspace, db: Database, user: CurrentUser
) -> None:
    people = PeopleService(db, user, today=lambda: TODAY)
    person_id = people.register(person(consent=ConsentInput(True, date(2026, 1, 5), BOTH)))
    referrals = ReferralService(db, user, today=lambda: TODAY)
    partner = referrals.create_partner(PartnerInput("OFPPT Hay Riad", "ofppt_centre"))
    referral = referrals.refer(person_id, partner, "Formation", TODAY)
    stored = people.get(person_id).data
    people.update(person_id, replace(stored, consent=ConsentInput()))
    assert people.get(person_id).consent_status == "pending"
    documents = DocumentService(db, user, workspace.paths.verification, today=lambda: TODAY)
    with pytest.raises(DomainError) as refused:
        documents.issue("referral_letter", referral)
    assert refused.value.problems[0].code == "document_consent_pending"
