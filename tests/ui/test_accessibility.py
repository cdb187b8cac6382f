"""Every field of the main screens and of a person's file can be named by a screen reader (an
accessible name, or a label whose buddy it is), and the forms can be walked with Tab alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from counsellor_app.services.people import PeopleService
from counsellor_app.ui.context import UiContext
from tests.conftest import person

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractItemView)


def unnamed(root: QWidget) -> list[str]:
    labelled = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or isinstance(widget, QHeaderView):
            continue
        if not widget.isVisible() or isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
            continue
        if not (widget.accessibleName() or id(widget) in labelled):
            missing.append(f"{type(widget).__name__}#{widget.objectName()}")
    return missing


def test_every_field_has_a_name_for_screen_readers(
    qtbot: QtBot, context: UiContext, people: PeopleService, make_window: object
) -> None:
    person_id = people.register(person())
    window = make_window()  # type: ignore[operator]
    screens = {"register": window.register}
    for key in ("todo", "agenda", "cohorts"):
        window.show_tab(key)
        QApplication.processEvents()
        screens[key] = window.tabs.currentWidget()
    found = {key: unnamed(screen) for key, screen in screens.items()}
    window.open_person(person_id)
    file = window.files()[-1]
    for index in range(file.tabs.count()):
        if file.tabs.isTabEnabled(index):
            file.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            found[file.tabs.tabText(index)] = unnamed(file.tabs.currentWidget())
    assert {k: v for k, v in found.items() if v} == {}


def test_the_intake_form_is_walked_with_tab_alone(
    qtbot: QtBot, context: UiContext, make_window: object
) -> None:
    window = make_window()  # type: ignore[operator]
    window.new_intake()
    form = window.forms()[-1]
    form.last_name.setFocus()
    QApplication.processEvents()
    reached = []
    for _ in range(80):
        widget = QApplication.focusWidget()
        if widget is None:
            break
        reached.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        QApplication.processEvents()
    names = [w.objectName() for w in reached]
    # The identity fields come in reading order, and the walk reaches saving.
    order = [names.index(n) for n in ("last_name", "first_name", "sex", "date_of_birth")]
    assert order == sorted(order)
    assert "saveButton" in names
    assert all(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in reached)
    form._dirty = False
