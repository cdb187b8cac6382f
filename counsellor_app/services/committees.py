"""Grant committees as they sit (issue 23, deliverable 3): sessions, members and attendance,
the programme's scoring grid, the ranked agenda, conflicts, votes and decisions.

The rules are ``core.committees``; this module reads and writes the records. A decision goes
through :meth:`GrantService.decide`, the signed act of the person recording it (issue 20,
deliverable 4: the outbox signs the grant application's decision with her key); the session's
item keeps how the decision was reached (scores, conflicts, votes). The votes are checked before
the decision is taken, so a refused vote leaves the grant undecided.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.core.clock import local_today
from counsellor_app.core.committees import (
    DEFAULT_GRID,
    Member,
    Quorum,
    Ranked,
    SessionStatus,
    Tally,
    Vote,
    agenda_problems,
    check_grid,
    check_members,
    check_scores,
    decision_problems,
    quorum,
    rank,
    tally,
    weighted_score,
)
from counsellor_app.core.grants import Decision
from counsellor_app.core.problems import DomainError
from counsellor_app.core.roles import Permission
from counsellor_app.core.text import clean_block, clean_line
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.form_save import ensure_unchanged, record_version
from counsellor_app.services.grants import GrantService
from counsellor_app.services.stage_records import plan_record
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import (
    BusinessPlan,
    CommitteeItem,
    CommitteeSession,
    GrantApplication,
    IssuedDocument,
    Person,
    Programme,
    ScoringGrid,
    UserAccount,
    this_agency_id,
)
from counsellor_app.storage.writer import writes


@dataclass(frozen=True)
class SessionSummary:
    id: str
    held_on: date
    place: str
    status: SessionStatus
    members: int
    items: int


@dataclass(frozen=True)
class ItemView:
    id: str
    application_id: str
    person_id: str
    person_name: str
    file_number: str
    requested_centimes: int
    scores: dict[str, int]
    score: int | None
    conflicts: tuple[str, ...]
    quorum: Quorum
    votes: dict[str, Vote]
    tally: Tally
    decision: Decision | None
    amount_centimes: int
    conditions: str
    reasons: str
    version: str


@dataclass(frozen=True)
class SessionView:
    id: str
    held_on: date
    place: str
    programme_id: str | None
    status: SessionStatus
    members: tuple[Member, ...]
    grid: dict[str, int]
    items: tuple[ItemView, ...]  # ranked: best score first
    minutes_sha256: str
    version: str

    @property
    def quorum(self) -> Quorum:
        return quorum(self.members)


@dataclass(frozen=True)
class Candidate:
    """An application that could go on the agenda, or the reasons it cannot (codes)."""

    application_id: str
    person_name: str
    file_number: str
    requested_centimes: int
    problems: tuple[str, ...]


@dataclass(frozen=True)
class ProgrammeChoice:
    id: str
    name: str


@dataclass(frozen=True)
class AccountChoice:
    user_id: str
    name: str


MINUTES_TEMPLATE = "committee_minutes"


def _minutes_serial(session: Session, session_id: str) -> str | None:
    return session.scalar(
        select(IssuedDocument.serial)
        .where(
            IssuedDocument.template == MINUTES_TEMPLATE,
            IssuedDocument.subject_id == session_id,
            IssuedDocument.revoked_at.is_(None),
        )
        .order_by(IssuedDocument.issued_at.desc(), IssuedDocument.serial.desc())
        .limit(1)
    )


def grid_row(session: Session, programme_id: str | None) -> ScoringGrid | None:
    query = select(ScoringGrid).where(ScoringGrid.deleted_at.is_(None))
    query = query.where(
        ScoringGrid.programme_id.is_(None)
        if programme_id is None
        else ScoringGrid.programme_id == programme_id
    )
    return session.scalars(query.order_by(ScoringGrid.updated_at.desc())).first()


def grid_for(session: Session, programme_id: str | None) -> dict[str, int]:
    """The programme's stored weights, or the default grid (also for a stored one that no
    longer passes the rules, e.g. pulled from an older version)."""
    row = grid_row(session, programme_id)
    if row is None or check_grid(row.weights):
        return dict(DEFAULT_GRID)
    return {str(k): int(v) for k, v in row.weights.items()}


def _name(person: Person) -> str:
    return f"{person.last_name.upper()} {person.first_name}".strip()


class CommitteeService:
    def __init__(
        self, db: Database, actor: CurrentUser, today: Callable[[], date] = local_today
    ) -> None:
        self._db, self._actor, self._today = db, actor, today

    # -- the grid --------------------------------------------------------------------------
    @staticmethod
    def _grid_row(session: Session, programme_id: str | None) -> ScoringGrid | None:
        return grid_row(session, programme_id)

    @staticmethod
    def _grid(session: Session, programme_id: str | None) -> dict[str, int]:
        return grid_for(session, programme_id)

    def grid(self, programme_id: str | None = None) -> dict[str, int]:
        """The programme's weights (the default grid until one is stored)."""
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.reader() as session:
            return self._grid(session, programme_id)

    @property
    def may_adjust_grids(self) -> bool:
        return self._actor.can(Permission.VIEW_REPORTS)

    def programmes(self) -> list[ProgrammeChoice]:
        """The programmes a session or a grid may belong to."""
        with self._db.reader() as session:
            return [
                ProgrammeChoice(p.id, p.name)
                for p in session.scalars(
                    select(Programme).where(Programme.deleted_at.is_(None)).order_by(Programme.name)
                )
            ]

    @staticmethod
    def _check_programme(session: Session, programme_id: str | None) -> None:
        if programme_id is not None:
            found = session.get(Programme, programme_id)
            if found is None or found.deleted_at is not None:
                raise DomainError.single("invalid_choice", "programme")

    @writes
    def set_grid(self, programme_id: str | None, weights: Mapping[str, int]) -> None:
        """A supervisor adjusts a programme's weights; the next rankings use them."""
        self._actor.require(Permission.VIEW_REPORTS)
        problems = check_grid(weights)
        if problems:
            raise DomainError(problems)
        with self._db.unit_of_work(self._actor.id) as session:
            self._check_programme(session, programme_id)
            row = self._grid_row(session, programme_id)
            if row is None:
                row = ScoringGrid(agency_id=this_agency_id(session), programme_id=programme_id)
                session.add(row)
            row.weights = dict(weights)

    # -- sessions --------------------------------------------------------------------------
    def accounts(self) -> list[AccountChoice]:
        """The agency's active accounts, who may sit as members."""
        with self._db.reader() as session:
            return [
                AccountChoice(u.id, u.display_name)
                for u in session.scalars(
                    select(UserAccount)
                    .where(UserAccount.active.is_(True), UserAccount.deleted_at.is_(None))
                    .order_by(UserAccount.display_name)
                )
            ]

    def sessions(self) -> list[SessionSummary]:
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.reader() as session:
            counts: dict[str, int] = {}
            for (session_id,) in session.execute(
                select(CommitteeItem.session_id).where(CommitteeItem.deleted_at.is_(None))
            ):
                counts[session_id] = counts.get(session_id, 0) + 1
            return [
                SessionSummary(
                    s.id,
                    s.held_on,
                    s.place,
                    SessionStatus(s.status),
                    len(s.members),
                    counts.get(s.id, 0),
                )
                for s in session.scalars(
                    select(CommitteeSession)
                    .where(CommitteeSession.deleted_at.is_(None))
                    .order_by(CommitteeSession.held_on.desc())
                )
            ]

    def _members(self, session: Session, members: Sequence[Member]) -> list[Member]:
        """The list as stored: accounts named as the agency knows them, each with a key."""
        found: list[Member] = []
        for member in members:
            if member.user_id:
                account = session.get(UserAccount, member.user_id)
                if account is None or account.deleted_at is not None:
                    raise DomainError.single("invalid_choice", "members")
                found.append(
                    Member(
                        account.id,
                        account.display_name,
                        clean_line(member.organisation)[:120],
                        account.id,
                        member.chair,
                        member.present,
                    )
                )
            else:
                found.append(
                    Member(
                        member.key or str(uuid.uuid4()),
                        clean_line(member.name)[:120],
                        clean_line(member.organisation)[:120],
                        None,
                        member.chair,
                        member.present,
                    )
                )
        problems = check_members(found)
        if problems:
            raise DomainError(problems)
        return found

    @writes
    def create_session(
        self,
        held_on: date,
        place: str,
        members: Sequence[Member],
        programme_id: str | None = None,
    ) -> str:
        self._actor.require(Permission.RECORD_DECISIONS)
        with self._db.unit_of_work(self._actor.id) as session:
            self._check_programme(session, programme_id)
            stored = self._members(session, members)
            row = CommitteeSession(
                agency_id=this_agency_id(session),
                held_on=held_on,
                place=clean_line(place)[:200],
                programme_id=programme_id,
                status=SessionStatus.PLANNED.value,
                members=[m.to_json() for m in stored],
            )
            session.add(row)
            session.flush()
            return row.id

    def _open(self, session: Session, session_id: str) -> CommitteeSession:
        row = session.get(CommitteeSession, session_id)
        if row is None or row.deleted_at is not None:
            raise DomainError.single("committee_not_found")
        if row.status == SessionStatus.MINUTES_SIGNED.value:
            raise DomainError.single("minutes_already_signed")
        return row

    @writes
    def set_members(
        self, session_id: str, members: Sequence[Member], seen: str | None = None
    ) -> None:
        """The members and their attendance, as the chair calls the roll."""
        self._actor.require(Permission.RECORD_DECISIONS)
        with self._db.unit_of_work(self._actor.id) as session:
            row = self._open(session, session_id)
            ensure_unchanged(seen, record_version(row))
            stored = self._members(session, members)
            decided = session.scalar(
                select(CommitteeItem.id).where(
                    CommitteeItem.session_id == session_id,
                    CommitteeItem.decision.is_not(None),
                    CommitteeItem.deleted_at.is_(None),
                )
            )
            before = {m["key"] for m in row.members}
            if decided is not None and before - {m.key for m in stored}:
                raise DomainError.single("member_has_voted", "members")
            row.members = [m.to_json() for m in stored]

    # -- the agenda ------------------------------------------------------------------------
    def candidates(self, session_id: str) -> list[Candidate]:
        """Applications not yet decided and not on this agenda, each with the reasons (codes)
        it cannot go on it, if any."""
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.reader() as session:
            listed = set(
                session.scalars(
                    select(CommitteeItem.application_id).where(
                        CommitteeItem.session_id == session_id, CommitteeItem.deleted_at.is_(None)
                    )
                )
            )
            found = []
            for application in session.scalars(
                select(GrantApplication)
                .where(
                    GrantApplication.deleted_at.is_(None),
                    (GrantApplication.decision.is_(None))
                    | (GrantApplication.decision == Decision.DEFERRED.value),
                )
                .order_by(GrantApplication.created_at)
            ):
                if application.id in listed or application.person.deleted_at is not None:
                    continue
                problems = agenda_problems(
                    None, plan_record(self._business_plan(session, application.person_id))
                )
                found.append(
                    Candidate(
                        application.id,
                        _name(application.person),
                        application.person.file_number,
                        application.requested_centimes,
                        tuple(p.code for p in problems),
                    )
                )
            return found

    @staticmethod
    def _business_plan(session: Session, person_id: str) -> BusinessPlan | None:
        return session.scalar(select(BusinessPlan).where(BusinessPlan.person_id == person_id))

    @writes
    def add_to_agenda(self, session_id: str, application_id: str) -> str:
        """Refused for a decided application, or one whose plan's review blocks."""
        self._actor.require(Permission.RECORD_DECISIONS)
        with self._db.unit_of_work(self._actor.id) as session:
            self._open(session, session_id)
            application = session.get(GrantApplication, application_id)
            if application is None or application.deleted_at is not None:
                raise DomainError.single("application_not_found")
            problems = agenda_problems(
                Decision(application.decision) if application.decision else None,
                plan_record(self._business_plan(session, application.person_id)),
            )
            if problems:
                raise DomainError(problems)
            existing = session.scalar(
                select(CommitteeItem).where(
                    CommitteeItem.session_id == session_id,
                    CommitteeItem.application_id == application_id,
                )
            )
            if existing is not None:
                if existing.deleted_at is None:
                    raise DomainError.single("already_on_agenda", "agenda")
                existing.deleted_at = None
                return existing.id
            item = CommitteeItem(
                session_id=session_id,
                application_id=application_id,
                person_id=application.person_id,
            )
            session.add(item)
            session.flush()
            return item.id

    def _item(self, session: Session, item_id: str) -> tuple[CommitteeItem, CommitteeSession]:
        item = session.get(CommitteeItem, item_id)
        if item is None or item.deleted_at is not None:
            raise DomainError.single("committee_item_not_found")
        return item, self._open(session, item.session_id)

    @writes
    def set_scores(self, item_id: str, scores: Mapping[str, int], seen: str | None = None) -> None:
        """The item's scores are saved whole: given the version they were read at (``seen``),
        scores saved meanwhile by someone else are never overwritten (``changed_elsewhere``)."""
        self._actor.require(Permission.RECORD_DECISIONS)
        with self._db.unit_of_work(self._actor.id) as session:
            item, sitting = self._item(session, item_id)
            ensure_unchanged(seen, record_version(item))
            problems = check_scores(self._grid(session, sitting.programme_id), scores)
            if problems:
                raise DomainError(problems)
            item.scores = dict(scores)

    @writes
    def declare_conflict(self, item_id: str, member_key: str, conflicted: bool = True) -> None:
        """A member's conflict of interest on one application: she does not vote on it."""
        self._actor.require(Permission.RECORD_DECISIONS)
        with self._db.unit_of_work(self._actor.id) as session:
            item, sitting = self._item(session, item_id)
            if member_key not in {m["key"] for m in sitting.members}:
                raise DomainError.single("invalid_choice", "members")
            if item.decision is not None:
                raise DomainError.single("already_decided", "conflicts")
            keys = [k for k in item.conflicts if k != member_key]
            item.conflicts = [*keys, member_key] if conflicted else keys
            item.votes = {k: v for k, v in item.votes.items() if k != member_key}

    @writes
    def record_decision(
        self,
        item_id: str,
        votes: Mapping[str, Vote],
        decision: Decision,
        amount_centimes: int,
        conditions: str = "",
        reasons: str = "",
        seen: str | None = None,
    ) -> None:
        """The votes and the decision: checked against quorum and conflicts first, then the
        grant's decision is taken as the recording person's signed act (GrantService.decide),
        then the item keeps the votes."""
        self._actor.require(Permission.RECORD_DECISIONS)
        with self._db.reader() as session:
            item, sitting = self._item(session, item_id)
            ensure_unchanged(seen, record_version(item))
            members = [Member.from_json(m) for m in sitting.members]
            problems = decision_problems(members, item.conflicts, votes, decision)
            if problems:
                raise DomainError(problems)
            grid = self._grid(session, sitting.programme_id)
            score = weighted_score(grid, item.scores)
            voters = ", ".join(m.name for m in members if m.key in votes)
            application_id, held_on = item.application_id, sitting.held_on
            counted = tally(votes)
        GrantService(self._db, self._actor, self._today).decide(
            application_id,
            decision,
            amount_centimes if decision == Decision.APPROVED else 0,
            min(held_on, self._today()),
            score=score,
            conditions=conditions if decision == Decision.APPROVED else reasons,
            committee_members=voters,
            minutes=f"{counted.votes_for}/{counted.against}/{counted.abstain}",
        )
        with self._db.unit_of_work(self._actor.id) as session:
            item, sitting = self._item(session, item_id)
            item.votes = {k: Vote(v).value for k, v in votes.items()}
            item.decision = decision.value
            item.amount_centimes = amount_centimes if decision == Decision.APPROVED else 0
            item.conditions = clean_block(conditions)[:4000]
            item.reasons = clean_block(reasons)[:4000]
            if sitting.status == SessionStatus.PLANNED.value:
                sitting.status = SessionStatus.HELD.value

    @writes
    def sign_minutes(self, session_id: str, minutes_sha256: str) -> None:
        """The minutes as printed for signature: the session is closed, and the hash says
        which printing was signed (a reprint from the register is byte for byte the same)."""
        self._actor.require(Permission.RECORD_DECISIONS)
        with self._db.unit_of_work(self._actor.id) as session:
            row = self._open(session, session_id)
            if row.status != SessionStatus.HELD.value:
                raise DomainError.single("committee_not_held")
            undecided = session.scalar(
                select(CommitteeItem.id).where(
                    CommitteeItem.session_id == session_id,
                    CommitteeItem.decision.is_(None),
                    CommitteeItem.deleted_at.is_(None),
                )
            )
            if undecided is not None:
                raise DomainError.single("agenda_undecided")
            if _minutes_serial(session, session_id) is None:
                raise DomainError.single("minutes_not_printed")
            row.status = SessionStatus.MINUTES_SIGNED.value
            row.minutes_sha256 = minutes_sha256[:64]

    def minutes_serial(self, session_id: str) -> str | None:
        """The serial of the session's latest printed minutes (the register keeps them)."""
        with self._db.reader() as session:
            return _minutes_serial(session, session_id)

    # -- the whole session -----------------------------------------------------------------
    def session(self, session_id: str) -> SessionView:
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.reader() as session:
            return session_view(session, session_id)


