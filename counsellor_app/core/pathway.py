"""The pathway: stages, their statuses, the transitions allowed, and the rules that refuse one.

Intake → Orientation → Soft skills → then the wage track (Internship) or the self-employment
track (Auto-entrepreneur registration → Business plan → Microgrant → Post-creation follow-up).
Screens ask :func:`check_transition` what is allowed and show its reasons; the server will run
the same function, so a rule is written once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from counsellor_app.core.parameters import Parameters
from counsellor_app.core.person import IdentityDocumentInput
from counsellor_app.core.problems import DomainError, Problem
from counsellor_app.core.stage_records import StageRecords, completion_problems


class Stage(StrEnum):
    INTAKE = "intake"
    ORIENTATION = "orientation"
    SOFT_SKILLS = "soft_skills"
    INTERNSHIP = "internship"
    AE_REGISTRATION = "ae_registration"
    BUSINESS_PLAN = "business_plan"
    MICROGRANT = "microgrant"
    FOLLOW_UP = "follow_up"


class Track(StrEnum):
    WAGE = "wage"
    SELF_EMPLOYMENT = "self_employment"


class Status(StrEnum):
    NOT_STARTED = "not_started"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    ABANDONED = "abandoned"
    NOT_APPLICABLE = "not_applicable"


class OutcomeKind(StrEnum):
    SALARIED_JOB = "salaried_job"
    TRAINING_ENROLMENT = "training_enrolment"
    BUSINESS_CREATED = "business_created"
    DROPPED_OUT = "dropped_out"
    REFERRED_ELSEWHERE = "referred_elsewhere"


COMMON_STAGES = (Stage.INTAKE, Stage.ORIENTATION, Stage.SOFT_SKILLS)
TRACK_STAGES: Mapping[Track, tuple[Stage, ...]] = {
    Track.WAGE: (Stage.INTERNSHIP,),
    Track.SELF_EMPLOYMENT: (
        Stage.AE_REGISTRATION,
        Stage.BUSINESS_PLAN,
        Stage.MICROGRANT,
        Stage.FOLLOW_UP,
    ),
}
ALL_STAGES = (*COMMON_STAGES, *TRACK_STAGES[Track.WAGE], *TRACK_STAGES[Track.SELF_EMPLOYMENT])

# Settled: nothing more is expected of the stage before the next one may close.
SETTLED = frozenset({Status.COMPLETED, Status.NOT_APPLICABLE})
UNDER_WAY = frozenset({Status.IN_PROGRESS, *SETTLED})
TRANSITIONS: Mapping[Status, frozenset[Status]] = {
    Status.NOT_STARTED: frozenset({Status.PLANNED, Status.IN_PROGRESS, Status.NOT_APPLICABLE}),
    Status.PLANNED: frozenset(
        {Status.NOT_STARTED, Status.IN_PROGRESS, Status.ABANDONED, Status.NOT_APPLICABLE}
    ),
    Status.IN_PROGRESS: frozenset({Status.COMPLETED, Status.ABANDONED}),
    Status.COMPLETED: frozenset({Status.IN_PROGRESS}),  # reopened, with a reason
    Status.ABANDONED: frozenset({Status.IN_PROGRESS}),  # resumed
    Status.NOT_APPLICABLE: frozenset({Status.NOT_STARTED}),
}
NEEDS_REASON = frozenset({Status.ABANDONED, Status.NOT_APPLICABLE})

# Legal statuses whose holders can register as auto-entrepreneurs, with a residence title
# valid on the day for foreigners (domain.md §0.1, §1.3: asylum seekers and people without a
# Moroccan residence title are not eligible).
AE_ELIGIBLE_STATUSES = frozenset(
    {"moroccan", "regularised_2014", "regularised_2016_17", "regular_other", "refugee_bra"}
)
RESIDENCE_TITLES = frozenset({"residence_card", "resident_card"})


def track_of(stage: Stage) -> Track | None:
    return next((track for track, stages in TRACK_STAGES.items() if stage in stages), None)


@dataclass(frozen=True)
class StageState:
    stage: Stage
    status: Status = Status.NOT_STARTED
    planned_on: date | None = None
    started_on: date | None = None
    ended_on: date | None = None
    reason: str = ""


@dataclass(frozen=True)
class Outcome:
    kind: OutcomeKind
    on: date
    detail: str = ""


@dataclass(frozen=True)
class PersonFacts:
    """What the rules need to know about the person, independent of storage."""

    legal_status: str
    date_of_birth: date
    documents: Sequence[IdentityDocumentInput] = ()


@dataclass(frozen=True)
class StageFacts:
    """Facts from the stages' own records that some transitions depend on."""

    soft_skills_attendance_pct: int | None = None
    business_plan_completed: bool = False
    # What each stage's own record says (core.stage_records): a stage completes only on it.
    records: StageRecords = field(default_factory=StageRecords)


