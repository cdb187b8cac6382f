"""Internships: hosts, contract bounds from the reference data, wage track only."""

from __future__ import annotations

from datetime import date

import pytest

from counsellor_app.core.pathway import Stage, Status, Track
from counsellor_app.core.problems import DomainError
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.internships import HostInput, InternshipInput, InternshipService
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.people import PeopleService
from counsellor_app.storage.database import Database
from tests.conftest import person

TODAY = date(2026, 11, 22)


@pytest.fixture
def internships(db: Database, user: CurrentUser) -> InternshipService:
    return InternshipService(db, user, today=lambda: TODAY)


def on_wage_track(people: PeopleService, pathways: PathwayService) -> str:
    person_id = people.register(person())
    pathways.move(person_id, Stage.ORIENTATION, Status.NOT_APPLICABLE, reason="déjà orienté")
    pathways.move(person_id, Stage.SOFT_SKILLS, Status.NOT_APPLICABLE, reason="formé ailleurs")
    pathways.choose_track(person_id, Track.WAGE)
    return person_id


def test_hosts_are_validated(internships: InternshipService) -> None:
    with pytest.raises(DomainError) as refused:
        internships.create_host(HostInput("", ice="12345", contact_phone="0612"))
    assert {(p.field, p.code) for p in refused.value.problems} == {
        ("name", "required"),
        ("ice", "ice_format"),
        ("contact_phone", "phone_invalid"),
    }
    host = internships.create_host(
        HostInput(
            "Centre d'appels Atlas",
            "Services",
            "rabat",
            "Mme Idrissi",
            "0537 12 34 56",
            "001234567000089",
        )
    )
    assert [h.id for h in internships.hosts()] == [host]
    assert internships.hosts()[0].contact_phone == "+212537123456"


def test_internship_within_the_contract_bounds(
    internships: InternshipService, people: PeopleService, db: Database, user: CurrentUser
) -> None:
    pathways = PathwayService(db, user, today=lambda: TODAY)
    host = internships.create_host(HostInput("Atlas"))
    person_id = on_wage_track(people, pathways)
    terms = InternshipInput(
        host, date(2026, 12, 1), date(2027, 11, 30), "2.500,00 DH", tutor="M. Alami"
    )
    internship_id = internships.save(person_id, terms)
    saved = internships.internships(person_id)[0]
    assert (saved.stipend_centimes, saved.host_name, saved.agreement_status) == (
        250_000,
        "Atlas",
        "draft",
    )
    with pytest.raises(DomainError) as refused:
        internships.save(
            person_id, InternshipInput(host, date(2026, 12, 1), date(2029, 1, 1), "1 000")
        )
    assert {p.code for p in refused.value.problems} == {
        "stipend_out_of_bounds",
        "internship_too_long",
    }
    with pytest.raises(DomainError):
        internships.save(
            person_id, InternshipInput(host, date(2026, 12, 1), date(2027, 5, 1), "deux mille")
        )
    internships.save(
        person_id,
        InternshipInput(
            host,
            date(2026, 12, 1),
            date(2027, 11, 30),
            "2500",
            hired=True,
            contract_kind="cdi",
        ),
        internship_id,
    )
    assert internships.internships(person_id)[0].hired is True


def test_internships_are_for_the_wage_track(
    internships: InternshipService, people: PeopleService
) -> None:
    host = internships.create_host(HostInput("Atlas"))
    person_id = people.register(person())
    with pytest.raises(DomainError) as refused:
        internships.save(
            person_id, InternshipInput(host, date(2026, 12, 1), date(2027, 5, 1), "2500")
        )
    assert refused.value.problems[0].code == "internship_needs_wage_track"
