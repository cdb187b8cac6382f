"""Microgrants: envelopes, applications and committee decisions, tranches under the four-eyes
rule, and the follow-up visits scheduled when the business starts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counsellor_app.core.clock import local_today
from counsellor_app.core.grants import (
    BusinessStatus,
    Decision,
    DisbursementMode,
    EnvelopeBalance,
    check_confirmation,
    check_decision,
    check_tranche,
    follow_up_dates,
)
from counsellor_app.core.pathway import Stage, Status
from counsellor_app.core.problems import DomainError, Problem
from counsellor_app.core.roles import Permission
from counsellor_app.core.text import clean_block, clean_line
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.form_save import ensure_unchanged, record_version
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import (
    BudgetEnvelope,
    Disbursement,
    FollowUpVisit,
    GrantApplication,
    PathwayStage,
    Person,
    UserAccount,
)
from counsellor_app.storage.writer import writes


@dataclass(frozen=True)
class EnvelopeView:
    id: str
    name: str
    balance: EnvelopeBalance
    valid_from: date
    valid_to: date | None


@dataclass(frozen=True)
class TrancheView:
    id: str
    amount_centimes: int
    mode: DisbursementMode
    receipt: str
    paid_on: date
    recorded_by: str
    confirmed_by: str
    confirmed_on: date | None
    version: str = ""  # a confirmation is taken on this version (``confirm_tranche(seen=)``)


@dataclass(frozen=True)
class ApplicationView:
    id: str
    envelope_id: str
    envelope_name: str
    requested_centimes: int
    decision: Decision | None
    decided_on: date | None
    approved_centimes: int
    score: int | None
    conditions: str
    committee_members: str
    minutes: str
    tranches: tuple[TrancheView, ...]
    # A decision or a tranche is taken on this version (``seen=``): the application changed
    # elsewhere since is refused, never merged (core.merge.GUARDED: decisions never merge).
    version: str = ""


@dataclass(frozen=True)
class VisitView:
    id: str
    due_on: date
    done_on: date | None
    business_status: BusinessStatus | None
    monthly_revenue_centimes: int | None
    jobs_created: int | None
    notes: str
    version: str = ""  # a visit's report is recorded on this version (``record_visit(seen=)``)


class GrantService:
    def __init__(
        self, db: Database, actor: CurrentUser, today: Callable[[], date] = local_today
    ) -> None:
        self._db, self._actor, self._today = db, actor, today

    # -- envelopes -------------------------------------------------------------------------
    def _balance(self, session: Session, envelope: BudgetEnvelope) -> EnvelopeBalance:
        committed = session.scalar(
            select(func.coalesce(func.sum(GrantApplication.approved_centimes), 0)).where(
                GrantApplication.envelope_id == envelope.id,
                GrantApplication.decision == Decision.APPROVED.value,
                GrantApplication.deleted_at.is_(None),
            )
        )
        disbursed = session.scalar(
            select(func.coalesce(func.sum(Disbursement.amount_centimes), 0))
            .join(GrantApplication, GrantApplication.id == Disbursement.application_id)
            .where(
                GrantApplication.envelope_id == envelope.id,
                Disbursement.confirmed_on.is_not(None),
                Disbursement.deleted_at.is_(None),
            )
        )
        return EnvelopeBalance(envelope.budget_centimes, int(committed or 0), int(disbursed or 0))

    def envelopes(self) -> list[EnvelopeView]:
        with self._db.reader() as session:
            return [
                EnvelopeView(e.id, e.name, self._balance(session, e), e.valid_from, e.valid_to)
                for e in session.scalars(
                    select(BudgetEnvelope)
                    .where(BudgetEnvelope.deleted_at.is_(None))
                    .order_by(BudgetEnvelope.valid_from.desc())
                )
            ]

    @writes
    def create_envelope(
        self, name: str, budget_centimes: int, valid_from: date, valid_to: date | None = None
    ) -> str:
        self._actor.require(Permission.VIEW_REPORTS)  # supervisors and administrators
        problems: list[Problem] = []
        if not clean_line(name):
            problems.append(Problem("required", "name"))
        if budget_centimes <= 0:
            problems.append(Problem("amount_required", "budget"))
        if valid_to is not None and valid_to < valid_from:
            problems.append(Problem("end_before_start", "valid_to"))
        if problems:
            raise DomainError(problems)
        with self._db.unit_of_work(self._actor.id) as session:
            envelope = BudgetEnvelope(
                name=clean_line(name)[:200],
                budget_centimes=budget_centimes,
                valid_from=valid_from,
                valid_to=valid_to,
            )
            session.add(envelope)
            session.flush()
            return envelope.id

    # -- applications and decisions --------------------------------------------------------
    def applications(self, person_id: str) -> list[ApplicationView]:
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.reader() as session:
            names = {
                row.id: row.display_name
                for row in session.execute(select(UserAccount.id, UserAccount.display_name))
            }
            views = []
            for a in session.scalars(
                select(GrantApplication)
                .where(
                    GrantApplication.person_id == person_id, GrantApplication.deleted_at.is_(None)
                )
                .order_by(GrantApplication.created_at)
            ):
                tranches = tuple(
                    TrancheView(
                        d.id,
                        d.amount_centimes,
                        DisbursementMode(d.mode),
                        d.receipt,
                        d.paid_on,
                        names.get(d.recorded_by_user, ""),
                        names.get(d.confirmed_by_user or "", ""),
                        d.confirmed_on,
                        record_version(d),
                    )
                    for d in session.scalars(
                        select(Disbursement)
                        .where(
                            Disbursement.application_id == a.id, Disbursement.deleted_at.is_(None)
                        )
                        .order_by(Disbursement.paid_on, Disbursement.created_at)
                    )
                )
                views.append(
                    ApplicationView(
                        a.id,
                        a.envelope_id,
                        a.envelope.name,
                        a.requested_centimes,
                        Decision(a.decision) if a.decision else None,
                        a.decided_on,
                        a.approved_centimes,
                        a.score,
                        a.conditions,
                        a.committee_members,
                        a.minutes,
                        tranches,
                        record_version(a),
                    )
                )
            return views

    @writes
    def apply(self, person_id: str, envelope_id: str, requested_centimes: int) -> str:
        self._actor.require(Permission.REGISTER_PEOPLE)
        if requested_centimes <= 0:
            raise DomainError.single("amount_required", "requested")
        with self._db.unit_of_work(self._actor.id) as session:
            if session.get(Person, person_id) is None:
                raise DomainError.single("person_not_found")
            if session.get(BudgetEnvelope, envelope_id) is None:
                raise DomainError.single("invalid_choice", "envelope")
            application = GrantApplication(
                person_id=person_id, envelope_id=envelope_id, requested_centimes=requested_centimes
            )
            session.add(application)
            session.flush()
            return application.id

    @writes
    def decide(
        self,
        application_id: str,
        decision: Decision,
        amount_centimes: int,
        decided_on: date,
        score: int | None = None,
        conditions: str = "",
        committee_members: str = "",
        minutes: str = "",
        seen: str | None = None,
    ) -> None:
        """Record the committee's decision; refused without a completed business plan, or over
        what the envelope has left, or when the application changed since ``seen``."""
        self._actor.require(Permission.RECORD_DECISIONS)
        if decided_on > self._today():
            raise DomainError.single("date_in_future", "decided_on")
        if score is not None and not 0 <= score <= 100:
            raise DomainError.single("percent_out_of_range", "score")
        with self._db.unit_of_work(self._actor.id) as session:
            application = session.get(GrantApplication, application_id)
            if application is None:
                raise DomainError.single("application_not_found")
            ensure_unchanged(seen, record_version(application))
            plan = session.scalar(
                select(PathwayStage.status).where(
                    PathwayStage.person_id == application.person_id,
                    PathwayStage.stage == Stage.BUSINESS_PLAN.value,
                )
            )
            balance = self._balance(session, application.envelope)
            if application.decision == Decision.APPROVED.value:  # a revision frees its own amount
                balance = EnvelopeBalance(
                    balance.budget,
                    balance.committed - application.approved_centimes,
                    balance.disbursed,
                )
            problems = check_decision(
                decision, amount_centimes, balance, plan == Status.COMPLETED.value, conditions
            )
            if problems:
                raise DomainError(problems)
            application.decision, application.decided_on = decision.value, decided_on
            application.approved_centimes = amount_centimes if decision == Decision.APPROVED else 0
            application.score = score
            application.conditions = clean_block(conditions)[:4000]
            application.committee_members = clean_line(committee_members)[:400]
            application.minutes = clean_block(minutes)[:8000]

    # -- tranches --------------------------------------------------------------------------
    @writes
    def record_tranche(
        self,
        application_id: str,
        amount_centimes: int,
        mode: DisbursementMode,
        paid_on: date,
        receipt: str = "",
        seen: str | None = None,
    ) -> str:
        """Record a tranche paid (refused when the application changed since ``seen``)."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        if paid_on > self._today():
            raise DomainError.single("date_in_future", "paid_on")
        with self._db.unit_of_work(self._actor.id) as session:
            application = session.get(GrantApplication, application_id)
            if application is None or application.decision != Decision.APPROVED.value:
                raise DomainError.single("grant_not_approved")
            ensure_unchanged(seen, record_version(application))
            earlier = session.scalars(
                select(Disbursement.amount_centimes).where(
                    Disbursement.application_id == application_id, Disbursement.deleted_at.is_(None)
                )
            ).all()
            problems = check_tranche(
                amount_centimes, application.approved_centimes, earlier, mode, receipt
            )
            if problems:
                raise DomainError(problems)
            tranche = Disbursement(
                application_id=application_id,
                amount_centimes=amount_centimes,
                mode=mode.value,
                receipt=clean_line(receipt)[:120],
                paid_on=paid_on,
                recorded_by_user=self._actor.id,
            )
            session.add(tranche)
            session.flush()
            return tranche.id

    @writes
    def confirm_tranche(self, tranche_id: str, seen: str | None = None) -> None:
        """A second person confirms the tranche; the first confirmed one starts the follow-ups.
        A tranche changed since ``seen`` (its amount corrected elsewhere) is not confirmed."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        with self._db.unit_of_work(self._actor.id) as session:
            tranche = session.get(Disbursement, tranche_id)
            if tranche is None:
                raise DomainError.single("tranche_not_found")
            ensure_unchanged(seen, record_version(tranche))
            problems = check_confirmation(
                tranche.recorded_by_user, self._actor.id, tranche.confirmed_on is not None
            )
            if problems:
                raise DomainError(problems)
            tranche.confirmed_by_user, tranche.confirmed_on = self._actor.id, self._today()
            person_id = tranche.application.person_id
            scheduled = session.scalar(
                select(func.count())
                .select_from(FollowUpVisit)
                .where(FollowUpVisit.person_id == person_id, FollowUpVisit.deleted_at.is_(None))
            )
            if not scheduled:
                for due in follow_up_dates(tranche.paid_on):
                    session.add(FollowUpVisit(person_id=person_id, due_on=due, notes=""))

    # -- follow-up visits ------------------------------------------------------------------
    def visits(self, person_id: str) -> list[VisitView]:
        with self._db.reader() as session:
            return [
                VisitView(
                    v.id,
                    v.due_on,
                    v.done_on,
                    BusinessStatus(v.business_status) if v.business_status else None,
                    v.monthly_revenue_centimes,
                    v.jobs_created,
                    v.notes,
                    record_version(v),
                )
                for v in session.scalars(
                    select(FollowUpVisit)
                    .where(FollowUpVisit.person_id == person_id, FollowUpVisit.deleted_at.is_(None))
                    .order_by(FollowUpVisit.due_on)
                )
            ]

    @writes
    def record_visit(
        self,
        visit_id: str,
        done_on: date,
        status: BusinessStatus,
        monthly_revenue_centimes: int,
        jobs_created: int,
        notes: str = "",
        seen: str | None = None,
    ) -> None:
        """Record a visit's report; refused when the visit changed since ``seen`` (reported
        elsewhere meanwhile), so that one report never silently replaces another."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        problems: list[Problem] = []
        if done_on > self._today():
            problems.append(Problem("date_in_future", "done_on"))
        if monthly_revenue_centimes < 0:
            problems.append(Problem("amount_invalid", "revenue"))
        if not 0 <= jobs_created <= 1000:
            problems.append(Problem("jobs_out_of_range", "jobs"))
        if problems:
            raise DomainError(problems)
        with self._db.unit_of_work(self._actor.id) as session:
            visit = session.get(FollowUpVisit, visit_id)
            if visit is None:
                raise DomainError.single("visit_not_found")
            ensure_unchanged(seen, record_version(visit))
            visit.done_on, visit.business_status = done_on, status.value
            visit.monthly_revenue_centimes, visit.jobs_created = (
                monthly_revenue_centimes,
                jobs_created,
            )
            visit.notes = clean_block(notes)[:4000]
