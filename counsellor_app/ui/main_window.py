"""The main window: the register first, each person's file in its own tab."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counsellor_app import __version__
from counsellor_app.core.problems import DomainError
from counsellor_app.core.roles import Permission
from counsellor_app.services.appointments import AppointmentService
from counsellor_app.services.cohorts import CohortService
from counsellor_app.services.grants import GrantService
from counsellor_app.services.importer import ImportService, country_codes
from counsellor_app.services.indicator_targets import TargetService
from counsellor_app.services.indicators import IndicatorService
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.reference import cities
from counsellor_app.services.referrals import ReferralService
from counsellor_app.services.sync_service import SyncService
from counsellor_app.services.todo import TodoService
from counsellor_app.services.workbook import WorkbookImportService
from counsellor_app.services.workbook_export import RegisterExportService
from counsellor_app.storage import changes
from counsellor_app.ui import dialog_base, guide_sections, labels
from counsellor_app.ui.account_dialogs import ChangePasswordDialog, UsersDialog
from counsellor_app.ui.agenda_view import AgendaView
from counsellor_app.ui.change_hub import ChangeBatch, ChangeHub
from counsellor_app.ui.cohorts_view import CohortsView
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.errors import show_domain_error
from counsellor_app.ui.grant_panel import EnvelopesDialog
from counsellor_app.ui.i18n import isolate
from counsellor_app.ui.import_dialog import ImportDialog
from counsellor_app.ui.indicators_view import IndicatorsView
from counsellor_app.ui.letterhead_dialog import LetterheadDialog
from counsellor_app.ui.person_file import PersonFile
from counsellor_app.ui.person_form import PersonForm
from counsellor_app.ui.printed_panel import RegisterDialog
from counsellor_app.ui.referral_panel import AnswerDialog
from counsellor_app.ui.register_export import RegisterExportDialog
from counsellor_app.ui.register_view import RegisterView
from counsellor_app.ui.sync_panel import SyncController, SyncDialog, SyncStatusLabel
from counsellor_app.ui.todo_view import TodoView

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    lock_requested = Signal()
    switch_user_requested = Signal()
    settings_requested = Signal()
    backups_requested = Signal()
    audit_requested = Signal()
    forget_requested = Signal()  # remove this revoked PC's data (checked by the sync window)

    def __init__(self, context: UiContext, agency_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.context, self.agency_name = context, agency_name
        self._closing_confirmed = False
        self._spare_file: PersonFile | None = None
        self.setWindowTitle(self.tr("Counsellor — %1").replace("%1", isolate(agency_name)))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        # Every committed change reaches the screens through this one hub (before any screen).
        self.hub = ChangeHub(context.db.changes, self)
        context.hub = self.hub
        self.hub.changed.connect(self._changes_committed)
        self.register = RegisterView(context, self)
        self.tabs.addTab(self.register, self.tr("Register"))
        # Permanent tabs other than the register are built when first shown.
        self._permanent: dict[str, QWidget] = {}
        self._permanent_views: dict[str, QWidget] = {}
        permanent_tabs = [
            ("todo", self.tr("To do")),
            ("agenda", self.tr("Agenda")),
            ("cohorts", self.tr("Training cohorts")),
        ]
        if context.user.can(Permission.VIEW_REPORTS):
            permanent_tabs.append(("indicators", self.tr("Indicators")))
        for key, title in permanent_tabs:
            place = QWidget(self)
            place.setObjectName(f"{key}Tab")
            QVBoxLayout(place).setContentsMargins(0, 0, 0, 0)
            self._permanent[key] = place
            self.tabs.addTab(place, title)
        self.tabs.currentChanged.connect(self._tab_shown)
        for permanent in range(self.tabs.count()):  # the register and its peers stay open
            self.tabs.tabBar().setTabButton(
                permanent, self.tabs.tabBar().ButtonPosition.RightSide, None
            )
            self.tabs.tabBar().setTabButton(
                permanent, self.tabs.tabBar().ButtonPosition.LeftSide, None
            )
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.setCentralWidget(self.tabs)
        self.register.open_person.connect(self.open_person)
        self.register.new_intake.connect(self.new_intake)
        self._build_menus()
        user = context.user
        status = QLabel(
            self.tr("%1 · %2 · %3")
            .replace("%1", isolate(user.display_name))
            .replace("%2", labels.label(labels.ROLE, user.role.value))
            .replace("%3", isolate(agency_name)),
            self,
        )
        self.sync = SyncController(SyncService(context.db, context.user), context.operations, self)
        context.sync = self.sync
        self.statusBar().addPermanentWidget(SyncStatusLabel(self.sync, self))
        self.statusBar().addPermanentWidget(status)
        self.resize(1280, 720)
        self.register.run_search_now()
        self.register.focus_search()
        QTimer.singleShot(500, self._prepare_spare_file)

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setObjectName(name)

        def run(_checked: bool = False) -> None:  # whatever the slot returns stays in Python
            slot()  # type: ignore[operator]

        action.triggered.connect(run)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        people = bar.addMenu(self.tr("&People"))
        people.addAction(
            self._action(
                self.tr("&New intake"), self.new_intake, QKeySequence.StandardKey.New, "actionNew"
            )
        )
        people.addAction(
            self._action(
                self.tr("&Find a person"),
                self.find_person,
                QKeySequence.StandardKey.Find,
                "actionFind",
            )
        )
        people.addAction(
            self._action(
                self.tr("&Key in a returned referral slip…"),
                self.key_in_slip,
                "Ctrl+R",
                "actionSlip",
            )
        )
        if self.context.user.can(Permission.REGISTER_PEOPLE):
            people.addAction(
                self._action(
                    self.tr("&Import people from a list…"),
                    self.import_people,
                    "Ctrl+Shift+I",
                    "actionImport",
                )
            )
        people.addAction(
            self._action(
                self.tr("&Export the register to Excel…"), self.export_register, None,
                "actionExportRegister",
            )
        )  # fmt: skip
        people.addSeparator()
        people.addAction(
            self._action(
                self.tr("&Lock the screen"), self.lock_requested.emit, "Ctrl+L", "actionLock"
            )
        )
        people.addAction(
            self._action(
                self.tr("&Switch user"), self.switch_user_requested.emit, None, "actionSwitch"
            )
        )
        people.addAction(
            self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "actionQuit")
        )
        tools = bar.addMenu(self.tr("&Tools"))
        tools.addAction(
            self._action(
                self.tr("&Settings…"), self.settings_requested.emit, None, "actionSettings"
            )
        )
        tools.addAction(
            self._action(
                self.tr("&Change my password…"), self.change_password, None, "actionPassword"
            )
        )
        tools.addAction(
            self._action(self.tr("&Backups…"), self.backups_requested.emit, None, "actionBackups")
        )
        if self.context.user.can(Permission.VIEW_AUDIT):
            tools.addAction(
                self._action(
                    self.tr("&Audit trail…"), self.audit_requested.emit, None, "actionAudit"
                )
            )
        if self.context.user.can(Permission.VIEW_REPORTS):
            tools.addAction(
                self._action(
                    self.tr("&Budget envelopes…"), self.manage_envelopes, None, "actionEnvelopes"
                )
            )
        if self.context.user.can(Permission.RECORD_DECISIONS):  # grant committees (issue 23)
            tools.addAction(
                self._action(
                    self.tr("Grant &committees…"), self.open_committees, None, "actionCommittees"
                )
            )
        tools.addAction(
            self._action(self.tr("S&ynchronisation…"), self.open_sync, "F9", "actionSync")
        )
        tools.addAction(
            self._action(
                self.tr("&Register of issued documents…"),
                self.issued_documents,
                None,
                "actionIssuedDocuments",
            )
        )
        if self.context.user.can(Permission.MANAGE_SETTINGS):
            tools.addAction(
                self._action(
                    self.tr("&Letterhead of printed documents…"),
                    self.edit_letterhead,
                    None,
                    "actionLetterhead",
                )
            )
        if self.context.user.can(Permission.MANAGE_USERS):
            tools.addAction(
                self._action(self.tr("&User accounts…"), self.manage_users, None, "actionUsers")
            )
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(
                self.tr("&User guide"), self.open_guide, QKeySequence.StandardKey.HelpContents,
                "actionGuide",
            )
        )  # fmt: skip
        help_menu.addAction(
            self._action(self.tr("&About Counsellor"), self.about, None, "actionAbout")
        )

    def _view(self, key: str) -> QWidget:
        view = self._permanent_views.get(key)
        if view is None:
            view = self._build_view(key, self._permanent[key])
            layout = self._permanent[key].layout()
            assert layout is not None
            layout.addWidget(view)
            self._permanent_views[key] = view
        return view

    def _build_view(self, key: str, parent: QWidget) -> QWidget:
        context = self.context
        view: QWidget
        if key == "cohorts":
            view = CohortsView(
                CohortService(context.db, context.user),
                context.people,
                PathwayService(context.db, context.user).parameters(),
                parent,
                context.documents(),
                context.operations,
            )
        elif key == "indicators":
            indicators = IndicatorsView(
                IndicatorService(context.db, context.user),
                TargetService(context.db, context.user),
                context.operations,
                context.language,
                {p.id: p.name(context.language) for p in cities(context.db, retired=True)},
                parent=parent,
                publisher=self.agency_name,
            )
            indicators.open_person.connect(self.open_person)
            view = indicators
        elif key == "agenda":
            agenda = AgendaView(
                AppointmentService(context.db, context.user),
                context.people,
                context.user.id,
                context.language,
                parent,
            )
            agenda.open_person.connect(self.open_person)
            view = agenda
        else:
            todo = TodoView(
                TodoService(context.db, context.user),
                context.people.counsellors(),
                context.user.id,
                context.user.can(Permission.VIEW_REPORTS),
                context.language,
                parent,
                context.operations,
            )
            todo.open_person.connect(self.open_person)
            view = todo
        return view

    @property
    def cohorts(self) -> CohortsView:
        view = self._view("cohorts")
        assert isinstance(view, CohortsView)
        return view

    @property
    def agenda(self) -> AgendaView:
        view = self._view("agenda")
        assert isinstance(view, AgendaView)
        return view

    @property
    def todo(self) -> TodoView:
        view = self._view("todo")
        assert isinstance(view, TodoView)
        return view

    @property
    def indicators(self) -> IndicatorsView:
        view = self._view("indicators")
        assert isinstance(view, IndicatorsView)
        return view

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentWidget(self._permanent[key])

    def _tab_shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self._permanent["cohorts"]:
            self.cohorts.reload()
        elif widget is self._permanent["agenda"]:
            self.agenda.reload()
        elif widget is self._permanent["todo"]:
            self.todo.reload()
        elif widget is self._permanent.get("indicators"):
            self.indicators.reload()

    # What each permanent view shows: a committed change of these kinds makes it stale.
    _VIEW_KINDS: dict[str, frozenset[str]] = {
        "agenda": frozenset({"appointment", "person"}),
        "cohorts": frozenset({"cohort", "cohort_session", "enrolment", "attendance", "person"}),
        "todo": frozenset(
            {
                "person",
                "identity_document",
                "consent",
                "pathway_stage",
                "appointment",
                "referral",
                "internship",
                "grant_application",
                "disbursement",
                "follow_up_visit",
                "ae_registration",
                "business_plan",
                "outcome",
            }
        ),
        "indicators": frozenset(),  # any change: they count everything
    }

    def _changes_committed(self, batch: ChangeBatch) -> None:
        """Refresh the permanent view on screen if the batch concerns it; the others reload
        when next shown (``_tab_shown``), so hidden views cost nothing."""
        current = self.tabs.currentWidget()
        for key, kinds in self._VIEW_KINDS.items():
            place = self._permanent.get(key)
            view = self._permanent_views.get(key)
            if place is None or view is None or current is not place:
                continue
            # The cohorts' sheet may hold ticks not saved yet: it reloads itself after its own
            # saves, and here only for what came from elsewhere (a pull, an import).
            if key == "cohorts" and all(c.origin == changes.SAVE for c in batch.sets):
                continue
            if batch.concerns(kinds):
                view.reload()  # type: ignore[attr-defined]

    # -- tabs ------------------------------------------------------------------------------
    def files(self) -> list[PersonFile]:
        return [
            w for i in range(self.tabs.count()) if isinstance(w := self.tabs.widget(i), PersonFile)
        ]

    def forms(self) -> list[PersonForm]:
        return [file.form for file in self.files()]

    def _add_file(self, file: PersonFile) -> None:
        form = file.form
        index = self.tabs.addTab(file, "")
        form.title_changed.connect(lambda title, f=file: self._retitle(f, title))
        form._update_title()
        form.open_person.connect(self.open_person)
        form.closed.connect(lambda f=file: self._remove_file(f))
        self.tabs.setCurrentIndex(index)
        form.last_name.setFocus()

    def _retitle(self, file: PersonFile, title: str) -> None:
        index = self.tabs.indexOf(file)
        if index >= 0:
            self.tabs.setTabText(index, title[:40])

    def _take_file(self) -> PersonFile:
        file = self._spare_file or PersonFile(self.context, self)
        self._spare_file = None
        QTimer.singleShot(300, self._prepare_spare_file)
        return file

    def new_intake(self) -> None:
        if not self.context.user.can(Permission.REGISTER_PEOPLE):
            return
        file = self._take_file()
        file.open(None)
        self._add_file(file)

    def open_person(self, person_id: str) -> None:
        for file in self.files():
            if file.form.person_id == person_id:
                self.tabs.setCurrentWidget(file)
                return
        file = self._take_file()
        try:
            file.open(person_id)
        except DomainError as error:
            file.deleteLater()
            show_domain_error(self, error)
            return
        self._add_file(file)

    def _prepare_spare_file(self) -> None:
        """Build the next file's widgets while the counsellor reads: opening a file then only
        fills them in (a form has two dozen widgets to create)."""
        if self._spare_file is None and self.isVisible():
            # Made a child of the tabs' page stack: adding it as a tab then moves nothing, and
            # Qt does not resolve the style sheet again for its hundred widgets (~25 ms).
            spare = PersonFile(self.context, self.tabs.findChild(QStackedWidget))
            spare.hide()
            spare.ensurePolished()
            self._spare_file = spare

    def close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if isinstance(widget, PersonFile):
            widget.form.request_close()

    def _remove_file(self, file: PersonFile) -> None:
        index = self.tabs.indexOf(file)
        if index >= 0:
            self.tabs.removeTab(index)
            file.deleteLater()

    def save_all_drafts(self) -> None:
        for form in self.forms():
            form.save_draft()

    def close_all_forms(self) -> bool:
        """Ask each form with changes what to do; False if the user chose to keep one open."""
        for file in self.files():
            self.tabs.setCurrentWidget(file)
            if not file.form.request_close():
                return False
        return True

    # -- actions ---------------------------------------------------------------------------
    def find_person(self) -> None:
        self.tabs.setCurrentWidget(self.register)
        self.register.focus_search()

    def import_people(self) -> None:
        context = self.context
        countries = country_codes()
        dialog = ImportDialog(
            ImportService(context.db, context.user, countries),
            context.operations,
            self,
            WorkbookImportService(context.db, context.user, countries),
        )
        dialog.exec()
        dialog.deleteLater()

    def export_register(self) -> None:
        """The register as the search shows it, in the import's template (ui.register_export)."""
        service = RegisterExportService(self.context.db, self.context.user)
        dialog = RegisterExportDialog(service, self.context.operations, self.register.query(), self)
        dialog.exec()
        dialog.deleteLater()

    def key_in_slip(self) -> None:
        """A partner's returned slip: type its code, record the answer."""
        dialog = AnswerDialog(ReferralService(self.context.db, self.context.user), parent=self)
        dialog.exec()  # an open file hears of the answer from the hub
        dialog.deleteLater()

    def change_password(self) -> None:
        ChangePasswordDialog(self.context.users, parent=self).exec()

    def manage_users(self) -> None:
        UsersDialog(self.context.users, self).exec()
        self.register.reload_counsellors()

    def manage_envelopes(self) -> None:
        dialog = EnvelopesDialog(
            GrantService(self.context.db, self.context.user), self.context.language, self
        )
        dialog.exec()
        dialog.deleteLater()

    def open_committees(self) -> QWidget:
        """The grant committees' sessions (ui/committees_view.py)."""
        from counsellor_app.services.committees import CommitteeService
        from counsellor_app.ui.committees_view import CommitteesDialog

        context = self.context
        dialog = CommitteesDialog(
            CommitteeService(context.db, context.user),
            context.documents(),
            context.operations,
            context.language,
            self,
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_sync(self) -> None:
        dialog = SyncDialog(self.sync, self.context.user, self, self.context.language)
        dialog.forget_requested.connect(self.forget_requested.emit)
        dialog.exec()
        dialog.deleteLater()

    def issued_documents(self) -> None:
        dialog = RegisterDialog(self.context.documents(), self)
        dialog.exec()
        dialog.deleteLater()

    def edit_letterhead(self) -> None:
        dialog = LetterheadDialog(self.context.documents(), self)
        dialog.exec()
        dialog.deleteLater()

    def guide_path(self) -> Path | None:
        """The guide in the user's language (French when there is none in it)."""
        return dialog_base.guide_path(self.context.language)

    def open_guide(self) -> None:
        """Help ▸ User guide (F1): the guide at the section of the tab on screen."""
        dialog_base.open_guide(self, self.context.language, self.help_section())

    def help_section(self) -> str | None:
        current = self.tabs.currentWidget()
        if isinstance(current, PersonFile):
            return current.help_section()
        keys = {"register": self.register, **self._permanent}
        key = next((key for key, tab in keys.items() if tab is current), "register")
        return guide_sections.MAIN_TABS[key]

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Counsellor"),
            self.tr("Counsellor %1\nAccompanying people towards work.\nData folder: %2")
            .replace("%1", __version__)
            .replace("%2", isolate(str(self.context.workspace.paths.root))),
        )

    def confirm_close(self) -> None:
        self._closing_confirmed = True

    def closeEvent(self, event: QCloseEvent) -> None:
        """Never lets an error escape: a form that cannot be saved keeps the window open."""
        try:
            closing = self._closing_confirmed or self.close_all_forms()
        except Exception:
            log.exception("a form could not be closed; the window stays open")
            closing = False
        if closing:
            self.sync.stop()  # nothing of a closed window keeps running
            self.hub.stop()
            event.accept()
        else:
            event.ignore()
