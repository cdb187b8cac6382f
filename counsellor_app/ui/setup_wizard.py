"""First run: the agency, its first administrator, and the recovery key shown once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from counsellor_app.core import vocab
from counsellor_app.core.ids import normalise_agency_code
from counsellor_app.core.problems import DomainError
from counsellor_app.services.accounts import CurrentUser, SetupRequest, Workspace
from counsellor_app.services.errors import DatabaseUnavailable
from counsellor_app.services.places import shipped_cities, shipped_regions
from counsellor_app.ui import guide_sections, labels
from counsellor_app.ui.dialog_base import Wizard
from counsellor_app.ui.errors import database_problem_text
from counsellor_app.ui.widgets import FieldBox, add_field, combo_value, fill_combo

if TYPE_CHECKING:
    from counsellor_app.storage.database import Database

AGENCY_FIELDS = {"institution", "agency_name", "agency_code", "city"}
ADMIN_FIELDS = {"admin_username", "admin_display_name", "admin_password", "admin_password_repeat"}


class _FormPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.boxes: dict[str, FieldBox] = {}

    def add(self, name: str, text: str, widget: QWidget) -> None:
        add_field(self.form, self.boxes, name, text, widget)

    def show_problems(self, error: DomainError, fields: set[str]) -> bool:
        """Show the problems of this page's fields; True when there are none."""
        for box in self.boxes.values():
            box.show_error("")
        mine = [p for p in error.problems if p.field in fields]
        for problem in mine:
            box = self.boxes[problem.field or ""]
            if not box.has_error():
                box.show_error(labels.problem_text(problem))
        if mine:
            self.boxes[mine[0].field or ""].field.setFocus()
        return not mine


