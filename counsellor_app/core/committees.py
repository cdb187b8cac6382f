"""Grant committees as they sit (issue 23, deliverable 3): quorum, conflicts of interest, the
weighted scoring grid, the agenda's admission rule and the votes behind each decision.

A committee session gathers members (agency accounts, or named outsiders with their
organisation) on a date and in a place. Its rules live here, in plain Python, so the service,
the screens and the printed minutes all apply the same ones:

- quorum, declared once (:data:`QUORUM_PRESENT`): at least three members present who may vote,
  the chair among those present. A member who declared a conflict of interest on an application
  does not vote on it and is not counted for its quorum;
- the agenda: an application not yet decided (or deferred by an earlier session) whose business
  plan's review has no blocking problem (``core.stage_records.plan_blocking_problems``);
- the ranking: each application scored 0–5 per criterion of the programme's grid, weighted,
  out of 100; the best first, unscored ones last;
- each decision matches the votes of the present, unconflicted members: approved only with more
  votes for than against, refused only without.

The decision itself is still the grant application's decision, signed by the person recording
it (``services.grants``, ``core.acts``); a session only adds how it was reached.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from counsellor_app.core.grants import Decision
from counsellor_app.core.problems import Problem
from counsellor_app.core.stage_records import PlanRecord, plan_blocking_problems

QUORUM_PRESENT = 3  # the rule: at least three members present who may vote, the chair among them
SCORE_MAX = 5  # each criterion is scored 0..5 by the committee
WEIGHT_MAX = 100
MAX_MEMBERS = 30


class SessionStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    MINUTES_SIGNED = "minutes_signed"


class Vote(StrEnum):
    FOR = "for"
    AGAINST = "against"
    ABSTAIN = "abstain"


class Criterion(StrEnum):
    """The criteria a grid may weigh (worded by the UI)."""

    VIABILITY = "viability"
    COMMITMENT = "commitment"
    LOCAL_MARKET = "local_market"
    AMOUNT_VS_PLAN = "amount_vs_plan"
    EXPERIENCE = "experience"
    SOCIAL_IMPACT = "social_impact"


# The grid a programme uses until its own is stored: weights in points, summed to 100.
DEFAULT_GRID: Mapping[str, int] = {
    Criterion.VIABILITY.value: 30,
    Criterion.COMMITMENT.value: 25,
    Criterion.LOCAL_MARKET.value: 20,
    Criterion.AMOUNT_VS_PLAN.value: 15,
    Criterion.EXPERIENCE.value: 10,
}


@dataclass(frozen=True)
class Member:
    """One member of a session: an account of the agency (``user_id``) or an outsider named
    with her organisation. ``key`` identifies her within the session (votes, conflicts)."""

    key: str
    name: str
    organisation: str = ""
    user_id: str | None = None
    chair: bool = False
    present: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name": self.name,
            "organisation": self.organisation,
            "user_id": self.user_id,
            "chair": self.chair,
            "present": self.present,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Member:
        user = data.get("user_id")
        return cls(
            str(data.get("key") or ""),
            str(data.get("name") or ""),
            str(data.get("organisation") or ""),
            str(user) if user else None,
            bool(data.get("chair")),
            bool(data.get("present")),
        )


def check_members(members: Sequence[Member]) -> list[Problem]:
    """A session's list: named, each once, one chair, and not more than a room holds."""
    problems: list[Problem] = []
    if not members:
        return [Problem("members_required", "members")]
    if len(members) > MAX_MEMBERS:
        problems.append(Problem("too_many_members", "members", {"max": MAX_MEMBERS}))
    if any(not m.name.strip() for m in members):
        problems.append(Problem("member_needs_name", "members"))
    if any(m.user_id is None and not m.organisation.strip() for m in members):
        problems.append(Problem("outsider_needs_organisation", "members"))
    keys = [m.key for m in members]
    users = [m.user_id for m in members if m.user_id]
    if len(set(keys)) != len(keys) or len(set(users)) != len(users):
        problems.append(Problem("member_twice", "members"))
    if sum(m.chair for m in members) != 1:
        problems.append(Problem("one_chair_required", "members"))
    return problems


@dataclass(frozen=True)
class Quorum:
    """Who may vote on one application, and whether they are enough."""

    voters: tuple[str, ...]  # keys of the present members without a conflict
    chair_present: bool
    needed: int = QUORUM_PRESENT

    @property
    def reached(self) -> bool:
        return self.chair_present and len(self.voters) >= self.needed


def quorum(members: Sequence[Member], conflicted: Iterable[str] = ()) -> Quorum:
    """The quorum of an application: conflicted members neither vote nor count."""
    out = set(conflicted)
    voters = tuple(m.key for m in members if m.present and m.key not in out)
    chair = any(m.chair and m.present for m in members)
    return Quorum(voters, chair)


