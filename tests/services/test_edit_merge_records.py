"""Every form of a file saves over a newer copy without reverting it (issue 21): a pulled edit
lands while the form is open, the counsellor changes one thing and saves; what she did not
touch keeps the pulled value, and a decision taken on an outdated record is refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import select

from counsellor_app.core.appointments import AppointmentKind, AppointmentStatus
from counsellor_app.core.grants import BusinessStatus, Decision, DisbursementMode
from counsellor_app.core.merge import EditConflict, Opened
from counsellor_app.core.pathway import OutcomeKind, Stage, Status, Track
from counsellor_app.core.problems import DomainError
from counsellor_app.core.referrals import ReferralState
from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.services.ae_registration import AeChecklist, AeRegistrationService
from counsellor_app.services.appointments import AppointmentInput, AppointmentService
from counsellor_app.services.business_plans import BusinessPlanService
from counsellor_app.services.grants import GrantService
from counsellor_app.services.internships import HostInput, InternshipInput, InternshipService
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.people import PeopleService
from counsellor_app.services.referrals import PartnerInput, ReferralService
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import (
    AeRegistration,
    Appointment,
    BusinessPlan,
    Disbursement,
    FollowUpVisit,
    GrantApplication,
    Internship,
    PathwayStage,
    Referral,
    SyncedRecord,
)
from tests.conftest import ADMIN, PASSWORD, person
from tests.services.pulls import pull_edit
from tests.services.test_grants import to_microgrant
from tests.services.test_referrals import SHARING

TODAY = date(2026, 11, 22)
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def _id_of(db: Database, model: type[SyncedRecord], **where: Any) -> str:
    with db.reader() as session:
        found = session.scalar(
            select(model.id).where(*(getattr(model, k) == v for k, v in where.items()))  # type: ignore[attr-defined]
        )
    assert found is not None
    return str(found)


@pytest.fixture
def pathways(db: Database, user: CurrentUser) -> PathwayService:
    return PathwayService(db, user, today=lambda: TODAY)


# -- pathway stages -----------------------------------------------------------------------------
def test_stage_notes_keep_pulled_data_the_form_did_not_touch(
    db: Database, people: PeopleService, pathways: PathwayService
) -> None:
    person_id = people.register(person())
    pathways.move(person_id, Stage.ORIENTATION, Status.IN_PROGRESS)
    pathways.save_stage_notes(
        person_id, Stage.ORIENTATION, "Premier entretien", {"career_goal": "Cuisinier"}
    )
    shown = pathways.view(person_id).stages[Stage.ORIENTATION]
    stage_id = _id_of(db, PathwayStage, person_id=person_id, stage="orientation")
    pull_edit(db, PathwayStage, stage_id, person_id, data={"career_goal": "Chef de partie"})
    # The form sends its notes and the goal as shown (unchanged): the pulled goal stays.
    pathways.save_stage_notes(
        person_id, Stage.ORIENTATION, "Premier entretien, CV à refaire",
        {"career_goal": "Cuisinier"}, shown.opened,
    )  # fmt: skip
    after = pathways.view(person_id).stages[Stage.ORIENTATION]
    assert after.notes == "Premier entretien, CV à refaire"
    assert after.data["career_goal"] == "Chef de partie"


def test_stage_notes_changed_on_both_sides_are_asked(
    db: Database, people: PeopleService, pathways: PathwayService
) -> None:
    person_id = people.register(person())
    pathways.move(person_id, Stage.ORIENTATION, Status.IN_PROGRESS)
    shown = pathways.view(person_id).stages[Stage.ORIENTATION]
    stage_id = _id_of(db, PathwayStage, person_id=person_id, stage="orientation")
    pull_edit(db, PathwayStage, stage_id, person_id, notes="Vu par Amina")
    with pytest.raises(EditConflict) as raised:
        pathways.save_stage_notes(person_id, Stage.ORIENTATION, "Vu par Salma", {}, shown.opened)
    assert [(c.field, c.server_value, c.incoming_value) for c in raised.value.conflicts] == [
        ("notes", "Vu par Amina", "Vu par Salma")
    ]
    pathways.save_stage_notes(
        person_id, Stage.ORIENTATION, "Vu par Salma", {}, shown.opened, {"notes": "Vu par Salma"}
    )
    assert pathways.view(person_id).stages[Stage.ORIENTATION].notes == "Vu par Salma"


def test_a_stage_moved_elsewhere_refuses_a_move_decided_on_the_old_state(
    db: Database, people: PeopleService, pathways: PathwayService
) -> None:
    person_id = people.register(person())
    pathways.move(person_id, Stage.ORIENTATION, Status.IN_PROGRESS)
    shown = pathways.view(person_id).stages[Stage.ORIENTATION]
    stage_id = _id_of(db, PathwayStage, person_id=person_id, stage="orientation")
    pull_edit(db, PathwayStage, stage_id, person_id, status="completed", ended_on=TODAY)
    with pytest.raises(DomainError) as refused:
        pathways.move(person_id, Stage.ORIENTATION, Status.NOT_APPLICABLE, seen=shown.version)
    assert refused.value.problems[0].code == "changed_elsewhere"
    assert pathways.view(person_id).stages[Stage.ORIENTATION].state.status == Status.COMPLETED
    soft_skills = pathways.view(person_id).stages[Stage.SOFT_SKILLS]
    pathways.move(person_id, Stage.SOFT_SKILLS, Status.IN_PROGRESS, seen=soft_skills.version)
    assert pathways.view(person_id).stages[Stage.SOFT_SKILLS].state.status == Status.IN_PROGRESS


# -- business plan ------------------------------------------------------------------------------
def test_a_business_plan_keeps_the_pulled_sections_the_form_did_not_touch(
    db: Database, people: PeopleService, user: CurrentUser
) -> None:
    plans = BusinessPlanService(db, user, today=lambda: TODAY)
    person_id = people.register(person())
    first = plans.opened(person_id)
    plans.save(
        person_id, replace(first.values, activity="Snack", sections={"market": "Quartier"}), first
    )
    opened = plans.opened(person_id)
    plan_id = _id_of(db, BusinessPlan, person_id=person_id)
    pull_edit(db, BusinessPlan, plan_id, person_id, sections={"market": "Quartier et gare"},
              revenue=[500_000] * 12)  # fmt: skip
    form = replace(opened.values, sections={**opened.values.sections, "team": "Deux associés"})
    plans.save(person_id, form, opened)
    saved = plans.load(person_id)
    assert saved.sections == {"market": "Quartier et gare", "team": "Deux associés"}
    assert saved.revenue == (500_000,) * 12 and saved.activity == "Snack"
    with pytest.raises(EditConflict) as raised:  # the same section changed on both sides
        plans.save(person_id, replace(form, sections={"market": "Centre-ville"}), opened)
    assert {c.field for c in raised.value.conflicts} == {"sections.market"}


def test_a_plan_created_elsewhere_while_the_form_was_empty_is_merged(
    db: Database, people: PeopleService, user: CurrentUser
) -> None:
    plans = BusinessPlanService(db, user, today=lambda: TODAY)
    person_id = people.register(person())
    opened = plans.opened(person_id)  # no plan yet
    other = BusinessPlanService(db, user, today=lambda: TODAY)  # another window
    other.save(person_id, replace(opened.values, activity="Couture", sections={"team": "Seule"}))
    plans.save(person_id, replace(opened.values, sections={"market": "Marché"}), opened)
    saved = plans.load(person_id)
    assert saved.activity == "Couture"
    assert saved.sections == {"team": "Seule", "market": "Marché"}


# -- grants and tranches ------------------------------------------------------------------------
def test_a_grant_decided_elsewhere_refuses_a_decision_taken_on_the_old_application(
    db: Database, people: PeopleService, user: CurrentUser, workspace: Workspace
) -> None:
    _db, admin = workspace.log_in(ADMIN, PASSWORD, db)
    envelope = GrantService(db, admin).create_envelope("INDH", 5_000_000, date(2026, 1, 1))
    grants = GrantService(db, user, today=lambda: TODAY)
    person_id = to_microgrant(people, PathwayService(db, user, today=lambda: TODAY), True, db, user)
    application_id = grants.apply(person_id, envelope, 1_000_000)
    [shown] = grants.applications(person_id)
    pull_edit(db, GrantApplication, application_id, person_id, decision="rejected",
              decided_on=TODAY, conditions="Projet non viable")  # fmt: skip
    with pytest.raises(DomainError) as refused:
        grants.decide(application_id, Decision.APPROVED, 800_000, TODAY, seen=shown.version)
    assert refused.value.problems[0].code == "changed_elsewhere"
    assert grants.applications(person_id)[0].decision == Decision.REJECTED


def test_a_tranche_corrected_elsewhere_is_not_confirmed_on_its_old_amount(
    db: Database, people: PeopleService, user: CurrentUser, workspace: Workspace
) -> None:
    _db, admin = workspace.log_in(ADMIN, PASSWORD, db)
    supervisor = GrantService(db, admin, today=lambda: TODAY)
    envelope = supervisor.create_envelope("INDH", 5_000_000, date(2026, 1, 1))
    grants = GrantService(db, user, today=lambda: TODAY)
    person_id = to_microgrant(people, PathwayService(db, user, today=lambda: TODAY), True, db, user)
    application_id = grants.apply(person_id, envelope, 1_000_000)
    grants.decide(application_id, Decision.APPROVED, 800_000, TODAY, conditions="")
    tranche_id = grants.record_tranche(application_id, 300_000, DisbursementMode.CASH, TODAY, "R-1")
    [tranche] = supervisor.applications(person_id)[0].tranches
    pull_edit(db, Disbursement, tranche_id, person_id, amount_centimes=350_000)
    with pytest.raises(DomainError) as refused:
        supervisor.confirm_tranche(tranche_id, seen=tranche.version)
    assert refused.value.problems[0].code == "changed_elsewhere"
    fresh = supervisor.applications(person_id)[0].tranches[0]
    supervisor.confirm_tranche(tranche_id, seen=fresh.version)  # on the amount now shown
    assert supervisor.applications(person_id)[0].tranches[0].confirmed_on == TODAY


# -- internships --------------------------------------------------------------------------------
def test_an_internship_keeps_the_pulled_tutor_when_the_form_changed_the_evaluation(
    db: Database, people: PeopleService, user: CurrentUser
) -> None:
    internships = InternshipService(db, user, today=lambda: TODAY)
    pathways = PathwayService(db, user, today=lambda: TODAY)
    host = internships.create_host(HostInput("Atlas"))
    person_id = people.register(person())
    pathways.choose_track(person_id, Track.WAGE)
    form = InternshipInput(host, date(2026, 12, 1), date(2027, 11, 30), "2.500,00", "M. Alami")
    internship_id = internships.save(person_id, form)
    shown = internships.internships(person_id)[0]
    pull_edit(db, Internship, internship_id, person_id, tutor="Mme Bennani")
    edited = replace(form, midterm_evaluation="Très bonne intégration")  # stipend as shown
    internships.save(person_id, edited, internship_id, Opened(shown.version, form))
    saved = internships.internships(person_id)[0]
    assert (saved.tutor, saved.midterm_evaluation, saved.stipend_centimes) == (
        "Mme Bennani", "Très bonne intégration", 250_000,
    )  # fmt: skip
    with pytest.raises(EditConflict) as raised:
        internships.save(person_id, replace(form, tutor="M. Idrissi"), internship_id,
                         Opened(shown.version, form))  # fmt: skip
    assert [c.field for c in raised.value.conflicts] == ["tutor"]


# -- auto-entrepreneur checklist ----------------------------------------------------------------
def test_the_ae_checklist_keeps_a_pulled_channel_and_filing_date(
    db: Database, people: PeopleService, user: CurrentUser
) -> None:
    registrations = AeRegistrationService(db, user, today=lambda: TODAY)
    person_id = people.register(person())
    registrations.save(person_id, AeChecklist(documents_gathered=True, activity="Couture"))
    opened = registrations.opened(person_id)
    record_id = _id_of(db, AeRegistration, person_id=person_id)
    pull_edit(db, AeRegistration, record_id, person_id, channel="bank", filed_on=TODAY)
    registrations.save(person_id, replace(opened.values, ice="001234567000089"), opened)
    saved = registrations.load(person_id)
    assert (saved.channel, saved.filed_on, saved.ice, saved.activity) == (
        "bank", TODAY, "001234567000089", "Couture",
    )  # fmt: skip


# -- referrals ----------------------------------------------------------------------------------
def test_an_answer_pulled_meanwhile_refuses_an_answer_recorded_on_the_old_referral(
    db: Database, people: PeopleService, user: CurrentUser
) -> None:
    referrals = ReferralService(db, user, today=lambda: TODAY)
    partner = referrals.create_partner(PartnerInput("ISTA Hay Riad", "ofppt_centre", "rabat"))
    person_id = people.register(person(consent=SHARING))
    referral_id = referrals.refer(person_id, partner, "Formation", date(2026, 11, 10))
    [shown] = referrals.referrals(person_id)
    pull_edit(db, Referral, referral_id, person_id, state="refused", received_on=TODAY,
              answered_on=TODAY, refusal_reason="no_places")  # fmt: skip
    with pytest.raises(DomainError) as refused:
        referrals.move(referral_id, ReferralState.ACCEPTED, TODAY, seen=shown.version)
    assert refused.value.problems[0].code == "changed_elsewhere"
    assert referrals.referrals(person_id)[0].state == ReferralState.REFUSED


# -- appointments -------------------------------------------------------------------------------
def test_an_appointment_moved_elsewhere_keeps_its_new_time_when_the_form_changed_the_place(
    db: Database, people: PeopleService, user: CurrentUser
) -> None:
    agenda = AppointmentService(db, user, now=lambda: NOW)
    person_id = people.register(person())
    at = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    form = AppointmentInput(user.id, AppointmentKind.ORIENTATION, at, 30, person_id, "Bureau 2")
    appointment_id = agenda.save(form)
    [shown] = agenda.of_person(person_id)
    later = datetime(2026, 11, 24, 14, 0, tzinfo=UTC)
    pull_edit(db, Appointment, appointment_id, person_id, starts_at=later)
    agenda.save(replace(form, place="Salle 3"), appointment_id, Opened(shown.version, form))
    [saved] = agenda.of_person(person_id)
    assert (saved.starts_at, saved.place) == (later, "Salle 3")
    with pytest.raises(DomainError) as refused:  # marked on the version seen before the move
        agenda.set_status(appointment_id, AppointmentStatus.CANCELLED, seen=shown.version)
    assert refused.value.problems[0].code == "changed_elsewhere"


def test_a_track_chosen_on_an_outdated_pathway_is_refused(
    db: Database, people: PeopleService, pathways: PathwayService
) -> None:
    person_id = people.register(person())
    shown = pathways.view(person_id)
    stage_id = _id_of(db, PathwayStage, person_id=person_id, stage="intake")
    pull_edit(db, PathwayStage, stage_id, person_id, notes="Revu par Amina")
    with pytest.raises(DomainError) as refused:
        pathways.choose_track(person_id, Track.WAGE, seen=shown.version)
    assert refused.value.problems[0].code == "changed_elsewhere"
    assert pathways.view(person_id).pathway.track is None
    pathways.choose_track(person_id, Track.WAGE, seen=pathways.view(person_id).version)
    assert pathways.view(person_id).pathway.track == Track.WAGE


def test_a_visit_reported_elsewhere_is_not_reported_again_over_it(
    db: Database, people: PeopleService, user: CurrentUser, workspace: Workspace
) -> None:
    _db, admin = workspace.log_in(ADMIN, PASSWORD, db)
    supervisor = GrantService(db, admin, today=lambda: TODAY)
    envelope = supervisor.create_envelope("INDH", 5_000_000, date(2026, 1, 1))
    grants = GrantService(db, user, today=lambda: TODAY)
    person_id = to_microgrant(people, PathwayService(db, user, today=lambda: TODAY), True, db, user)
    application_id = grants.apply(person_id, envelope, 1_000_000)
    grants.decide(application_id, Decision.APPROVED, 800_000, TODAY, conditions="")
    tranche_id = grants.record_tranche(application_id, 300_000, DisbursementMode.CASH, TODAY, "R-1")
    supervisor.confirm_tranche(tranche_id)
    first = grants.visits(person_id)[0]
    pull_edit(db, FollowUpVisit, first.id, person_id, done_on=TODAY, business_status="active",
              monthly_revenue_centimes=400_000, jobs_created=2)  # fmt: skip
    with pytest.raises(DomainError) as refused:
        grants.record_visit(first.id, TODAY, BusinessStatus.CLOSED, 0, 0, seen=first.version)
    assert refused.value.problems[0].code == "changed_elsewhere"
    assert grants.visits(person_id)[0].jobs_created == 2


def test_an_outcome_recorded_elsewhere_meanwhile_is_not_overwritten(
    db: Database, people: PeopleService, user: CurrentUser, pathways: PathwayService
) -> None:
    person_id = people.register(person())
    shown = pathways.view(person_id)
    other_window = PathwayService(db, user, today=lambda: TODAY)
    other_window.record_outcome(person_id, OutcomeKind.DROPPED_OUT, TODAY, "Parti en Espagne")
    seen = shown.outcome_versions[OutcomeKind.DROPPED_OUT]
    with pytest.raises(DomainError) as refused:
        pathways.record_outcome(person_id, OutcomeKind.DROPPED_OUT, TODAY, "Injoignable", seen)
    assert refused.value.problems[0].code == "changed_elsewhere"
    [outcome] = pathways.view(person_id).pathway.outcomes
    assert outcome.detail == "Parti en Espagne"
