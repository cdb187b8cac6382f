"""The auto-entrepreneur registration checklist, with the statute's figures for the activity."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.business_plan import ActivityCategory
from counsellor_app.core.clock import local_today
from counsellor_app.core.merge import EditConflict, Opened
from counsellor_app.core.money import format_mad
from counsellor_app.core.problems import DomainError
from counsellor_app.services.ae_registration import (
    CHANNELS,
    AeChecklist,
    AeRegistrationService,
    statute_figures,
)
from counsellor_app.ui import labels
from counsellor_app.ui.business_plan_panel import CATEGORY
from counsellor_app.ui.conflict_dialog import ask_to_choose
from counsellor_app.ui.widgets import (
    DateField,
    FieldBox,
    add_fields,
    combo_value,
    fill_combo,
    set_combo_value,
    show_problems,
)

CHANNEL = {
    "barid_al_maghrib": QT_TRANSLATE_NOOP("Vocabulary", "Barid Al-Maghrib (post office)"),
    "bank": QT_TRANSLATE_NOOP("Vocabulary", "Partner bank"),
    "online": QT_TRANSLATE_NOOP("Vocabulary", "Online (rn.ae.gov.ma)"),
}


def _percent(basis_points: int) -> str:
    whole, rest = divmod(basis_points, 100)
    return f"{whole},{rest:02d} %".replace(",00 %", " %")


class AePanel(QWidget):
    saved = Signal()

    def __init__(
        self,
        registrations: AeRegistrationService,
        person_id: str,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._opened: Opened[AeChecklist] | None = None
        self.setObjectName("aePanel")
        self.registrations, self.person_id, self.language = registrations, person_id, language
        layout = QVBoxLayout(self)
        self.eligibility = QLabel(self)
        self.eligibility.setObjectName("eligibility")
        self.eligibility.setWordWrap(True)
        layout.addWidget(self.eligibility)
        form = QFormLayout()
        self.documents = QCheckBox(self.tr("Documents gathered"), self)
        self.channel = QComboBox(self)
        fill_combo(self.channel, [(c, labels.label(CHANNEL, c)) for c in CHANNELS], blank="")
        self.filed_on, self.registered_on = DateField(self), DateField(self)
        self.number, self.activity = QLineEdit(self), QLineEdit(self)
        self.category = QComboBox(self)
        fill_combo(
            self.category, [(c.value, labels.label(CATEGORY, c.value)) for c in ActivityCategory]
        )
        self.tax_number, self.ice, self.cnss_number = (
            QLineEdit(self),
            QLineEdit(self),
            QLineEdit(self),
        )
        for edit in (self.number, self.tax_number, self.ice, self.cnss_number):
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.cnss = QCheckBox(self.tr("Affiliated to the CNSS (AMO)"), self)
        self.boxes: dict[str, FieldBox] = {}
        add_fields(
            form,
            self.boxes,
            (
                ("documents_gathered", self.tr("Checklist"), self.documents),
                ("channel", self.tr("Where the application is filed"), self.channel),
                ("filed_on", self.tr("Application filed on"), self.filed_on),
                ("registration_number", self.tr("Registration number (RNAE)"), self.number),
                ("registered_on", self.tr("Registered on"), self.registered_on),
                ("activity", self.tr("Activity"), self.activity),
                ("category", self.tr("Category"), self.category),
                ("tax_number", self.tr("Tax identifier (IF)"), self.tax_number),
                ("ice", self.tr("ICE"), self.ice),
                ("cnss_affiliated", self.tr("Social cover"), self.cnss),
                ("cnss_number", self.tr("CNSS number"), self.cnss_number),
            ),
        )
        layout.addLayout(form)
        self.figures = QLabel(self)
        self.figures.setObjectName("hint")
        self.figures.setWordWrap(True)
        layout.addWidget(self.figures)
        self.save_button = QPushButton(self.tr("Save the checklist"), self)
        self.save_button.setObjectName("saveAe")
        self.save_button.clicked.connect(lambda: self.save())
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        self.category.currentIndexChanged.connect(lambda _i: self._show_figures())
        self.load()

    def load(self) -> None:
        opened = self.registrations.opened(self.person_id)
        data = opened.values
        self.documents.setChecked(data.documents_gathered)
        set_combo_value(self.channel, data.channel)
        self.filed_on.set_value(data.filed_on)
        self.number.setText(data.registration_number)
        self.registered_on.set_value(data.registered_on)
        self.activity.setText(data.activity)
        set_combo_value(self.category, data.category.value)
        self.tax_number.setText(data.tax_number)
        self.ice.setText(data.ice)
        self.cnss.setChecked(data.cnss_affiliated)
        self.cnss_number.setText(data.cnss_number)
        problems = self.registrations.eligibility(self.person_id)
        self.eligibility.setText(
            "\n".join(labels.problem_text(p) for p in problems)
            if problems
            else self.tr("Eligible today for auto-entrepreneur registration.")
        )
        self.eligibility.setObjectName("warningBanner" if problems else "hint")
        self.eligibility.style().unpolish(self.eligibility)
        self.eligibility.style().polish(self.eligibility)
        self._show_figures()
        # The checklist as shown, with its version: a save merges into a newer copy.
        self._opened = Opened(opened.version, self.data())

    def _show_figures(self) -> None:
        figures = statute_figures(
            self.registrations.parameters(),
            ActivityCategory(combo_value(self.category)),
            local_today(),
        )
        self.figures.setText(
            self.tr(
                "Yearly turnover ceiling %1; flat tax %2 of the turnover cashed; above %3 a year from "
                "one client, %4 is withheld at source."
            )
            .replace("%1", format_mad(figures.ceiling, self.language))
            .replace("%2", _percent(figures.tax_bp))
            .replace("%3", format_mad(figures.single_client_threshold, self.language))
            .replace("%4", _percent(figures.withholding_bp))
        )

    def data(self) -> AeChecklist:
        return AeChecklist(
            self.documents.isChecked(),
            combo_value(self.channel),
            self.filed_on.value(),
            self.number.text(),
            self.registered_on.value(),
            self.activity.text(),
            ActivityCategory(combo_value(self.category)),
            self.tax_number.text(),
            self.ice.text(),
            self.cnss.isChecked(),
            self.cnss_number.text(),
        )

    def save(self, chosen: Mapping[str, Any] | None = None) -> bool:
        show_problems(self.boxes, [])
        picked = dict(chosen or {})
        try:
            self.registrations.save(self.person_id, self.data(), self._opened, picked)
        except EditConflict as conflict:
            ask_to_choose(self, conflict, lambda more: self.save({**picked, **more}))
            return False
        except DomainError as error:
            show_problems(self.boxes, error.problems)
            return False
        self.load()  # what was saved, merged with any change made elsewhere
        self.saved.emit()
        return True
