"""Internships of every kind programmes use, their agreement's life, scored evaluations,
their outcome and a host's record across its interns.

Kinds: the ANAPEC *contrat d'insertion* (stipend within the dated bounds), unpaid or
allowance-only training placements (*stage de formation-insertion*, association placements)
and apprenticeship. Each kind has its own length limit, read as dated parameters.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from counsellor_app.core.parameters import Parameters
from counsellor_app.core.problems import Problem


class InternshipKind(StrEnum):
    CONTRAT_INSERTION = "contrat_insertion"
    FORMATION_INSERTION = "formation_insertion"  # unpaid or with an allowance
    ASSOCIATION_PLACEMENT = "association_placement"  # unpaid or with an allowance
    APPRENTICESHIP = "apprenticeship"


class Agreement(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"  # by the intern, the host and the agency, the signed copy attached
    STARTED = "started"
    ENDED_EARLY = "ended_early"
    COMPLETED = "completed"


class ContractKind(StrEnum):
    CDI = "cdi"
    CDD = "cdd"
    TAHFIZ = "tahfiz"  # the Tahfiz programme's CDD with State-paid charges


# Why an intern was not hired: the reasons programmes report.
NOT_HIRED_REASONS = ("no_post", "intern_declined", "ended_early", "further_training", "other")
PARTIES = ("intern", "host", "agency")
# The moves of an agreement (a correction goes back one step, e.g. a copy attached by mistake).
AGREEMENT_MOVES: Mapping[Agreement, frozenset[Agreement]] = {
    Agreement.DRAFT: frozenset({Agreement.SIGNED}),
    Agreement.SIGNED: frozenset({Agreement.DRAFT, Agreement.STARTED}),
    Agreement.STARTED: frozenset({Agreement.ENDED_EARLY, Agreement.COMPLETED}),
    Agreement.ENDED_EARLY: frozenset({Agreement.STARTED}),
    Agreement.COMPLETED: frozenset({Agreement.STARTED}),
}
# Stored before agreements had a life of their own (migration 0020 renames them).
OLD_AGREEMENTS = {"validated": Agreement.STARTED, "terminated": Agreement.ENDED_EARLY}

# The default evaluation grid: each criterion scored from 1 (insufficient) to 4 (very good).
# A programme may adjust it later; the scores are kept by criterion code.
DEFAULT_GRID = ("punctuality", "teamwork", "technical_skills", "initiative", "communication")
SCORE_MIN, SCORE_MAX = 1, 4
# The contrat d'insertion expects a host to hire at least this share of its interns.
HIRING_RULE_PCT = 60


@dataclass(frozen=True)
class AgreementFacts:
    """What the agreement's moves read."""

    status: Agreement
    starts_on: date
    ends_on: date
    signatures: frozenset[str] = frozenset()
    signed_on: date | None = None
    copy_attached: bool = False
    ended_early_on: date | None = None
    end_reason: str = ""


