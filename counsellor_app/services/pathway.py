"""A person's pathway: read it, move a stage, choose the track, record outcomes.

Every decision is taken by the rules in ``core.pathway``; this module only gathers the facts
they need from the database and writes the result in one unit of work.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.core import vocab
from counsellor_app.core.clock import local_today
from counsellor_app.core.merge import Opened, version_of
from counsellor_app.core.parameters import DatedValue, Parameters
from counsellor_app.core.pathway import (
    ALL_STAGES,
    TRANSITIONS,
    Outcome,
    OutcomeKind,
    Pathway,
    PersonFacts,
    Stage,
    StageFacts,
    StageState,
    Status,
    Track,
    apply_transition,
    check_transition,
    choose_track,
    record_outcome,
)
from counsellor_app.core.person import IdentityDocumentInput
from counsellor_app.core.problems import DomainError, Problem
from counsellor_app.core.roles import Permission
from counsellor_app.core.text import clean_block, clean_line
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.form_save import ensure_unchanged, merged, record_version
from counsellor_app.services.reference import central_parameters
from counsellor_app.services.stage_records import stage_records
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import (
    IdentityDocument,
    Parameter,
    PathwayStage,
    Person,
    UserAccount,
)
from counsellor_app.storage.models import Outcome as OutcomeRecord
from counsellor_app.storage.writer import writes

NOTES_MAX = 4000


@dataclass(frozen=True)
class StageNotes:
    """What a stage's form edits: its notes and its own data (merged key by key)."""

    notes: str = ""
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class StageView:
    state: StageState
    counsellor_name: str = ""
    notes: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    # The stage record's version: a move or a notes form saves with it, so a change made
    # meanwhile elsewhere is merged (notes) or refused as stale (a move), never overwritten.
    version: str = ""

    @property
    def opened(self) -> Opened[StageNotes]:
        return Opened(self.version, StageNotes(self.notes, dict(self.data)))


