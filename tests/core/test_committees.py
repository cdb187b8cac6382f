"""Committee rules: quorum without the conflicted, the weighted grid, ranking, agenda admission
and decisions that follow the votes."""

from __future__ import annotations

from counsellor_app.core.committees import (
    DEFAULT_GRID,
    Member,
    Ranked,
    Vote,
    agenda_problems,
    check_grid,
    check_members,
    check_scores,
    decision_problems,
    quorum,
    quorum_problems,
    rank,
    weighted_score,
)
from counsellor_app.core.grants import Decision
from counsellor_app.core.stage_records import PlanRecord

CHAIR = Member("c", "Mme Tazi", user_id="u1", chair=True, present=True)
TWO = Member("m2", "M. Haddad", "INDH", present=True)
THREE = Member("m3", "Mme Alaoui", "Association Amal", present=True)
FOUR = Member("m4", "M. Berrada", "CRI", present=True)
GOOD_PLAN = PlanRecord("Couture", "Atelier de couture", 3, 9_000_000, 0)


def codes(problems: object) -> list[str]:
    return [p.code for p in problems]  # type: ignore[attr-defined]


def test_quorum_needs_three_present_with_the_chair_and_counts_without_the_conflicted() -> None:
    members = [CHAIR, TWO, THREE]
    assert quorum(members).reached
    assert not quorum([CHAIR, TWO]).reached
    assert codes(quorum_problems(quorum([CHAIR, TWO]))) == ["quorum_not_reached"]
    absent_chair = [Member("c", "Mme Tazi", user_id="u1", chair=True), TWO, THREE, FOUR]
    assert codes(quorum_problems(quorum(absent_chair))) == ["quorum_needs_chair"]
    assert not quorum(members, conflicted=["m3"]).reached  # two left who may vote
    assert quorum([*members, FOUR], conflicted=["m3"]).voters == ("c", "m2", "m4")


def test_members_one_chair_named_outsiders_with_their_organisation() -> None:
    assert check_members([CHAIR, TWO]) == []
    assert codes(check_members([])) == ["members_required"]
    assert codes(check_members([TWO, THREE])) == ["one_chair_required"]
    assert "outsider_needs_organisation" in codes(check_members([CHAIR, Member("x", "Anon")]))
    assert "member_twice" in codes(check_members([CHAIR, CHAIR]))


def test_weighted_score_out_of_100_and_only_when_every_criterion_is_scored() -> None:
    full = dict.fromkeys(DEFAULT_GRID, 5)
    assert weighted_score(DEFAULT_GRID, full) == 100
    assert weighted_score(DEFAULT_GRID, dict.fromkeys(DEFAULT_GRID, 0)) == 0
    partial = dict(full)
    del partial["viability"]
    assert weighted_score(DEFAULT_GRID, partial) is None
    grid = {"viability": 3, "commitment": 1}
    assert weighted_score(grid, {"viability": 5, "commitment": 0}) == 75
    assert weighted_score(grid, {"viability": 4, "commitment": 3}) == 75  # (12+3)/20


def test_grid_and_scores_are_checked() -> None:
    assert check_grid(DEFAULT_GRID) == []
    assert codes(check_grid({})) == ["grid_empty"]
    assert codes(check_grid({"viability": 0})) == ["grid_empty"]
    assert codes(check_grid({"luck": 10})) == ["invalid_choice"]
    assert codes(check_grid({"viability": 101})) == ["weight_out_of_range"]
    assert codes(check_scores(DEFAULT_GRID, {"viability": 6})) == ["score_out_of_range"]
    assert codes(check_scores(DEFAULT_GRID, {"luck": 1})) == ["invalid_choice"]


def test_ranking_best_first_unscored_last_smaller_request_first_at_a_tie() -> None:
    ranked = rank(
        [
            Ranked("a", None, 100),
            Ranked("b", 60, 500),
            Ranked("c", 80, 900),
            Ranked("d", 60, 300),
        ]
    )
    assert [r.key for r in ranked] == ["c", "d", "b", "a"]


def test_agenda_admits_only_undecided_applications_with_a_plan_that_passed_review() -> None:
    assert agenda_problems(None, GOOD_PLAN) == []
    assert agenda_problems(Decision.DEFERRED, GOOD_PLAN) == []
    assert codes(agenda_problems(Decision.APPROVED, GOOD_PLAN)) == ["application_already_decided"]
    assert codes(agenda_problems(None, None)) == ["plan_missing"]
    gap = PlanRecord("Couture", "Atelier", 3, 9_000_000, 250_000)
    assert codes(agenda_problems(None, gap)) == ["plan_funding_gap"]


def test_a_decision_follows_the_votes_of_present_unconflicted_members() -> None:
    members = [CHAIR, TWO, THREE, FOUR]
    votes = {"c": Vote.FOR, "m2": Vote.FOR, "m3": Vote.AGAINST, "m4": Vote.ABSTAIN}
    assert decision_problems(members, [], votes, Decision.APPROVED) == []
    assert codes(decision_problems(members, [], votes, Decision.REJECTED)) == [
        "decision_against_votes"
    ]
    assert decision_problems(members, [], votes, Decision.DEFERRED) == []
    # The conflicted member may not vote; without her the quorum still holds.
    assert codes(decision_problems(members, ["m4"], votes, Decision.APPROVED)) == [
        "conflicted_member_voted"
    ]
    fewer = {k: v for k, v in votes.items() if k != "m4"}
    assert decision_problems(members, ["m4"], fewer, Decision.APPROVED) == []
    assert codes(decision_problems(members, [], fewer, Decision.APPROVED)) == ["vote_missing"]
    # Two conflicts: the quorum is lost for this application.
    two = {"c": Vote.FOR, "m2": Vote.FOR}
    assert "quorum_not_reached" in codes(
        decision_problems(members, ["m3", "m4"], two, Decision.APPROVED)
    )
    absent = [CHAIR, TWO, THREE, Member("m4", "M. Berrada", "CRI")]
    assert "absent_member_voted" in codes(decision_problems(absent, [], votes, Decision.APPROVED))
