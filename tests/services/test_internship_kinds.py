"""Internships of every kind, the agreement's life, scored evaluations, the outcome and the
host's record, through the real services on a real file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

import pytest

from counsellor_app.core.internships import DEFAULT_GRID, PARTIES
from counsellor_app.core.pathway import Stage, Status, Track
from counsellor_app.core.problems import DomainError
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.attachments import AttachmentService
from counsellor_app.services.internships import HostInput, InternshipInput, InternshipService
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.people import PeopleService
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import Internship
from tests.conftest import person
from tests.services.pulls import pull_edit
from tests.services.test_appointments_and_attachments import png_bytes
from tests.stage_records import interview

TODAY = date(2026, 11, 22)
GRID = tuple((c, 3) for c in DEFAULT_GRID)


def today() -> date:
    return TODAY


@pytest.fixture
def internships(db: Database, user: CurrentUser) -> InternshipService:
    return InternshipService(db, user, today)


def intern(people: PeopleService, db: Database, user: CurrentUser) -> str:
    person_id = people.register(person(), confirmed_new=True)
    interview(PathwayService(db, user, today), person_id, Track.WAGE)
    return person_id


def codes(action: Callable[[], object]) -> set[str]:
    with pytest.raises(DomainError) as error:
        action()
    return {p.code for p in error.value.problems}


def test_each_kind_has_its_bounds(
    internships: InternshipService, people: PeopleService, db: Database, user: CurrentUser
) -> None:
    person_id = intern(people, db, user)
    host = internships.create_host(HostInput("Association Amane"))
    start = date(2026, 12, 1)

    def save(kind: str, stipend: str, months: int) -> str:
        ends = date(start.year + (start.month + months - 1) // 12,
                    (start.month + months - 1) % 12 + 1, 1)  # fmt: skip
        return internships.save(person_id, InternshipInput(host, start, ends, stipend, kind=kind))

    assert codes(lambda: save("contrat_insertion", "0", 6)) == {"stipend_out_of_bounds"}
    save("formation_insertion", "0", 6)  # unpaid
    save("association_placement", "800", 12)  # an allowance
    assert codes(lambda: save("association_placement", "800", 14)) == {"internship_too_long"}
    assert codes(lambda: save("formation_insertion", "7 000", 6)) == {"allowance_out_of_bounds"}
    save("apprenticeship", "1 500", 30)
    assert codes(lambda: save("apprenticeship", "1 500", 40)) == {"internship_too_long"}
    assert codes(lambda: save("stage_d_ete", "0", 2)) == {"invalid_choice"}
    assert sorted(i.kind for i in internships.internships(person_id)) == [
        "apprenticeship",
        "association_placement",
        "formation_insertion",
    ]


def test_the_agreement_is_signed_by_three_with_its_copy_then_started_and_ended(
    internships: InternshipService, people: PeopleService, db: Database, user: CurrentUser
) -> None:
    person_id = intern(people, db, user)
    other = intern(people, db, user)
    host = internships.create_host(HostInput("Hôtel Les Oudayas"))
    draft = InternshipInput(host, date(2026, 11, 1), date(2027, 4, 30), "2 000", "M. Alami")
    internship_id = internships.save(person_id, draft)
    save = lambda data: internships.save(person_id, data, internship_id)  # noqa: E731
    assert codes(lambda: save(replace(draft, agreement_status="started"))) == {
        "agreement_move_not_allowed"
    }
    signing = replace(draft, agreement_status="signed", signatures=("intern", "host"))
    assert codes(lambda: save(signing)) == {
        "agreement_needs_signatures",
        "required",  # the day it was signed
        "agreement_needs_signed_copy",
    }
    attachments = AttachmentService(db, user, today)
    foreign = attachments.attach(other, "convention.png", png_bytes(), "Convention")
    signed = replace(signing, signatures=PARTIES, signed_on=date(2026, 10, 28))
    assert codes(lambda: save(replace(signed, signed_copy_id=foreign))) == {"invalid_choice"}
    copy = attachments.attach(person_id, "convention.png", png_bytes(), "Convention",
                              Stage.INTERNSHIP)  # fmt: skip
    save(replace(signed, signed_copy_id=copy))
    [view] = internships.internships(person_id)
    assert (view.agreement_status, view.signatures, view.signed_copy_id) == (
        "signed", ("agency", "host", "intern"), copy)  # fmt: skip
    started = replace(view.form(), agreement_status="started")
    save(started)
    assert codes(lambda: save(replace(started, agreement_status="completed"))) == {
        "internship_not_ended"  # ends on 30 April 2027
    }
    early = replace(started, agreement_status="ended_early", ended_early_on=date(2026, 11, 20))
    assert codes(lambda: save(early)) == {"reason_required"}
    assert codes(
        lambda: save(replace(early, ended_early_on=date(2026, 12, 1), end_reason="x"))
    ) == {"early_end_out_of_range"}
    save(replace(early, end_reason="A trouvé un emploi à Tanger", final_scores=GRID,
                 hired=False, not_hired_reason="ended_early"))  # fmt: skip
    [view] = internships.internships(person_id)
    assert (view.agreement_status, view.ended_early_on) == ("ended_early", date(2026, 11, 20))
    # The internship stage completes on the early end with the final evaluation's grid.
    pathways = PathwayService(db, user, today)
    pathways.move(person_id, Stage.ORIENTATION, Status.IN_PROGRESS)
    pathways.move(person_id, Stage.ORIENTATION, Status.COMPLETED)
    pathways.move(person_id, Stage.SOFT_SKILLS, Status.NOT_APPLICABLE, reason="déjà formé")
    pathways.move(person_id, Stage.INTERNSHIP, Status.IN_PROGRESS)
    pathways.move(person_id, Stage.INTERNSHIP, Status.COMPLETED)


def test_evaluations_are_scored_on_the_grid_and_the_outcome_says_how(
    internships: InternshipService, people: PeopleService, db: Database, user: CurrentUser
) -> None:
    person_id = intern(people, db, user)
    host = internships.create_host(HostInput("Centre d'appels Atlas"))
    data = InternshipInput(host, date(2026, 5, 1), date(2026, 10, 31), "2 500")
    internship_id = internships.save(person_id, data)
    save = lambda d: internships.save(person_id, d, internship_id)  # noqa: E731
    assert codes(lambda: save(replace(data, midterm_scores=GRID[:3]))) == {"evaluation_incomplete"}
    assert codes(lambda: save(replace(data, midterm_scores=(*GRID[:4], ("communication", 5))))) == {
        "score_out_of_range"
    }
    assert codes(lambda: save(replace(data, final_scores=(*GRID, ("charm", 4))))) == {
        "score_out_of_range"
    }
    assert codes(lambda: save(replace(data, hired=True))) == {"contract_kind_required"}
    assert codes(lambda: save(replace(data, hired=False))) == {"not_hired_reason_required"}
    reversed_grid = tuple(reversed(GRID))
    save(replace(data, midterm_scores=reversed_grid, final_scores=GRID, hired=True,
                 contract_kind="tahfiz", not_hired_reason="no_post"))  # fmt: skip
    [view] = internships.internships(person_id)
    assert view.midterm_scores == GRID  # kept in the grid's order
    assert (view.hired, view.contract_kind, view.not_hired_reason) == (True, "tahfiz", "")


def test_a_hosts_record_shows_the_sixty_percent_rule(
    internships: InternshipService, people: PeopleService, db: Database, user: CurrentUser
) -> None:
    host = internships.create_host(HostInput("Boulangerie Al Baraka"))
    ends = TODAY - timedelta(days=1)
    for n, hired in enumerate([True, True, False, None, True]):
        person_id = intern(people, db, user)
        data = InternshipInput(host, ends - timedelta(days=120), ends, "2 000",
                               hired=hired, contract_kind="cdd" if hired else "",
                               not_hired_reason="no_post" if hired is False else "")  # fmt: skip
        internship_id = internships.save(person_id, data)
        if n < 4:  # the fifth is still a draft: not counted as finished
            pull_edit(db, Internship, internship_id, person_id, agreement_status="completed")
    record = internships.host_record(host)
    assert (record.interns, record.finished, record.hired) == (5, 3, 2)
    assert (record.insertion_pct, record.meets_hiring_rule) == (67, True)
    person_id = intern(people, db, user)
    data = InternshipInput(host, ends - timedelta(days=90), ends, "2 000", hired=False,
                           not_hired_reason="no_post")  # fmt: skip
    internship_id = internships.save(person_id, data)
    pull_edit(db, Internship, internship_id, person_id, agreement_status="validated")  # old word
    [view] = internships.internships(person_id)
    assert view.agreement_status == "started"
    pull_edit(db, Internship, internship_id, person_id, agreement_status="completed")
    record = internships.host_record(host)
    assert (record.finished, record.hired, record.insertion_pct) == (4, 2, 50)
    assert record.meets_hiring_rule is False


def test_the_protocol_refuses_an_internship_of_no_known_kind_or_contract() -> None:
    """What the server accepts and a PC stores: the closed lists of core.internships."""
    from counsellor_app.protocol.records import check

    good = {"kind": "apprenticeship", "contract_kind": "tahfiz", "not_hired_reason": "",
            "signatures": ["intern", "host"], "midterm_scores": {"teamwork": 3}}  # fmt: skip
    assert check("internship", good, complete=False) is None
    for name, value in (("kind", "summer_job"), ("contract_kind", "freelance"),
                        ("not_hired_reason", "because"), ("end_reason", "x" * 301)):  # fmt: skip
        problem = check("internship", {**good, name: value}, complete=False)
        assert problem is not None and problem.field == name, (name, problem)
