"""The auto-entrepreneur checklist: saved, checked on the registration day, statute figures dated."""

from __future__ import annotations

from datetime import date

import pytest

from counsellor_app.core.business_plan import ActivityCategory
from counsellor_app.core.parameters import DatedValue, Parameters
from counsellor_app.core.person import IdentityDocumentInput
from counsellor_app.core.problems import DomainError
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.ae_registration import (
    AeChecklist,
    AeRegistrationService,
    statute_figures,
)
from counsellor_app.services.people import PeopleService
from counsellor_app.storage.database import Database
from tests.conftest import person

TODAY = date(2026, 11, 22)


@pytest.fixture
def registrations(db: Database, user: CurrentUser) -> AeRegistrationService:
    return AeRegistrationService(db, user, today=lambda: TODAY)


def test_checklist_saved_and_checked_on_the_registration_day(
    registrations: AeRegistrationService, people: PeopleService
) -> None:
    card = IdentityDocumentInput("residence_card", "E1", date(2026, 6, 30))
    person_id = people.register(person(documents=(card,)))
    registrations.save(
        person_id,
        AeChecklist(documents_gathered=True, channel="barid_al_maghrib", filed_on=date(2026, 5, 2)),
    )
    assert registrations.load(person_id).channel == "barid_al_maghrib"
    late = AeChecklist(
        True,
        "barid_al_maghrib",
        date(2026, 5, 2),
        "AE-2026-001",
        date(2026, 7, 15),
        "Couture",
        ActivityCategory.COMMERCIAL,
    )
    with pytest.raises(DomainError) as refused:
        registrations.save(person_id, late)  # the card had expired on 15 July
    assert [p.code for p in refused.value.problems] == ["ae_needs_valid_residence_card"]
    on_time = AeChecklist(
        True,
        "barid_al_maghrib",
        date(2026, 5, 2),
        "AE-2026-001",
        date(2026, 6, 1),
        "Couture",
        ActivityCategory.COMMERCIAL,
        "12345678",
        "001234567000089",
        True,
        "123456789",
    )
    registrations.save(person_id, on_time)
    assert registrations.load(person_id) == on_time
    assert registrations.eligibility(person_id) != []  # today the card is expired: renewal needed


def test_checklist_fields_are_validated(
    registrations: AeRegistrationService, people: PeopleService
) -> None:
    person_id = people.register(person(nationality="MA", legal_status="moroccan", documents=()))
    with pytest.raises(DomainError) as refused:
        registrations.save(
            person_id,
            AeChecklist(
                channel="fax",
                filed_on=date(2027, 1, 1),
                registered_on=date(2026, 1, 1),
                ice="12",
                tax_number="x1",
                cnss_affiliated=True,
            ),
        )
    assert {(p.field, p.code) for p in refused.value.problems} == {
        ("channel", "invalid_choice"),
        ("filed_on", "date_in_future"),
        ("registered_on", "end_before_start"),
        ("registration_number", "required"),
        ("ice", "ice_format"),
        ("tax_number", "tax_number_format"),
        ("cnss_number", "required"),
    }


def test_statute_figures_follow_the_finance_laws() -> None:
    parameters = Parameters(
        [
            DatedValue("ae_tax_services_bp", 100, date(2019, 1, 1)),
            DatedValue("ae_tax_services_bp", 200, date(2015, 1, 1), date(2018, 12, 31)),
        ]
    )
    old = statute_figures(parameters, ActivityCategory.SERVICES, date(2016, 1, 1))
    now = statute_figures(Parameters.defaults(), ActivityCategory.SERVICES, TODAY)
    assert (old.tax_bp, now.tax_bp, now.ceiling) == (200, 100, 20_000_000)
    assert (
        statute_figures(Parameters.defaults(), ActivityCategory.COMMERCIAL, TODAY).ceiling
        == 50_000_000
    )
