"""Roles and what each may do. Enforced in the services layer, never only by hiding buttons."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    COUNSELLOR = "counsellor"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"


class Permission(StrEnum):
    REGISTER_PEOPLE = "register_people"
    VIEW_PEOPLE = "view_people"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    VIEW_REPORTS = "view_reports"
    APPROVE_ERASURE = "approve_erasure"  # the second person of a right-to-be-forgotten request


_GRANTS: dict[Role, frozenset[Permission]] = {
    Role.COUNSELLOR: frozenset({Permission.REGISTER_PEOPLE, Permission.VIEW_PEOPLE}),
    Role.SUPERVISOR: frozenset(
        {
            Permission.REGISTER_PEOPLE,
            Permission.VIEW_PEOPLE,
            Permission.VIEW_REPORTS,
            Permission.APPROVE_ERASURE,
        }
    ),
    Role.ADMINISTRATOR: frozenset(Permission),
}


def can(role: Role, permission: Permission) -> bool:
    return permission in _GRANTS[role]
