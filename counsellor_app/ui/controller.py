"""The application's flow: first-run wizard or login, the main window, idle lock, switch user,
and language changes. Owns nothing global; everything is passed in by ``app.py``.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from counsellor_app.core import clock
from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.storage.settings import Settings, save_settings
from counsellor_app.ui.errors import present_error
from counsellor_app.ui.i18n import Translations
from counsellor_app.ui.login_dialog import LoginDialog
from counsellor_app.ui.operations import Operations
from counsellor_app.ui.settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from counsellor_app.services.backup import BackupService
    from counsellor_app.services.updates import Staged
    from counsellor_app.storage.database import Database
    from counsellor_app.storage.logfiles import LogPlace
    from counsellor_app.ui.context import UiContext
    from counsellor_app.ui.main_window import MainWindow

# Loaded after the first window is on screen (see AppController.warm_up).
HEAVY_MODULES = (
    "counsellor_app.ui.main_window",
    "counsellor_app.services.reference",
    "counsellor_app.storage.migrations",
    "alembic.command",
)

log = logging.getLogger(__name__)


def _installed_windows_app() -> bool:
    """The installed Windows app, which an update's installer replaces (services/updates)."""
    import sys

    return sys.platform == "win32" and bool(getattr(sys, "frozen", False))


def _update_install() -> ModuleType:
    """Imported when needed: the updater (httpx) stays out of the first window's imports."""
    from counsellor_app.ui import update_install

    return update_install


