"""The pathway of one person: where they are, what is next, and each stage one click away.

The panel never decides what is allowed: it shows the moves the service computed with the
core rules, and a disabled move says why in its tooltip.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core import vocab
from counsellor_app.core.clock import local_today
from counsellor_app.core.merge import EditConflict, Opened
from counsellor_app.core.pathway import ALL_STAGES, NEEDS_REASON, OutcomeKind, Stage, Status, Track
from counsellor_app.core.problems import DomainError
from counsellor_app.services.pathway import PathwayService, PathwayView, StageNotes
from counsellor_app.ui import labels
from counsellor_app.ui.conflict_dialog import ask_to_choose, is_stale
from counsellor_app.ui.widgets import CheckGrid, DateField, combo_value, fill_combo

MARKS = {
    Status.COMPLETED: "✔",
    Status.IN_PROGRESS: "●",
    Status.PLANNED: "◔",
    Status.NOT_STARTED: "○",
    Status.ABANDONED: "✖",
    Status.NOT_APPLICABLE: "–",
}


class PathwayPanel(QWidget):
    changed = Signal()

    def __init__(
        self,
        pathways: PathwayService,
        person_id: str,
        ask_reason: Callable[[str], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pathwayPanel")
        self.pathways, self.person_id = pathways, person_id
        self._ask_reason = ask_reason or self._reason_dialog
        self.view: PathwayView | None = None
        self._opened: Opened[StageNotes] | None = None  # the shown stage's notes form
        self._shown_data: dict[str, Any] = {}
        layout = QHBoxLayout(self)

        left = QVBoxLayout()
        self.summary = QLabel(self)
        self.summary.setObjectName("pathwaySummary")
        self.summary.setWordWrap(True)
        font = QFont(self.summary.font())
        font.setBold(True)
        self.summary.setFont(font)
        left.addWidget(self.summary)
        self.stage_list = QListWidget(self)
        self.stage_list.setObjectName("stageList")
        self.stage_list.setAccessibleName(self.tr("Stages of the pathway"))
        self.stage_list.currentRowChanged.connect(lambda _row: self._show_stage())
        left.addWidget(self.stage_list, 1)

        track_box = QGroupBox(self.tr("Track"), self)
        track_row = QHBoxLayout(track_box)
        self.track = QComboBox(self)
        self.track.setObjectName("trackChoice")
        fill_combo(self.track, [(t.value, labels.label(labels.TRACK, t.value)) for t in Track])
        self.track.setAccessibleName(self.tr("Track"))
        self.track_button = QPushButton(self.tr("Choose this track"), self)
        self.track_button.setObjectName("chooseTrack")
        self.track_button.clicked.connect(self._choose_track)
        track_row.addWidget(self.track, 1)
        track_row.addWidget(self.track_button)
        left.addWidget(track_box)

        outcome_box = QGroupBox(self.tr("Outcomes"), self)
        outcome_layout = QVBoxLayout(outcome_box)
        self.outcome_list = QLabel(self)
        self.outcome_list.setObjectName("outcomeList")
        self.outcome_list.setWordWrap(True)
        outcome_layout.addWidget(self.outcome_list)
        row = QHBoxLayout()
        self.outcome_kind = QComboBox(self)
        self.outcome_kind.setObjectName("outcomeKind")
        fill_combo(
            self.outcome_kind,
            [(k.value, labels.label(labels.OUTCOME, k.value)) for k in OutcomeKind],
        )
        self.outcome_kind.setAccessibleName(self.tr("Outcome"))
        self.outcome_date = DateField(self)
        self.outcome_date.setObjectName("outcomeDate")
        self.outcome_date.setAccessibleName(self.tr("Outcome date"))
        self.outcome_detail = QLineEdit(self)
        self.outcome_detail.setObjectName("outcomeDetail")
        self.outcome_detail.setMaxLength(300)
        self.outcome_detail.setPlaceholderText(self.tr("Employer, training, business or reason"))
        self.outcome_detail.setAccessibleName(self.tr("Outcome details"))
        self.outcome_button = QPushButton(self.tr("Record"), self)
        self.outcome_button.setObjectName("recordOutcome")
        self.outcome_button.clicked.connect(self._record_outcome)
        row.addWidget(self.outcome_kind)
        row.addWidget(self.outcome_date)
        outcome_layout.addLayout(row)
        outcome_layout.addWidget(self.outcome_detail)
        outcome_layout.addWidget(self.outcome_button, 0, Qt.AlignmentFlag.AlignRight)
        left.addWidget(outcome_box)
        layout.addLayout(left, 2)

        self.detail = QGroupBox(self)
        form = QFormLayout(self.detail)
        self.status_label = QLabel(self.detail)
        self.status_label.setObjectName("stageStatus")
        self.dates_label = QLabel(self.detail)
        self.dates_label.setObjectName("stageDates")
        self.reason_label = QLabel(self.detail)
        self.reason_label.setObjectName("stageReason")
        self.reason_label.setWordWrap(True)
        self.move_date = DateField(self.detail)
        self.move_date.setObjectName("moveDate")
        self.move_date.setAccessibleName(self.tr("Date of the change"))
        self.attendance = QSpinBox(self.detail)
        self.attendance.setObjectName("attendancePct")
        self.attendance.setRange(0, 100)
        self.attendance.setSuffix(" %")
        self.attendance.setAccessibleName(self.tr("Attendance rate"))
        self.career_goal = QLineEdit(self.detail)
        self.career_goal.setObjectName("careerGoal")
        self.career_goal.setMaxLength(200)
        self.career_goal.setAccessibleName(self.tr("Career goal"))
        self.skills_assessment = QPlainTextEdit(self.detail)
        self.skills_assessment.setObjectName("skillsAssessment")
        self.skills_assessment.setTabChangesFocus(True)
        self.skills_assessment.setFixedHeight(60)
        self.skills_assessment.setAccessibleName(self.tr("Skills assessment"))
        self.services = CheckGrid(
            [(c, labels.label(labels.RECOMMENDED_SERVICE, c)) for c in vocab.RECOMMENDED_SERVICES],
            2,
            self.detail,
        )
        self.services.setObjectName("recommendedServices")
        self.notes = QPlainTextEdit(self.detail)
        self.notes.setObjectName("stageNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes on the stage"))
        self.save_notes = QPushButton(self.tr("Save the notes"), self.detail)
        self.save_notes.setObjectName("saveStageNotes")
        self.save_notes.clicked.connect(lambda: self._save_notes())
        form.addRow(self.tr("Status"), self.status_label)
        form.addRow(self.tr("Dates"), self.dates_label)
        form.addRow(self.tr("Reason"), self.reason_label)
        self.attendance_label = QLabel(self.tr("Attendance"), self.detail)
        form.addRow(self.attendance_label, self.attendance)
        self.orientation_labels = [
            QLabel(self.tr("Career goal"), self.detail),
            QLabel(self.tr("Skills assessment"), self.detail),
            QLabel(self.tr("Recommended services"), self.detail),
        ]
        for label, widget in zip(
            self.orientation_labels,
            (self.career_goal, self.skills_assessment, self.services),
            strict=True,
        ):
            form.addRow(label, widget)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow("", self.save_notes)
        form.addRow(self.tr("Date of the change"), self.move_date)
        self.buttons_row = QHBoxLayout()
        form.addRow(self.buttons_row)
        # What the stage's own record still lacks to be completed (core.stage_records),
        # shown in full rather than only in the disabled button's tooltip.
        self.completion_needs = QLabel(self.detail)
        self.completion_needs.setObjectName("completionNeeds")
        self.completion_needs.setWordWrap(True)
        self.completion_needs.hide()
        form.addRow(self.completion_needs)
        self.message = QLabel(self.detail)
        self.message.setObjectName("errorBanner")
        self.message.setWordWrap(True)
        self.message.hide()
        form.addRow(self.message)
        layout.addWidget(self.detail, 3)
        self.move_buttons: dict[Status, QPushButton] = {}
        for status in Status:
            button = QPushButton(labels.label(labels.MOVE, status.value), self.detail)
            button.setObjectName(f"move_{status.value}")
            button.clicked.connect(lambda _checked=False, s=status: self._move(s))
            self.buttons_row.addWidget(button)
            self.move_buttons[status] = button
        self.buttons_row.addStretch()
        self.reload()

    # -- display ---------------------------------------------------------------------------
    def reload(self, view: PathwayView | None = None) -> None:
        self.view = view or self.pathways.view(self.person_id)
        pathway = self.view.pathway
        selected = self.selected_stage() or pathway.current_stage() or Stage.INTAKE
        current = pathway.current_stage()
        self.stage_list.blockSignals(True)
        self.stage_list.clear()
        applicable = pathway.applicable_stages()
        for stage in ALL_STAGES:
            state = pathway.state(stage)
            text = (
                f"{MARKS[state.status]}  {labels.label(labels.STAGE, stage.value)} — "
                + labels.label(labels.STAGE_STATUS, state.status.value)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, stage.value)
            if stage == current:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if stage not in applicable and state.status in (
                Status.NOT_STARTED,
                Status.NOT_APPLICABLE,
            ):
                item.setForeground(Qt.GlobalColor.gray)
            self.stage_list.addItem(item)
        self.stage_list.blockSignals(False)
        self.stage_list.setCurrentRow(ALL_STAGES.index(selected))
        if pathway.needs_track:
            summary = self.tr("Next step: choose the track.")
        elif current is not None:
            summary = self.tr("Current stage: %1").replace(
                "%1", labels.label(labels.STAGE, current.value)
            )
        else:
            summary = self.tr("Every stage of the pathway is settled.")
        if pathway.track is not None:
            summary += "\n" + self.tr("Track: %1").replace(
                "%1", labels.label(labels.TRACK, pathway.track.value)
            )
        self.summary.setText(summary)
        if pathway.track is not None:
            self.track.setCurrentIndex(self.track.findData(pathway.track.value))
        self.outcome_list.setText(
            "\n".join(
                f"{labels.format_date(o.on)}  {labels.label(labels.OUTCOME, o.kind.value)}"
                + (f" — {o.detail}" if o.detail else "")
                for o in pathway.outcomes
            )
            or self.tr("No outcome recorded yet.")
        )
        self._show_stage()

    def selected_stage(self) -> Stage | None:
        item = self.stage_list.currentItem()
        return Stage(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _show_stage(self) -> None:
        stage = self.selected_stage()
        if stage is None or self.view is None:
            return
        stage_view = self.view.stages[stage]
        state = stage_view.state
        self.detail.setTitle(labels.label(labels.STAGE, stage.value))
        who = f" · {stage_view.counsellor_name}" if stage_view.counsellor_name else ""
        self.status_label.setText(labels.label(labels.STAGE_STATUS, state.status.value) + who)
        dates = [
            (self.tr("planned %1"), state.planned_on),
            (self.tr("started %1"), state.started_on),
            (self.tr("ended %1"), state.ended_on),
        ]
        self.dates_label.setText(
            " · ".join(text.replace("%1", labels.format_date(day)) for text, day in dates if day)
            or "—"
        )
        self.reason_label.setText(state.reason or "—")
        self.notes.setPlainText(stage_view.notes)
        is_soft_skills = stage == Stage.SOFT_SKILLS
        self.attendance.setVisible(is_soft_skills)
        self.attendance_label.setVisible(is_soft_skills)
        is_orientation = stage == Stage.ORIENTATION
        for widget in (
            self.career_goal,
            self.skills_assessment,
            self.services,
            *self.orientation_labels,
        ):
            widget.setVisible(is_orientation)
        self.career_goal.setText(str(stage_view.data.get("career_goal", "")))
        self.skills_assessment.setPlainText(str(stage_view.data.get("skills_assessment", "")))
        services = stage_view.data.get("recommended_services")
        self.services.set_values(services if isinstance(services, list) else [])
        rate = stage_view.data.get("attendance_pct")
        self.attendance.setValue(rate if isinstance(rate, int) else 0)
        # The stage as stored when shown (the base of a later save's merge), and its data as
        # the form shows it: a save sends only what the person changed since.
        self._opened = stage_view.opened
        self._shown_data = self._form_data(stage)
        today = local_today()
        self.move_date.setDate(QDate(today.year, today.month, today.day))
        moves = {move.target: move for move in self.view.moves[stage]}
        for status, button in self.move_buttons.items():
            move = moves.get(status)
            button.setVisible(move is not None)
            if move is not None:
                button.setEnabled(move.allowed)
                button.setToolTip("\n".join(labels.problem_text(p) for p in move.problems))
        complete = moves.get(Status.COMPLETED)
        needs = [labels.problem_text(p) for p in complete.problems] if complete else []
        self.completion_needs.setText("\n".join(f"• {text}" for text in needs))
        self.completion_needs.setVisible(bool(needs))
        self.message.hide()

    # -- actions ---------------------------------------------------------------------------
    def _run(
        self,
        action: Callable[[], PathwayView],
        retry: Callable[[dict[str, Any]], object] | None = None,
    ) -> bool:
        try:
            view = action()
        except EditConflict as conflict:  # changed elsewhere too: both values, a choice
            if retry is not None:
                ask_to_choose(self, conflict, retry)
            return False
        except DomainError as error:
            if is_stale(error):
                self.reload()  # the pathway as it is now, to decide again
            self.message.setText("\n".join(labels.problem_text(p) for p in error.problems))
            self.message.show()
            return False
        self.reload(view)
        self.changed.emit()
        return True

    def _reason_dialog(self, title: str) -> str | None:
        text, accepted = QInputDialog.getText(self, title, self.tr("Reason:"))
        return text if accepted else None

    def _move(self, target: Status) -> None:
        stage = self.selected_stage()
        if stage is None or self.view is None:
            return
        reason = ""
        current = self.view.pathway.state(stage).status
        if target in NEEDS_REASON or current == Status.COMPLETED:
            answer = self._ask_reason(labels.label(labels.MOVE, target.value).rstrip("…"))
            if answer is None:
                return
            reason = answer
        on = self.move_date.value() or local_today()
        seen = self.view.stages[stage].version  # moved elsewhere since: refused, not merged
        self._run(lambda: self.pathways.move(self.person_id, stage, target, on, reason, seen))

    def _form_data(self, stage: Stage) -> dict[str, Any]:
        """The stage's own data as the form holds it."""
        if stage == Stage.SOFT_SKILLS:
            return {"attendance_pct": self.attendance.value()}
        if stage == Stage.ORIENTATION:
            return {
                "career_goal": self.career_goal.text(),
                "skills_assessment": self.skills_assessment.toPlainText(),
                "recommended_services": list(self.services.values()),
            }
        return {}

    def _save_notes(self, chosen: Mapping[str, Any] | None = None) -> None:
        stage = self.selected_stage()
        if stage is None or self._opened is None:
            return
        data = {k: v for k, v in self._form_data(stage).items() if v != self._shown_data.get(k)}
        opened, chosen = self._opened, dict(chosen or {})
        self._run(
            lambda: self.pathways.save_stage_notes(
                self.person_id, stage, self.notes.toPlainText(), data, opened, chosen
            ),
            lambda picked: self._save_notes({**chosen, **picked}),
        )

    def _choose_track(self) -> None:
        if self.view is None:
            return
        track = Track(combo_value(self.track))
        reason = ""
        if self.view.pathway.track not in (None, track):
            answer = self._ask_reason(self.tr("Change of track"))
            if answer is None:
                return
            reason = answer
        seen = self.view.version  # the pathway changed elsewhere since: refused, not merged
        self._run(lambda: self.pathways.choose_track(self.person_id, track, reason, seen))

    def _record_outcome(self) -> None:
        on: date = self.outcome_date.value() or local_today()
        kind = OutcomeKind(combo_value(self.outcome_kind))
        seen = self.view.outcome_versions.get(kind) if self.view else None
        if self._run(
            lambda: self.pathways.record_outcome(
                self.person_id, kind, on, self.outcome_detail.text(), seen
            )
        ):
            self.outcome_detail.clear()