def quorum_problems(found: Quorum) -> list[Problem]:
    problems: list[Problem] = []
    if not found.chair_present:
        problems.append(Problem("quorum_needs_chair", "members"))
    if len(found.voters) < found.needed:
        problems.append(
            Problem(
                "quorum_not_reached",
                "members",
                {"present": len(found.voters), "needed": found.needed},
            )
        )
    return problems


# -- the scoring grid ------------------------------------------------------------------------
def check_grid(weights: Mapping[str, int]) -> list[Problem]:
    """A grid weighs known criteria with whole points (0..100), not all zero."""
    known = {c.value for c in Criterion}
    problems: list[Problem] = []
    if not weights:
        return [Problem("grid_empty", "grid")]
    if any(name not in known for name in weights):
        problems.append(Problem("invalid_choice", "grid"))
    if any(
        isinstance(w, bool) or not isinstance(w, int) or not 0 <= w <= WEIGHT_MAX
        for w in weights.values()
    ):
        problems.append(Problem("weight_out_of_range", "grid", {"max": WEIGHT_MAX}))
    elif sum(weights.values()) <= 0:
        problems.append(Problem("grid_empty", "grid"))
    return problems


def check_scores(weights: Mapping[str, int], scores: Mapping[str, int]) -> list[Problem]:
    """Scores are given for the grid's criteria only, each 0..5."""
    if any(name not in weights for name in scores):
        return [Problem("invalid_choice", "scores")]
    if any(
        isinstance(s, bool) or not isinstance(s, int) or not 0 <= s <= SCORE_MAX
        for s in scores.values()
    ):
        return [Problem("score_out_of_range", "scores", {"max": SCORE_MAX})]
    return []


def weighted_score(weights: Mapping[str, int], scores: Mapping[str, int]) -> int | None:
    """The application's score out of 100 (rounded half up), or None until every weighed
    criterion is scored."""
    weighed = {name: w for name, w in weights.items() if w > 0}
    total = sum(weighed.values())
    if total <= 0 or any(name not in scores for name in weighed):
        return None
    points = sum(w * scores[name] for name, w in weighed.items())  # out of total * SCORE_MAX
    return (points * 200 + total * SCORE_MAX) // (2 * total * SCORE_MAX)


@dataclass(frozen=True)
class Ranked:
    key: str
    score: int | None
    requested_centimes: int


def rank(items: Iterable[Ranked]) -> list[Ranked]:
    """Best score first; unscored last; at equal scores the smaller request first (it spreads
    the envelope further), then a stable key."""
    return sorted(
        items,
        key=lambda r: (r.score is None, -(r.score or 0), r.requested_centimes, r.key),
    )


# -- the agenda --------------------------------------------------------------------------------
def agenda_problems(decision: Decision | None, plan: PlanRecord | None) -> list[Problem]:
    """Why an application cannot be put on a session's agenda (empty: it can)."""
    if decision in (Decision.APPROVED, Decision.REJECTED):
        return [Problem("application_already_decided", "agenda")]
    return [Problem(p.code, "agenda", p.params) for p in plan_blocking_problems(plan)]


# -- votes and the decision ------------------------------------------------------------------
@dataclass(frozen=True)
class Tally:
    votes_for: int
    against: int
    abstain: int


def tally(votes: Mapping[str, Vote]) -> Tally:
    counted = list(votes.values())
    return Tally(counted.count(Vote.FOR), counted.count(Vote.AGAINST), counted.count(Vote.ABSTAIN))


def decision_problems(
    members: Sequence[Member],
    conflicted: Iterable[str],
    votes: Mapping[str, Vote],
    decision: Decision,
) -> list[Problem]:
    """Whether a decision may be recorded with these votes: quorum reached without the
    conflicted members, every present unconflicted member voted and no one else did, and the
    decision follows the votes (deferring is always open to the committee)."""
    out = set(conflicted)
    found = quorum(members, out)
    problems = quorum_problems(found)
    if any(key in out for key in votes):
        problems.append(Problem("conflicted_member_voted", "votes"))
    if any(key not in found.voters and key not in out for key in votes):
        problems.append(Problem("absent_member_voted", "votes"))
    if any(key not in votes for key in found.voters):
        problems.append(Problem("vote_missing", "votes"))
    if problems:
        return problems
    counted = tally(votes)
    majority = counted.votes_for > counted.against
    if decision == Decision.APPROVED and not majority:
        problems.append(Problem("decision_against_votes", "decision"))
    if decision == Decision.REJECTED and majority:
        problems.append(Problem("decision_against_votes", "decision"))
    return problems
