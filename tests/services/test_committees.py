"""Grant committees on a real SQLite file: a session, its ranked agenda, conflicts, votes, and
the decision still taken as the grant application's signed decision."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from counsellor_app.core.committees import Member, SessionStatus, Vote
from counsellor_app.core.grants import Decision
from counsellor_app.core.problems import DomainError
from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.services.committees import CommitteeService
from counsellor_app.services.documents import DocumentService
from counsellor_app.services.errors import NotAllowed
from counsellor_app.services.grants import GrantService
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.people import PeopleService
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import GrantApplication
from counsellor_app.storage.paths import DataPaths
from tests.conftest import ADMIN, PASSWORD
from tests.documents.test_render import pdf_text
from tests.services.test_grants import TODAY, to_microgrant


def members(admin: CurrentUser, user: CurrentUser) -> list[Member]:
    return [
        Member("", "", user_id=admin.id, chair=True, present=True),
        Member("", "", user_id=user.id, present=True),
        Member("", "M. Haddad", "INDH Rabat", present=True),
        Member("", "Mme Alaoui", "Association Amal", present=True),
    ]


@pytest.fixture
def setting(
    db: Database, user: CurrentUser, people: PeopleService, workspace: Workspace
) -> tuple[CommitteeService, CommitteeService, dict[str, str]]:
    _db, admin = workspace.log_in(ADMIN, PASSWORD, db)
    envelope = GrantService(db, admin).create_envelope("UE", 10_000_000, date(2026, 1, 1))
    pathways = PathwayService(db, user, today=lambda: TODAY)
    grants = GrantService(db, user, today=lambda: TODAY)
    apps = {
        "ready": grants.apply(to_microgrant(people, pathways, True, db, user), envelope, 1_500_000),
        "second": grants.apply(to_microgrant(people, pathways, True, db, user), envelope, 900_000),
        "no_plan": grants.apply(
            to_microgrant(people, pathways, False, db, user), envelope, 500_000
        ),
    }
    return (
        CommitteeService(db, user, today=lambda: TODAY),
        CommitteeService(db, admin, today=lambda: TODAY),
        apps,
    )


def test_a_session_from_agenda_to_signed_minutes(
    paths: DataPaths,
    db: Database,
    user: CurrentUser,
    workspace: Workspace,
    setting: tuple[CommitteeService, CommitteeService, dict[str, str]],
) -> None:
    committees, supervisor, apps = setting
    _db, admin = workspace.log_in(ADMIN, PASSWORD, db)
    session_id = committees.create_session(
        date(2026, 11, 20), "Salle de réunion, Rabat-Agdal", members(admin, user)
    )
    view = committees.session(session_id)
    assert view.status == SessionStatus.PLANNED and view.quorum.reached
    assert [m.name for m in view.members][:2] == ["Amina Benkirane", "Salma Ouahbi"]

    candidates = {c.application_id: c for c in committees.candidates(session_id)}
    assert candidates[apps["ready"]].problems == ()
    assert candidates[apps["no_plan"]].problems == ("plan_missing",)
    with pytest.raises(DomainError) as refused:
        committees.add_to_agenda(session_id, apps["no_plan"])
    assert [p.code for p in refused.value.problems] == ["plan_missing"]
    first = committees.add_to_agenda(session_id, apps["ready"])
    second = committees.add_to_agenda(session_id, apps["second"])
    with pytest.raises(DomainError):
        committees.add_to_agenda(session_id, apps["ready"])

    # The programme's grid, adjusted by a supervisor, ranks the agenda.
    with pytest.raises(NotAllowed):
        committees.set_grid(None, {"viability": 1})
    supervisor.set_grid(None, {"viability": 3, "commitment": 1})
    committees.set_scores(first, {"viability": 2, "commitment": 5})  # (6+5)/20 = 55
    committees.set_scores(second, {"viability": 5, "commitment": 1})  # (15+1)/20 = 80
    with pytest.raises(DomainError):
        committees.set_scores(second, {"local_market": 3})  # not on this grid
    ranked = committees.session(session_id).items
    assert [(i.application_id, i.score) for i in ranked] == [
        (apps["second"], 80),
        (apps["ready"], 55),
    ]

    keys = [m.key for m in view.members]
    outsider = keys[2]
    committees.declare_conflict(second, outsider)
    votes = {keys[0]: Vote.FOR, keys[1]: Vote.FOR, keys[3]: Vote.AGAINST}
    with pytest.raises(DomainError) as refused:
        committees.record_decision(
            second, {**votes, outsider: Vote.FOR}, Decision.APPROVED, 900_000
        )
    assert [p.code for p in refused.value.problems] == ["conflicted_member_voted"]
    with pytest.raises(DomainError) as refused:
        committees.record_decision(second, votes, Decision.REJECTED, 0, reasons="x")
    assert [p.code for p in refused.value.problems] == ["decision_against_votes"]
    with pytest.raises(DomainError) as refused:  # the envelope's rule still holds
        committees.record_decision(second, votes, Decision.APPROVED, 20_000_000)
    assert [p.code for p in refused.value.problems] == ["envelope_exceeded"]
    assert committees.session(session_id).items[0].decision is None

    committees.record_decision(
        second, votes, Decision.APPROVED, 800_000, conditions="Achats en nature"
    )
    with db.reader() as session:
        grant = session.get(GrantApplication, apps["second"])
        assert grant is not None
        assert (grant.decision, grant.approved_centimes, grant.score) == ("approved", 800_000, 80)
        assert grant.committee_members == "Amina Benkirane, Salma Ouahbi, Mme Alaoui"
    item = committees.session(session_id).items[0]
    assert (item.tally.votes_for, item.tally.against, item.conflicts) == (2, 1, (outsider,))
    assert committees.session(session_id).status == SessionStatus.HELD

    with pytest.raises(DomainError) as refused:
        committees.sign_minutes(session_id, "a" * 64)
    assert refused.value.problems[0].code == "agenda_undecided"
    all_four = dict.fromkeys(keys, Vote.AGAINST)
    committees.record_decision(first, all_four, Decision.REJECTED, 0, reasons="Marché saturé")
    with pytest.raises(DomainError) as refused:
        committees.sign_minutes(session_id, "a" * 64)
    assert refused.value.problems[0].code == "minutes_not_printed"
    # The minutes, issued as the app's other documents are (serial, register, QR), then
    # signed: the session keeps the hash of the printed PDF, and a reprint is the same bytes.
    documents = DocumentService(db, user, paths.verification, today=lambda: TODAY)
    issued = documents.issue("committee_minutes", session_id, ("fr", "ar"))
    text = " ".join(pdf_text(issued.pdf).split())
    for expected in (
        "Procès-verbal de la commission",
        "محضر اجتماع لجنة منح الإعانات",
        "Mme Alaoui",
        "80/100",
        "Achats en nature",
        "Marché saturé",
        "est atteint",
    ):
        assert expected in text, expected
    digest = hashlib.sha256(issued.pdf).hexdigest()
    assert committees.minutes_serial(session_id) == issued.serial
    committees.sign_minutes(session_id, digest)
    assert hashlib.sha256(documents.reprint(issued.serial)).hexdigest() == digest
    assert committees.session(session_id).minutes_sha256 == digest
    minutes_png = os.environ.get("COMMITTEE_MINUTES_PNG")  # to look at it: pdftoppm -png
    if minutes_png and shutil.which("pdftoppm"):
        Path(minutes_png).with_suffix(".pdf").write_bytes(issued.pdf)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", str(Path(minutes_png).with_suffix(".pdf")),
             minutes_png],
            check=True,
        )  # fmt: skip
    with pytest.raises(DomainError) as refused:
        committees.record_decision(first, all_four, Decision.DEFERRED, 0)
    assert refused.value.problems[0].code == "minutes_already_signed"
    assert committees.sessions()[0].status == SessionStatus.MINUTES_SIGNED
    assert apps["second"] not in {c.application_id for c in committees.candidates(session_id)}


def test_quorum_lost_by_absence_refuses_the_vote(
    db: Database,
    user: CurrentUser,
    workspace: Workspace,
    setting: tuple[CommitteeService, CommitteeService, dict[str, str]],
) -> None:
    committees, _supervisor, apps = setting
    _db, admin = workspace.log_in(ADMIN, PASSWORD, db)
    session_id = committees.create_session(date(2026, 11, 20), "Rabat", members(admin, user))
    view = committees.session(session_id)
    roll = [Member(m.key, m.name, m.organisation, m.user_id, m.chair, m.key == view.members[0].key
                   or m.key == view.members[1].key) for m in view.members]  # fmt: skip
    committees.set_members(session_id, roll, seen=view.version)
    assert not committees.session(session_id).quorum.reached
    item = committees.add_to_agenda(session_id, apps["ready"])
    with pytest.raises(DomainError) as refused:
        committees.record_decision(
            item, {roll[0].key: Vote.FOR, roll[1].key: Vote.FOR}, Decision.APPROVED, 100_000
        )
    assert [p.code for p in refused.value.problems] == ["quorum_not_reached"]
    with pytest.raises(DomainError):  # the roll taken on a version since changed
        committees.set_members(session_id, roll, seen=view.version)


def test_a_session_of_a_programme_ranks_with_that_programmes_grid(
    db: Database,
    user: CurrentUser,
    workspace: Workspace,
    setting: tuple[CommitteeService, CommitteeService, dict[str, str]],
) -> None:
    from counsellor_app.core.indicators import Period
    from counsellor_app.services.indicator_targets import Programme, TargetService

    committees, supervisor, apps = setting
    _db, admin = workspace.log_in(ADMIN, PASSWORD, db)
    TargetService(db, admin).save(
        Programme("IDMAJE 2026", Period(date(2026, 1, 1), date(2026, 12, 31)))
    )
    programme = committees.programmes()[0].id
    with pytest.raises(DomainError) as refused:
        committees.create_session(TODAY, "Rabat", members(admin, user), programme_id="nope")
    assert refused.value.problems[0].code == "invalid_choice"
    supervisor.set_grid(programme, {"social_impact": 1})
    session_id = committees.create_session(TODAY, "Rabat", members(admin, user), programme)
    item = committees.add_to_agenda(session_id, apps["ready"])
    with pytest.raises(DomainError):  # viability is not on this programme's grid
        committees.set_scores(item, {"viability": 5})
    committees.set_scores(item, {"social_impact": 3})
    assert committees.session(session_id).items[0].score == 60
    assert committees.grid(None)["viability"] == 30  # other sessions keep the agency's grid


def test_scores_saved_meanwhile_by_another_counsellor_are_not_overwritten(
    db: Database,
    user: CurrentUser,
    workspace: Workspace,
    setting: tuple[CommitteeService, CommitteeService, dict[str, str]],
) -> None:
    """Two people score the same application from the same reading: the second save is
    refused (``changed_elsewhere``, the message every form shows) and the first one's scores
    stay; scored again on the fresh reading, it is saved."""
    committees, supervisor, apps = setting
    _db, admin = workspace.log_in(ADMIN, PASSWORD, db)
    other = CommitteeService(db, admin)
    session_id = committees.create_session(TODAY, "Rabat", members(admin, user))
    item = committees.add_to_agenda(session_id, apps["ready"])
    supervisor.set_grid(None, {"viability": 3, "commitment": 1})
    [read] = committees.session(session_id).items
    [read_by_other] = other.session(session_id).items
    assert read.version == read_by_other.version

    committees.set_scores(item, {"viability": 2, "commitment": 5}, seen=read.version)
    with pytest.raises(DomainError) as refused:
        other.set_scores(item, {"viability": 5}, seen=read_by_other.version)
    assert [p.code for p in refused.value.problems] == ["changed_elsewhere"]
    [kept] = other.session(session_id).items
    assert kept.scores == {"viability": 2, "commitment": 5}

    other.set_scores(item, {"viability": 5, "commitment": 5}, seen=kept.version)
    assert committees.session(session_id).items[0].scores == {"viability": 5, "commitment": 5}