@dataclass(frozen=True)
class Pathway:
    """The pathway of one person: the state of each stage, the chosen track, the outcomes."""

    stages: Mapping[Stage, StageState] = field(default_factory=dict)
    track: Track | None = None
    outcomes: tuple[Outcome, ...] = ()

    def state(self, stage: Stage) -> StageState:
        return self.stages.get(stage) or StageState(stage)

    def applicable_stages(self) -> tuple[Stage, ...]:
        if self.track is None:
            return COMMON_STAGES
        return (*COMMON_STAGES, *TRACK_STAGES[self.track])

    def previous(self, stage: Stage) -> tuple[Stage, ...]:
        """The stages that come before ``stage`` on its own track."""
        track = track_of(stage)
        order = COMMON_STAGES if track is None else (*COMMON_STAGES, *TRACK_STAGES[track])
        return order[: order.index(stage)]

    def current_stage(self) -> Stage | None:
        """The first applicable stage not yet settled: where the person is now."""
        for stage in self.applicable_stages():
            if self.state(stage).status not in SETTLED:
                return stage
        return None

    @property
    def needs_track(self) -> bool:
        """The common stages are settled and no track is chosen yet: that is the next step."""
        return self.track is None and self.current_stage() is None


def check_transition(
    pathway: Pathway,
    stage: Stage,
    target: Status,
    on: date,
    reason: str,
    person: PersonFacts,
    facts: StageFacts,
    parameters: Parameters,
) -> list[Problem]:
    """Every reason the move of ``stage`` to ``target`` on ``on`` is refused (empty: allowed)."""
    problems: list[Problem] = []
    current = pathway.state(stage).status
    if target == current:
        return [Problem("status_unchanged", "status")]
    if target not in TRANSITIONS[current]:
        problems.append(
            Problem("transition_not_allowed", "status", {"from": current.value, "to": target.value})
        )
    if target in NEEDS_REASON and not reason.strip():
        problems.append(Problem("reason_required", "reason"))
    if current == Status.COMPLETED and target == Status.IN_PROGRESS and not reason.strip():
        problems.append(Problem("reason_required", "reason"))
    track_of_stage = track_of(stage)
    if track_of_stage is not None and target in UNDER_WAY - {Status.NOT_APPLICABLE}:
        if pathway.track is None:
            problems.append(Problem("track_not_chosen", "status"))
        elif pathway.track != track_of_stage:
            problems.append(
                Problem("stage_of_other_track", "status", {"track": pathway.track.value})
            )
    if target in (Status.IN_PROGRESS, Status.COMPLETED):
        needed = UNDER_WAY if target == Status.IN_PROGRESS else SETTLED
        for earlier in pathway.previous(stage):
            if pathway.state(earlier).status not in needed:
                code = (
                    "previous_stage_not_started"
                    if target == Status.IN_PROGRESS
                    else "previous_stage_open"
                )
                problems.append(Problem(code, "status", {"stage": earlier.value}))
                break
    if target == Status.COMPLETED and stage == Stage.SOFT_SKILLS:
        threshold = parameters.get("soft_skills_attendance_threshold_pct", on)
        rate = facts.soft_skills_attendance_pct
        if rate is None or rate < threshold:
            problems.append(
                Problem(
                    "attendance_below_threshold",
                    "status",
                    {"rate": rate if rate is not None else 0, "threshold": threshold},
                )
            )
    if stage == Stage.AE_REGISTRATION and target in (Status.IN_PROGRESS, Status.COMPLETED):
        problems.extend(ae_eligibility(person, on, parameters))
    if (
        stage == Stage.MICROGRANT
        and target == Status.COMPLETED
        and not facts.business_plan_completed
    ):
        problems.append(Problem("decision_needs_completed_plan", "status"))
    if target == Status.COMPLETED:
        problems.extend(completion_problems(stage.value, facts.records, on, parameters))
    return problems


