"""Automatic and manual backups, the daily integrity check, and restoring a backup.

Backups are made at exit (when something changed since the last one) and once a day, into the
folder chosen in the settings (a USB key, a network share) or the data folder's ``backups``;
only the newest ``keep`` of this PC are kept there. Restoring needs an administrator's
password as it was in the backup, or the paper recovery key: it replaces everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from counsellor_app import __version__
from counsellor_app.core.audit import AuditAction, AuditEvent
from counsellor_app.core.clock import utc_now
from counsellor_app.core.roles import Role
from counsellor_app.services.accounts import CurrentUser, Workspace, to_user
from counsellor_app.services.audit import audit, record
from counsellor_app.services.errors import AccountLockedOut, LoginRefused
from counsellor_app.storage import backups
from counsellor_app.storage.backups import BackupError, BackupInfo
from counsellor_app.storage.database import Database
from counsellor_app.storage.engine import keyed_connection
from counsellor_app.storage.keystore import (
    AccountLocked,
    Keystore,
    KeystoreError,
    WrongCredentials,
    parse_recovery_key,
    username_key,
)
from counsellor_app.storage.models import ChangeLog, LocalSetting, UserAccount
from counsellor_app.storage.outbox import DEVICE_KEY, SEQ_KEY, raise_floor
from counsellor_app.storage.settings import Settings

__all__ = ["BackupError", "BackupInfo", "BackupService", "RestoreResult", "restore"]
LAST_AT = "backup.last_at"
LAST_CHANGE = "backup.last_change_seq"
DAILY = timedelta(hours=24)


def backup_folder(workspace: Workspace, settings: Settings) -> Path:
    return Path(settings.backup_folder) if settings.backup_folder else workspace.paths.backups


class BackupService:
    def __init__(
        self, workspace: Workspace, db: Database, actor: CurrentUser, settings: Settings
    ) -> None:
        self._workspace, self._db, self._actor, self._settings = workspace, db, actor, settings

    @property
    def folder(self) -> Path:
        return backup_folder(self._workspace, self._settings)

    def _last_change(self) -> int:
        with self._db.reader() as session:
            return int(session.scalar(select(func.max(ChangeLog.seq))) or 0)

    def is_due(self, kind: str) -> bool:
        """``exit``: something changed since the last backup; ``daily``: none for 24 hours."""
        last_at = self._db.local_setting(LAST_AT)
        if kind == "daily":
            return last_at is None or utc_now() - datetime.fromisoformat(last_at) >= DAILY
        if kind == "exit":
            if not self._settings.backup_at_exit:
                return False
            return last_at is None or self._db.local_setting(LAST_CHANGE) != str(
                self._last_change()
            )
        return True

    def make(self, kind: str = "manual") -> BackupInfo:
        """Back up now (any logged-in user: a backup only copies what is already encrypted).

        The daily one also checks the copy with SQLite's quick_check; a damaged database
        raises BackupError("database_damaged") so the app can say what to do.
        """
        last_change = self._last_change()
        info = backups.make_backup(
            self._db.engine,
            self._workspace.paths,
            self.folder,
            self._db.key,
            kind,
            __version__,
            check=kind != "exit",
        )
        backups.prune(self.folder, self._settings.backup_keep, info.device_code)
        with self._db.unit_of_work(self._actor.id) as session:
            session.merge(LocalSetting(key=LAST_AT, value=info.created_at.isoformat()))
            session.merge(LocalSetting(key=LAST_CHANGE, value=str(last_change)))
            audit(
                session,
                self._actor,
                AuditEvent(
                    AuditAction.BACKUP_MADE,
                    "backup",
                    info.path.name[:64],
                    {"kind": kind, "folder_is_default": not self._settings.backup_folder},
                ),
            )
        return info

    def list(self) -> list[BackupInfo]:
        return backups.list_backups(self.folder)

    def anchors(self) -> dict[int, str]:
        return backups.audit_anchors(self.folder)


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo
    replaced: Path | None  # where the data that was in place now is
    user: CurrentUser | None  # the administrator who restored (None with the recovery key)


def restore(
    workspace: Workspace,
    path: Path,
    username: str = "",
    password: str = "",
    recovery_key: str = "",
) -> RestoreResult:
    """Put a backup in place of the data. Needs the password an administrator had when the
    backup was made, or the recovery key. Refusals raise LoginRefused, AccountLockedOut,
    NotAllowed-like DomainErrors or BackupError; nothing is replaced until all checks pass."""
    paths = workspace.paths
    extracted = backups.extract(path, paths)
    try:
        key = _unlock(extracted.keystore, username, password, recovery_key)
        if recovery_key:
            _check_key(extracted.database, key)
            admin = None
        else:
            admin = _administrator(extracted.database, key, username)
        _check_revision(extracted.info)
        given = _numbers_given(paths.database, key)
        replaced = backups.put_in_place(extracted, paths, key)
    except BaseException:
        extracted.discard()
        raise
    db = workspace.open_with_key(key)  # migrates an older backup, keeping a copy first
    try:
        if given is not None:
            _keep_numbering_above(db, *given)
        with db.reader() as session:
            account = (
                session.scalar(
                    select(UserAccount).where(
                        func.lower(UserAccount.username) == username_key(admin)
                    )
                )
                if admin
                else None
            )
            user = to_user(account) if account is not None else None
        event = AuditEvent(
            AuditAction.RESTORED,
            "backup",
            path.name[:64],
            {
                "made_at": extracted.info.created_at.isoformat(),
                "with_recovery_key": bool(recovery_key),
            },
        )
        if user is not None:
            record(db, user, event)
        else:
            from counsellor_app.storage import audit_log

            with db.unit_of_work(None) as session:
                audit_log.append(session, "", "recovery key", event)
    finally:
        db.close()
    return RestoreResult(extracted.info, replaced, user)


def _numbers_given(database: Path, key: bytes) -> tuple[str, int] | None:
    """(device id, highest operation number given) of the data in place, when it opens with the
    backup's key: the restored file numbers its operations above it. None otherwise (another
    key, a lost or damaged file): the server then says, at the next sync, what it has seen."""
    if not database.exists():
        return None
    connection = keyed_connection(database, key)
    try:
        stored = dict(
            connection.execute(
                "SELECT key, value FROM local_setting WHERE key IN (?, ?)", (DEVICE_KEY, SEQ_KEY)
            ).fetchall()
        )
        top = connection.execute("SELECT max(device_seq) FROM outbox_op").fetchone()[0] or 0
        device = stored.get(DEVICE_KEY)
        return (str(device), max(int(stored.get(SEQ_KEY) or 0), int(top))) if device else None
    except Exception:  # any failure: the data in place tells nothing
        return None
    finally:
        connection.close()


def _keep_numbering_above(db: Database, device_id: str, given: int) -> None:
    with db.unit_of_work(None) as session:
        same_pc = session.get(LocalSetting, DEVICE_KEY)
        if same_pc is not None and same_pc.value == device_id:
            raise_floor(session, given)


def _unlock(keystore_path: Path, username: str, password: str, recovery_key: str) -> bytes:
    if recovery_key:
        try:
            return parse_recovery_key(recovery_key)
        except WrongCredentials as exc:
            raise LoginRefused("recovery key") from exc
    try:
        keystore = Keystore.load(keystore_path)
        return keystore.unlock(username, password, utc_now())
    except AccountLocked as exc:
        raise AccountLockedOut(exc.until) from exc
    except (WrongCredentials, KeystoreError) as exc:
        raise LoginRefused(username) from exc


def _check_key(database: Path, key: bytes) -> None:
    connection = keyed_connection(database, key)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:  # any failure: this key does not open the copy
        raise LoginRefused("recovery key") from exc
    finally:
        connection.close()


def _administrator(database: Path, key: bytes, username: str) -> str:
    """The user name, if it is an active administrator in the backup; else LoginRefused."""
    connection = keyed_connection(database, key)
    try:
        row = connection.execute(
            "SELECT role, active FROM user_account WHERE lower(username) = ? "
            "AND deleted_at IS NULL",
            (username_key(username),),
        ).fetchone()
    except Exception as exc:  # a wrong key reads as garbage
        raise LoginRefused(username) from exc
    finally:
        connection.close()
    if row is None or not row[1] or row[0] != Role.ADMINISTRATOR.value:
        raise BackupError("administrator_only", username)
    return username


def _check_revision(info: BackupInfo) -> None:
    from counsellor_app.storage.migrations import known_revisions

    if info.schema_revision and info.schema_revision not in known_revisions():
        raise BackupError("backup_newer", info.schema_revision)
