"""Administrator's screen of user accounts, and each user's own password change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.problems import DomainError
from counsellor_app.core.roles import Role
from counsellor_app.services.users import UserService
from counsellor_app.ui import guide_sections, labels
from counsellor_app.ui.dialog_base import Dialog
from counsellor_app.ui.i18n import isolate
from counsellor_app.ui.widgets import (
    FieldBox,
    add_field,
    combo_value,
    fill_combo,
    ok_cancel,
    show_problems,
)


class _ProblemForm(Dialog):
    """A small dialog whose fields show their own problems."""

    help_section = guide_sections.ACCOUNTS

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.boxes: dict[str, FieldBox] = {}
        self.general = QLabel(self)
        self.general.setObjectName("errorBanner")
        self.general.setWordWrap(True)
        self.general.hide()
        self.layout_.addWidget(self.general)

    def add(self, name: str, text: str, widget: QWidget) -> None:
        add_field(self.form, self.boxes, name, text, widget)

    def password_field(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        return edit

    def finish_buttons(self) -> None:
        buttons = ok_cancel(self, self.apply)
        self.layout_.addWidget(buttons)

    def show_problems(self, error: DomainError) -> None:
        general = show_problems(self.boxes, error.problems)
        self.general.setText("\n".join(general))
        self.general.setVisible(bool(general))

    def apply(self) -> None:
        raise NotImplementedError


class NewUserDialog(_ProblemForm):
    def __init__(self, users: UserService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newUserDialog")
        self.setWindowTitle(self.tr("New user account"))
        self.users = users
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("display_name")
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.username.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.role = QComboBox(self)
        self.role.setObjectName("role")
        fill_combo(self.role, [(r.value, labels.label(labels.ROLE, r.value)) for r in Role])
        self.password = self.password_field("password")
        self.add("display_name", self.tr("Full name"), self.display_name)
        self.add("username", self.tr("User name"), self.username)
        self.add("role", self.tr("Role"), self.role)
        self.add("password", self.tr("Temporary password"), self.password)
        hint = QLabel(self.tr("The user chooses their own password at first login."), self)
        hint.setObjectName("hint")
        self.layout_.addWidget(hint)
        self.finish_buttons()

    def apply(self) -> None:
        try:
            self.users.create_user(
                self.username.text(),
                self.display_name.text(),
                Role(combo_value(self.role)),
                self.password.text(),
            )
        except DomainError as error:
            self.show_problems(error)
            return
        self.accept()


class ResetPasswordDialog(_ProblemForm):
    def __init__(
        self, users: UserService, user_id: str, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resetPasswordDialog")
        self.setWindowTitle(self.tr("Reset the password of %1").replace("%1", isolate(name)))
        self.users, self.user_id = users, user_id
        self.password = self.password_field("password")
        self.add("password", self.tr("Temporary password"), self.password)
        self.finish_buttons()

    def apply(self) -> None:
        try:
            self.users.reset_password(self.user_id, self.password.text())
        except DomainError as error:
            self.show_problems(error)
            return
        self.accept()


class ChangePasswordDialog(_ProblemForm):
    def __init__(
        self, users: UserService, forced: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change my password"))
        self.users = users
        if forced:
            note = QLabel(
                self.tr("Your password was set by an administrator. Choose your own now."), self
            )
            note.setWordWrap(True)
            self.layout_.insertWidget(0, note)
        self.current = self.password_field("current_password")
        self.new = self.password_field("new_password")
        self.repeat = self.password_field("repeat_password")
        self.add("current_password", self.tr("Current password"), self.current)
        self.add("new_password", self.tr("New password"), self.new)
        self.add("repeat_password", self.tr("New password again"), self.repeat)
        self.finish_buttons()

    def apply(self) -> None:
        try:
            self.users.change_own_password(self.current.text(), self.new.text(), self.repeat.text())
        except DomainError as error:
            self.show_problems(error)
            return
        self.accept()


class UsersDialog(Dialog):
    help_section = guide_sections.ACCOUNTS

    def __init__(self, users: UserService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("User accounts"))
        self.users = users
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("usersList")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [
                self.tr("Name"),
                self.tr("User name"),
                self.tr("Role"),
                self.tr("State"),
                self.tr("Last login"),
            ]
        )
        layout.addWidget(self.tree)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New account…"), self)
        self.new_button.setObjectName("newUser")
        self.toggle_button = QPushButton(self.tr("Disable / enable"), self)
        self.toggle_button.setObjectName("toggleUser")
        self.reset_button = QPushButton(self.tr("Reset password…"), self)
        self.reset_button.setObjectName("resetUser")
        self.role_button = QPushButton(self.tr("Change role…"), self)
        self.role_button.setObjectName("roleUser")
        for button in (self.new_button, self.toggle_button, self.reset_button, self.role_button):
            row.addWidget(button)
        row.addStretch()
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self.new_button.clicked.connect(self._new)
        self.toggle_button.clicked.connect(self._toggle)
        self.reset_button.clicked.connect(self._reset)
        self.role_button.clicked.connect(lambda: self.change_role())
        self.resize(720, 360)
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        for user in self.users.list_users():
            last = (
                user.last_login_at.astimezone().strftime("%Y-%m-%d %H:%M")
                if user.last_login_at
                else ""
            )
            item = QTreeWidgetItem(
                [
                    user.display_name,
                    user.username,
                    labels.label(labels.ROLE, user.role.value),
                    self.tr("Active") if user.active else self.tr("Disabled"),
                    last,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, (user.id, user.active, user.display_name))
            self.tree.addTopLevelItem(item)
        for column in range(5):
            self.tree.resizeColumnToContents(column)

    def _selected(self) -> tuple[str, bool, str] | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def _new(self) -> None:
        if NewUserDialog(self.users, self).exec():
            self.reload()

    def _toggle(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        user_id, active, _name = selected
        if active:
            try:
                self.users.set_active(user_id, False)
            except DomainError as error:
                QMessageBox.warning(
                    self,
                    self.windowTitle(),
                    "\n".join(labels.problem_text(p) for p in error.problems),
                )
        else:
            self._reset()  # enabling needs a new password: the old wrapped key was removed
        self.reload()

    def change_role(self, role: Role | None = None) -> None:
        """A permission change: recorded in the audit trail by the service."""
        selected = self._selected()
        if selected is None:
            return
        if role is None:
            names = [labels.label(labels.ROLE, r.value) for r in Role]
            chosen, given = QInputDialog.getItem(
                self,
                self.tr("Change role"),
                self.tr("New role of %1:").replace("%1", isolate(selected[2])),
                names,
                0,
                False,
            )
            if not given:
                return
            role = list(Role)[names.index(chosen)]
        try:
            self.users.set_role(selected[0], role)
        except DomainError as error:
            QMessageBox.warning(
                self, self.windowTitle(), "\n".join(labels.problem_text(p) for p in error.problems)
            )
        self.reload()

    def _reset(self) -> None:
        selected = self._selected()
        if (
            selected is not None
            and ResetPasswordDialog(self.users, selected[0], selected[2], self).exec()
        ):
            self.reload()
