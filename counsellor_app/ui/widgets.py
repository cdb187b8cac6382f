"""Small reusable input widgets: an optional date, a checkable list, a field with its error."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.problems import Problem
from counsellor_app.ui.labels import problem_text

_EMPTY = QDate(1900, 1, 1)


class DateField(QDateEdit):
    """A date that may be left empty (shown as a dash), typed or picked in a calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        # Dates read 22/11/2026 in Arabic too. The direction must be set before the format:
        # Qt reverses the sections of a format set while the widget is right to left.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setMinimumDate(_EMPTY)
        self.setMaximumDate(QDate(2100, 12, 31))
        self.setSpecialValueText("—")
        self.setDate(_EMPTY)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab leaves the field, like every other field (Qt would walk day, month and year,
        and an empty date showing its dash would keep the focus for ever). Digits and "/"
        still move between day, month and year while typing."""
        return QWidget.focusNextPrevChild(self, next)

    def value(self) -> date | None:
        current = self.date()
        if current == _EMPTY:
            return None
        return date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(_EMPTY if value is None else QDate(value.year, value.month, value.day))

    def clear_value(self) -> None:
        self.setDate(_EMPTY)


class CheckGrid(QWidget):
    """Checkboxes for a multi-choice list, laid out in columns."""

    changed = Signal()

    def __init__(
        self, options: Iterable[tuple[str, str]], columns: int = 3, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._boxes: dict[str, QCheckBox] = {}
        for index, (code, text) in enumerate(options):
            box = QCheckBox(text, self)
            box.setObjectName(f"check_{code}")
            box.toggled.connect(self.changed)
            layout.addWidget(box, index // columns, index % columns)
            self._boxes[code] = box

    def values(self) -> tuple[str, ...]:
        return tuple(code for code, box in self._boxes.items() if box.isChecked())

    def set_values(self, values: Sequence[str]) -> None:
        for code, box in self._boxes.items():
            box.setChecked(code in values)

    def box(self, code: str) -> QCheckBox:
        return self._boxes[code]


def fill_combo(
    combo: QComboBox, items: Iterable[tuple[str, str]], blank: str | None = None
) -> None:
    """Items are (code, label); the code is the item data. ``blank`` adds an empty first item."""
    combo.clear()
    if blank is not None:
        combo.addItem(blank, "")
    for code, text in items:
        combo.addItem(text, code)


def combo_value(combo: QComboBox) -> str:
    value = combo.currentData()
    return value if isinstance(value, str) else ""


def set_combo_value(combo: QComboBox, value: str | None) -> None:
    index = combo.findData(value or "")
    combo.setCurrentIndex(max(index, 0))


class FieldBox(QWidget):
    """A form field with the place for its error message right under it.

    The message label is made on the first error: most forms never show one, and a form has
    two dozen fields to build when a file opens.
    """

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.field = field
        self._layout.addWidget(field)
        self._error: QLabel | None = None

    @property
    def error(self) -> QLabel:
        if self._error is None:
            self._error = QLabel(self)
            self._error.setObjectName("fieldError")
            self._error.setWordWrap(True)
            self._error.setTextFormat(Qt.TextFormat.PlainText)
            self._error.hide()
            self._layout.addWidget(self._error)
        return self._error

    def has_error(self) -> bool:
        return self._error is not None and not self._error.isHidden()

    def show_error(self, text: str) -> None:
        if not text and self._error is None:
            return
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.error.setAccessibleName(text)
        self.field.setProperty("invalid", bool(text))
        style = self.field.style()
        style.unpolish(self.field)
        style.polish(self.field)


def add_field(
    form: QFormLayout, boxes: dict[str, FieldBox], key: str, text: str, widget: QWidget
) -> FieldBox:
    """A form row: the label (its mnemonic focuses the field), the field with room for its
    error under it, and the field's accessible name; the box is remembered under ``key``."""
    parent = form.parentWidget()
    box = FieldBox(widget, parent)
    label = QLabel(text, parent)
    label.setBuddy(widget)
    widget.setAccessibleName(text.replace("&", ""))
    form.addRow(label, box)
    boxes[key] = box
    return box


def show_problems(boxes: Mapping[str, FieldBox], problems: Iterable[Problem]) -> list[str]:
    """Clear the boxes, show each problem under its field (the first one per field), and
    return the texts of the problems that belong to no box, for a message above the form."""
    for box in boxes.values():
        box.show_error("")
    general = []
    for problem in problems:
        target = boxes.get(problem.field or "")
        if target is None:
            general.append(problem_text(problem))
        elif not target.has_error():
            target.show_error(problem_text(problem))
    return general


def readonly_cell(text: str, data: object = None) -> QTableWidgetItem:
    """A table cell to read, not to edit; ``data`` rides along in the user role."""
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def error_banner(parent: QWidget) -> QLabel:
    """The message above a form for problems that belong to no single field; hidden at first."""
    banner = QLabel(parent)
    banner.setObjectName("errorBanner")
    banner.setWordWrap(True)
    banner.setTextFormat(Qt.TextFormat.PlainText)
    banner.hide()
    return banner


def show_banner(banner: QLabel, texts: Sequence[str]) -> None:
    banner.setText("\n".join(texts))
    banner.setVisible(bool(texts))


def ok_cancel(dialog: QDialog, on_ok: Callable[[], object]) -> QDialogButtonBox:
    """OK runs ``on_ok`` (which accepts the dialog when the input is good); Cancel rejects."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons


def add_fields(
    form: QFormLayout,
    boxes: dict[str, FieldBox],
    rows: Iterable[tuple[str, str, QWidget]],
) -> None:
    """Form rows whose widgets are named after their key (tests and style sheets find them)."""
    for key, text, widget in rows:
        widget.setObjectName(key)
        add_field(form, boxes, key, text, widget)
