"""Read a person's stage records (core.stage_records) from the database.

The pathway service asks this module, inside its own transaction, what the orientation
interview, the internships, the registration, the plan, the grant's tranches and the follow-up
visits say, so the decision to complete a stage is taken on the same data it is written with.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.core.grants import add_months
from counsellor_app.core.stage_records import InternshipRecord, PlanRecord, StageRecords
from counsellor_app.storage.models import (
    AeRegistration,
    Attachment,
    BusinessPlan,
    Disbursement,
    FollowUpVisit,
    GrantApplication,
    Internship,
    PathwayStage,
    Person,
)


def _plan(plan: BusinessPlan | None) -> PlanRecord | None:
    if plan is None or plan.deleted_at is not None:
        return None
    startup = sum(int(line.get("centimes") or 0) for line in plan.startup_costs)
    raised = sum(int(source.get("centimes") or 0) for source in plan.funding)
    return PlanRecord(
        plan.activity,
        str((plan.sections or {}).get("summary") or ""),
        len(plan.startup_costs),
        sum(int(v) for v in plan.revenue),
        max(0, startup - raised),
    )


plan_record = _plan  # what a committee's agenda reads of a plan (services.committees)


def stage_records(
    session: Session, person: Person, stages: Mapping[str, PathwayStage]
) -> StageRecords:
    """Everything the stages' completion reads for ``person`` (live records only)."""
    orientation = stages.get("orientation")
    data = dict(orientation.data) if orientation is not None else {}
    services = data.get("recommended_services")
    internships = tuple(
        InternshipRecord(ends_on, bool(final.strip() or scores), early)
        for ends_on, final, scores, early in session.execute(
            select(
                Internship.ends_on,
                Internship.final_evaluation,
                Internship.final_scores,
                Internship.ended_early_on,
            ).where(Internship.person_id == person.id, Internship.deleted_at.is_(None))
        )
    )
    ae = session.scalar(
        select(AeRegistration).where(
            AeRegistration.person_id == person.id, AeRegistration.deleted_at.is_(None)
        )
    )
    proof = session.scalar(
        select(Attachment.id).where(
            Attachment.person_id == person.id,
            Attachment.stage == "ae_registration",
            Attachment.deleted_at.is_(None),
        )
    )
    plan = session.scalar(select(BusinessPlan).where(BusinessPlan.person_id == person.id))
    confirmed = [
        paid_on
        for (paid_on,) in session.execute(
            select(Disbursement.paid_on)
            .join(GrantApplication, GrantApplication.id == Disbursement.application_id)
            .where(
                GrantApplication.person_id == person.id,
                GrantApplication.decision == "approved",
                GrantApplication.deleted_at.is_(None),
                Disbursement.deleted_at.is_(None),
                Disbursement.confirmed_on.is_not(None),
            )
        )
    ]
    visits = session.execute(
        select(FollowUpVisit.due_on, FollowUpVisit.business_status).where(
            FollowUpVisit.person_id == person.id,
            FollowUpVisit.deleted_at.is_(None),
            FollowUpVisit.done_on.is_not(None),
        )
    ).all()
    twelve = add_months(min(confirmed), 12) if confirmed else None
    return StageRecords(
        career_goal=str(data.get("career_goal") or ""),
        recommended_services=tuple(str(s) for s in services) if isinstance(services, list) else (),
        track_chosen=bool(person.track),
        internships=internships,
        ae_registration_number=ae.registration_number if ae is not None else "",
        ae_registered_on=ae.registered_on if ae is not None else None,
        ae_proof_attached=proof is not None,
        plan=_plan(plan),
        first_tranche_confirmed=bool(confirmed),
        twelve_month_visit_done=twelve is not None and any(due >= twelve for due, _ in visits),
        closure_recorded=any(status == "closed" for _, status in visits),
    )