class SetupWizard(Wizard):
    """On success :attr:`database`, :attr:`user` and :attr:`recovery_key` are set."""

    help_section = guide_sections.FIRST_START

    def __init__(
        self,
        workspace: Workspace,
        language: str,
        parent: QWidget | None = None,
        notice: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.workspace = workspace
        self.database: Database | None = None
        self.user: CurrentUser | None = None
        self.recovery_key = ""
        self.setWindowTitle(self.tr("Counsellor — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)

        welcome = QWizardPage(self)
        welcome.setTitle(self.tr("Welcome"))
        text = QLabel(
            self.tr(
                "This computer has no Counsellor data yet. In three short steps you will describe "
                "your agency, create the first administrator account and write down a recovery key.\n\n"
                "Everything is stored encrypted on this computer; it works without a connection."
            ),
            welcome,
        )
        text.setWordWrap(True)
        welcome_layout = QVBoxLayout(welcome)
        welcome_layout.addWidget(text)
        self.notice = QLabel(notice, welcome)  # a start-up problem (the log cannot be written)
        self.notice.setObjectName("startupNotice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(notice))
        welcome_layout.addWidget(self.notice)
        self.addPage(welcome)

        self.agency_page = _FormPage(self)
        self.agency_page.setTitle(self.tr("Your agency"))
        self.agency_page.setSubTitle(
            self.tr("The agency name and code appear on files and documents.")
        )
        self.institution = QComboBox(self)
        self.institution.setObjectName("institution")
        fill_combo(
            self.institution,
            [(c, labels.label(labels.INSTITUTION, c)) for c in vocab.INSTITUTIONS],
            blank="",
        )
        self.agency_name = QLineEdit(self)
        self.agency_name.setObjectName("agency_name")
        self.agency_name.setMaxLength(200)
        self.agency_code = QLineEdit(self)
        self.agency_code.setObjectName("agency_code")
        self.agency_code.setMaxLength(6)
        self.agency_code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.agency_code.setPlaceholderText("RABAG")
        self.city = QComboBox(self)
        self.city.setObjectName("city")
        regions = {r.id: r.name(language) for r in shipped_regions()}
        places = sorted(shipped_cities(), key=lambda p: p.name(language))
        fill_combo(
            self.city,
            [(p.id, f"{p.name(language)} — {regions.get(p.region_code, '')}") for p in places],
            blank="",
        )
        self.agency_page.add("institution", self.tr("&Institution"), self.institution)
        self.agency_page.add("agency_name", self.tr("Agency &name"), self.agency_name)
        self.agency_page.add(
            "agency_code", self.tr("Agency &code (2 to 6 letters)"), self.agency_code
        )
        self.agency_page.add("city", self.tr("&City and region"), self.city)
        self.agency_name.textEdited.connect(self._suggest_code)
        self.addPage(self.agency_page)

        self.admin_page = _FormPage(self)
        self.admin_page.setTitle(self.tr("First administrator"))
        self.admin_page.setSubTitle(
            self.tr(
                "The administrator creates the counsellors' accounts. "
                "Choose a password of at least 10 characters."
            )
        )
        self.admin_display_name = QLineEdit(self)
        self.admin_display_name.setObjectName("admin_display_name")
        self.admin_username = QLineEdit(self)
        self.admin_username.setObjectName("admin_username")
        self.admin_username.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.admin_password = QLineEdit(self)
        self.admin_password.setObjectName("admin_password")
        self.admin_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.admin_password_repeat = QLineEdit(self)
        self.admin_password_repeat.setObjectName("admin_password_repeat")
        self.admin_password_repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.admin_page.add("admin_display_name", self.tr("Full &name"), self.admin_display_name)
        self.admin_page.add("admin_username", self.tr("&User name"), self.admin_username)
        self.admin_page.add("admin_password", self.tr("&Password"), self.admin_password)
        self.admin_page.add(
            "admin_password_repeat", self.tr("Password &again"), self.admin_password_repeat
        )
        self.addPage(self.admin_page)

        self.key_page = QWizardPage(self)
        self.key_page.setTitle(self.tr("Recovery key"))
        layout = QVBoxLayout(self.key_page)
        note = QLabel(
            self.tr(
                "Write this key on paper and keep it in a locked place. It is shown only once. "
                "If every password is forgotten, it is the only way to open the data again."
            ),
            self.key_page,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.key_label = QLabel(self.key_page)
        self.key_label.setObjectName("recoveryKeyLabel")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.key_label.setWordWrap(True)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(13)
        self.key_label.setFont(font)
        layout.addWidget(self.key_label)
        copy = QPushButton(self.tr("Copy the key"), self.key_page)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.recovery_key))
        layout.addWidget(copy, 0, Qt.AlignmentFlag.AlignLeft)
        self.written_down = QCheckBox(
            self.tr("I have written the recovery key down"), self.key_page
        )
        self.written_down.setObjectName("writtenDown")
        self.key_page.registerField("written*", self.written_down)
        layout.addWidget(self.written_down)
        self.addPage(self.key_page)

    def _suggest_code(self, text: str) -> None:
        if not self.agency_code.isModified():
            words = [w for w in text.replace("-", " ").split() if w[:1].isalpha()]
            self.agency_code.setText(normalise_agency_code("".join(w[:3] for w in words[-2:]))[:6])

    def request(self) -> SetupRequest:
        return SetupRequest(
            combo_value(self.institution),
            self.agency_name.text(),
            self.agency_code.text(),
            combo_value(self.city),
            self.admin_username.text(),
            self.admin_display_name.text(),
            self.admin_password.text(),
            self.admin_password_repeat.text(),
        )

    def validateCurrentPage(self) -> bool:
        current = self.currentPage()
        if current is self.agency_page or current is self.admin_page:
            page = self.agency_page if current is self.agency_page else self.admin_page
            fields = AGENCY_FIELDS if page is self.agency_page else ADMIN_FIELDS
            try:
                self.workspace.validate_setup(self.request())
            except DomainError as error:
                if not page.show_problems(error, fields):
                    return False
            else:
                page.show_problems(DomainError([]), fields)
            if page is self.admin_page:
                return self._create()
        return True

    def _create(self) -> bool:
        if self.database is not None:
            return True
        try:
            self.database, self.user, self.recovery_key = self.workspace.set_up(self.request())
        except DatabaseUnavailable as problem:
            self.admin_page.setSubTitle(
                database_problem_text(problem, str(self.workspace.paths.root))
            )
            return False
        self.admin_password.clear()
        self.admin_password_repeat.clear()
        self.key_label.setText(self.recovery_key)
        return True
