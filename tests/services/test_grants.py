"""Microgrants end to end: envelope, decision rules, tranches under four eyes, follow-ups."""

from __future__ import annotations

from datetime import date

import pytest

from counsellor_app.core.grants import BusinessStatus, Decision, DisbursementMode
from counsellor_app.core.pathway import Stage, Status, Track
from counsellor_app.core.problems import DomainError
from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.services.errors import NotAllowed
from counsellor_app.services.grants import GrantService
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.people import PeopleService
from counsellor_app.storage.database import Database
from tests.conftest import ADMIN, PASSWORD, person
from tests.stage_records import plan, registration

TODAY = date(2026, 11, 22)


def to_microgrant(
    people: PeopleService,
    pathways: PathwayService,
    plan_done: bool,
    db: Database,
    user: CurrentUser,
) -> str:
    """A person at the microgrant stage; with ``plan_done`` the registration and the plan are
    on file and their stages completed (tests.stage_records)."""
    person_id = people.register(person(), confirmed_new=True)
    pathways.move(person_id, Stage.ORIENTATION, Status.NOT_APPLICABLE, reason="x")
    pathways.move(person_id, Stage.SOFT_SKILLS, Status.NOT_APPLICABLE, reason="x")
    pathways.choose_track(person_id, Track.SELF_EMPLOYMENT)
    pathways.move(person_id, Stage.AE_REGISTRATION, Status.IN_PROGRESS)
    pathways.move(person_id, Stage.BUSINESS_PLAN, Status.IN_PROGRESS)
    if plan_done:
        registration(db, user, lambda: TODAY, person_id)
        plan(db, user, lambda: TODAY, person_id)
        pathways.move(person_id, Stage.AE_REGISTRATION, Status.COMPLETED)
        pathways.move(person_id, Stage.BUSINESS_PLAN, Status.COMPLETED)
    return person_id


def test_microgrant_from_envelope_to_follow_up(
    db: Database, user: CurrentUser, people: PeopleService, workspace: Workspace
) -> None:
    counsellor = GrantService(db, user, today=lambda: TODAY)
    _db, admin = workspace.log_in(ADMIN, PASSWORD, db)
    supervisor_side = GrantService(db, admin, today=lambda: TODAY)
    with pytest.raises(NotAllowed):
        counsellor.create_envelope("UE — Work4Life", 10_000_000, date(2026, 1, 1))
    envelope = supervisor_side.create_envelope("UE — Work4Life", 10_000_000, date(2026, 1, 1))
    pathways = PathwayService(db, user, today=lambda: TODAY)
    drafting = to_microgrant(people, pathways, False, db, user)
    ready = to_microgrant(people, pathways, True, db, user)

    early = counsellor.apply(drafting, envelope, 1_500_000)
    with pytest.raises(DomainError) as refused:
        counsellor.decide(early, Decision.APPROVED, 1_500_000, TODAY)
    assert [p.code for p in refused.value.problems] == ["decision_needs_completed_plan"]

    application = counsellor.apply(ready, envelope, 1_500_000)
    with pytest.raises(DomainError) as refused:
        counsellor.decide(application, Decision.APPROVED, 12_000_000, TODAY)
    assert refused.value.problems[0].code == "envelope_exceeded"
    counsellor.decide(
        application,
        Decision.APPROVED,
        1_200_000,
        date(2026, 10, 15),
        score=78,
        conditions="Achats en nature avec l'association",
        committee_members="Mme Tazi, M. Haddad",
    )
    assert counsellor.envelopes()[0].balance.remaining == 8_800_000

    first = counsellor.record_tranche(
        application, 700_000, DisbursementMode.IN_KIND, date(2026, 10, 31), "Facture 118"
    )
    with pytest.raises(DomainError) as refused:
        counsellor.record_tranche(application, 600_000, DisbursementMode.CASH, date(2026, 11, 2))
    assert refused.value.problems[0].code == "tranche_above_grant"
    with pytest.raises(DomainError) as refused:
        counsellor.confirm_tranche(first)  # the same person cannot confirm what she recorded
    assert refused.value.problems[0].code == "four_eyes_required"
    assert counsellor.visits(ready) == []
    supervisor_side.confirm_tranche(first)
    with pytest.raises(DomainError):
        supervisor_side.confirm_tranche(first)
    assert counsellor.envelopes()[0].balance.disbursed == 700_000
    view = counsellor.applications(ready)[0]
    assert (view.tranches[0].recorded_by, view.tranches[0].confirmed_by) == (
        "Salma Ouahbi",
        "Amina Benkirane",
    )

    visits = counsellor.visits(ready)
    assert [v.due_on for v in visits] == [
        date(2026, 11, 30),
        date(2027, 1, 31),
        date(2027, 4, 30),
        date(2027, 10, 31),
    ]
    counsellor.record_visit(
        visits[0].id, TODAY, BusinessStatus.ACTIVE, 450_000, 1, "Atelier ouvert"
    )
    assert counsellor.visits(ready)[0].business_status == BusinessStatus.ACTIVE
    with pytest.raises(DomainError):
        counsellor.record_visit(visits[1].id, date(2027, 2, 1), BusinessStatus.ACTIVE, 0, 0)


def test_a_refusal_needs_a_reason(
    db: Database, user: CurrentUser, people: PeopleService, workspace: Workspace
) -> None:
    _db, admin = workspace.log_in(ADMIN, PASSWORD, db)
    envelope = GrantService(db, admin).create_envelope("INDH", 5_000_000, date(2026, 1, 1))
    grants = GrantService(db, user, today=lambda: TODAY)
    person_id = to_microgrant(people, PathwayService(db, user, today=lambda: TODAY), True, db, user)
    application = grants.apply(person_id, envelope, 1_000_000)
    with pytest.raises(DomainError):
        grants.decide(application, Decision.REJECTED, 0, TODAY)
    grants.decide(
        application, Decision.REJECTED, 0, TODAY, conditions="Projet non viable en l'état"
    )
    with pytest.raises(DomainError):
        grants.record_tranche(application, 100_000, DisbursementMode.CASH, TODAY)
