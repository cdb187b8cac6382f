"""The audit trail records what the issue lists, through the services, with no UI."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from counsellor_app.core.audit import AuditAction
from counsellor_app.core.person import ConsentInput
from counsellor_app.core.problems import DomainError
from counsellor_app.core.roles import Permission, Role
from counsellor_app.services.accounts import Workspace
from counsellor_app.services.audit import AuditQuery, AuditService
from counsellor_app.services.errors import LoginRefused
from counsellor_app.services.people import PeopleService
from counsellor_app.services.users import UserService
from counsellor_app.storage.database import Database
from tests.conftest import ADMIN, COUNSELLOR, PASSWORD, person


def actions(db: Database, admin_workspace: Workspace) -> list[str]:
    _db, admin = admin_workspace.log_in(ADMIN, PASSWORD, open_database=db)
    entries = AuditService(db, admin).search(AuditQuery(), limit=1000)
    return [e.action for e in reversed(entries)]


def test_logins_failures_and_lockouts_are_recorded_without_the_typed_text(
    workspace: Workspace,
) -> None:
    with pytest.raises(LoginRefused):
        workspace.log_in(COUNSELLOR, "not-her-password")
    with pytest.raises(LoginRefused):
        workspace.log_in("Rabat-Agdal-2026!", "x")  # a password typed as the user name
    db, admin = workspace.log_in(ADMIN, PASSWORD)
    try:
        entries = list(reversed(AuditService(db, admin).search(AuditQuery(), limit=100)))
        tail = [(e.action, dict(e.detail)) for e in entries[-3:]]
        assert tail == [
            ("login_failed", {"username": COUNSELLOR}),
            ("login_failed", {"unknown_account": True}),
            ("login", {}),
        ]
        dumped = json.dumps([dict(e.detail) for e in entries]) + "".join(
            e.actor_name + e.subject_id for e in entries
        )
        assert "Rabat-Agdal" not in dumped and "not-her-password" not in dumped
        # The failures were moved into the trail once: a second login does not repeat them.
        _db2, _ = workspace.log_in(ADMIN, PASSWORD, open_database=db)
        again = AuditService(db, admin).search(AuditQuery(), limit=3)
        assert [e.action for e in again] == ["unlocked", "login", "login_failed"]
    finally:
        db.close()


def test_edits_consent_prints_exports_imports_and_permission_changes_are_recorded(
    workspace: Workspace, db: Database, people: PeopleService
) -> None:
    person_id = people.register(person())
    stored = people.get(person_id).data
    people.update(person_id, replace(stored, phone="06 99 88 77 66", consent=ConsentInput()))
    _db, admin = workspace.log_in(ADMIN, PASSWORD, open_database=db)
    users = UserService(workspace, db, admin)
    new_id = users.create_user("nadia", "Nadia Alami", Role.COUNSELLOR, PASSWORD + "x")
    users.set_role(new_id, Role.SUPERVISOR)
    users.set_active(new_id, False)
    service = AuditService(db, admin)
    entries = service.search(AuditQuery(subject_id=person_id))
    by_action = {e.action: e for e in entries}
    assert set(by_action) >= {"person_created", "person_updated", "consent_changed"}
    assert by_action["person_updated"].detail["fields"] == ["phone", "consent"]
    assert by_action["consent_changed"].detail == {"given": False, "purposes": []}
    changes = service.search(AuditQuery(subject_id=new_id))
    assert [dict(e.detail) for e in reversed(changes)] == [
        {"username": "nadia", "role": "counsellor"},
        {"username": "nadia", "role": ["counsellor", "supervisor"]},
        {"username": "nadia", "active": False},
    ]
    assert all(e.actor_name == ADMIN for e in changes)
    with pytest.raises(DomainError):
        users.set_role(admin.id, Role.COUNSELLOR)


def test_a_counsellor_cannot_read_the_trail_and_the_app_cannot_rewrite_it(
    db: Database, user: object
) -> None:
    from counsellor_app.services.accounts import CurrentUser

    assert isinstance(user, CurrentUser)
    with pytest.raises(DomainError):
        AuditService(db, user).search(AuditQuery())
    for statement in ("UPDATE audit_entry SET actor_name = 'x'", "DELETE FROM audit_entry"):
        with pytest.raises(DatabaseError, match="append-only"), db.unit_of_work(None) as s:
            s.execute(text(statement))


def test_the_chain_checks_and_a_forged_entry_is_found(
    workspace: Workspace, db: Database, people: PeopleService
) -> None:
    for n in range(3):
        people.register(person(last_name="Diallo" + "abc"[n], documents=()), confirmed_new=True)
    _db, admin = workspace.log_in(ADMIN, PASSWORD, open_database=db)
    service = AuditService(db, admin)
    assert service.check().intact
    # Someone with the key and a SQL tool drops the trigger and edits an entry.
    with db.unit_of_work(None) as s:
        s.execute(text("DROP TRIGGER audit_entry_no_update"))
        s.execute(
            text("UPDATE audit_entry SET actor_name = 'ghost' WHERE action = 'person_created'")
        )
    check = service.check()
    assert not check.intact and check.problem == "hash"
    exported = service.export("json")
    body = json.loads(exported.text)
    assert body["chain"]["intact"] is False and body["chain"]["first_broken"] == check.first_broken


def test_the_csv_export_is_formula_safe(workspace: Workspace, db: Database) -> None:
    _db, admin = workspace.log_in(ADMIN, PASSWORD, open_database=db)
    users = UserService(workspace, db, admin)
    users.create_user("eve", '=HYPERLINK("http://x")', Role.COUNSELLOR, PASSWORD + "y")
    exported = AuditService(db, admin).export("csv")
    assert exported.text.splitlines()[0].startswith("seq,at,actor_id")
    assert exported.check.intact
    last = AuditService(db, admin).search(AuditQuery(), limit=1)[0]
    assert last.action == AuditAction.AUDIT_EXPORTED and last.detail["format"] == "csv"


def test_a_committee_member_records_decisions_but_registers_nobody(
    workspace: Workspace, db: Database
) -> None:
    _db, admin = workspace.log_in(ADMIN, PASSWORD, open_database=db)
    UserService(workspace, db, admin).create_user(
        "comite", "Membre du comité", Role.COMMITTEE, PASSWORD + "z"
    )
    _db, member = workspace.log_in("comite", PASSWORD + "z", open_database=db)
    assert member.can(Permission.RECORD_DECISIONS) and member.can(Permission.VIEW_PEOPLE)
    with pytest.raises(DomainError):
        PeopleService(db, member, today=lambda: date(2026, 11, 22)).register(person())
