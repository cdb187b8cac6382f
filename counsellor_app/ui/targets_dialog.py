"""A programme's name, period and targets (0: no target for that indicator)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.indicators import Milestone, Period
from counsellor_app.core.problems import DomainError
from counsellor_app.services.indicator_targets import MAX_TARGET, Programme, TargetService
from counsellor_app.ui import labels
from counsellor_app.ui.widgets import DateField, error_banner, show_banner


class TargetsDialog(QDialog):
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
        shown = programme.period if programme else period
        self.start, self.end = DateField(self), DateField(self)  # 22/11/2026 in Arabic too
        self.start.set_value(shown.start)
        self.end.set_value(shown.end)
        for text, widget in (
            (self.tr("&Name"), self.name),
            (self.tr("&From"), self.start),
            (self.tr("&To"), self.end),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(label, widget)
        layout.addLayout(form)
        hint = QLabel(self.tr("Targets in people (0: no target for that indicator)."), self)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        area = QScrollArea(self)
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
        layout.addWidget(area, 1)
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
        )
        try:
            self.saved = self.service.save(programme, self.original.name if self.original else None)
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
                "%1", self.original.name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.service.remove(self.original.name)
            self.removed = True
            self.reject()
