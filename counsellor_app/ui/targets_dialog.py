"""A programme's name, period, the people it counts and its targets (0: no target for that
indicator)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.indicators import Milestone, Period, Population
from counsellor_app.core.problems import DomainError
from counsellor_app.services.indicator_targets import MAX_TARGET, Programme, TargetService
from counsellor_app.ui import guide_sections, labels
from counsellor_app.ui.dialog_base import Dialog
from counsellor_app.ui.i18n import isolate
from counsellor_app.ui.widgets import CheckGrid, DateField, error_banner, show_banner


class TargetsDialog(Dialog):
    help_section = guide_sections.PROGRAMMES

    def __init__(
        self,
        service: TargetService,
        programme: Programme | None,
        period: Period,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("targetsDialog")
        self.setWindowTitle(self.tr("Programme and targets"))
        self.resize(520, 640)
        self.service, self.original = service, programme
        self.saved: Programme | None = None
        self.removed = False
        layout = QVBoxLayout(self)
        self.message = error_banner(self)
        layout.addWidget(self.message)
        form = QFormLayout()
        self.name = QLineEdit(programme.name if programme else "", self)
        self.name.setObjectName("programmeName")
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(self.tr("e.g. EU — Work4Life 2026"))
        self.donor = QLineEdit(programme.donor if programme else "", self)
        self.donor.setObjectName("programmeDonor")
        self.donor.setMaxLength(200)
        self.donor.setPlaceholderText(self.tr("e.g. European Union"))
        shown = programme.period if programme else period
        self.start, self.end = DateField(self), DateField(self)  # 22/11/2026 in Arabic too
        self.start.set_value(shown.start)
        self.end.set_value(shown.end)
        for text, widget in (
            (self.tr("&Name"), self.name),
            (self.tr("&Donor"), self.donor),
            (self.tr("&From"), self.start),
            (self.tr("&To"), self.end),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(label, widget)
        layout.addLayout(form)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)
        targets_page = QWidget(self.tabs)
        targets_layout = QVBoxLayout(targets_page)
        hint = QLabel(self.tr("Targets in people (0: no target for that indicator)."), self)
        hint.setObjectName("hint")
        targets_layout.addWidget(hint)
        area = QScrollArea(targets_page)
        area.setWidgetResizable(True)
        inner = QWidget(area)
        targets = QFormLayout(inner)
        self.spins: dict[Milestone, QSpinBox] = {}

        def milestone_label(milestone: Milestone) -> str:
            return labels.label(labels.INDICATORS, milestone.value)

        for milestone in Milestone:
            spin = QSpinBox(inner)
            spin.setRange(0, MAX_TARGET)
            spin.setGroupSeparatorShown(True)
            spin.setObjectName(f"target_{milestone.value}")
            spin.setValue(programme.targets.get(milestone, 0) if programme else 0)
            spin.setAccessibleName(milestone_label(milestone))
            targets.addRow(milestone_label(milestone), spin)
            self.spins[milestone] = spin
        area.setWidget(inner)
        targets_layout.addWidget(area, 1)
        self.tabs.addTab(targets_page, self.tr("&Targets"))
        self.tabs.addTab(
            self._population_page(programme.population if programme else Population()),
            self.tr("&People counted"),
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        if programme is not None:
            self.remove_button = QPushButton(self.tr("&Delete the programme"), self)
            self.remove_button.setObjectName("removeProgramme")
            self.remove_button.clicked.connect(self.remove)
            buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        layout.addWidget(buttons)

    def _population_page(self, population: Population) -> QWidget:
        """Who the programme counts, by sex, legal status, track and agency: nothing ticked in
        a group counts everyone for it."""
        page = QScrollArea(self.tabs)
        page.setWidgetResizable(True)
        inner = QWidget(page)
        column = QVBoxLayout(inner)
        hint = QLabel(
            self.tr(
                "Only the people who match every group below are counted for this programme. "
                "Nothing ticked in a group: everyone."
            ),
            inner,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        column.addWidget(hint)

        def vocabulary(table: dict[str, object]) -> list[tuple[str, str]]:
            return [(code, labels.label(table, code)) for code in table]

        agencies = self.service.agencies()
        known = {code for code, _name in agencies}
        agencies += [(code, code) for code in sorted(population.agencies - known)]
        self.groups: dict[str, CheckGrid] = {}
        for key, title, options, columns, chosen in (
            ("sexes", self.tr("Sex"), vocabulary(labels.SEX), 2, population.sexes),
            ("legal_statuses", self.tr("Legal status"), vocabulary(labels.LEGAL_STATUS), 1,
             population.legal_statuses),
            ("tracks", self.tr("Track"), vocabulary(labels.TRACK), 2, population.tracks),
            ("agencies", self.tr("Agency"), [(c, f"{c} — {n}" if n != c else c) for c, n in agencies],
             1, population.agencies),
        ):  # fmt: skip
            heading = QLabel(f"<b>{title}</b>", inner)
            grid = CheckGrid(options, columns, inner)
            grid.setObjectName(f"population_{key}")
            grid.setAccessibleName(title)
            grid.set_values(sorted(chosen))
            column.addWidget(heading)
            column.addWidget(grid)
            self.groups[key] = grid
        column.addStretch(1)
        page.setWidget(inner)
        return page

    def population(self) -> Population:
        return Population.of_groups(
            {key: frozenset(grid.values()) for key, grid in self.groups.items()}
        )

    def save(self) -> None:
        start, end = self.start.value(), self.end.value()
        if start is None or end is None:
            show_banner(self.message, [self.tr("Give the first and the last day.")])
            return
        if end < start:
            show_banner(self.message, [self.tr("The period ends before it starts.")])
            return
        programme = Programme(
            self.name.text(),
            Period(start, end),
            {m: spin.value() for m, spin in self.spins.items()},
            self.population(),
            self.original.id if self.original else "",
            self.donor.text(),
        )
        try:
            self.saved = self.service.save(programme)
        except DomainError as error:
            show_banner(self.message, [labels.problem_text(p) for p in error.problems])
            return
        self.accept()

    def remove(self) -> None:
        if self.original is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the programme"),
            self.tr("Delete %1 and its targets? The counts are not affected.").replace(
                "%1", isolate(self.original.name)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.service.remove(self.original.id)
            self.removed = True
            self.reject()
