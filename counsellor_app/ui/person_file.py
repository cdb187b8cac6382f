"""A person's file in one tab: the profile form first; the pathway, internship, auto-entrepreneur,
business plan, microgrant, referrals, appointments, attachments, printed documents and history
tabs are built the first time they are shown, so opening a file costs only the profile."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.problems import DomainError
from counsellor_app.services.ae_registration import AeRegistrationService
from counsellor_app.services.appointments import AppointmentService
from counsellor_app.services.attachments import AttachmentService
from counsellor_app.services.business_plans import BusinessPlanService
from counsellor_app.services.grants import GrantService
from counsellor_app.services.internships import InternshipService
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.programmes import ProgrammeEnrolmentService
from counsellor_app.services.reference import cities
from counsellor_app.services.referrals import ReferralService
from counsellor_app.storage import changes
from counsellor_app.storage.changes import ChangeSet
from counsellor_app.ui import guide_sections, labels
from counsellor_app.ui.ae_panel import AePanel
from counsellor_app.ui.agenda_view import PersonAppointmentsPanel
from counsellor_app.ui.attachment_panel import AttachmentPanel
from counsellor_app.ui.business_plan_panel import BusinessPlanPanel
from counsellor_app.ui.change_hub import ChangeBatch, acting_for, connect
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.errors import show_domain_error
from counsellor_app.ui.grant_panel import GrantPanel
from counsellor_app.ui.history_panel import HistoryPanel
from counsellor_app.ui.i18n import isolate
from counsellor_app.ui.internship_panel import InternshipPanel
from counsellor_app.ui.pathway_panel import PathwayPanel
from counsellor_app.ui.person_form import PersonForm
from counsellor_app.ui.printed_panel import PrintedDocumentsPanel
from counsellor_app.ui.programmes_panel import ProgrammesPanel
from counsellor_app.ui.referral_panel import ReferralPanel
from counsellor_app.ui.sharing_dialog import AgencySharingDialog


class _LazyTab(QWidget):
    """A tab's place, filled by its panel the first time the tab is shown."""

    def __init__(self, build: Callable[[QWidget], QWidget], parent: QWidget) -> None:
        super().__init__(parent)
        self._build = build
        self.panel: QWidget | None = None
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.panel is None:
            self.panel = self._build(self)
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self.panel)
        return self.panel


# The kinds of record each tab shows that are lists (reloading them loses nothing typed).
_LIST_KINDS: dict[str, frozenset[str]] = {
    "pathway": frozenset({"pathway_stage", "outcome", "person"}),
    "internship": frozenset({"internship", "host_organisation", "follow_up_visit"}),
    "grant": frozenset({"grant_application", "disbursement", "budget_envelope", "follow_up_visit"}),
    "referrals": frozenset({"referral", "partner"}),
    "programmes": frozenset({"programme_enrolment", "programme"}),
    "appointments": frozenset({"appointment"}),
    "attachments": frozenset({"attachment"}),
    "printed": frozenset({"issued_document"}),
}


