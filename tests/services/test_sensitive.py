"""Sensitive fields: masked for those without the need to know, kept intact by their saves,
revealed only with a reason that goes into the audit trail."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from counsellor_app.core.problems import DomainError
from counsellor_app.core.roles import Role
from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.services.audit import AuditQuery, AuditService
from counsellor_app.services.people import PeopleService
from counsellor_app.services.users import UserService
from counsellor_app.storage.database import Database
from tests.conftest import ADMIN, PASSWORD, person

TODAY = date(2026, 11, 22)


def colleague(workspace: Workspace, db: Database, role: Role, name: str) -> CurrentUser:
    _db, admin = workspace.log_in(ADMIN, PASSWORD, open_database=db)
    UserService(workspace, db, admin).create_user(name, name.title(), role, PASSWORD + "q")
    _db, other = workspace.log_in(name, PASSWORD + "q", open_database=db)
    return other


@pytest.fixture
def victim(people: PeopleService) -> str:
    return people.register(
        person(vulnerabilities=("trafficking_victim", "single_parent", "chronic_illness"))
    )


def test_the_persons_counsellor_sees_everything_and_her_opening_is_logged_once(
    workspace: Workspace, db: Database, people: PeopleService, victim: str
) -> None:
    shown = people.get(victim)
    people.get(victim)
    assert not shown.masked and shown.sensitive
    assert set(shown.data.vulnerabilities) == {
        "trafficking_victim",
        "single_parent",
        "chronic_illness",
    }
    assert shown.data.documents[0].number == "E123456"
    _db, admin = workspace.log_in(ADMIN, PASSWORD, open_database=db)
    viewed = AuditService(db, admin).search(AuditQuery(actions=["sensitive_viewed"]))
    assert [(e.subject_id, e.actor_name) for e in viewed] == [(victim, "salma")]


def test_another_counsellor_and_the_administrator_see_it_masked(
    workspace: Workspace, db: Database, victim: str
) -> None:
    for other in (
        colleague(workspace, db, Role.COUNSELLOR, "nadia"),
        workspace.log_in(ADMIN, PASSWORD, open_database=db)[1],
    ):
        shown = PeopleService(db, other, today=lambda: TODAY).get(victim)
        assert shown.masked and shown.sensitive
        assert shown.data.vulnerabilities == ("single_parent",)
        assert shown.data.documents[0].number == "••••456"
        assert all(w.number == "••••456" for w in shown.warnings)
        history = PeopleService(db, other, today=lambda: TODAY).history(victim)
        text = repr([h.changes for h in history])
        assert "E123456" not in text and "trafficking" not in text and "single_parent" in text


def test_a_supervisor_sees_it_unmasked(workspace: Workspace, db: Database, victim: str) -> None:
    supervisor = colleague(workspace, db, Role.SUPERVISOR, "karima")
    shown = PeopleService(db, supervisor, today=lambda: TODAY).get(victim)
    assert not shown.masked and "trafficking_victim" in shown.data.vulnerabilities


def test_saving_a_masked_form_keeps_what_it_could_not_show(
    workspace: Workspace, db: Database, people: PeopleService, victim: str
) -> None:
    other = PeopleService(db, colleague(workspace, db, Role.COUNSELLOR, "nadia"), lambda: TODAY)
    form = other.get(victim).data
    other.update(
        victim,
        replace(form, phone="06 99 88 77 66", vulnerabilities=(*form.vulnerabilities, "homeless")),
    )
    stored = people.get(victim).data
    assert stored.phone == "+212699887766"
    assert set(stored.vulnerabilities) == {
        "trafficking_victim",
        "single_parent",
        "chronic_illness",
        "homeless",
    }
    assert stored.documents[0].number == "E123456"
    # A number typed over the mask is taken as typed.
    form = other.get(victim).data
    retyped = replace(form.documents[0], number="E654321")
    other.update(victim, replace(form, documents=(retyped,)))
    assert people.get(victim).data.documents[0].number == "E654321"


def test_break_glass_needs_a_reason_and_is_recorded(
    workspace: Workspace, db: Database, victim: str
) -> None:
    nadia = colleague(workspace, db, Role.COUNSELLOR, "nadia")
    other = PeopleService(db, nadia, today=lambda: TODAY)
    with pytest.raises(DomainError) as refused:
        other.reveal(victim, "  just   ")
    assert refused.value.problems[0].code == "reason_too_short"
    shown = other.reveal(victim, "Salma absente, orientation urgente vers le centre de santé")
    assert not shown.masked and "trafficking_victim" in shown.data.vulnerabilities
    assert not other.get(victim).masked  # for the rest of this session
    _db, admin = workspace.log_in(ADMIN, PASSWORD, open_database=db)
    revealed = AuditService(db, admin).search(AuditQuery(actions=["sensitive_revealed"]))
    assert [(e.actor_name, e.subject_id, e.detail["reason"]) for e in revealed] == [
        ("nadia", victim, "Salma absente, orientation urgente vers le centre de santé")
    ]
    # Another session of the same counsellor starts masked again.
    assert PeopleService(db, nadia, today=lambda: TODAY).get(victim).masked