def check_terms(
    kind: InternshipKind,
    stipend_centimes: int,
    starts_on: date,
    ends_on: date,
    parameters: Parameters,
) -> list[Problem]:
    """The kind's bounds: the contrat d'insertion's stipend range; a placement may be unpaid
    or carry an allowance up to the stipend ceiling; each kind its longest length."""
    problems: list[Problem] = []
    low = parameters.get("internship_stipend_min_centimes", starts_on)
    high = parameters.get("internship_stipend_max_centimes", starts_on)
    if kind == InternshipKind.CONTRAT_INSERTION and not low <= stipend_centimes <= high:
        problems.append(
            Problem("stipend_out_of_bounds", "stipend", {"min": low // 100, "max": high // 100})
        )
    elif kind != InternshipKind.CONTRAT_INSERTION and not 0 <= stipend_centimes <= high:
        problems.append(Problem("allowance_out_of_bounds", "stipend", {"max": high // 100}))
    if ends_on <= starts_on:
        problems.append(Problem("end_before_start", "ends_on"))
        return problems
    months = (ends_on.year - starts_on.year) * 12 + ends_on.month - starts_on.month
    months += 1 if ends_on.day > starts_on.day else 0
    key = {
        InternshipKind.CONTRAT_INSERTION: "internship_max_months",
        InternshipKind.APPRENTICESHIP: "apprenticeship_max_months",
    }.get(kind, "placement_max_months")
    limit = parameters.get(key, starts_on)
    if months > limit:
        problems.append(Problem("internship_too_long", "ends_on", {"max": limit}))
    return problems


def check_agreement(facts: AgreementFacts, target: Agreement, today: date) -> list[Problem]:
    """Every reason the agreement cannot move to ``target`` (empty: it can)."""
    if target == facts.status:
        return []
    problems: list[Problem] = []
    if target not in AGREEMENT_MOVES[facts.status]:
        return [Problem("agreement_move_not_allowed", "agreement_status")]
    if target == Agreement.SIGNED:
        missing = [p for p in PARTIES if p not in facts.signatures]
        if missing:
            problems.append(
                Problem("agreement_needs_signatures", "signatures", {"count": len(missing)})
            )
        if facts.signed_on is None:
            problems.append(Problem("required", "signed_on"))
        elif facts.signed_on > today:
            problems.append(Problem("date_in_future", "signed_on"))
        if not facts.copy_attached:
            problems.append(Problem("agreement_needs_signed_copy", "signed_copy"))
    elif target == Agreement.STARTED and facts.status == Agreement.SIGNED:
        if facts.starts_on > today:
            problems.append(
                Problem("internship_not_started", "starts_on", {"on": facts.starts_on.isoformat()})
            )
    elif target == Agreement.ENDED_EARLY:
        if facts.ended_early_on is None:
            problems.append(Problem("required", "ended_early_on"))
        elif not facts.starts_on <= facts.ended_early_on <= min(facts.ends_on, today):
            problems.append(Problem("early_end_out_of_range", "ended_early_on"))
        if not facts.end_reason.strip():
            problems.append(Problem("reason_required", "end_reason"))
    elif target == Agreement.COMPLETED and facts.ends_on > today:
        problems.append(
            Problem("internship_not_ended", "agreement_status", {"on": facts.ends_on.isoformat()})
        )
    return problems


def check_scores(scores: Mapping[str, object], grid: Sequence[str], field: str) -> list[Problem]:
    """A grid's scores: known criteria, each from 1 to 4; an evaluation scores every one."""
    if not scores:
        return []
    if set(scores) - set(grid) or any(
        not isinstance(v, int) or isinstance(v, bool) or not SCORE_MIN <= v <= SCORE_MAX
        for v in scores.values()
    ):
        return [Problem("score_out_of_range", field, {"min": SCORE_MIN, "max": SCORE_MAX})]
    if set(grid) - set(scores):
        return [Problem("evaluation_incomplete", field)]
    return []


def average(scores: Mapping[str, int]) -> float | None:
    return sum(scores.values()) / len(scores) if scores else None


def check_outcome(hired: bool | None, contract: str, reason: str) -> list[Problem]:
    """Hired: the contract kind (CDI, CDD, Tahfiz); not hired: the reason."""
    if hired is True and contract not in {k.value for k in ContractKind}:
        return [Problem("contract_kind_required", "contract_kind")]
    if hired is False and reason not in NOT_HIRED_REASONS:
        return [Problem("not_hired_reason_required", "not_hired_reason")]
    return []


@dataclass(frozen=True)
class HostRecord:
    """A host's record across its interns: how many, how many finished, how many hired."""

    interns: int
    finished: int  # ended (completed or early) with an outcome recorded
    hired: int
    insertion_finished: int  # contrats d'insertion finished
    insertion_hired: int

    @property
    def hiring_pct(self) -> int | None:
        return round(100 * self.hired / self.finished) if self.finished else None

    @property
    def insertion_pct(self) -> int | None:
        if not self.insertion_finished:
            return None
        return round(100 * self.insertion_hired / self.insertion_finished)

    @property
    def meets_hiring_rule(self) -> bool | None:
        """The contrat d'insertion's 60 % rule (None: no contrat finished yet)."""
        pct = self.insertion_pct
        return None if pct is None else pct >= HIRING_RULE_PCT


def host_record(internships: Iterable[tuple[str, str, bool | None]]) -> HostRecord:
    """From (kind, agreement status, hired) of each of the host's interns."""
    interns = finished = hired = ins_finished = ins_hired = 0
    for kind, status, was_hired in internships:
        interns += 1
        ended = OLD_AGREEMENTS.get(status, status) in (Agreement.COMPLETED, Agreement.ENDED_EARLY)
        if not ended or was_hired is None:
            continue
        finished += 1
        hired += bool(was_hired)
        if kind == InternshipKind.CONTRAT_INSERTION:
            ins_finished += 1
            ins_hired += bool(was_hired)
    return HostRecord(interns, finished, hired, ins_finished, ins_hired)
