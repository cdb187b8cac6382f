"""A form saved over a copy changed elsewhere meanwhile, where the same field changed on both
sides: both values are shown and the person chooses each, in the words of the sync's
conflicts (a synchronisation's conflicts and a form's are the same thing to a counsellor)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.merge import EditConflict, FieldConflict
from counsellor_app.core.problems import DomainError
from counsellor_app.ui import guide_sections, labels
from counsellor_app.ui.dialog_base import Dialog
from counsellor_app.ui.history_panel import field_label as history_label

SHARED = "SyncDialog"  # the sync window's wording, translated once
KEEP, TAKE = 0, 1  # the choice combo's rows: the form's value, the other one


class EditConflictDialog(Dialog):
    """Accepted: :meth:`chosen` gives field → value for the next save."""

    help_section = guide_sections.INTAKE

    def __init__(
        self,
        conflicts: Sequence[FieldConflict],
        field_label: Callable[[str], str],
        value_text: Callable[[str, Any], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editConflictDialog")
        self.setWindowTitle(QCoreApplication.translate(SHARED, "Conflicts to resolve"))
        self.conflicts = tuple(conflicts)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "While this form was open, the same field was changed elsewhere (a "
                "synchronisation or another window). The fields you did not change keep the "
                "newer values; choose which value is right for each field below."
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(len(self.conflicts), 4, self)
        self.table.setObjectName("editConflictsTable")
        self.table.setAccessibleName(QCoreApplication.translate(SHARED, "Conflicts to resolve"))
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate(SHARED, "Field"),
                QCoreApplication.translate(SHARED, "Value shown"),
                QCoreApplication.translate(SHARED, "Other value"),
                self.tr("Value to save"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.choices: list[QComboBox] = []
        for row, conflict in enumerate(self.conflicts):
            texts = (
                field_label(conflict.field),
                value_text(conflict.field, conflict.incoming_value),
                value_text(conflict.field, conflict.server_value),
            )
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
            choice = QComboBox(self.table)
            choice.setObjectName(f"choice:{conflict.field}")
            choice.addItem(
                QCoreApplication.translate(SHARED, "&Keep the value shown").replace("&", "")
            )
            choice.addItem(
                QCoreApplication.translate(SHARED, "&Take the other value").replace("&", "")
            )
            choice.setAccessibleName(texts[0])
            self.table.setCellWidget(row, 3, choice)
            self.choices.append(choice)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        self.add_help_button(buttons)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 300)

    def choose(self, field: str, take_other: bool) -> None:
        for conflict, choice in zip(self.conflicts, self.choices, strict=True):
            if conflict.field == field:
                choice.setCurrentIndex(TAKE if take_other else KEEP)

    def chosen(self) -> dict[str, Any]:
        """Field → the value chosen (the form's value unless the other one was taken)."""
        return {
            c.field: c.server_value if choice.currentIndex() == TAKE else c.incoming_value
            for c, choice in zip(self.conflicts, self.choices, strict=True)
        }


def is_stale(error: DomainError) -> bool:
    """A decision refused because its record changed since it was shown: the screen shows the
    fresh record with the refusal, so that the person decides again on what is true now."""
    return any(p.code == "changed_elsewhere" for p in error.problems)


def plain_label(field: str) -> str:
    """A field's name as the history shows it (``sections.market`` → its last part)."""
    return history_label(field.rsplit(".", 1)[-1])


def plain_value(field: str, value: Any) -> str:
    """A value as text, for the forms with no formatter of their own."""
    if value in (None, "", (), []):
        return "—"
    if isinstance(value, bool):
        return labels.label(labels.YES_NO, "yes" if value else "no")
    if isinstance(value, date):
        return labels.format_date(value)
    if isinstance(value, list | tuple):
        return ", ".join(plain_value(field, v) for v in value)
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def ask_to_choose(
    parent: QWidget,
    conflict: EditConflict,
    retry: Callable[[dict[str, Any]], object],
    field_label: Callable[[str], str] = plain_label,
    value_text: Callable[[str, Any], str] = plain_value,
) -> EditConflictDialog:
    """Show the conflicts of a refused save; accepted, save again with the values chosen
    (``retry``), which asks anew if the record changed once more meanwhile."""
    dialog = EditConflictDialog(conflict.conflicts, field_label, value_text, parent)

    def finished(result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            retry(dialog.chosen())
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
