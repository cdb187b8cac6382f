"""Setting up a data directory, logging in, recovering access, and managing user accounts."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from counsellor_app.core import vocab
from counsellor_app.core.clock import utc_now
from counsellor_app.core.ids import new_device_code, new_id, normalise_agency_code
from counsellor_app.core.passwords import password_problems
from counsellor_app.core.problems import DomainError, Problem
from counsellor_app.core.roles import Permission, Role, can
from counsellor_app.core.text import clean_line
from counsellor_app.services.errors import (
    AccountLockedOut,
    DatabaseUnavailable,
    LoginRefused,
    NotAllowed,
)
from counsellor_app.storage.faults import (
    FaultKind,
    classify,
    classify_os_error,
    classify_write_failure,
)
from counsellor_app.storage.keystore import (
    AccountLocked,
    KdfParams,
    Keystore,
    KeystoreError,
    WrongCredentials,
    format_recovery_key,
    new_database_key,
    parse_recovery_key,
    username_key,
)
from counsellor_app.storage.paths import DataPaths

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from counsellor_app.storage.database import Database
    from counsellor_app.storage.models import UserAccount

log = logging.getLogger(__name__)
# SQLAlchemy, Alembic and the schema are imported on first use, not at start-up: the login
# window must appear in well under a second on an old PC (they load while the user types).


@dataclass(frozen=True)
class CurrentUser:
    id: str
    username: str
    display_name: str
    role: Role
    agency_id: str
    must_change_password: bool = False

    def can(self, permission: Permission) -> bool:
        return can(self.role, permission)

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise NotAllowed(permission.value)


@dataclass(frozen=True)
class SetupRequest:
    institution: str
    agency_name: str
    agency_code: str
    city_id: str
    admin_username: str
    admin_display_name: str
    admin_password: str
    admin_password_repeat: str


USERNAME_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789._-")


def username_problems(username: str, field: str) -> list[Problem]:
    if not username:
        return [Problem("required", field)]
    if len(username) > 32 or not set(username.lower()) <= USERNAME_CHARS:
        return [Problem("username_format", field)]
    return []


def to_user(account: UserAccount) -> CurrentUser:
    return CurrentUser(
        account.id,
        account.username,
        account.display_name,
        Role(account.role),
        account.agency_id,
        account.must_change_password,
    )


def _audit_login(
    session: Session, user: CurrentUser, failed: list[dict[str, Any]], unlocked: bool
) -> None:
    """The attempts refused since the last login, then this login, into the audit trail."""
    from counsellor_app.core.audit import AuditAction, AuditEvent
    from counsellor_app.storage import audit_log

    for attempt in failed:
        action = AuditAction.ACCOUNT_LOCKED if attempt.get("locked") else AuditAction.LOGIN_FAILED
        name = str(attempt.get("username") or "")
        try:
            at = datetime.fromisoformat(str(attempt["at"]))
        except (KeyError, ValueError):
            continue
        detail = {"username": name} if name else {"unknown_account": True}
        audit_log.append(session, "", "", AuditEvent(action, "user", name, detail), at=at)
    action = AuditAction.UNLOCKED if unlocked else AuditAction.LOGIN
    audit_log.append(session, user.id, user.username, AuditEvent(action, "user", user.id))


def _detail(error: BaseException) -> str:
    """The driver's own words for a failed statement ("database or disk is full"), without
    SQLAlchemy's echo of the statement and its parameters (they may hold personal data)."""
    return str(getattr(error, "orig", None) or error)[:200]