class ChangedElsewhereBanner(QFrame):
    """Says that the open person changed elsewhere (a sync, another window, an import): who,
    when, and a button to show the stored values."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("changedElsewhereBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        self.text = QLabel(self)
        self.text.setObjectName("changedElsewhereText")
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.setObjectName("changedElsewhereReload")
        row.addWidget(self.reload_button)
        self.hide()

    def tell(self, change: ChangeSet, person_id: str, who: str) -> None:
        moment = change.at.astimezone()  # shown in the PC's local time
        when = f"{labels.format_date(moment.date())} {moment:%H:%M}"
        if person_id in change.removed:
            what = self.tr("This person was removed from this computer at %1.")
        elif change.origin == changes.PULL:
            what = self.tr("This file was changed on another computer (synchronised at %1).")
        elif change.origin == changes.IMPORT:
            what = self.tr("This file was changed by an import at %1.")
        else:
            what = self.tr("This file was changed in another window by %2 at %1.")
        self.text.setText(
            what.replace("%1", when).replace("%2", isolate(who or self.tr("another user")))
        )
        self.show()


class PersonFile(QWidget):
    """Built empty ahead of time if need be; :meth:`open` shows a person (or a new intake)."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personFile")
        self.context = context
        self.person_id: str | None = None
        # This file's own saves are tagged with it: they are not news "from elsewhere".
        self._source = object()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.banner = ChangedElsewhereBanner(self)
        self.banner.reload_button.clicked.connect(self.reload_from_database)
        layout.addWidget(self.banner)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("fileTabs")
        self.form = PersonForm(
            dataclasses.replace(context, people=acting_for(context.people, self._source)),
            None,
            self,
            start=False,
        )
        self.tabs.addTab(self.form, self.tr("Profile"))
        self._lazy: dict[str, _LazyTab] = {}
        waiting = self.tr("Save the profile first: the pathway starts with the intake.")
        for key, title in (
            ("pathway", self.tr("Pathway")),
            ("internship", self.tr("Internship")),
            ("ae", self.tr("Auto-entrepreneur")),
            ("business_plan", self.tr("Business plan")),
            ("grant", self.tr("Microgrant")),
            ("referrals", self.tr("Referrals")),
            ("programmes", self.tr("Programmes")),
            ("appointments", self.tr("Appointments")),
            ("attachments", self.tr("Attachments")),
            ("printed", self.tr("Printed documents")),
            ("history", self.tr("History")),
        ):
            self._lazy[key] = _LazyTab(functools.partial(self._build, key), self)
            index = self.tabs.addTab(self._lazy[key], title)
            self.tabs.setTabEnabled(index, False)  # until the person is saved
            self.tabs.setTabToolTip(index, waiting)
        layout.addWidget(self.tabs)
        self.form.saved.connect(self._saved)
        self.tabs.currentChanged.connect(self._tab_shown)
        connect(context.hub, self._changes_committed)

    def open(self, person_id: str | None) -> None:
        if person_id is not None:
            self.form.open_person_file(person_id)
            self._attach_panels(person_id)
        else:
            self.form.start_new_intake()

    def _saved(self, person_id: str) -> None:
        if self.person_id is None:
            self._attach_panels(person_id)

    def _changes_committed(self, batch: ChangeBatch) -> None:
        """The hub's news: the history follows every change of the person; a change made
        elsewhere also reloads the list tabs it concerns and raises the banner (the profile
        and the forms of other tabs keep what is on screen until the user reloads)."""
        person_id = self.person_id
        if person_id is None or not batch.concerns((), person_id):
            return
        if self._lazy["history"].panel is not None:
            self.history.reload()
        news = batch.elsewhere(person_id, self._source)
        if news is None:
            return
        for key, kinds in _LIST_KINDS.items():
            panel = self._lazy[key].panel
            if panel is not None and news.concerns(kinds, person_id):
                panel.reload()  # type: ignore[attr-defined]
        self.banner.tell(news, person_id, self._actor_name(news.actor))

    def _actor_name(self, actor_id: str | None) -> str:
        if actor_id is None:
            return ""
        return dict(self.context.people.counsellors()).get(actor_id, "")

    def reload_from_database(self) -> None:
        """The banner's button: show what is stored now (asking first if the profile has
        unsaved changes)."""
        person_id = self.person_id
        if person_id is None:
            return
        if self.form.is_dirty:
            answer = QMessageBox.question(
                self,
                QCoreApplication.translate("PersonFile", "Reload"),
                QCoreApplication.translate(
                    "PersonFile",
                    "Your changes to the profile are not saved. Reload and lose them?",
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.form.open_person_file(person_id)
        except DomainError as error:  # erased or evicted meanwhile: say so, keep the screen
            show_domain_error(self, error)
            return
        for key in ("ae", "business_plan"):
            panel = self._lazy[key].panel
            if panel is not None:
                panel.load()  # type: ignore[attr-defined]
        for key in _LIST_KINDS:
            panel = self._lazy[key].panel
            if panel is not None:
                panel.reload()  # type: ignore[attr-defined]
        self.banner.hide()

    def _tab_shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if isinstance(widget, _LazyTab):
            widget.ensure()

    def _attach_panels(self, person_id: str) -> None:
        """Bind the file to its person: the tabs open, each panel is built when first shown."""
        self.person_id = person_id
        for tab in self._lazy.values():
            index = self.tabs.indexOf(tab)
            self.tabs.setTabEnabled(index, True)
            self.tabs.setTabToolTip(index, "")

    def _build(self, key: str, parent: QWidget) -> QWidget:
        context, language, person_id = self.context, self.context.language, self.person_id
        assert person_id is not None, "tabs open once the profile is saved"
        panel: QWidget

        mine = functools.partial(acting_for, source=self._source)  # this file's own writes

        if key == "pathway":
            panel = PathwayPanel(
                mine(PathwayService(context.db, context.user)), person_id, parent=parent
            )
        elif key == "internship":
            panel = InternshipPanel(
                mine(InternshipService(context.db, context.user)),
                person_id,
                PathwayService(context.db, context.user).parameters(),
                sorted(self._city_names().items(), key=lambda item: item[1]),
                language,
                parent,
            )
        elif key == "ae":
            panel = AePanel(
                mine(AeRegistrationService(context.db, context.user)), person_id, language, parent
            )
        elif key == "business_plan":
            panel = BusinessPlanPanel(
                mine(BusinessPlanService(context.db, context.user)), person_id, language, parent
            )
        elif key == "grant":
            panel = GrantPanel(
                mine(GrantService(context.db, context.user)), person_id, language, parent
            )
        elif key == "referrals":
            sync = context.sync
            panel = ReferralPanel(
                mine(ReferralService(context.db, context.user)),
                person_id,
                sorted(self._city_names().items(), key=lambda item: item[1]),
                parent,
                self.other_agencies if sync is not None and sync.status().enrolled else None,
            )
        elif key == "programmes":
            panel = ProgrammesPanel(
                mine(ProgrammeEnrolmentService(context.db, context.user)), person_id, parent
            )
        elif key == "appointments":
            panel = PersonAppointmentsPanel(
                mine(AppointmentService(context.db, context.user)),
                mine(context.people),
                person_id,
                self._person_label(),
                context.user.id,
                language,
                parent,
            )
        elif key == "attachments":
            panel = AttachmentPanel(
                mine(AttachmentService(context.db, context.user)), person_id, parent
            )
        elif key == "printed":
            panel = PrintedDocumentsPanel(
                mine(context.documents()), person_id, parent, context.operations
            )
        else:
            panel = HistoryPanel(context.people, person_id, language, self._city_names(), parent)
        return panel

    def help_section(self) -> str | None:
        """The guide's section of the tab on screen (F1 in the main window)."""
        current = self.tabs.currentWidget()
        key = next((key for key, tab in self._lazy.items() if tab is current), "profile")
        return guide_sections.FILE_TABS[key]

    def other_agencies(self) -> None:
        sync, person_id = self.context.sync, self.person_id
        if sync is None or person_id is None:
            return
        dialog = AgencySharingDialog(sync, self.context.user, person_id, self._person_label(), self)
        dialog.exec()
        dialog.deleteLater()

    def _person_label(self) -> str:
        form = self.form
        return f"{form.last_name.text()} {form.first_name.text()} — {form.file_number}".strip()

    def _city_names(self) -> dict[str, str]:
        language = self.context.language
        return {place.id: place.name(language) for place in cities(self.context.db, retired=True)}

    def _panel(self, key: str) -> QWidget | None:
        tab = self._lazy.get(key)
        return tab.ensure() if tab is not None else None

    # The panels, built on first use (by the tab being shown, or by code that needs them).
    @property
    def pathway(self) -> PathwayPanel:
        panel = self._panel("pathway")
        assert isinstance(panel, PathwayPanel)
        return panel

    @property
    def internship(self) -> InternshipPanel:
        panel = self._panel("internship")
        assert isinstance(panel, InternshipPanel)
        return panel

    @property
    def ae(self) -> AePanel:
        panel = self._panel("ae")
        assert isinstance(panel, AePanel)
        return panel

    @property
    def business_plan(self) -> BusinessPlanPanel:
        panel = self._panel("business_plan")
        assert isinstance(panel, BusinessPlanPanel)
        return panel

    @property
    def grant(self) -> GrantPanel:
        panel = self._panel("grant")
        assert isinstance(panel, GrantPanel)
        return panel

    @property
    def programmes(self) -> ProgrammesPanel:
        panel = self._panel("programmes")
        assert isinstance(panel, ProgrammesPanel)
        return panel

    @property
    def referrals(self) -> ReferralPanel:
        panel = self._panel("referrals")
        assert isinstance(panel, ReferralPanel)
        return panel

    @property
    def appointments(self) -> PersonAppointmentsPanel:
        panel = self._panel("appointments")
        assert isinstance(panel, PersonAppointmentsPanel)
        return panel

    @property
    def attachments(self) -> AttachmentPanel:
        panel = self._panel("attachments")
        assert isinstance(panel, AttachmentPanel)
        return panel

    @property
    def printed(self) -> PrintedDocumentsPanel:
        panel = self._panel("printed")
        assert isinstance(panel, PrintedDocumentsPanel)
        return panel

    @property
    def history(self) -> HistoryPanel:
        panel = self._panel("history")
        assert isinstance(panel, HistoryPanel)
        return panel

    def tab_of(self, key: str) -> int:
        return self.tabs.indexOf(self._lazy[key])
