"""Referring people to partners, with their consent, and following the partner's answer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.core.clock import local_today
from counsellor_app.core.person import EMAIL
from counsellor_app.core.phone import parse_phone
from counsellor_app.core.problems import DomainError, Problem
from counsellor_app.core.referrals import (
    PARTNER_KINDS,
    SHARING_CONSENT_PURPOSE,
    ReferralState,
    answer_due_on,
    check_referral_move,
    is_overdue,
    new_referral_code,
    normalise_referral_code,
)
from counsellor_app.core.roles import Permission
from counsellor_app.core.text import clean_block, clean_line
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.form_save import ensure_unchanged, record_version
from counsellor_app.services.pathway import PathwayService
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import Partner, Person, Referral
from counsellor_app.storage.writer import writes


@dataclass(frozen=True)
class PartnerInput:
    name: str
    kind: str
    city_id: str | None = None
    address: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class PartnerView:
    id: str
    name: str
    kind: str
    city_id: str | None
    address: str
    contact_name: str
    contact_phone: str | None
    email: str
    national: bool = False  # the national directory's: read-only here (server/partners.py)
    closed_on: date | None = None  # not offered for a referral from that day


@dataclass(frozen=True)
class ReferralView:
    id: str
    person_id: str
    person_name: str
    file_number: str
    partner_id: str
    partner_name: str
    partner_kind: str
    code: str
    service: str
    state: ReferralState
    sent_on: date
    due_on: date
    received_on: date | None
    answered_on: date | None
    closed_on: date | None
    refusal_reason: str
    answer_note: str
    overdue: bool
    version: str = ""  # an answer is recorded on this version (``move(seen=)``)


class ReferralService:
    def __init__(
        self, db: Database, actor: CurrentUser, today: Callable[[], date] = local_today
    ) -> None:
        self._db, self._actor, self._today = db, actor, today

    def _delay(self) -> int:
        parameters = PathwayService(self._db, self._actor, self._today).parameters()
        return parameters.get("referral_answer_delay_days", self._today())

    # -- partners --------------------------------------------------------------------------
    def partners(self, on: date | None = None) -> list[PartnerView]:
        """The partners a person may be referred to on ``on`` (today): the national directory's
        and this agency's own, but not those closed by then."""
        day = on or self._today()
        with self._db.reader() as session:
            return [
                _partner_view(p)
                for p in session.scalars(
                    select(Partner).where(Partner.deleted_at.is_(None)).order_by(Partner.name)
                )
                if p.closed_on is None or day < p.closed_on
            ]

    @writes
    def create_partner(self, data: PartnerInput) -> str:
        self._actor.require(Permission.REGISTER_PEOPLE)
        problems: list[Problem] = []
        name = clean_line(data.name)
        if not name:
            problems.append(Problem("required", "name"))
        elif len(name) > 200:
            problems.append(Problem("text_too_long", "name", {"max": 200}))
        if data.kind not in PARTNER_KINDS:
            problems.append(Problem("required", "kind"))
        phone: str | None = None
        if clean_line(data.contact_phone):
            try:
                phone = parse_phone(data.contact_phone)
            except DomainError as error:
                problems.extend(Problem(p.code, "contact_phone") for p in error.problems)
        email = clean_line(data.email)
        if email and not EMAIL.match(email):
            problems.append(Problem("email_invalid", "email"))
        if problems:
            raise DomainError(problems)
        with self._db.unit_of_work(self._actor.id) as session:
            partner = Partner(
                name=name,
                kind=data.kind,
                city_id=data.city_id or None,
                address=clean_line(data.address)[:300],
                contact_name=clean_line(data.contact_name)[:120],
                contact_phone=phone,
                email=email[:200],
            )
            session.add(partner)
            session.flush()
            return partner.id

    # -- referrals -------------------------------------------------------------------------
    def referrals(self, person_id: str) -> list[ReferralView]:
        self._actor.require(Permission.VIEW_PEOPLE)
        delay, today = self._delay(), self._today()
        with self._db.reader() as session:
            rows = session.scalars(
                select(Referral)
                .where(Referral.person_id == person_id, Referral.deleted_at.is_(None))
                .order_by(Referral.sent_on.desc(), Referral.created_at.desc())
            )
            return [_referral_view(r, delay, today) for r in rows]

    def awaiting_answer(self, counsellor_id: str | None = None) -> list[ReferralView]:
        """Referrals still waiting for the partner, oldest first (for the to-do list)."""
        self._actor.require(Permission.VIEW_PEOPLE)
        delay, today = self._delay(), self._today()
        query = select(Referral).where(
            Referral.state.in_([ReferralState.SENT.value, ReferralState.RECEIVED.value]),
            Referral.deleted_at.is_(None),
        )
        if counsellor_id is not None:
            query = query.where(Referral.counsellor_id == counsellor_id)
        with self._db.reader() as session:
            rows = session.scalars(query.order_by(Referral.sent_on))
            return [_referral_view(r, delay, today) for r in rows]

    @writes
    def refer(self, person_id: str, partner_id: str, service: str, sent_on: date | None) -> str:
        """Send a person to a partner; refused without their consent to share with partners."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        problems: list[Problem] = []
        service = clean_line(service)
        if not partner_id:
            problems.append(Problem("required", "partner"))
        if not service:
            problems.append(Problem("required", "service"))
        elif len(service) > 300:
            problems.append(Problem("text_too_long", "service", {"max": 300}))
        if sent_on is None:
            problems.append(Problem("required", "sent_on"))
        elif sent_on > self._today():
            problems.append(Problem("date_in_future", "sent_on"))
        if problems:
            raise DomainError(problems)
        assert sent_on is not None
        with self._db.unit_of_work(self._actor.id) as session:
            person = session.get(Person, person_id)
            if person is None or person.deleted_at is not None:
                raise DomainError.single("person_not_found")
            if not _consents_to_sharing(person, sent_on):
                raise DomainError.single("referral_needs_sharing_consent", "partner")
            partner = session.get(Partner, partner_id)
            if partner is None or partner.deleted_at is not None:
                raise DomainError.single("invalid_choice", "partner")
            if partner.closed_on is not None and sent_on >= partner.closed_on:
                raise DomainError.single("partner_closed", "partner")
            referral = Referral(
                person_id=person_id,
                partner_id=partner_id,
                code=_unused_code(session),
                service=service,
                state=ReferralState.SENT.value,
                sent_on=sent_on,
                counsellor_id=person.counsellor_id or self._actor.id,
            )
            session.add(referral)
            session.flush()
            return referral.id

    @writes
    def move(
        self,
        referral_id: str,
        target: ReferralState,
        on: date | None,
        refusal_reason: str = "",
        note: str = "",
        seen: str | None = None,
    ) -> ReferralView:
        """Record what the partner said (received, accepted, refused with a reason) or that the
        service was done; a cancellation needs a reason. An answer recorded on a referral that
        changed since ``seen`` (the partner's answer pulled from another PC) is refused."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        note = clean_block(note)
        if on is None:
            raise DomainError.single("required", "on")
        if on > self._today():
            raise DomainError.single("date_in_future", "on")
        if len(note) > 2000:
            raise DomainError.single("text_too_long", "answer_note", max=2000)
        with self._db.unit_of_work(self._actor.id) as session:
            referral = session.get(Referral, referral_id)
            if referral is None or referral.deleted_at is not None:
                raise DomainError.single("referral_not_found")
            ensure_unchanged(seen, record_version(referral))
            current = ReferralState(referral.state)
            problems = check_referral_move(current, target, refusal_reason, note)
            if not problems and on < referral.sent_on:
                problems = [Problem("date_before_referral", "on")]
            if problems:
                raise DomainError(problems)
            referral.state = target.value
            if target == ReferralState.RECEIVED or (
                target in (ReferralState.ACCEPTED, ReferralState.REFUSED)
                and referral.received_on is None
            ):
                referral.received_on = on
            if target in (ReferralState.ACCEPTED, ReferralState.REFUSED):
                referral.answered_on = on
                referral.refusal_reason = refusal_reason if target == ReferralState.REFUSED else ""
            if target in (ReferralState.DONE, ReferralState.CANCELLED):
                referral.closed_on = on
            if note:
                referral.answer_note = note
            session.flush()
            return _referral_view(referral, self._delay(), self._today())

    def find_by_code(self, typed: str) -> ReferralView:
        """The referral a returned slip speaks of; a misread code is refused with a reason."""
        self._actor.require(Permission.VIEW_PEOPLE)
        code = normalise_referral_code(typed)
        if code is None:
            raise DomainError.single("referral_code_invalid", "code")
        with self._db.reader() as session:
            referral = session.scalar(
                select(Referral).where(Referral.code == code, Referral.deleted_at.is_(None))
            )
            if referral is None:
                raise DomainError([Problem("referral_code_unknown", "code", {"code": code})])
            return _referral_view(referral, self._delay(), self._today())


def _consents_to_sharing(person: Person, on: date) -> bool:
    return any(
        SHARING_CONSENT_PURPOSE in consent.purposes
        and consent.deleted_at is None
        and consent.given_on <= on
        and (consent.withdrawn_on is None or consent.withdrawn_on > on)
        and (consent.expires_on is None or on <= consent.expires_on)
        for consent in person.consents
    )


def _unused_code(session: Session) -> str:
    while True:  # 40 random bits: a collision is rare, but never reused
        code = new_referral_code()
        if session.scalar(select(Referral.id).where(Referral.code == code)) is None:
            return code


def _partner_view(p: Partner) -> PartnerView:
    return PartnerView(
        p.id, p.name, p.kind, p.city_id, p.address, p.contact_name, p.contact_phone, p.email,
        bool(p.national), p.closed_on,
    )  # fmt: skip


def _referral_view(r: Referral, delay: int, today: date) -> ReferralView:
    state = ReferralState(r.state)
    return ReferralView(
        id=r.id,
        person_id=r.person_id,
        person_name=f"{r.person.last_name} {r.person.first_name}",
        file_number=r.person.file_number,
        partner_id=r.partner_id,
        partner_name=r.partner.name,
        partner_kind=r.partner.kind,
        code=r.code,
        service=r.service,
        state=state,
        sent_on=r.sent_on,
        due_on=answer_due_on(r.sent_on, delay),
        received_on=r.received_on,
        answered_on=r.answered_on,
        closed_on=r.closed_on,
        refusal_reason=r.refusal_reason,
        answer_note=r.answer_note,
        overdue=is_overdue(state, r.sent_on, delay, today),
        version=record_version(r),
    )