@dataclass(frozen=True)
class Move:
    """A status the stage could move to now, or the reasons it cannot."""

    target: Status
    problems: tuple[Problem, ...]

    @property
    def allowed(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class PathwayView:
    person_id: str
    pathway: Pathway
    stages: dict[Stage, StageView]
    moves: dict[Stage, tuple[Move, ...]]
    # The track and every stage as shown: a track chosen on an outdated pathway is refused.
    version: str = ""
    # Each outcome kind's record as shown (``record_outcome(seen=)``; none yet: its own token).
    outcome_versions: dict[OutcomeKind, str] = field(default_factory=dict)


class PathwayService:
    def __init__(
        self, db: Database, actor: CurrentUser, today: Callable[[], date] = local_today
    ) -> None:
        self._db, self._actor, self._today = db, actor, today

    def parameters(self) -> Parameters:
        """The shipped values overlaid by the national ones this PC pulled (if it ever
        synced): each rule reads the value valid on the day of its act. A key shipped after
        the ``parameter`` rows were seeded (the retention period…) gets its shipped value from
        ``DEFAULT_VALID_FROM``: without it, a central value from tomorrow would be the only
        one known, and ``Parameters.get`` would apply it today already."""
        with self._db.reader() as session:
            local = [
                DatedValue(p.key, p.value, p.valid_from, p.valid_to)
                for p in session.scalars(select(Parameter))
            ]
            seeded = {value.key for value in local}
            shipped = [v for v in Parameters.defaults().all() if v.key not in seeded]
            return Parameters([*shipped, *local]).with_central(central_parameters(session))

    # -- reading ---------------------------------------------------------------------------
    def view(self, person_id: str) -> PathwayView:
        self._actor.require(Permission.VIEW_PEOPLE)
        parameters = self.parameters()
        with self._db.reader() as session:
            person, pathway, records = self._load(session, person_id)
            names = {
                row.id: row.display_name
                for row in session.execute(select(UserAccount.id, UserAccount.display_name))
            }
            facts = self._stage_facts(records, person_id, session, person)
            person_facts = self._person_facts(session, person)
            recorded = {
                o.kind: o
                for o in session.scalars(
                    select(OutcomeRecord).where(
                        OutcomeRecord.person_id == person_id, OutcomeRecord.deleted_at.is_(None)
                    )
                )
            }
            outcome_versions = {k: record_version(recorded.get(k.value)) for k in OutcomeKind}
        stages = {
            stage: StageView(
                pathway.state(stage),
                names.get(records[stage].counsellor_id or "", "") if stage in records else "",
                records[stage].notes if stage in records else "",
                dict(records[stage].data) if stage in records else {},
                record_version(records.get(stage)),
            )
            for stage in ALL_STAGES
        }
        today = self._today()
        moves = {
            stage: tuple(
                Move(
                    target,
                    tuple(
                        p
                        for p in check_transition(
                            pathway, stage, target, today, "—", person_facts, facts, parameters
                        )
                        if p.code != "reason_required"
                    ),
                )
                for target in sorted(TRANSITIONS[pathway.state(stage).status])
            )
            for stage in ALL_STAGES
        }
        version = version_of(pathway.track, *(stages[stage].version for stage in ALL_STAGES))
        return PathwayView(person_id, pathway, stages, moves, version, outcome_versions)

    def _load(
        self, session: Session, person_id: str
    ) -> tuple[Person, Pathway, dict[Stage, PathwayStage]]:
        person = session.get(Person, person_id)
        if person is None or person.deleted_at is not None:
            raise DomainError.single("person_not_found")
        records = {
            Stage(r.stage): r
            for r in session.scalars(
                select(PathwayStage).where(
                    PathwayStage.person_id == person_id, PathwayStage.deleted_at.is_(None)
                )
            )
        }
        outcomes = tuple(
            Outcome(OutcomeKind(o.kind), o.on, o.detail)
            for o in session.scalars(
                select(OutcomeRecord)
                .where(OutcomeRecord.person_id == person_id, OutcomeRecord.deleted_at.is_(None))
                .order_by(OutcomeRecord.on)
            )
        )
        pathway = Pathway(
            {
                stage: StageState(
                    stage, Status(r.status), r.planned_on, r.started_on, r.ended_on, r.reason
                )
                for stage, r in records.items()
            },
            Track(person.track) if person.track else None,
            outcomes,
        )
        return person, pathway, records

    def _stage_facts(
        self,
        records: dict[Stage, PathwayStage],
        person_id: str,
        session: Session,
        person: Person,
    ) -> StageFacts:
        """Attendance comes from the person's cohort when enrolled in one; otherwise from the
        rate recorded on the stage (training followed with a partner). The other stages'
        records are read in the caller's transaction (services.stage_records)."""
        from counsellor_app.services.cohorts import CohortService

        rate: object = CohortService(self._db, self._actor, self._today).attendance_pct(person_id)
        soft = records.get(Stage.SOFT_SKILLS)
        if rate is None and soft is not None:
            rate = soft.data.get("attendance_pct")
        plan = records.get(Stage.BUSINESS_PLAN)
        return StageFacts(
            soft_skills_attendance_pct=int(rate) if isinstance(rate, int | float) else None,
            business_plan_completed=plan is not None and plan.status == Status.COMPLETED,
            records=stage_records(
                session, person, {stage.value: record for stage, record in records.items()}
            ),
        )

    @staticmethod
    def _person_facts(session: Session, person: Person) -> PersonFacts:
        documents = session.scalars(
            select(IdentityDocument).where(
                IdentityDocument.person_id == person.id, IdentityDocument.deleted_at.is_(None)
            )
        )
        return PersonFacts(
            person.legal_status,
            person.date_of_birth,
            tuple(
                IdentityDocumentInput(d.doc_type, d.number, d.expires_on, d.issued_on, d.id)
                for d in documents
            ),
        )

    # -- writing ---------------------------------------------------------------------------
    @writes
    def move(
        self,
        person_id: str,
        stage: Stage,
        target: Status,
        on: date | None = None,
        reason: str = "",
        seen: str | None = None,
    ) -> PathwayView:
        """Change a stage's status (DomainError with every reason when refused).

        ``seen`` is the stage's version the person decided on (:attr:`StageView.version`): a
        stage changed elsewhere since is refused (``changed_elsewhere``), as the sync refuses a
        stale transition; a decision is taken again on fresh data, never merged."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        on = on or self._today()
        if on > self._today():
            raise DomainError.single("date_in_future", "on")
        reason = clean_line(reason)[:300]
        parameters = self.parameters()
        with self._db.unit_of_work(self._actor.id) as session:
            person, pathway, records = self._load(session, person_id)
            ensure_unchanged(seen, record_version(records.get(stage)))
            updated = apply_transition(
                pathway,
                stage,
                target,
                on,
                reason,
                self._person_facts(session, person),
                self._stage_facts(records, person_id, session, person),
                parameters,
            )
            self._write_stage(session, person_id, records, updated.state(stage))
        return self.view(person_id)

    @writes
    def choose_track(
        self, person_id: str, track: Track, reason: str = "", seen: str | None = None
    ) -> PathwayView:
        """Choose (or change) the track; refused when the pathway changed since ``seen``
        (:attr:`PathwayView.version`), as a stale decision is."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        with self._db.unit_of_work(self._actor.id) as session:
            person, pathway, records = self._load(session, person_id)
            ensure_unchanged(
                seen,
                version_of(
                    pathway.track, *(record_version(records.get(stage)) for stage in ALL_STAGES)
                ),
            )
            updated = choose_track(pathway, track, self._today(), clean_line(reason))
            person.track = track.value
            for stage, state in updated.stages.items():
                if state != pathway.state(stage):
                    self._write_stage(session, person_id, records, state)
        return self.view(person_id)

    @writes
    def record_outcome(
        self,
        person_id: str,
        kind: OutcomeKind,
        on: date,
        detail: str = "",
        seen: str | None = None,
    ) -> PathwayView:
        """Record (or correct) an outcome; refused when that outcome was recorded or changed
        elsewhere since ``seen`` (:attr:`PathwayView.outcome_versions`)."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        with self._db.unit_of_work(self._actor.id) as session:
            _person, pathway, _records = self._load(session, person_id)
            existing = self._outcome(session, person_id, kind)
            ensure_unchanged(seen, record_version(existing))
            record_outcome(pathway, Outcome(kind, on, clean_line(detail)[:300]), self._today())
            if existing is None:
                session.add(
                    OutcomeRecord(
                        person_id=person_id, kind=kind.value, on=on, detail=clean_line(detail)[:300]
                    )
                )
            else:
                existing.on, existing.detail = on, clean_line(detail)[:300]
        return self.view(person_id)

    @staticmethod
    def _outcome(session: Session, person_id: str, kind: OutcomeKind) -> OutcomeRecord | None:
        return session.scalar(
            select(OutcomeRecord).where(
                OutcomeRecord.person_id == person_id,
                OutcomeRecord.kind == kind.value,
                OutcomeRecord.deleted_at.is_(None),
            )
        )

    @writes
    def save_stage_notes(
        self,
        person_id: str,
        stage: Stage,
        notes: str,
        data: dict[str, Any] | None = None,
        opened: Opened[StageNotes] | None = None,
        chosen: Mapping[str, Any] | None = None,
    ) -> PathwayView:
        """Notes and the stage's own data (for soft skills: ``attendance_pct`` from 0 to 100).

        With ``opened`` (:attr:`StageView.opened`), notes or data changed elsewhere since are
        kept where the form left them alone (``EditConflict`` where both changed)."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        notes = clean_block(notes)
        if len(notes) > NOTES_MAX:
            raise DomainError.single("text_too_long", "notes", max=NOTES_MAX)
        data = dict(data or {})
        rate = data.get("attendance_pct")
        if rate is not None and (not isinstance(rate, int) or not 0 <= rate <= 100):
            raise DomainError.single("percent_out_of_range", "attendance_pct")
        if "career_goal" in data:
            data["career_goal"] = clean_line(str(data["career_goal"]))
            if len(data["career_goal"]) > 200:
                raise DomainError.single("text_too_long", "career_goal", max=200)
        if "skills_assessment" in data:
            data["skills_assessment"] = clean_block(str(data["skills_assessment"]))
            if len(data["skills_assessment"]) > NOTES_MAX:
                raise DomainError.single("text_too_long", "skills_assessment", max=NOTES_MAX)
        services = data.get("recommended_services")
        if services is not None and (
            not isinstance(services, list) or set(services) - set(vocab.RECOMMENDED_SERVICES)
        ):
            raise DomainError.single("invalid_choice", "recommended_services")
        with self._db.unit_of_work(self._actor.id) as session:
            _person, pathway, records = self._load(session, person_id)
            current = records.get(stage)
            stored = StageNotes(current.notes, dict(current.data)) if current else StageNotes()
            version = record_version(current)
            record = self._write_stage(session, person_id, records, pathway.state(stage))
            if opened is not None and opened.version != version:
                mine = StageNotes(notes, {**opened.values.data, **data})
                saved = merged(opened, version, mine, stored, chosen)
                record.notes, record.data = saved.notes, saved.data
            else:
                record.notes = notes
                if data:
                    record.data = {**record.data, **data}
        return self.view(person_id)

    def _write_stage(
        self,
        session: Session,
        person_id: str,
        records: dict[Stage, PathwayStage],
        state: StageState,
    ) -> PathwayStage:
        record = records.get(state.stage)
        if record is None:
            record = PathwayStage(
                person_id=person_id, stage=state.stage.value, reason="", notes="", data={}
            )
            session.add(record)
            records[state.stage] = record
        record.status = state.status.value
        record.planned_on, record.started_on, record.ended_on = (
            state.planned_on,
            state.started_on,
            state.ended_on,
        )
        record.reason = state.reason
        record.counsellor_id = record.counsellor_id or self._actor.id
        return record
