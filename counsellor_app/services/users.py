"""Account administration: administrators create, disable and reset accounts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from counsellor_app.core.audit import AuditAction, AuditEvent
from counsellor_app.core.clock import utc_now
from counsellor_app.core.passwords import password_problems
from counsellor_app.core.problems import DomainError, Problem
from counsellor_app.core.roles import Permission, Role
from counsellor_app.core.text import clean_line
from counsellor_app.services import signing
from counsellor_app.services.accounts import CurrentUser, Workspace, username_problems
from counsellor_app.services.audit import audit
from counsellor_app.storage.database import Database
from counsellor_app.storage.keystore import AccountLocked, WrongCredentials
from counsellor_app.storage.models import UserAccount, this_agency_id
from counsellor_app.storage.writer import writes


@dataclass(frozen=True)
class UserView:
    id: str
    username: str
    display_name: str
    role: Role
    active: bool
    last_login_at: datetime | None


class UserService:
    """Administrators create, disable and reset accounts; everyone changes their own password."""

    def __init__(self, workspace: Workspace, db: Database, actor: CurrentUser) -> None:
        self._workspace, self._db, self._actor = workspace, db, actor

    def list_users(self) -> list[UserView]:
        self._actor.require(Permission.MANAGE_USERS)
        with self._db.reader() as session:
            return [
                UserView(a.id, a.username, a.display_name, Role(a.role), a.active, a.last_login_at)
                for a in session.scalars(
                    select(UserAccount)
                    .where(UserAccount.deleted_at.is_(None))
                    .order_by(UserAccount.display_name)
                )
            ]

    @writes
    def create_user(self, username: str, display_name: str, role: Role, password: str) -> str:
        self._actor.require(Permission.MANAGE_USERS)
        username = username.strip().lower()
        problems = username_problems(username, "username")
        if not clean_line(display_name):
            problems.append(Problem("required", "display_name"))
        problems += password_problems(password, username)
        with self._db.reader() as session:
            taken = session.scalar(
                select(func.count())
                .select_from(UserAccount)
                .where(func.lower(UserAccount.username) == username)
            )
        if taken:
            problems.append(Problem("username_taken", "username"))
        if problems:
            raise DomainError(problems)
        with self._db.unit_of_work(self._actor.id) as session:
            account = UserAccount(
                agency_id=this_agency_id(session),
                username=username,
                display_name=clean_line(display_name),
                role=role.value,
                active=True,  # set here, not by the column's default: the outbox sends it
                must_change_password=True,
            )
            session.add(account)
            session.flush()
            account_id = account.id
            audit(
                session,
                self._actor,
                AuditEvent(
                    AuditAction.USER_CREATED,
                    "user",
                    account_id,
                    {"username": username, "role": role.value},
                ),
            )
            # Inside the transaction: if wrapping fails, the account is not created either.
            self._workspace.keystore().set_password(
                username, password, self._db.key, self._workspace.kdf
            )
            signing.new_account_keys(self._db, session, account_id, password, self._workspace.kdf)
        return account_id

    @writes
    def set_active(self, user_id: str, active: bool) -> None:
        """Disabling removes the account's wrapped key: its password no longer opens anything."""
        self._actor.require(Permission.MANAGE_USERS)
        if user_id == self._actor.id and not active:
            raise DomainError.single("cannot_disable_self")
        with self._db.unit_of_work(self._actor.id) as session:
            account = session.get(UserAccount, user_id)
            if account is None:
                raise DomainError.single("unknown_user")
            account.active = active
            audit(
                session,
                self._actor,
                AuditEvent(
                    AuditAction.USER_CHANGED,
                    "user",
                    user_id,
                    {"username": account.username, "active": active},
                ),
            )
            if not active:
                self._workspace.keystore().remove(account.username)

    @writes
    def set_role(self, user_id: str, role: Role) -> None:
        """A permission change; an administrator cannot lower her own role (nobody would be
        left to undo it)."""
        self._actor.require(Permission.MANAGE_USERS)
        if user_id == self._actor.id and role != self._actor.role:
            raise DomainError.single("cannot_change_own_role")
        with self._db.unit_of_work(self._actor.id) as session:
            account = session.get(UserAccount, user_id)
            if account is None:
                raise DomainError.single("unknown_user")
            if account.role == role.value:
                return
            audit(
                session,
                self._actor,
                AuditEvent(
                    AuditAction.USER_CHANGED,
                    "user",
                    user_id,
                    {"username": account.username, "role": [account.role, role.value]},
                ),
            )
            account.role = role.value

    @writes
    def reset_password(self, user_id: str, new_password: str) -> None:
        """Set a temporary password (re-wrapping the database key); it must be changed at login."""
        self._actor.require(Permission.MANAGE_USERS)
        with self._db.unit_of_work(self._actor.id) as session:
            account = session.get(UserAccount, user_id)
            if account is None:
                raise DomainError.single("unknown_user")
            problems = password_problems(new_password, account.username)
            if problems:
                raise DomainError(problems)
            account.must_change_password = user_id != self._actor.id
            account.active = True
            audit(
                session,
                self._actor,
                AuditEvent(
                    AuditAction.PASSWORD_RESET, "user", user_id, {"username": account.username}
                ),
            )
            self._workspace.keystore().set_password(
                account.username, new_password, self._db.key, self._workspace.kdf
            )
            if user_id != self._actor.id:  # her old key is wrapped by a password nobody knows
                signing.new_account_keys(
                    self._db, session, user_id, new_password, self._workspace.kdf
                )
            else:
                signing.password_changed(
                    self._db, session, user_id, "", new_password, self._workspace.kdf
                )

    @writes
    def change_own_password(self, current: str, new: str, repeat: str) -> None:
        problems = password_problems(new, self._actor.username, "new_password")
        if new != repeat:
            problems.append(Problem("passwords_differ", "repeat_password"))
        if current == new:
            problems.append(Problem("password_unchanged", "new_password"))
        if problems:
            raise DomainError(problems)
        keystore = self._workspace.keystore()
        try:
            keystore.unlock(self._actor.username, current, utc_now())
        except (WrongCredentials, AccountLocked) as exc:
            raise DomainError.single("current_password_wrong", "current_password") from exc
        with self._db.unit_of_work(self._actor.id) as session:
            account = session.get(UserAccount, self._actor.id)
            assert account is not None
            account.must_change_password = False
            audit(
                session, self._actor, AuditEvent(AuditAction.PASSWORD_CHANGED, "user", account.id)
            )
            keystore.set_password(self._actor.username, new, self._db.key, self._workspace.kdf)
            signing.password_changed(
                self._db, session, self._actor.id, current, new, self._workspace.kdf
            )