def session_view(
    session: Session,
    session_id: str,
    grid_of: Callable[[Session, str | None], dict[str, int]] = grid_for,
) -> SessionView:
    """The session with its agenda ranked (also the minutes' snapshot, document_data)."""
    row = session.get(CommitteeSession, session_id)
    if row is None or row.deleted_at is not None:
        raise DomainError.single("committee_not_found")
    members = tuple(Member.from_json(m) for m in row.members)
    grid = grid_of(session, row.programme_id)
    views: dict[str, ItemView] = {}
    for item in session.scalars(
        select(CommitteeItem).where(
            CommitteeItem.session_id == session_id, CommitteeItem.deleted_at.is_(None)
        )
    ):
        application = session.get(GrantApplication, item.application_id)
        person = session.get(Person, item.person_id)
        if application is None or person is None:
            continue
        votes = {str(k): Vote(v) for k, v in item.votes.items()}
        views[item.id] = ItemView(
            item.id,
            item.application_id,
            item.person_id,
            _name(person),
            person.file_number,
            application.requested_centimes,
            {str(k): int(v) for k, v in item.scores.items()},
            weighted_score(grid, item.scores),
            tuple(str(k) for k in item.conflicts),
            quorum(members, item.conflicts),
            votes,
            tally(votes),
            Decision(item.decision) if item.decision else None,
            item.amount_centimes,
            item.conditions,
            item.reasons,
            record_version(item),
        )
    ranked = rank(Ranked(v.id, v.score, v.requested_centimes) for v in views.values())
    return SessionView(
        row.id,
        row.held_on,
        row.place,
        row.programme_id,
        SessionStatus(row.status),
        members,
        grid,
        tuple(views[r.key] for r in ranked),
        row.minutes_sha256,
        record_version(row),
    )


