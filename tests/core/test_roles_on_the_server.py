"""Which operations the server checks against the author's role (core.roles)."""

from __future__ import annotations

from counsellor_app.core.roles import Permission, Role, can, permission_needed


def test_managing_accounts_needs_the_right_but_changing_ones_own_password_does_not() -> None:
    assert (
        permission_needed("user_account", "create", {}, "admin", "new") == Permission.MANAGE_USERS
    )
    promote = {"role": ["counsellor", "administrator"]}
    assert (
        permission_needed("user_account", "update", promote, "me", "me") == Permission.MANAGE_USERS
    )
    cleared = {"must_change_password": [True, False]}
    assert permission_needed("user_account", "update", cleared, "me", "me") is None
    assert (
        permission_needed("user_account", "update", cleared, "me", "other")
        == Permission.MANAGE_USERS
    )
    forced = {"must_change_password": [False, True]}  # a reset by the administrator
    assert (
        permission_needed("user_account", "update", forced, "me", "me") == Permission.MANAGE_USERS
    )
    assert not can(Role.COUNSELLOR, Permission.MANAGE_USERS)


def test_a_grant_decision_needs_the_committees_right_and_ordinary_work_no_check() -> None:
    decided = {"decision": [None, "approved"], "approved_centimes": [0, 2_000_000]}
    assert permission_needed("grant_application", "update", decided, "a", "g") == (
        Permission.RECORD_DECISIONS
    )
    assert (
        permission_needed("grant_application", "update", {"envelope_id": ["x", "y"]}, "a", "g")
        is None
    )
    assert permission_needed("person", "update", {"role": ["a", "b"]}, "a", "p") is None
    assert all(can(role, Permission.RECORD_DECISIONS) for role in Role)