class Workspace:
    """One data directory: whether it is set up, setting it up, and unlocking it."""

    def __init__(self, paths: DataPaths, kdf: KdfParams | None = None) -> None:
        self.paths = paths
        self.kdf = kdf or KdfParams()

    def is_set_up(self) -> bool:
        return self.paths.is_initialised()

    def is_new(self) -> bool:
        """Nothing of a register here (neither the database nor its key file): the only case
        where the first-start wizard may run. A key file alone means a database went
        missing, which is said, never replaced."""
        return not self.paths.database.exists() and not self.paths.keystore.exists()

    def database_missing(self) -> bool:
        """The key file is here but not the database (moved, quarantined by an antivirus)."""
        return self.paths.keystore.exists() and not self.paths.database.exists()

    def keystore(self) -> Keystore:
        try:
            return Keystore.load(self.paths.keystore)
        except KeystoreError as exc:
            cause = exc.__cause__
            kind = classify(cause) if cause is not None else None
            raise DatabaseUnavailable(
                (kind or FaultKind.DAMAGED).value, str(exc), subject="keys"
            ) from exc

    def set_aside(self) -> Path:
        """Start anew keeping the old files: the database (if any), its journal and the key
        file move into ``backups/set-aside-<date>``; nothing is deleted. Only the caller
        decides who may (an administrator who typed the recovery key)."""
        import shutil

        from counsellor_app.core.clock import utc_now

        database = self.paths.database
        present = [
            p
            for p in (
                database,
                database.with_name(database.name + "-wal"),
                database.with_name(database.name + "-shm"),
                self.paths.keystore,
                self.paths.open_marker,
            )
            if p.exists()
        ]
        kept = self.paths.backups / f"set-aside-{utc_now():%Y-%m-%d-%H%M%S}"
        try:
            kept.mkdir(parents=True, exist_ok=True)
            for item in present:
                shutil.move(str(item), str(kept / item.name))
        except OSError as exc:
            kind = classify_os_error(exc) or FaultKind.IO_ERROR
            raise DatabaseUnavailable(kind.value, str(exc)) from exc
        return kept

    def recovery_key_matches(self, recovery_key: str) -> bool:
        """Whether the recovery key is this key file's (checked without the database)."""
        try:
            key = parse_recovery_key(recovery_key)
        except WrongCredentials:
            return False
        return self.keystore().matches(key)

    def validate_setup(self, request: SetupRequest) -> None:
        problems: list[Problem] = []
        if request.institution not in vocab.INSTITUTIONS:
            problems.append(Problem("required", "institution"))
        if not clean_line(request.agency_name):
            problems.append(Problem("required", "agency_name"))
        if len(normalise_agency_code(request.agency_code)) < 2:
            problems.append(Problem("agency_code_format", "agency_code"))
        if not request.city_id:
            problems.append(Problem("required", "city"))
        username = request.admin_username.strip()
        problems += username_problems(username, "admin_username")
        if not clean_line(request.admin_display_name):
            problems.append(Problem("required", "admin_display_name"))
        problems += password_problems(request.admin_password, username, "admin_password")
        if request.admin_password != request.admin_password_repeat:
            problems.append(Problem("passwords_differ", "admin_password_repeat"))
        if problems:
            raise DomainError(problems)

    def set_up(self, request: SetupRequest) -> tuple[Database, CurrentUser, str]:
        """Create the encrypted database, the agency and its first administrator.

        Returns the open database, the administrator, and the recovery key to show once.
        """
        from counsellor_app.storage.models import Agency, LocalSetting, UserAccount

        self.validate_setup(request)
        for existing in (self.paths.database, self.paths.keystore):
            if existing.exists():  # never over an existing register or its key file
                raise DatabaseUnavailable("already_set_up", str(existing))
        try:
            self.paths.ensure()
        except OSError as exc:
            kind = classify_os_error(exc) or FaultKind.IO_ERROR
            raise DatabaseUnavailable(kind.value, str(exc)) from exc
        key = new_database_key()
        db = self.open_with_key(key, create=True)
        admin_id = new_id()

        def first_records() -> UserAccount:  # on the database's one writer
            with db.unit_of_work(admin_id) as session:
                agency = Agency(
                    institution=request.institution,
                    name=clean_line(request.agency_name),
                    code=normalise_agency_code(request.agency_code),
                    city_id=request.city_id,
                )
                session.add(agency)
                session.flush()
                admin = UserAccount(
                    id=admin_id,
                    agency_id=agency.id,
                    username=request.admin_username.strip().lower(),
                    display_name=clean_line(request.admin_display_name),
                    role=Role.ADMINISTRATOR.value,
                )
                session.add(admin)
                session.add_all(
                    [
                        LocalSetting(key="agency_id", value=agency.id),
                        LocalSetting(key="device_code", value=new_device_code()),
                    ]
                )
            return admin

        try:
            admin = db.writer.run(first_records)
        except BaseException:
            db.close_quietly()  # files closed: Windows neither removes nor moves an open file
            raise
        if self.paths.keystore.exists():  # made meanwhile: the new database stays, unused
            db.close()
            raise DatabaseUnavailable("already_set_up", str(self.paths.keystore))
        keystore = Keystore(self.paths.keystore)
        try:
            keystore.set_password(request.admin_username, request.admin_password, key, self.kdf)
        except OSError as exc:
            db.close()
            kind = classify_os_error(exc) or FaultKind.IO_ERROR
            raise DatabaseUnavailable(kind.value, str(exc), subject="keys") from exc
        from counsellor_app.services.signing import open_keys

        open_keys(db, admin_id, request.admin_password, self.kdf)  # her act key (issue 20)
        return db, to_user(admin), format_recovery_key(key)

    def open_with_key(self, key: bytes, create: bool = False) -> Database:
        """Open (and migrate) the data with the database key; refusals as DatabaseUnavailable
        whose reason names the fault (storage.faults). A missing database is refused, never
        made anew, unless ``create`` (first start)."""
        from counsellor_app.storage.database import Database
        from counsellor_app.storage.engine import StorageFault
        from counsellor_app.storage.migrations import MigrationFailed

        try:
            db = Database(self.paths, key, create=create)
        except StorageFault as exc:
            raise DatabaseUnavailable(exc.kind.value, str(exc)) from exc
        except MigrationFailed as exc:
            kind = classify_write_failure(exc.cause, self.paths.root)
            if kind is not None and kind is not FaultKind.DAMAGED:  # a full disk, not a bug
                raise DatabaseUnavailable(kind.value, _detail(exc.cause)) from exc
            raise DatabaseUnavailable("migration_failed", str(exc.cause)) from exc
        except Exception as exc:
            kind = classify_write_failure(exc, self.paths.root)
            if kind is None:
                raise
            raise DatabaseUnavailable(kind.value, _detail(exc)) from exc
        if db.unclean_start:
            # The last session ended by a crash or a power cut: check the file before use,
            # and note where its audit trail stood, to compare with the newest backup.
            log.warning("the last session did not close; checking the database")
            try:
                sound = db.quick_check()
            except Exception as exc:  # a damaged page may raise instead of reporting
                sound = False
                log.error("integrity check failed: %s", exc)
            if not sound:
                db.engine.dispose()
                raise DatabaseUnavailable("damaged", "quick_check")
            from counsellor_app.services.crash_check import audit_head

            db.audit_head_at_open = audit_head(db)
        return db

    def _write_faults(self, db: Database, close: bool) -> Any:
        """A context in which a failed write (full disk, I/O error) becomes DatabaseUnavailable
        naming it, and the database is closed if this call opened it."""
        from contextlib import contextmanager

        @contextmanager
        def guard() -> Any:
            try:
                yield
            except (DomainError, LoginRefused, DatabaseUnavailable):
                raise
            except Exception as exc:
                kind = classify_write_failure(exc, self.paths.root)
                if kind is None:
                    raise
                if close:
                    db.close_quietly()
                raise DatabaseUnavailable(kind.value, _detail(exc)) from exc

        return guard()

    def log_in(
        self, username: str, password: str, open_database: Database | None = None
    ) -> tuple[Database, CurrentUser]:
        """Unlock the database with this account's password and check the account is active.

        ``open_database`` is reused when the app is already unlocked (switch user, idle lock).
        """
        keystore = self.keystore()
        if not keystore.has_account(username):  # registered on another PC of the agency?
            self._accept_invitation(keystore, username, password)
        try:
            key = keystore.unlock(username, password, utc_now())
        except AccountLocked as exc:
            raise AccountLockedOut(exc.until) from exc
        except WrongCredentials as exc:
            raise LoginRefused(username) from exc
        except OSError as exc:  # the failure count could not be written: say why
            kind = classify_os_error(exc) or FaultKind.IO_ERROR
            raise DatabaseUnavailable(kind.value, str(exc), subject="keys") from exc
        db = open_database if open_database is not None and open_database.key == key else None
        db = db or self.open_with_key(key)
        with self._write_faults(db, close=db is not open_database):
            db, user = self._enter(db, keystore, username, open_database)
            from counsellor_app.services.signing import open_keys

            open_keys(db, user.id, password, self.kdf)  # her act key, for her session
            return db, user

    def _accept_invitation(self, keystore: Keystore, username: str, password: str) -> None:
        """Her first login on this PC with the password she chose on another PC of her
        agency: her key opens the database key this PC sealed to her at a sync, which her
        password then wraps here as for any account (``storage.user_keys``)."""
        from counsellor_app.storage import user_keys

        accepted = user_keys.accept_invitation(self.paths.keystore, username, password)
        if accepted is None:
            return  # the ordinary login refuses, and counts the failure
        try:
            keystore.set_password(username, password, accepted[0], self.kdf)
            user_keys.forget_invitation(self.paths.keystore, username)
        except OSError as exc:
            kind = classify_os_error(exc) or FaultKind.IO_ERROR
            raise DatabaseUnavailable(kind.value, str(exc), subject="keys") from exc

    def _enter(
        self, db: Database, keystore: Keystore, username: str, open_database: Database | None
    ) -> tuple[Database, CurrentUser]:
        from sqlalchemy import func, select

        from counsellor_app.storage.models import UserAccount

        def enter() -> tuple[CurrentUser, Any] | None:  # on the database's one writer
            with db.unit_of_work(None) as session:
                account = session.scalar(
                    select(UserAccount).where(
                        func.lower(UserAccount.username) == username_key(username),
                        UserAccount.deleted_at.is_(None),
                    )
                )
                if account is None or not account.active:
                    return None
                account.last_login_at = utc_now()
                session.info["actor_id"] = account.id
                user = to_user(account)
                failed = keystore.failed_logins()
                _audit_login(session, user, failed, unlocked=open_database is not None)
            return user, failed

        entered = db.writer.run(enter)
        if entered is None:
            if db is not open_database:
                db.close()
            raise LoginRefused(username)
        user, failed = entered
        try:
            keystore.forget_failed_logins(len(failed))
        except OSError:  # they are in the audit trail now; copied again next time at worst
            log.warning("the key file could not be updated after login")
        return db, user

    def recover(self, recovery_key: str, username: str, new_password: str) -> None:
        """Give an existing active account a new password using the paper recovery key."""
        from sqlalchemy import func, select

        from counsellor_app.storage.models import UserAccount

        problems = password_problems(new_password, username, "new_password")
        if problems:
            raise DomainError(problems)
        try:
            key = parse_recovery_key(recovery_key)
        except WrongCredentials as exc:
            raise LoginRefused("recovery key") from exc
        try:
            db = self.open_with_key(key)
        except DatabaseUnavailable as exc:
            if exc.reason == "wrong_key":
                raise LoginRefused("recovery key") from exc
            raise
        try:
            with db.reader() as session:
                account = session.scalar(
                    select(UserAccount).where(
                        func.lower(UserAccount.username) == username_key(username)
                    )
                )
                if account is None:
                    raise DomainError.single("unknown_user", "username")
            account_id = account.id

            def reactivate() -> None:  # on the database's one writer
                with db.unit_of_work(account_id) as session:
                    stored = session.get(UserAccount, account_id)
                    assert stored is not None
                    stored.active = True

            db.writer.run(reactivate)
            keystore = self._keystore_or_new()
            try:
                keystore.set_password(username, new_password, key, self.kdf)
            except OSError as exc:
                kind = classify_os_error(exc) or FaultKind.IO_ERROR
                raise DatabaseUnavailable(kind.value, str(exc), subject="keys") from exc
        finally:
            db.close()

    def _keystore_or_new(self) -> Keystore:
        try:
            return Keystore.load(self.paths.keystore)
        except KeystoreError:
            log.warning("key store missing or unreadable: a new one is written")
            return Keystore(self.paths.keystore)
