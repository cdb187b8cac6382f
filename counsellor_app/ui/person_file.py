"""A person's file in one tab: the profile form, the pathway, and the change history."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from counsellor_app.services.ae_registration import AeRegistrationService
from counsellor_app.services.business_plans import BusinessPlanService
from counsellor_app.services.grants import GrantService
from counsellor_app.services.internships import InternshipService
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.reference import cities
from counsellor_app.ui.ae_panel import AePanel
from counsellor_app.ui.business_plan_panel import BusinessPlanPanel
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.grant_panel import GrantPanel
from counsellor_app.ui.history_panel import HistoryPanel
from counsellor_app.ui.internship_panel import InternshipPanel
from counsellor_app.ui.pathway_panel import PathwayPanel
from counsellor_app.ui.person_form import PersonForm


class PersonFile(QWidget):
    """Built empty ahead of time if need be; :meth:`open` shows a person (or a new intake)."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personFile")
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("fileTabs")
        self.form = PersonForm(context, None, self, start=False)
        self.tabs.addTab(self.form, self.tr("Profile"))
        self.pathway: PathwayPanel | None = None
        self.history: HistoryPanel | None = None
        self.internship: InternshipPanel | None = None
        self.business_plan: BusinessPlanPanel | None = None
        self.ae: AePanel | None = None
        self.grant: GrantPanel | None = None
        self._pending = QLabel(
            self.tr("Save the profile first: the pathway starts with the intake."), self
        )
        self._pending.setObjectName("emptyState")
        self._pending.setWordWrap(True)
        self.tabs.addTab(self._pending, self.tr("Pathway"))
        self.tabs.setTabEnabled(1, False)
        layout.addWidget(self.tabs)
        self.form.saved.connect(self._saved)

    def open(self, person_id: str | None) -> None:
        if person_id is not None:
            self.form.open_person_file(person_id)
            self._attach_panels(person_id)
        else:
            self.form.start_new_intake()

    def _saved(self, person_id: str) -> None:
        if self.pathway is None:
            self._attach_panels(person_id)
        elif self.history is not None:
            self.history.reload()

    def _attach_panels(self, person_id: str) -> None:
        pathways = PathwayService(self.context.db, self.context.user)
        self.pathway = PathwayPanel(pathways, person_id, parent=self)
        language = self.context.language
        city_names = {place.id: place.name(language) for place in cities(self.context.db)}
        self.history = HistoryPanel(self.context.people, person_id, language, city_names, self)
        self.internship = InternshipPanel(
            InternshipService(self.context.db, self.context.user),
            person_id,
            pathways.parameters(),
            sorted(city_names.items(), key=lambda item: item[1]),
            language,
            self,
        )
        self.pathway.changed.connect(self.history.reload)
        self.internship.changed.connect(self.history.reload)
        self.tabs.removeTab(1)
        self._pending.deleteLater()
        self.tabs.addTab(self.pathway, self.tr("Pathway"))
        self.tabs.addTab(self.internship, self.tr("Internship"))
        self.business_plan = BusinessPlanPanel(
            BusinessPlanService(self.context.db, self.context.user), person_id, language, self
        )
        self.business_plan.saved.connect(self.history.reload)
        self.ae = AePanel(
            AeRegistrationService(self.context.db, self.context.user), person_id, language, self
        )
        self.ae.saved.connect(self.history.reload)
        self.tabs.addTab(self.ae, self.tr("Auto-entrepreneur"))
        self.tabs.addTab(self.business_plan, self.tr("Business plan"))
        self.grant = GrantPanel(
            GrantService(self.context.db, self.context.user), person_id, language, self
        )
        self.grant.changed.connect(self.history.reload)
        self.tabs.addTab(self.grant, self.tr("Microgrant"))
        self.tabs.addTab(self.history, self.tr("History"))