def minutes_data(session: Session, session_id: str) -> dict[str, Any]:
    """What the printed minutes show (``document_data``): the snapshot the register keeps, so
    a reprint is the same document."""
    view = session_view(session, session_id)
    names = {m.key: m.name for m in view.members}
    return {
        "held_on": view.held_on.isoformat(),
        "place": view.place,
        "members": [
            {
                "name": m.name,
                "organisation": m.organisation,
                "chair": m.chair,
                "present": m.present,
            }
            for m in view.members
        ],
        "quorum_reached": view.quorum.reached,
        "quorum_needed": view.quorum.needed,
        "grid": [[name, weight] for name, weight in view.grid.items()],
        "items": [
            {
                "name": i.person_name,
                "file_number": i.file_number,
                "requested_centimes": i.requested_centimes,
                "score": i.score,
                "scores": [[name, i.scores[name]] for name in view.grid if name in i.scores],
                "conflicts": [names.get(k, "") for k in i.conflicts],
                "votes": [[names.get(k, ""), v.value] for k, v in i.votes.items()],
                "for": i.tally.votes_for,
                "against": i.tally.against,
                "abstain": i.tally.abstain,
                "decision": i.decision.value if i.decision else None,
                "amount_centimes": i.amount_centimes,
                "conditions": i.conditions,
                "reasons": i.reasons,
            }
            for i in view.items
        ],
    }
