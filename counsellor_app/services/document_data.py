"""What each template prints, read from the records once, at issue: the snapshot the register
keeps so a document can be re-printed exactly as it was given."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.core.attendance import ATTENDED, Mark, summarise
from counsellor_app.core.parameters import Parameters
from counsellor_app.core.pathway import Stage
from counsellor_app.core.problems import DomainError
from counsellor_app.services.committees import minutes_data
from counsellor_app.storage.models import (
    Appointment,
    Attendance,
    BusinessPlan,
    City,
    Cohort,
    CohortSession,
    Disbursement,
    Enrolment,
    GrantApplication,
    Internship,
    PathwayStage,
    Person,
    Referral,
    UserAccount,
)

_T = TypeVar("_T")


@dataclass(frozen=True)
class Snapshot:
    person: Person | None
    subject_id: str | None
    data: dict[str, Any]


Builder = Callable[[Session, str, Parameters, date], Snapshot]


def person_data(person: Person) -> dict[str, Any]:
    return {
        "name": f"{person.last_name.upper()} {person.first_name}".strip(),
        "file_number": person.file_number,
        "birth_date": person.date_of_birth.isoformat() if person.date_of_birth else "",
        "nationality": person.nationality,
    }


def _city(session: Session, city_id: str | None) -> dict[str, str]:
    city = session.get(City, city_id) if city_id else None
    return {"fr": city.name_fr, "ar": city.name_ar, "en": city.name_en} if city else {}


def _user(session: Session, user_id: str | None) -> str:
    user = session.get(UserAccount, user_id) if user_id else None
    return user.display_name if user else ""


def _get(session: Session, model: type[_T], record_id: str) -> _T:
    record = session.get(model, record_id)
    if record is None or getattr(record, "deleted_at", None) is not None:
        raise DomainError.single("record_not_found")
    return record


def orientation(session: Session, person_id: str, parameters: Parameters, today: date) -> Snapshot:
    person = _get(session, Person, person_id)
    stage = session.scalar(
        select(PathwayStage).where(
            PathwayStage.person_id == person_id, PathwayStage.stage == Stage.ORIENTATION.value
        )
    )
    if stage is None or stage.status not in ("in_progress", "completed"):
        raise DomainError.single("document_stage_not_reached", "orientation")
    data = stage.data or {}
    return Snapshot(
        person,
        stage.id,
        {
            "person": person_data(person),
            "interview_on": (stage.started_on or stage.ended_on or today).isoformat(),
            "counsellor": _user(session, stage.counsellor_id or person.counsellor_id),
            "career_goal": data.get("career_goal", ""),
            "track": person.track or data.get("track") or "",
        },
    )


def softskills(
    session: Session, enrolment_id: str, parameters: Parameters, today: date
) -> Snapshot:
    enrolment = _get(session, Enrolment, enrolment_id)
    cohort, person = enrolment.cohort, enrolment.person
    sessions = session.scalars(
        select(CohortSession).where(
            CohortSession.cohort_id == cohort.id,
            CohortSession.deleted_at.is_(None),
            CohortSession.on <= today,
        )
    ).all()
    marks = {
        a.session_id: Mark(a.mark)
        for a in session.scalars(
            select(Attendance).where(
                Attendance.person_id == person.id,
                Attendance.session_id.in_([s.id for s in sessions]),
                Attendance.deleted_at.is_(None),
            )
        )
    }
    summary = summarise([s.id for s in sessions], marks)
    threshold = parameters.get("soft_skills_attendance_threshold_pct", today)
    if not summary.eligible(threshold):
        if not sessions:
            raise DomainError.single("certificate_no_session_yet")
        if summary.unmarked:
            raise DomainError.single("certificate_attendance_unmarked", count=summary.unmarked)
        raise DomainError.single(
            "certificate_attendance_too_low", threshold=threshold, rate=summary.rate_pct or 0
        )
    minutes = sum(s.minutes for s in sessions if marks.get(s.id) in ATTENDED)
    return Snapshot(
        person,
        enrolment.id,
        {
            "person": person_data(person),
            "cohort": cohort.title,
            "starts_on": cohort.starts_on.isoformat(),
            "ends_on": cohort.ends_on.isoformat(),
            "place": cohort.place,
            "modules": cohort.modules,
            "trainer": cohort.trainer,
            "minutes": minutes,
            "attendance_rate": summary.rate_pct or 0,
        },
    )


def _internship_data(session: Session, internship: Internship) -> dict[str, Any]:
    host = internship.host
    return {
        "person": person_data(internship.person),
        "host": host.name,
        "city": _city(session, host.city_id),
        "starts_on": internship.starts_on.isoformat(),
        "ends_on": internship.ends_on.isoformat(),
        "tutor": internship.tutor,
        "stipend_centimes": internship.stipend_centimes,
    }


def internship_certificate(
    session: Session, internship_id: str, parameters: Parameters, today: date
) -> Snapshot:
    internship = _get(session, Internship, internship_id)
    if internship.starts_on > today:
        raise DomainError.single("document_stage_not_reached", "internship")
    data = _internship_data(session, internship) | {"hired": bool(internship.hired)}
    if internship.ends_on > today:
        data["ends_on"] = today.isoformat()  # attests what was done so far, never the future
    return Snapshot(internship.person, internship.id, data)


def internship_agreement(
    session: Session, internship_id: str, parameters: Parameters, today: date
) -> Snapshot:
    internship = _get(session, Internship, internship_id)
    host = internship.host
    data = _internship_data(session, internship)
    data["host"] = {
        "name": host.name,
        "city": _city(session, host.city_id),
        "ice": host.ice,
        "contact": host.contact_name,
    }
    return Snapshot(internship.person, internship.id, data)


def referral_letter(
    session: Session, referral_id: str, parameters: Parameters, today: date
) -> Snapshot:
    referral = _get(session, Referral, referral_id)
    partner = referral.partner
    return Snapshot(
        referral.person,
        referral.id,
        {
            "person": person_data(referral.person),
            "partner": {
                "name": partner.name,
                "address": partner.address,
                "contact": " ".join(
                    p for p in (partner.contact_name, partner.contact_phone or "") if p
                ),
            },
            "service": referral.service,
            "referral_code": referral.code,
            "counsellor": _user(session, referral.counsellor_id),
        },
    )


def convocation(
    session: Session, appointment_id: str, parameters: Parameters, today: date
) -> Snapshot:
    appointment = _get(session, Appointment, appointment_id)
    if appointment.person is None:
        raise DomainError.single("document_needs_person")
    local = appointment.starts_at.astimezone()
    return Snapshot(
        appointment.person,
        appointment.id,
        {
            "person": person_data(appointment.person),
            "on": local.date().isoformat(),
            "at": local.time().replace(second=0, microsecond=0).isoformat(),
            "place": appointment.place,
            "kind": appointment.kind,
            "counsellor": _user(session, appointment.counsellor_id),
        },
    )


def business_plan(
    session: Session, person_id: str, parameters: Parameters, today: date
) -> Snapshot:
    person = _get(session, Person, person_id)
    plan = session.scalar(
        select(BusinessPlan).where(
            BusinessPlan.person_id == person_id, BusinessPlan.deleted_at.is_(None)
        )
    )
    if plan is None or not plan.revenue:
        raise DomainError.single("document_stage_not_reached", "business_plan")
    return Snapshot(
        person,
        plan.id,
        {
            "person": person_data(person),
            "activity": plan.activity,
            "sections": dict(plan.sections),
            "startup_costs": list(plan.startup_costs),
            "funding": list(plan.funding),
            "revenue": list(plan.revenue),
            "costs": list(plan.costs),
        },
    )


def microgrant_agreement(
    session: Session, application_id: str, parameters: Parameters, today: date
) -> Snapshot:
    application = _get(session, GrantApplication, application_id)
    if application.decision != "approved" or application.decided_on is None:
        raise DomainError.single("document_grant_not_approved")
    plan = session.scalar(
        select(BusinessPlan).where(BusinessPlan.person_id == application.person_id)
    )
    return Snapshot(
        application.person,
        application.id,
        {
            "person": person_data(application.person),
            "programme": application.envelope.name,
            "approved_centimes": application.approved_centimes,
            "activity": plan.activity if plan else "",
            "decided_on": application.decided_on.isoformat(),
            "conditions": application.conditions,
        },
    )


def disbursement_receipt(
    session: Session, disbursement_id: str, parameters: Parameters, today: date
) -> Snapshot:
    disbursement = _get(session, Disbursement, disbursement_id)
    if disbursement.confirmed_by_user is None:
        raise DomainError.single("document_disbursement_unconfirmed")
    application = disbursement.application
    paid = sum(
        d.amount_centimes
        for d in session.scalars(
            select(Disbursement).where(
                Disbursement.application_id == application.id,
                Disbursement.deleted_at.is_(None),
                Disbursement.confirmed_by_user.is_not(None),
                Disbursement.paid_on <= disbursement.paid_on,
            )
        )
    )
    return Snapshot(
        application.person,
        disbursement.id,
        {
            "person": person_data(application.person),
            "paid_on": disbursement.paid_on.isoformat(),
            "amount_centimes": disbursement.amount_centimes,
            "mode": disbursement.mode,
            "receipt": disbursement.receipt,
            "decided_on": (application.decided_on or disbursement.paid_on).isoformat(),
            "paid_centimes": paid,
            "approved_centimes": application.approved_centimes,
        },
    )


def attendance_sheet(
    session: Session, session_id: str, parameters: Parameters, today: date
) -> Snapshot:
    held = _get(session, CohortSession, session_id)
    cohort: Cohort = held.cohort
    people = session.scalars(
        select(Person)
        .join(Enrolment, Enrolment.person_id == Person.id)
        .where(
            Enrolment.cohort_id == cohort.id,
            Enrolment.deleted_at.is_(None),
            Enrolment.withdrawn_on.is_(None),
            Person.deleted_at.is_(None),
        )
        .order_by(Person.sort_key)
    ).all()
    return Snapshot(
        None,
        held.id,
        {
            "cohort": cohort.title,
            "on": held.on.isoformat(),
            "topic": held.topic,
            "place": cohort.place,
            "trainer": cohort.trainer,
            "people": [
                {"name": person_data(p)["name"], "file_number": p.file_number} for p in people
            ],
        },
    )


def committee_minutes(
    session: Session, session_id: str, parameters: Parameters, today: date
) -> Snapshot:
    """A grant committee's minutes (services.committees), kept with the session."""
    return Snapshot(None, session_id, minutes_data(session, session_id))


BUILDERS: dict[str, Builder] = {
    "orientation_certificate": orientation,
    "softskills_certificate": softskills,
    "internship_certificate": internship_certificate,
    "internship_agreement": internship_agreement,
    "referral_letter": referral_letter,
    "convocation": convocation,
    "business_plan": business_plan,
    "microgrant_agreement": microgrant_agreement,
    "disbursement_receipt": disbursement_receipt,
    "attendance_sheet": attendance_sheet,
    "committee_minutes": committee_minutes,
}
