"""Login, unlocking after the idle lock, and access recovery with the paper recovery key."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.problems import DomainError
from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.services.errors import AccountLockedOut, DatabaseUnavailable, LoginRefused

if TYPE_CHECKING:
    from counsellor_app.storage.database import Database
from counsellor_app.ui import guide_sections, labels
from counsellor_app.ui.dialog_base import Dialog
from counsellor_app.ui.errors import database_problem_text
from counsellor_app.ui.i18n import isolate
from counsellor_app.ui.widgets import error_banner, ok_cancel


class LoginDialog(Dialog):
    """Asks for a user name and password; on success :attr:`database` and :attr:`user` are set.

    In lock mode (``locked_user`` given) the open database is reused and the dialog says who
    locked the screen; another user may still log in (switch user).
    """

    help_section = guide_sections.LOGIN

    def __init__(
        self,
        workspace: Workspace,
        agency_name: str = "",
        last_username: str = "",
        open_database: Database | None = None,
        locked_user: CurrentUser | None = None,
        parent: QWidget | None = None,
        backup_folders: list[Path] | None = None,
        language: str = "fr",
        notice: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.workspace = workspace
        self.backup_folders = backup_folders or [workspace.paths.backups]
        self.language = language
        self._open_database = open_database
        self.database: Database | None = None
        self.user: CurrentUser | None = None
        self.setWindowTitle(self.tr("Counsellor — log in"))
        layout = QVBoxLayout(self)
        title = QLabel("Counsellor", self)  # the product's name is not translated
        title.setObjectName("loginTitle")
        layout.addWidget(title)
        if agency_name:
            layout.addWidget(QLabel(agency_name, self))
        self.notice = QLabel(notice, self)  # a start-up problem to tell (the log cannot be written)
        self.notice.setObjectName("startupNotice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(notice))
        layout.addWidget(self.notice)
        if locked_user is not None:
            note = QLabel(
                self.tr(
                    "The screen was locked. %1, type your password to continue, or "
                    "log in as another user."
                ).replace("%1", isolate(locked_user.display_name)),
                self,
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.username.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.username.setMaxLength(64)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.password.setMaxLength(256)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        self.username.setAccessibleName(self.tr("User name"))
        self.password.setAccessibleName(self.tr("Password"))
        layout.addLayout(form)
        self.message = error_banner(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.login_button = QPushButton(self.tr("Log in"), self)
        self.login_button.setObjectName("loginButton")
        self.login_button.setDefault(True)
        self.forgot_button = QPushButton(self.tr("Forgotten password…"), self)
        self.forgot_button.setObjectName("forgotButton")
        buttons.addButton(self.login_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.forgot_button, QDialogButtonBox.ButtonRole.HelpRole)
        if locked_user is None:
            # Only before anyone is in: restoring replaces the data under an open session.
            self.restore_button = QPushButton(self.tr("Restore a &backup…"), self)
            self.restore_button.setObjectName("restoreBackupButton")
            self.restore_button.clicked.connect(self.restore_backup)
            buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.HelpRole)
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.login_button.clicked.connect(self.try_login)
        self.forgot_button.clicked.connect(self._recover)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.username.setText(locked_user.username if locked_user else last_username)
        (self.password if self.username.text() else self.username).setFocus()
        self.setMinimumWidth(380)

    def _say(self, text: str, good_news: bool = False) -> None:
        name = "infoBanner" if good_news else "errorBanner"
        if self.message.objectName() != name:
            self.message.setObjectName(name)
            self.message.style().unpolish(self.message)
            self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def try_login(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self._say(self.tr("Type your user name and your password."))
            return
        try:
            self.database, self.user = self.workspace.log_in(
                username, password, self._open_database
            )
        except LoginRefused:
            self._say(self.tr("Wrong user name or password, or the account is disabled."))
            self.password.clear()
            self.password.setFocus()
            return
        except AccountLockedOut as locked:
            until = locked.until.astimezone()
            when = QLocale().toString(
                QTime(until.hour, until.minute), QLocale.FormatType.ShortFormat
            )
            self._say(
                self.tr(
                    "Too many wrong passwords: this account is locked until %1. "
                    "An administrator can reset the password."
                ).replace("%1", when)
            )
            self.password.clear()
            return
        except DatabaseUnavailable as problem:
            self._say(database_problem_text(problem, str(self.workspace.paths.root)))
            return
        self.password.clear()
        self.accept()

    def restore_backup(self) -> None:
        from counsellor_app.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.workspace, self.backup_folders, self.language, parent=self)
        if dialog.exec() and dialog.result_of_restore is not None:
            done = dialog.result_of_restore
            text = self.tr("The backup was restored. Log in to go on.")
            if done.replaced is not None:
                text += " " + self.tr("The data that was replaced is kept in %1.").replace(
                    "%1", str(done.replaced)
                )
            self._say(text, good_news=True)
            self.password.setFocus()
        dialog.deleteLater()

    def _recover(self) -> None:
        RecoveryDialog(self.workspace, self.username.text().strip(), self).exec()


class RecoveryDialog(Dialog):
    """Give an account a new password with the recovery key written down at set-up."""

    help_section = guide_sections.LOGIN

    def __init__(self, workspace: Workspace, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.workspace = workspace
        self.setWindowTitle(self.tr("Recover access"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Ask a colleague to reset your password if you can. Otherwise, type "
                "the recovery key that was written down when this computer was set up."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.key = QLineEdit(self)
        self.key.setObjectName("recoveryKey")
        self.key.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.username = QLineEdit(username, self)
        self.username.setObjectName("recoveryUsername")
        self.password = QLineEdit(self)
        self.password.setObjectName("recoveryPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("recoveryRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Recovery key"), self.key)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("New password"), self.password)
        form.addRow(self.tr("New password again"), self.repeat)
        layout.addLayout(form)
        self.message = error_banner(self)
        layout.addWidget(self.message)
        buttons = ok_cancel(self, self._apply)
        layout.addWidget(buttons)

    def _apply(self) -> None:
        if self.password.text() != self.repeat.text():
            self.message.setText(labels.message(labels.PROBLEMS, "passwords_differ"))
            self.message.show()
            return
        try:
            self.workspace.recover(
                self.key.text(), self.username.text().strip(), self.password.text()
            )
        except LoginRefused:
            self.message.setText(
                self.tr("This recovery key does not open this computer's database.")
            )
        except DomainError as error:
            self.message.setText("\n".join(labels.problem_text(p) for p in error.problems))
        except DatabaseUnavailable as problem:
            self.message.setText(database_problem_text(problem, str(self.workspace.paths.root)))
        else:
            self.accept()
            return
        self.message.show()
