"""Which records of a person (or of a cohort) a document can be printed for.

Each template prints one record: the person for the orientation certificate and the business
plan, an enrolment for the soft-skills certificate, an internship, a referral, an appointment,
a grant application, a tranche, a cohort session. Listing them is plain reading; whether each
can be printed now is decided by the same snapshot builders that issue it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.storage.models import (
    Appointment,
    BudgetEnvelope,
    BusinessPlan,
    Cohort,
    CohortSession,
    Disbursement,
    Enrolment,
    GrantApplication,
    HostOrganisation,
    Internship,
    Partner,
    Person,
    Referral,
)


@dataclass(frozen=True)
class Subject:
    template: str
    subject_id: str
    on: date | None  # the record's own date, shown beside it
    detail: str  # what tells two records of the same kind apart (cohort, host, partner…)
    person_name: str = ""


def for_person(session: Session, person_id: str) -> list[Subject]:
    subjects = [Subject("orientation_certificate", person_id, None, "")]
    for enrolment, cohort in session.execute(
        select(Enrolment, Cohort)
        .join(Cohort, Cohort.id == Enrolment.cohort_id)
        .where(Enrolment.person_id == person_id, Enrolment.deleted_at.is_(None))
        .order_by(Cohort.starts_on)
    ):
        subjects.append(
            Subject("softskills_certificate", enrolment.id, cohort.ends_on, cohort.title)
        )
    for internship, host in session.execute(
        select(Internship, HostOrganisation)
        .join(HostOrganisation, HostOrganisation.id == Internship.host_id)
        .where(Internship.person_id == person_id, Internship.deleted_at.is_(None))
        .order_by(Internship.starts_on)
    ):
        subjects.append(
            Subject("internship_agreement", internship.id, internship.starts_on, host.name)
        )
        subjects.append(
            Subject("internship_certificate", internship.id, internship.ends_on, host.name)
        )
    plan = session.scalar(
        select(BusinessPlan).where(
            BusinessPlan.person_id == person_id, BusinessPlan.deleted_at.is_(None)
        )
    )
    if plan is not None:
        subjects.append(Subject("business_plan", person_id, None, plan.activity))
    for application, envelope in session.execute(
        select(GrantApplication, BudgetEnvelope)
        .join(BudgetEnvelope, BudgetEnvelope.id == GrantApplication.envelope_id)
        .where(GrantApplication.person_id == person_id, GrantApplication.deleted_at.is_(None))
        .order_by(GrantApplication.created_at)
    ):
        subjects.append(
            Subject("microgrant_agreement", application.id, application.decided_on, envelope.name)
        )
        for tranche in session.scalars(
            select(Disbursement)
            .where(Disbursement.application_id == application.id, Disbursement.deleted_at.is_(None))
            .order_by(Disbursement.paid_on)
        ):
            subjects.append(
                Subject("disbursement_receipt", tranche.id, tranche.paid_on, tranche.receipt)
            )
    for referral, partner in session.execute(
        select(Referral, Partner)
        .join(Partner, Partner.id == Referral.partner_id)
        .where(Referral.person_id == person_id, Referral.deleted_at.is_(None))
        .order_by(Referral.sent_on)
    ):
        subjects.append(
            Subject(
                "referral_letter",
                referral.id,
                referral.sent_on,
                f"{partner.name} · {referral.code}",
            )
        )
    for appointment in session.scalars(
        select(Appointment)
        .where(
            Appointment.person_id == person_id,
            Appointment.deleted_at.is_(None),
            Appointment.status == "planned",
        )
        .order_by(Appointment.starts_at)
    ):
        subjects.append(
            Subject(
                "convocation",
                appointment.id,
                appointment.starts_at.astimezone().date(),
                appointment.place,
            )
        )
    return subjects


def for_cohort(session: Session, cohort_id: str) -> list[Subject]:
    """The soft-skills certificate of each person still enrolled, in the register's order."""
    cohort = session.get(Cohort, cohort_id)
    if cohort is None:
        return []
    rows = session.execute(
        select(Enrolment.id, Person.last_name, Person.first_name)
        .join(Person, Person.id == Enrolment.person_id)
        .where(
            Enrolment.cohort_id == cohort_id,
            Enrolment.deleted_at.is_(None),
            Enrolment.withdrawn_on.is_(None),
            Person.deleted_at.is_(None),
        )
        .order_by(Person.sort_key)
    ).all()
    return [
        Subject(
            "softskills_certificate",
            enrolment_id,
            cohort.ends_on,
            cohort.title,
            f"{last.upper()} {first}".strip(),
        )
        for enrolment_id, last, first in rows
    ]


def sessions_of(session: Session, cohort_id: str) -> list[Subject]:
    """An attendance sheet per session of the cohort, in date order."""
    return [
        Subject("attendance_sheet", held.id, held.on, held.topic)
        for held in session.scalars(
            select(CohortSession)
            .where(CohortSession.cohort_id == cohort_id, CohortSession.deleted_at.is_(None))
            .order_by(CohortSession.on)
        )
    ]
