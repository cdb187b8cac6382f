"""Roles and what each may do. Enforced in the services layer, never only by hiding buttons."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any


class Role(StrEnum):
    COUNSELLOR = "counsellor"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"
    COMMITTEE = "committee"  # a grant committee member: reads files, records decisions


class Permission(StrEnum):
    REGISTER_PEOPLE = "register_people"
    VIEW_PEOPLE = "view_people"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    VIEW_REPORTS = "view_reports"
    APPROVE_ERASURE = "approve_erasure"  # the second person of a right-to-be-forgotten request
    RECORD_DECISIONS = "record_decisions"  # a grant committee's decision
    VIEW_AUDIT = "view_audit"
    # Health, violence, trafficking and identity numbers of anyone's file, not only one's own
    # people (Law 09-08's sensitive data; domain.md §5). Others reveal them with a reason.
    VIEW_SENSITIVE = "view_sensitive"


_GRANTS: dict[Role, frozenset[Permission]] = {
    # The counsellor who keeps the committee's minutes types its decisions too.
    Role.COUNSELLOR: frozenset(
        {Permission.REGISTER_PEOPLE, Permission.VIEW_PEOPLE, Permission.RECORD_DECISIONS}
    ),
    Role.SUPERVISOR: frozenset(
        {
            Permission.REGISTER_PEOPLE,
            Permission.VIEW_PEOPLE,
            Permission.VIEW_REPORTS,
            Permission.APPROVE_ERASURE,
            Permission.RECORD_DECISIONS,
            Permission.VIEW_AUDIT,
            Permission.VIEW_SENSITIVE,
        }
    ),
    # The administrator runs the PC (accounts, settings) but has no need to know anyone's
    # health or history: she sees sensitive fields of her own people only, like a counsellor.
    Role.ADMINISTRATOR: frozenset(Permission) - {Permission.VIEW_SENSITIVE},
    Role.COMMITTEE: frozenset({Permission.VIEW_PEOPLE, Permission.RECORD_DECISIONS}),
}


def can(role: Role, permission: Permission) -> bool:
    return permission in _GRANTS[role]


def may_see_sensitive(role: Role, actor_id: str, counsellor_id: str | None) -> bool:
    """A person's own counsellor, and roles with the right, see the sensitive fields."""
    return can(role, Permission.VIEW_SENSITIVE) or (bool(actor_id) and actor_id == counsellor_id)


# What the server checks again for each operation (reference/sync.md §9.13): an account's
# management and a grant committee's decision, the rights the services require for them.
ACCOUNT_FIELDS = frozenset(
    {"username", "display_name", "role", "active", "agency_id", "deleted_at"}
)
DECISION_FIELDS = frozenset(
    {
        "decision",
        "decided_on",
        "approved_centimes",
        "score",
        "conditions",
        "committee_members",
        "minutes",
    }
)


def permission_needed(
    entity: str, action: str, changes: Mapping[str, Sequence[Any]], actor_id: str, record_id: str
) -> Permission | None:
    """The right an operation needs as the services grant it, or None when any account of the
    agency may send it. Someone changing her own password clears her own "must change" flag."""
    if entity == "user_account":
        if action == "create" or ACCOUNT_FIELDS & changes.keys():
            return Permission.MANAGE_USERS
        flag = changes.get("must_change_password")
        if flag is not None and (bool(flag[-1]) or actor_id != record_id):
            return Permission.MANAGE_USERS
        return None
    if entity == "grant_application" and DECISION_FIELDS & changes.keys():
        return Permission.RECORD_DECISIONS
    return None
