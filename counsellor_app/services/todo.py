"""A counsellor's to-do list: what is overdue or coming up among the people she follows.

Each section is one query over an index (person's counsellor, due dates), capped to what a
screen can show, with the full count so nothing is silently hidden.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, and_, exists, func, select, text, type_coerce
from sqlalchemy.orm import Session, aliased

from counsellor_app.core import vocab
from counsellor_app.core.clock import local_today, utc_now
from counsellor_app.core.referrals import AWAITING_ANSWER
from counsellor_app.core.roles import Permission
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.appointments import AppointmentService, local_day_bounds
from counsellor_app.services.pathway import PathwayService
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import (
    Appointment,
    DuplicateNotice,
    FollowUpVisit,
    GrantApplication,
    IdentityDocument,
    Internship,
    Person,
    Referral,
    UTCDateTime,
)

SECTION_LIMIT = 200
MISSED_LOOKBACK_DAYS = 60
COMMITTEE_LOOKAHEAD_DAYS = 14
EXPIRED_LOOKBACK_DAYS = 90  # older lapses are in the file's warnings, not today's work
WHO = (Person.id, Person.last_name, Person.first_name, Person.file_number)  # what a line shows
# A section's query: its kind, the lines in order, and how a row becomes a line.
_Query = tuple["TodoKind", Select[*tuple[Any, ...]], Callable[[Any], "TodoItem"]]


class TodoKind(StrEnum):
    APPOINTMENT_TO_RECORD = "appointment_to_record"
    APPOINTMENT_MISSED = "appointment_missed"
    FOLLOW_UP_DUE = "follow_up_due"
    INTERNSHIP_ENDING = "internship_ending"
    COMMITTEE = "committee"
    REFERRAL_UNANSWERED = "referral_unanswered"
    CONSENT_PENDING = "consent_pending"
    DOCUMENT_EXPIRING = "document_expiring"
    DUPLICATE_ELSEWHERE = "duplicate_elsewhere"  # the centre confirmed: another agency's file


@dataclass(frozen=True)
class TodoItem:
    kind: TodoKind
    person_id: str
    person_name: str
    file_number: str
    due_on: date | None
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class TodoSection:
    kind: TodoKind
    total: int
    items: list[TodoItem]
    # False: the section is full (SECTION_LIMIT lines) and ``total`` is only what it shows;
    # :meth:`TodoService.totals` counts it (the screen shows the lines first, then the count).
    counted: bool = True


class TodoService:
    def __init__(
        self,
        db: Database,
        actor: CurrentUser,
        today: Callable[[], date] = local_today,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self._db, self._actor, self._today, self._now = db, actor, today, now

    def sections(self, counsellor_id: str, *, counted: bool = True) -> list[TodoSection]:
        """Every section for the people followed by ``counsellor_id``, most urgent first.

        ``counted`` False leaves the full sections uncounted (``TodoSection.counted``): their
        first lines come from an index in order and stop early, while counting them means
        reading every line (18,000 documents of a counsellor of 100,000 people)."""
        self._actor.require(Permission.VIEW_PEOPLE)
        today = self._today()
        out = self._appointments(counsellor_id, today)
        with self._db.reader() as session:
            for kind, query, make in self._queries(counsellor_id, today):
                out.append(self._section(session, kind, query, make))
        uncounted = [section.kind for section in out if not section.counted]
        if not counted or not uncounted:
            return out
        totals = self.totals(counsellor_id, uncounted)  # each count by its own best plan
        return [
            section
            if section.counted
            else replace(section, total=totals[section.kind], counted=True)
            for section in out
        ]

    def totals(self, counsellor_id: str, kinds: Collection[TodoKind]) -> dict[TodoKind, int]:
        """The full count of each section named, for sections shown uncounted."""
        self._actor.require(Permission.VIEW_PEOPLE)
        today = self._today()
        out: dict[TodoKind, int] = {}
        with self._db.reader() as session:
            for kind, query, _make in self._queries(counsellor_id, today, counting=True):
                if kind in kinds:
                    out[kind] = _count(session, query)
            # These counts read the counsellor's whole caseload: the pages they left in this
            # connection's cache (8 MB) serve no screen, so the memory goes back at once.
            session.execute(text("PRAGMA shrink_memory"))
        if {TodoKind.APPOINTMENT_TO_RECORD, TodoKind.APPOINTMENT_MISSED} & set(kinds):
            out.update((s.kind, s.total) for s in self._appointments(counsellor_id, today))
        return {kind: out[kind] for kind in kinds if kind in out}

    def _queries(
        self, counsellor_id: str, today: date, *, counting: bool = False
    ) -> list[tuple[TodoKind, Select[*tuple[Any, ...]], Callable[[Any], TodoItem]]]:
        parameters = PathwayService(self._db, self._actor, self._today).parameters()
        delay = parameters.get("referral_answer_delay_days", today)
        ending_notice = parameters.get("internship_ending_notice_days", today)
        return [
            self._follow_ups(counsellor_id, today),
            self._internships(counsellor_id, today, ending_notice),
            self._committee(counsellor_id, today),
            self._referrals(counsellor_id, today, delay),
            self._consent(counsellor_id),
            self._documents(counsellor_id, today, counting),
            self._duplicates(counsellor_id),
        ]

    def _appointments(self, counsellor_id: str, today: date) -> list[TodoSection]:
        unresolved = AppointmentService(self._db, self._actor, self._now).unresolved(
            counsellor_id, today - timedelta(days=MISSED_LOOKBACK_DAYS)
        )
        sections = []
        for kind, wanted in (
            (TodoKind.APPOINTMENT_TO_RECORD, True),
            (TodoKind.APPOINTMENT_MISSED, False),
        ):
            items = [
                TodoItem(
                    kind,
                    a.person_id or "",
                    a.person_name,
                    a.file_number,
                    a.starts_at.astimezone().date(),
                    {"appointment_id": a.id, "appointment_kind": a.kind.value},
                )
                for a in unresolved
                if a.to_record == wanted
            ]
            sections.append(TodoSection(kind, len(items), items[:SECTION_LIMIT]))
        return sections

    @staticmethod
    def _section(
        session: Session,
        kind: TodoKind,
        query: Select[*tuple[Any, ...]],
        make: Callable[[Any], TodoItem],
    ) -> TodoSection:
        """The first rows; a section that is not full is its own count, a full one is left
        uncounted (:meth:`totals`)."""
        rows = session.execute(query.limit(SECTION_LIMIT)).all()
        items = [make(row) for row in rows]
        return TodoSection(kind, len(rows), items, counted=len(rows) < SECTION_LIMIT)

    def _follow_ups(self, counsellor_id: str, today: date) -> _Query:
        query = (
            select(
                *WHO,
                FollowUpVisit.due_on,
            )
            .join(Person, Person.id == FollowUpVisit.person_id)
            .where(
                Person.counsellor_id == counsellor_id,
                Person.deleted_at.is_(None),
                FollowUpVisit.done_on.is_(None),
                FollowUpVisit.due_on <= today,
                FollowUpVisit.deleted_at.is_(None),
            )
            .order_by(FollowUpVisit.due_on)
        )
        return (
            TodoKind.FOLLOW_UP_DUE,
            query,
            lambda r: _item(TodoKind.FOLLOW_UP_DUE, r, r.due_on, days_late=(today - r.due_on).days),
        )

    def _internships(self, counsellor_id: str, today: date, notice: int) -> _Query:
        """Internships ending soon, and ended ones whose outcome (hired or not) is not recorded."""
        query = (
            select(
                *WHO,
                Internship.ends_on,
                Internship.hired,
            )
            .join(Person, Person.id == Internship.person_id)
            .where(
                Person.counsellor_id == counsellor_id,
                Person.deleted_at.is_(None),
                Internship.deleted_at.is_(None),
                Internship.hired.is_(None),
                Internship.agreement_status.not_in(("terminated", "ended_early")),
                Internship.ends_on <= today + timedelta(days=notice),
            )
            .order_by(Internship.ends_on)
        )
        return (
            TodoKind.INTERNSHIP_ENDING,
            query,
            lambda r: _item(TodoKind.INTERNSHIP_ENDING, r, r.ends_on, ended=r.ends_on < today),
        )

    def _committee(self, counsellor_id: str, today: date) -> _Query:
        """Grant applications waiting for the committee, with the session booked if any."""
        start, end = local_day_bounds(today, today + timedelta(days=COMMITTEE_LOOKAHEAD_DAYS))
        booked = (
            select(func.min(Appointment.starts_at))
            .where(
                Appointment.person_id == GrantApplication.person_id,
                Appointment.kind == "committee",
                Appointment.status == "planned",
                Appointment.starts_at >= start,
                Appointment.deleted_at.is_(None),
            )
            .correlate(GrantApplication)
            .scalar_subquery()
        )
        booked_at = type_coerce(booked, UTCDateTime())  # min() forgets the column's type
        query = (
            select(
                *WHO,
                booked_at.label("session_at"),
                GrantApplication.requested_centimes,
            )
            .join(Person, Person.id == GrantApplication.person_id)
            .where(
                Person.counsellor_id == counsellor_id,
                Person.deleted_at.is_(None),
                GrantApplication.decision.is_(None),
                GrantApplication.deleted_at.is_(None),
            )
            .order_by(GrantApplication.created_at)
        )

        def make(r: Any) -> TodoItem:
            session_at: datetime | None = r.session_at
            when = session_at.astimezone().date() if session_at is not None else None
            soon = session_at is not None and session_at < end
            return _item(
                TodoKind.COMMITTEE, r, when, requested_centimes=r.requested_centimes, soon=soon
            )

        return (TodoKind.COMMITTEE, query, make)

    def _referrals(self, counsellor_id: str, today: date, delay: int) -> _Query:
        last_sent = today - timedelta(days=delay + 1)
        query = (
            select(
                *WHO,
                Referral.sent_on,
                Referral.code,
                Referral.id.label("referral_id"),
            )
            .join(Person, Person.id == Referral.person_id)
            .where(
                Referral.counsellor_id == counsellor_id,
                Referral.state.in_([s.value for s in AWAITING_ANSWER]),
                Referral.sent_on <= last_sent,
                Referral.deleted_at.is_(None),
                Person.deleted_at.is_(None),
            )
            .order_by(Referral.sent_on)
        )
        return (
            TodoKind.REFERRAL_UNANSWERED,
            query,
            lambda r: _item(
                TodoKind.REFERRAL_UNANSWERED,
                r,
                r.sent_on + timedelta(days=delay),
                code=r.code,
                referral_id=r.referral_id,
            ),
        )

    def _consent(self, counsellor_id: str) -> _Query:
        query = (
            select(*WHO)
            .where(
                Person.counsellor_id == counsellor_id,
                Person.consent_status == "pending",
                Person.deleted_at.is_(None),
            )
            .order_by(Person.created_at)
        )
        return (
            TodoKind.CONSENT_PENDING,
            query,
            lambda r: _item(TodoKind.CONSENT_PENDING, r, None),
        )

    def _documents(self, counsellor_id: str, today: date, counting: bool = False) -> _Query:
        """The latest residence or protection document of each kind, expiring within the warning
        period or expired within the last three months.

        The lines are read in expiry order from the documents' covering index (migration 0026),
        each checked against its person, stopping at the lines shown: the person's counsellor
        is compared in a form no index serves, so that SQLite does not start from her 100,000
        people instead. The count goes the other way, her people in id order, each one probe
        of the documents' person index."""
        mine = (
            Person.counsellor_id == counsellor_id
            if counting
            else Person.counsellor_id.concat("") == counsellor_id
        )
        newer = aliased(IdentityDocument)
        query = (
            select(
                *WHO,
                IdentityDocument.expires_on,
                IdentityDocument.doc_type,
            )
            .join(Person, Person.id == IdentityDocument.person_id)
            .where(
                mine,
                Person.deleted_at.is_(None),
                IdentityDocument.deleted_at.is_(None),
                IdentityDocument.doc_type.in_(sorted(vocab.RESIDENCE_DOCUMENTS)),
                IdentityDocument.expires_on.between(
                    today - timedelta(days=EXPIRED_LOOKBACK_DAYS),
                    today + timedelta(days=vocab.RENEWAL_WARNING_DAYS),
                ),
                ~exists().where(
                    and_(
                        newer.person_id == IdentityDocument.person_id,
                        newer.doc_type == IdentityDocument.doc_type,
                        newer.expires_on > IdentityDocument.expires_on,
                        newer.deleted_at.is_(None),
                    )
                ),
            )
            .order_by(IdentityDocument.expires_on)  # the longest lapsed first, as elsewhere
        )
        return (
            TodoKind.DOCUMENT_EXPIRING,
            query,
            lambda r: _item(
                TodoKind.DOCUMENT_EXPIRING,
                r,
                r.expires_on,
                document=r.doc_type,
                expired=r.expires_on < today,
            ),
        )

    def _duplicates(self, counsellor_id: str) -> _Query:
        """People the central office confirmed as also registered by another agency (the
        server's notices, issue 22, 6): the other agency and its file number, to get in touch."""
        query = (
            select(
                *WHO,
                DuplicateNotice.other_agency_code,
                DuplicateNotice.other_agency_name,
                DuplicateNotice.other_file_number,
            )
            .join(Person, Person.id == DuplicateNotice.person_id)
            .where(
                Person.counsellor_id == counsellor_id,
                Person.deleted_at.is_(None),
                DuplicateNotice.deleted_at.is_(None),
                DuplicateNotice.status == "confirmed",
            )
            .order_by(DuplicateNotice.updated_at.desc())
        )
        return (
            TodoKind.DUPLICATE_ELSEWHERE,
            query,
            lambda r: _item(
                TodoKind.DUPLICATE_ELSEWHERE,
                r,
                None,
                agency_code=r.other_agency_code,
                agency_name=r.other_agency_name,
                other_file=r.other_file_number,
            ),
        )


def _count(session: Session, query: Select[*tuple[Any, ...]]) -> int:
    return session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0


def _item(kind: TodoKind, row: Any, due_on: date | None, **detail: Any) -> TodoItem:
    return TodoItem(
        kind, row.id, f"{row.last_name} {row.first_name}", row.file_number, due_on, dict(detail)
    )
