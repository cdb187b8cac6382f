"""The application's flow: first-run wizard or login, the main window, idle lock, switch user,
and language changes. Owns nothing global; everything is passed in by ``app.py``.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.storage.settings import Settings, save_settings
from counsellor_app.ui.errors import present_error
from counsellor_app.ui.i18n import Translations
from counsellor_app.ui.login_dialog import LoginDialog
from counsellor_app.ui.operations import Operations
from counsellor_app.ui.settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from counsellor_app.services.backup import BackupService
    from counsellor_app.storage.database import Database
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
        self.database: Database | None = None
        self.user: CurrentUser | None = None
        self.window: MainWindow | None = None
        self.idle = IdleWatcher(settings.idle_lock_minutes, self.lock, self)
        app.installEventFilter(self.idle)
        # However busy the PC, a session ends after some hours: the next person logs in.
        self.session_timer = QTimer(self)
        self.session_timer.setSingleShot(True)
        self.session_timer.timeout.connect(self.lock)

    # -- start -----------------------------------------------------------------------------
    def agency_name(self) -> str:
        from counsellor_app.services.reference import agency_name

        return "" if self.database is None else agency_name(self.database)

    def first_dialog(self) -> QDialog:
        """The wizard on a new computer, otherwise the login dialog."""
        if not self.workspace.is_set_up():
            from counsellor_app.ui.setup_wizard import SetupWizard

            return SetupWizard(self.workspace, self.settings.language)
        dialog = LoginDialog(
            self.workspace,
            last_username=self.settings.last_username,
            backup_folders=self.backup_folders(),
            language=self.settings.language,
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
        """Run the first dialog; True when someone is logged in and the main window is shown."""
        dialog = self.first_dialog()
        try:
            return bool(dialog.exec()) and self.enter(dialog)
        finally:
            dialog.deleteLater()

    def enter(self, dialog: QDialog) -> bool:
        database = getattr(dialog, "database", None)
        user = getattr(dialog, "user", None)
        if database is None or user is None:
            return False
        self.database, self.user = database, user
        self.settings = self.settings.with_(last_username=user.username)
        save_settings(self.settings_path, self.settings)
        if user.must_change_password and not self._forced_password_change():
            return False
        self.show_main_window()
        return True

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

    # -- backups -----------------------------------------------------------------------------
    def _backups(self) -> BackupService | None:
        if self.database is None or self.user is None:
            return None
        from counsellor_app.services.backup import BackupService

        return BackupService(self.workspace, self.database, self.user, self.settings)

    def daily_backup(self) -> None:
        """Once a day, off the GUI thread: check the database and copy it to the backups."""
        service = self._backups()
        if service is None or not service.is_due("daily"):
            return
        self.operations.run(lambda: service.make("daily"), self._backup_done, self._backup_failed)

    def _backup_done(self, info: object) -> None:
        log.info("daily backup written: %s", getattr(info, "path", info))

    def _backup_failed(self, error: BaseException) -> None:
        from counsellor_app.services.backup import BackupError
        from counsellor_app.ui.restore_dialog import backup_error_text

        if not isinstance(error, BackupError):  # a bug, not a full disk: never only a log line
            present_error(self.window, error)
            return
        log.error("daily backup failed: %s", error)
        if self.window is not None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                self.window, self.tr("The backup was not made"), backup_error_text(error)
            )

    def show_backups(self) -> None:
        from counsellor_app.core.roles import Permission
        from counsellor_app.ui.backups_dialog import BackupsDialog

        service = self._backups()
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

        service = self._backups()
        if service is None or self.database is None or self.user is None:
            return
        audit = AuditService(self.database, self.user, service.anchors())
        dialog = AuditDialog(audit, self._context().people, self.settings.language, self.window)
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
        service = self._backups()
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
        except Exception:  # closing must go on; the next start tries again
            log.exception("backup at exit failed")
        finally:
            note.close()
            note.deleteLater()

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
        self.operations.wait(60_000)  # a daily backup under way finishes first
        self.backup_at_exit()
        if self.database is not None:
            self.database.close()
        # A daily backup still scheduled finds no session and does nothing.
        self.database, self.user = None, None