def ae_eligibility(person: PersonFacts, on: date, parameters: Parameters) -> list[Problem]:
    """Why this person cannot register as an auto-entrepreneur on ``on`` (empty: eligible)."""
    problems: list[Problem] = []
    age = (
        on.year
        - person.date_of_birth.year
        - ((on.month, on.day) < (person.date_of_birth.month, person.date_of_birth.day))
    )
    minimum = parameters.get("ae_minimum_age_years", on)
    if age < minimum:
        problems.append(Problem("ae_too_young", "status", {"min": minimum}))
    if person.legal_status not in AE_ELIGIBLE_STATUSES:
        problems.append(
            Problem("ae_status_not_eligible", "status", {"status": person.legal_status})
        )
    elif person.legal_status != "moroccan":
        valid = [
            d
            for d in person.documents
            if d.doc_type in RESIDENCE_TITLES and d.expires_on is not None and d.expires_on >= on
        ]
        if not valid:
            problems.append(
                Problem("ae_needs_valid_residence_card", "status", {"on": on.isoformat()})
            )
    return problems


def apply_transition(
    pathway: Pathway,
    stage: Stage,
    target: Status,
    on: date,
    reason: str,
    person: PersonFacts,
    facts: StageFacts,
    parameters: Parameters,
) -> Pathway:
    """The pathway after the move, or :class:`DomainError` with every reason it is refused."""
    problems = check_transition(pathway, stage, target, on, reason, person, facts, parameters)
    if problems:
        raise DomainError(problems)
    state = pathway.state(stage)
    if target == Status.PLANNED:
        state = replace(state, planned_on=on)
    elif target == Status.IN_PROGRESS:
        state = replace(state, started_on=state.started_on or on, ended_on=None)
    elif target in (Status.COMPLETED, Status.ABANDONED):
        state = replace(state, ended_on=on, started_on=state.started_on or on)
    elif target == Status.NOT_STARTED:
        state = StageState(stage)
    state = replace(state, status=target, reason=reason.strip())
    return replace(pathway, stages={**pathway.stages, stage: state})


def choose_track(pathway: Pathway, track: Track, on: date, reason: str = "") -> Pathway:
    """Choose (or change) the track; the other track's stages become not applicable.

    Changing track once a stage of the current one is under way needs a reason, and a stage
    already completed is never erased.
    """
    if pathway.track == track:
        return pathway
    if pathway.track is not None:
        started = [
            s
            for s in TRACK_STAGES[pathway.track]
            if pathway.state(s).status in UNDER_WAY - {Status.NOT_APPLICABLE}
        ]
        if started and not reason.strip():
            raise DomainError.single("reason_required", "reason")
    stages = dict(pathway.stages)
    other = Track.WAGE if track == Track.SELF_EMPLOYMENT else Track.SELF_EMPLOYMENT
    for stage in TRACK_STAGES[other]:
        if stages.get(stage, StageState(stage)).status in (Status.NOT_STARTED, Status.PLANNED):
            stages[stage] = StageState(stage, Status.NOT_APPLICABLE, reason="other track")
    for stage in TRACK_STAGES[track]:
        if stages.get(stage, StageState(stage)).status == Status.NOT_APPLICABLE:
            stages[stage] = StageState(stage)
    return replace(pathway, track=track, stages=stages)


def record_outcome(pathway: Pathway, outcome: Outcome, today: date) -> Pathway:
    """Add a dated outcome; each kind is counted once per person (the latest date wins)."""
    if outcome.on > today:
        raise DomainError.single("date_in_future", "on")
    if outcome.kind == OutcomeKind.DROPPED_OUT and not outcome.detail.strip():
        raise DomainError.single("reason_required", "detail")
    kept = tuple(o for o in pathway.outcomes if o.kind != outcome.kind)
    return replace(pathway, outcomes=tuple(sorted((*kept, outcome), key=lambda o: o.on)))


def check_internship_terms(
    stipend_centimes: int, starts_on: date, ends_on: date, parameters: Parameters
) -> list[Problem]:
    """Contrat d'insertion bounds (domain.md §2.2), read as dated reference data; the other
    kinds of internship have theirs in core.internships."""
    from counsellor_app.core.internships import InternshipKind, check_terms

    return check_terms(
        InternshipKind.CONTRAT_INSERTION, stipend_centimes, starts_on, ends_on, parameters
    )