RUN_TICK_MS = 15 * 60_000
_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Any keyboard or mouse input restarts the countdown to the idle lock."""

    def __init__(self, minutes: int, on_idle: object, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(on_idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(minutes * 60_000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False


class AppController(QObject):
    def __init__(
        self,
        app: QApplication,
        workspace: Workspace,
        settings: Settings,
        settings_path: Path,
        translations: Translations,
    ) -> None:
        super().__init__(app)
        self.app, self.workspace, self.settings = app, workspace, settings
        self.settings_path, self.translations = settings_path, translations
        self.operations = Operations(self)
        self.log_place: LogPlace | None = None  # where app.py could put the log
        self.crash_report: QWidget | None = None  # what an unclean stop lost, when it did
        self.database: Database | None = None
        self.user: CurrentUser | None = None
        self.window: MainWindow | None = None
        self.idle = IdleWatcher(settings.idle_lock_minutes, self.lock, self)
        app.installEventFilter(self.idle)
        # However busy the PC, a session ends after some hours: the next person logs in.
        self.session_timer = QTimer(self)
        self.session_timer.setSingleShot(True)
        self.session_timer.timeout.connect(self.lock)
        # The daily backup is due by the app's running time too (a wrong clock cannot stop it).
        self.run_timer = QTimer(self)
        self.run_timer.setInterval(RUN_TICK_MS)
        self.run_timer.timeout.connect(self.count_run_time)
        self._run_mark = clock.monotonic()
        self._clock_warned = False
        self._daily_running = False
        # An accepted update prepared at close or start, run by app.py once the app has ended.
        self.update: Staged | None = None
        self.update_box: QWidget | None = None
        self.can_install = _installed_windows_app  # only it replaces itself (tests: any)

    # -- start -----------------------------------------------------------------------------
    def agency_name(self) -> str:
        from counsellor_app.services.reference import agency_name

        return "" if self.database is None else agency_name(self.database)

    def first_dialog(self) -> QDialog:
        """The wizard on a new computer only (neither database nor key file); the choices when
        the database went missing beside its key file; otherwise the login dialog."""
        from counsellor_app.ui.startup_dialog import MissingDatabaseDialog, log_notice_text

        notice = log_notice_text(self.log_place)
        if self.workspace.is_new():
            from counsellor_app.ui.setup_wizard import SetupWizard

            return SetupWizard(self.workspace, self.settings.language, notice=notice)
        if self.workspace.database_missing():
            return MissingDatabaseDialog(
                self.workspace, self.backup_folders(), self.settings.language, notice
            )
        dialog = LoginDialog(
            self.workspace,
            last_username=self.settings.last_username,
            backup_folders=self.backup_folders(),
            language=self.settings.language,
            notice=notice,
        )
        QTimer.singleShot(100, self.warm_up)
        return dialog

    def backup_folders(self) -> list[Path]:
        folders = [self.workspace.paths.backups]
        if self.settings.backup_folder:
            folders.insert(0, Path(self.settings.backup_folder))
        return folders

    @staticmethod
    def warm_up() -> None:
        """Import the database and main-window modules while the user types her password."""
        for name in HEAVY_MODULES:
            importlib.import_module(name)

    def start(self) -> bool:
        """Run the first dialog; True when someone is logged in and the main window is shown.
        After the missing-database choices (file back, backup restored, started anew) the data
        folder is looked at again."""
        from counsellor_app.ui.startup_dialog import MissingDatabaseDialog

        while True:
            dialog = self.first_dialog()
            try:
                accepted = bool(dialog.exec())
                if not isinstance(dialog, MissingDatabaseDialog):
                    return accepted and self.enter(dialog)
                if not accepted:
                    return False
            finally:
                dialog.deleteLater()

    def enter(self, dialog: QDialog) -> bool:
        database = getattr(dialog, "database", None)
        user = getattr(dialog, "user", None)
        if database is None or user is None:
            return False
        self.database, self.user = database, user
        self.settings = self.settings.with_(last_username=user.username)
        try:
            save_settings(self.settings_path, self.settings)
        except OSError:  # a nicety (the name typed for her next time): never a reason to stop
            log.warning("the settings could not be saved", exc_info=True)
        if user.must_change_password and not self._forced_password_change():
            return False
        self.show_main_window()
        self.say_what_a_crash_lost()
        if self.can_install() and _update_install().updates.is_staged(self.workspace.paths.root):
            QTimer.singleShot(0, lambda: _update_install().at_start(self))  # killed before
        return True

    def say_what_a_crash_lost(self) -> None:
        """After an unclean stop, compare the database with the newest backup of this PC and
        say plainly if saves were lost (a message beside the window, not in its way)."""
        database = self.database
        if database is None or self.window is None or database.audit_head_at_open is None:
            return
        from counsellor_app.services.crash_check import lost_saves
        from counsellor_app.ui.startup_dialog import lost_saves_text

        head, database.audit_head_at_open = database.audit_head_at_open, None  # said once
        try:
            lost = lost_saves(database, self.backup_folders(), head)
        except Exception:  # a backup folder that cannot be read: nothing to compare with
            log.warning("could not compare with the backups after a crash", exc_info=True)
            return
        if lost is None:
            log.info("the last session did not close; nothing is missing as far as backups tell")
            return
        log.warning(
            "saves lost in a crash: trail at %s, backup at %s", lost.database_seq, lost.backup_seq
        )
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Saves were lost"),
            lost_saves_text(lost),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("crashReport")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.crash_report = box

    def _forced_password_change(self) -> bool:
        assert self.database is not None and self.user is not None
        from counsellor_app.ui.account_dialogs import ChangePasswordDialog

        dialog = ChangePasswordDialog(self._context().users, forced=True)
        changed = bool(dialog.exec())
        dialog.deleteLater()
        return changed

    def _context(self) -> UiContext:
        from counsellor_app.ui.context import UiContext

        assert self.database is not None and self.user is not None
        return UiContext.create(
            self.workspace, self.database, self.user, self.operations, self.translations.language
        )

    def show_main_window(self) -> None:
        from counsellor_app.ui.main_window import MainWindow

        self.window = MainWindow(self._context(), self.agency_name())
        self.window.lock_requested.connect(self.lock)
        self.window.switch_user_requested.connect(self.switch_user)
        self.window.settings_requested.connect(self.edit_settings)
        self.window.backups_requested.connect(self.show_backups)
        self.window.audit_requested.connect(self.show_audit)
        self.window.forget_requested.connect(lambda: QTimer.singleShot(0, self.forget_this_pc))
        self.window.show()
        self.idle.timer.start()
        self.session_timer.start(self.settings.session_hours * 3_600_000)
        QTimer.singleShot(2000, self.daily_backup)
        QTimer.singleShot(2000, self.purge_owed)
        QTimer.singleShot(2000, self.tell_backup_state)
        self._run_mark = clock.monotonic()
        self.run_timer.start()

    # -- backups -----------------------------------------------------------------------------
    def backup_service(self) -> BackupService | None:
        if self.database is None or self.user is None:
            return None
        from counsellor_app.services.backup import BackupService

        return BackupService(self.workspace, self.database, self.user, self.settings)

    def purge_owed(self) -> None:
        """Erased attachments owed to a backup folder absent at the erasure, removed now."""
        service = self.backup_service()
        if service is not None:
            self.operations.run(service.purge_owed, lambda _removed: None, lambda _error: None)

    def daily_backup(self) -> None:
        """Once a day, off the GUI thread: check the database and copy it to the backups."""
        service = self.backup_service()
        if service is None or self._daily_running or not service.is_due("daily"):
            return
        self._daily_running = True  # the start's check and the running-time tick never overlap
        self.operations.run(lambda: service.make("daily"), self._backup_done, self._backup_failed)

    def count_run_time(self) -> None:
        """Add the running time since the last count (a monotonic clock, not the wall clock),
        then see whether the daily backup is due."""
        now = clock.monotonic()
        elapsed, self._run_mark = now - self._run_mark, now
        service = self.backup_service()
        if service is None:
            return
        try:
            service.add_run_time(elapsed)
        except Exception:  # a full disk refuses this too: the backup itself will say so
            log.warning("could not count the running time", exc_info=True)
        self.daily_backup()

    def tell_backup_state(self) -> None:
        """At the start of a session: a backup that failed without the user being told (the
        closing one, when the app could not show it), and a clock behind the recorded times."""
        from PySide6.QtWidgets import QMessageBox

        from counsellor_app.ui.backups_dialog import clock_warning_text, failure_text

        service = self.backup_service()
        if service is None or self.window is None:
            return
        try:
            failure = service.last_failure()
            warning = None if self._clock_warned else service.clock_warning()
        except Exception:
            log.warning("could not read the backups' state", exc_info=True)
            return
        if failure is not None and not failure.shown:
            QMessageBox.warning(
                self.window, self.tr("A backup was not made"), failure_text(failure)
            )
            service.failure_shown()
        if warning is not None:
            self._clock_warned = True
            QMessageBox.warning(
                self.window, self.tr("The computer's clock is wrong"), clock_warning_text(warning)
            )

    def _backup_done(self, info: object) -> None:
        self._daily_running = False
        log.info("daily backup written: %s", getattr(info, "path", info))
        self.adopt_destination()

    def adopt_destination(self) -> None:
        """A folder chosen before folders were recorded: recorded once a backup went there, if
        it is on another device than the data (a USB key, a share) — the one case where its
        marker says something."""
        from counsellor_app.storage import destination

        if not self.settings.backup_folder or self.settings.backup_folder_identity:
            return
        folder = Path(self.settings.backup_folder)
        try:
            if folder.stat().st_dev == self.workspace.paths.root.stat().st_dev:
                return
            identity = destination.remember(folder)
            self.settings = self.settings.with_(backup_folder_identity=identity.text())
            save_settings(self.settings_path, self.settings)
        except (OSError, destination.DestinationError):
            log.warning("could not record the backup folder", exc_info=True)

    def _backup_failed(self, error: BaseException) -> None:
        from counsellor_app.services.backup import BackupError
        from counsellor_app.ui.restore_dialog import backup_error_text

        self._daily_running = False
        if not isinstance(error, BackupError):  # a bug, not a full disk: never only a log line
            present_error(self.window, error)
            return
        log.error("daily backup failed: %s", error)
        if self.window is not None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                self.window, self.tr("The backup was not made"), backup_error_text(error)
            )
            service = self.backup_service()
            if service is not None:
                service.failure_shown()

    def show_backups(self) -> None:
        from counsellor_app.core.roles import Permission
        from counsellor_app.ui.backups_dialog import BackupsDialog

        service = self.backup_service()
        if service is None or self.user is None:
            return
        dialog = BackupsDialog(
            service,
            self.operations,
            self.settings.language,
            self.user.can(Permission.MANAGE_SETTINGS),
            self.window,
        )
        dialog.restore_requested.connect(lambda: QTimer.singleShot(0, self.restore_from_session))
        dialog.exec()
        dialog.deleteLater()

    def show_audit(self) -> None:
        from counsellor_app.services.audit import AuditService
        from counsellor_app.ui.audit_dialog import AuditDialog

        service = self.backup_service()
        if service is None or self.database is None or self.user is None:
            return
        audit = AuditService(self.database, self.user, service.anchors())
        dialog = AuditDialog(
            audit,
            self._context().people,
            self.settings.language,
            self.window,
            operations=self.operations,
        )
        dialog.exec()
        dialog.deleteLater()

    def restore_from_session(self) -> None:
        """Close the session (forms saved or abandoned by the user), restore, log in again."""
        from counsellor_app.ui.restore_dialog import RestoreDialog

        if not self._close_session():
            return
        dialog = RestoreDialog(self.workspace, self.backup_folders(), self.settings.language)
        dialog.exec()
        dialog.deleteLater()
        self._start_again()

    def forget_this_pc(self) -> None:
        """Remove the agency's data from a PC the server revoked (the synchronisation window
        checked who asks and why), then start as a new PC does."""
        if not self._close_session():
            return
        self.workspace.paths.remove_data()
        log.warning("the agency's data was removed from this revoked PC")
        self._start_again()

    def _close_session(self) -> bool:
        """Close the main window and the database (forms saved or abandoned by the user)."""
        if self.window is None or not self.window.close_all_forms():
            return False
        self.idle.timer.stop()
        self.session_timer.stop()
        self.run_timer.stop()
        self.operations.wait(60_000)
        old = self.window
        old.confirm_close()
        self.app.setQuitOnLastWindowClosed(False)  # no window for a moment: not an exit
        old.close()
        old.deleteLater()
        if self.database is not None:
            self.database.close()
        self.database, self.user, self.window = None, None, None
        return True

    def _start_again(self) -> None:
        started = self.start()
        self.app.setQuitOnLastWindowClosed(True)
        if not started:
            self.app.quit()

    def backup_at_exit(self) -> None:
        """A copy when the day's work is done (only if something changed since the last)."""
        service = self.backup_service()
        try:
            if service is None or not service.is_due("exit"):
                return
        except Exception:  # a database that cannot even be read: nothing to copy
            log.exception("cannot tell whether a backup is due")
            return
        from PySide6.QtWidgets import QLabel

        note = QLabel(self.tr("Saving a backup before closing…"))
        note.setObjectName("closingBackup")
        note.setMargin(24)
        note.show()
        self.app.processEvents()
        try:
            service.make("exit")
            self.adopt_destination()
        except Exception as error:  # closing goes on; the user is told, the next start retries
            log.exception("backup at exit failed")
            note.close()
            self._tell_closing_failure(service, error)
        finally:
            note.close()
            note.deleteLater()

    def _tell_closing_failure(self, service: BackupService, error: Exception) -> None:
        """Show why the closing backup failed before the app exits; if that cannot be shown,
        the failure stays recorded and is shown at the next start."""
        from PySide6.QtWidgets import QMessageBox

        from counsellor_app.services.backup import BackupError
        from counsellor_app.ui.restore_dialog import backup_error_text

        text = (
            backup_error_text(error)
            if isinstance(error, BackupError)
            else self.tr("An unexpected error stopped it; the details are in the log.")
        )
        QMessageBox.warning(
            None,
            self.tr("The backup at closing was not made"),
            self.tr(
                "The backup at closing was not made. %1 Your data is still on this computer."
            ).replace("%1", text),
        )
        if isinstance(error, BackupError):
            try:
                service.failure_shown()
            except Exception:
                log.warning("could not record that the failure was shown", exc_info=True)

    # -- lock and switch -------------------------------------------------------------------
    def lock(self) -> None:
        """Hide every piece of personal data until a password is typed again."""
        if self.window is None or self.user is None:
            return
        self.idle.timer.stop()
        self.session_timer.stop()
        self.window.save_all_drafts()
        self.window.hide()
        dialog = LoginDialog(
            self.workspace,
            self.agency_name(),
            open_database=self.database,
            locked_user=self.user,
            language=self.settings.language,
        )
        unlocked = dialog.exec()
        dialog.deleteLater()
        if not unlocked:
            self.window.confirm_close()
            self.window.close()
            self.app.quit()
            return
        self._after_unlock(dialog)

    def switch_user(self) -> None:
        if self.window is None or not self.window.close_all_forms():
            return
        self.lock()

    def _after_unlock(self, dialog: LoginDialog) -> None:
        assert self.window is not None
        if dialog.user is not None and self.user is not None and dialog.user.id != self.user.id:
            old = self.window
            old.confirm_close()
            old.close()
            old.deleteLater()
            self.window = None
            self.enter(dialog)
            return
        self.window.show()
        self.idle.timer.start()
        self.session_timer.start(self.settings.session_hours * 3_600_000)

    # -- settings --------------------------------------------------------------------------
    def edit_settings(self) -> None:
        from counsellor_app.core.roles import Permission

        may_manage = self.user is not None and self.user.can(Permission.MANAGE_SETTINGS)
        dialog = SettingsDialog(self.settings, self.window, may_manage=may_manage)
        if dialog.exec():
            self.apply_settings(dialog.result_settings())
        dialog.deleteLater()

    def apply_settings(self, settings: Settings) -> None:
        language_changed = settings.language != self.settings.language
        changed = sorted(
            name
            for name in ("idle_lock_minutes", "session_hours", "backup_folder", "backup_keep",
                         "backup_at_exit")
            if getattr(settings, name) != getattr(self.settings, name)
        )  # fmt: skip
        if changed and self.database is not None and self.user is not None:
            from counsellor_app.core.audit import AuditAction, AuditEvent
            from counsellor_app.services.audit import record

            record(
                self.database,
                self.user,
                AuditEvent(AuditAction.SETTINGS_CHANGED, "settings", "", {"changed": changed}),
            )
        self.settings = settings
        save_settings(self.settings_path, settings)
        self.idle.set_minutes(settings.idle_lock_minutes)
        if language_changed and self.window is not None:
            if not self.window.close_all_forms():
                return
            self.translations.install(settings.language)
            old = self.window
            old.confirm_close()
            old.close()
            old.deleteLater()
            self.show_main_window()

    def shutdown(self) -> None:
        """The end of the app: the closing backup, then nothing of the session left running
        (its timers stopped, its window deleted with the sync controller and files it holds)."""
        self.idle.timer.stop()
        self.session_timer.stop()
        self.run_timer.stop()
        self.app.removeEventFilter(self.idle)
        self.operations.wait(60_000)  # a daily backup under way finishes first
        if self.update is None and self.can_install():
            self.update = _update_install().prepare(self)
        if self.update is None:  # an update's own backup copy stands for the closing one
            self.backup_at_exit()
        if self.database is not None:
            self.database.close()
        # A daily backup still scheduled finds no session and does nothing.
        self.database, self.user = None, None
        if self.window is not None:
            self.window.confirm_close()
            self.window.close()
            self.window.deleteLater()
