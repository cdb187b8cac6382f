"""Automatic and manual backups, the daily integrity check, and restoring a backup.

Backups are made at exit (when something changed since the last one) and once a day, into the
folder chosen in the settings (a USB key, a network share) or the data folder's ``backups``;
only the newest ``keep`` of this PC are kept there, by the PC's own count of its backups (a
clock reset a year back must not make each new backup "the oldest"). Restoring needs an
administrator's password as it was in the backup, or the paper recovery key: it replaces
everything.

The clock is not trusted alone: the daily backup is also due after a day of the app's running
time, and when the clock reads earlier than the newest backup or the last synchronisation the
app says so. A failed backup is remembered until one succeeds, so the closing backup's failure
is told at the next start when it could not be told at closing.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from counsellor_app import __version__
from counsellor_app.core import clock
from counsellor_app.core.audit import AuditAction, AuditEvent
from counsellor_app.core.roles import Role
from counsellor_app.services.accounts import CurrentUser, Workspace, to_user
from counsellor_app.services.audit import audit, record
from counsellor_app.services.errors import AccountLockedOut, LoginRefused
from counsellor_app.storage import backup_purges, backups
from counsellor_app.storage.backups import BackupError, BackupInfo
from counsellor_app.storage.database import Database
from counsellor_app.storage.destination import Identity
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
from counsellor_app.storage.writer import writes

__all__ = [
    "BackupError",
    "BackupFailure",
    "BackupInfo",
    "BackupService",
    "ClockWarning",
    "RestoreResult",
    "restore",
]
log = logging.getLogger(__name__)
LAST_AT = "backup.last_at"
LAST_CHANGE = "backup.last_change_seq"
SEQUENCE = "backup.sequence"  # this PC's count of its backups (order of creation)
RUN_SECONDS = "backup.run_seconds"  # the app's running time since the last backup
FAILURE = "backup.last_failure"
LAST_SYNC = "sync.last_success"  # written by sync.client after a sync the server accepted
DAILY = timedelta(hours=24)
# A clock this much earlier than a recorded time is behind (not the odd second of drift).
CLOCK_SLACK = timedelta(minutes=10)


@dataclass(frozen=True)
class ClockWarning:
    """The PC's clock reads earlier than something it recorded: ``against`` is "backup" or
    "sync", ``recorded`` the time recorded then, ``now`` what the clock says."""

    against: str
    recorded: datetime
    now: datetime


@dataclass(frozen=True)
class BackupFailure:
    """The last backup that failed (and none succeeded since); ``shown``: the user was told."""

    reason: str
    kind: str
    at: datetime
    shown: bool


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
        """``exit``: something changed since the last backup; ``daily``: a day has passed since
        the last one, by the clock or by the app's running time, or the clock reads earlier
        than that backup (it was moved back: it cannot say how long it has been)."""
        last_at = self._db.local_setting(LAST_AT)
        if kind == "daily":
            if last_at is None:
                return True
            elapsed = clock.utc_now() - datetime.fromisoformat(last_at)
            return elapsed >= DAILY or elapsed < -CLOCK_SLACK or self.run_time() >= DAILY
        if kind == "exit":
            if not self._settings.backup_at_exit:
                return False
            return last_at is None or self._db.local_setting(LAST_CHANGE) != str(
                self._last_change()
            )
        return True

    def run_time(self) -> timedelta:
        """How long the app has run since the last backup (counted by the app, not the clock)."""
        return timedelta(seconds=_number(self._db.local_setting(RUN_SECONDS)))

    @writes
    def add_run_time(self, seconds: float) -> None:
        """Count ``seconds`` of running time (measured on a monotonic clock by the caller)."""
        if seconds <= 0:
            return
        total = round(_number(self._db.local_setting(RUN_SECONDS)) + seconds)
        with self._db.unit_of_work(self._actor.id) as session:
            session.merge(LocalSetting(key=RUN_SECONDS, value=str(total)))

    def purge_owed(self) -> int:
        """At start: erased attachments owed to backup folders that were absent at the
        erasure leave those present now (``storage.backup_purges``)."""
        try:
            return backup_purges.apply_pending(self._workspace.paths)
        except OSError:  # a key pulled out mid-way: owed still, next time
            log.warning("erased attachments owed to a backup folder not removed", exc_info=True)
            return 0

    def make(self, kind: str = "manual") -> BackupInfo:
        """Back up now (any logged-in user: a backup only copies what is already encrypted).

        The daily one also checks the copy with SQLite's quick_check; a damaged database
        raises BackupError("database_damaged") so the app can say what to do. A failure is
        remembered (see :meth:`last_failure`) and raised.
        """
        try:
            return self._make(kind)
        except BackupError as error:
            self._remember_failure(error.reason, kind)
            raise

    def _make(self, kind: str) -> BackupInfo:
        last_change = self._last_change()
        chosen = bool(self._settings.backup_folder)
        device_code = self._db.local_setting("device_code") or ""
        sequence = backups.next_sequence(
            self.folder, device_code, int(_number(self._db.local_setting(SEQUENCE)))
        )
        info = backups.make_backup(
            self._db.engine,
            self._workspace.paths,
            self.folder,
            self._db.key,
            kind,
            __version__,
            check=kind != "exit",
            sequence=sequence,
            identity=Identity.parse(self._settings.backup_folder_identity) if chosen else None,
            create_destination=not chosen,
        )
        try:
            backups.prune(self.folder, self._settings.backup_keep, info.device_code, info.path)
        except OSError:  # the new backup is written: an old one left is no failure
            log.warning("old backups not pruned", exc_info=True)
        try:
            self._record(info, kind, last_change, sequence)
        except Exception:  # written and read back: a full PC disk refusing the note of it
            log.warning("backup %s written, but not recorded", info.path.name, exc_info=True)
        return info

    @writes
    def _record(self, info: BackupInfo, kind: str, last_change: int, sequence: int) -> None:
        with self._db.unit_of_work(self._actor.id) as session:
            session.merge(LocalSetting(key=LAST_AT, value=info.created_at.isoformat()))
            session.merge(LocalSetting(key=LAST_CHANGE, value=str(last_change)))
            session.merge(LocalSetting(key=SEQUENCE, value=str(sequence)))
            session.merge(LocalSetting(key=RUN_SECONDS, value="0"))
            failure = session.get(LocalSetting, FAILURE)
            if failure is not None:
                session.delete(failure)
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

    @writes
    def _remember_failure(self, reason: str, kind: str, shown: bool = False) -> None:
        value = json.dumps(
            {"reason": reason, "kind": kind, "at": clock.utc_now().isoformat(), "shown": shown}
        )
        try:
            with self._db.unit_of_work(self._actor.id) as session:
                session.merge(LocalSetting(key=FAILURE, value=value))
        except Exception:  # a full disk may refuse this too: the caller still tells the user
            log.warning("could not record the failed backup (%s)", reason, exc_info=True)

    def last_failure(self) -> BackupFailure | None:
        """The last failed backup, if none succeeded since."""
        raw = self._db.local_setting(FAILURE)
        if not raw:
            return None
        try:
            data = json.loads(raw)
            return BackupFailure(
                str(data["reason"]),
                str(data["kind"]),
                datetime.fromisoformat(data["at"]),
                bool(data["shown"]),
            )
        except (ValueError, KeyError, TypeError):
            return None

    def failure_shown(self) -> None:
        """The user has been told of the last failure: not told again at the next start."""
        failure = self.last_failure()
        if failure is not None and not failure.shown:
            self._remember_failure(failure.reason, failure.kind, shown=True)

    def clock_warning(self) -> ClockWarning | None:
        """Whether the clock reads earlier than the last synchronisation (whose time the
        server's check of the clock vouched for: the clock is wrong now) or than a backup of
        this PC (the clock is wrong now, or was when that backup was made; a backup dated
        ahead goes with pruning once newer ones are made)."""
        now = clock.utc_now()
        synced = self._db.local_setting(LAST_SYNC)
        if synced and datetime.fromisoformat(synced) - now > CLOCK_SLACK:
            return ClockWarning("sync", datetime.fromisoformat(synced), now)
        device_code = self._db.local_setting("device_code") or ""
        made = [b.created_at for b in self.list() if b.device_code == device_code]
        recorded_at = self._db.local_setting(LAST_AT)
        if recorded_at:
            made.append(datetime.fromisoformat(recorded_at))
        if made and max(made) - now > CLOCK_SLACK:
            return ClockWarning("backup", max(made), now)
        return None

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
        return keystore.unlock(username, password, clock.utc_now())
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


def _number(text: str | None) -> float:
    try:
        return max(float(text or 0), 0.0)
    except ValueError:
        return 0.0
