"""Walk every screen of the main window, fill every field with hostile input and press every
button: no uncaught exception (pytest-qt fails the test on any exception raised in a slot), and
a refusal is always worded. Dialogs a button would open are answered at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from counsellor_app.services.accounts import Workspace
from counsellor_app.services.people import PeopleService
from counsellor_app.storage.database import Database
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.i18n import Translations
from counsellor_app.ui.operations import Operations
from tests.conftest import ADMIN, PASSWORD, person
from tests.ui.conftest import type_text

HOSTILE = (
    '=HYPERLINK("http://x")',
    "\u202eevil\u202c",
    "x" * 10_000,
    "'; DROP TABLE person;--",
    "-1",
    "31/02/2026",
    "😀محمد\x00\x1b",
)
# Buttons that end the session or leave the app are not this walk's business.
SKIPPED = {"closeButton", "loginButton"}


@pytest.fixture
def answered(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every dialog a button opens is answered at once (cancel, no, nothing chosen)."""
    opened: list[str] = []

    def dialog_exec(self: QDialog) -> int:
        opened.append(self.objectName() or type(self).__name__)
        return 0

    def asked(*_args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        opened.append("message")
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QDialog, "exec", dialog_exec)
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(asked))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: opened.append("box") or 0)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("", False)))
    yield opened


def fill_and_press(root: QWidget, round_number: int) -> int:
    """Fill the visible, enabled fields of ``root`` and press its buttons; returns presses."""
    text = HOSTILE[round_number % len(HOSTILE)]
    for field in root.findChildren(QLineEdit):
        if field.isVisible() and field.isEnabled() and not field.isReadOnly():
            type_text(field, text)
    for area in root.findChildren(QPlainTextEdit):
        if area.isVisible() and area.isEnabled() and not area.isReadOnly():
            area.setPlainText(text)
    pressed = 0
    for button in root.findChildren(QAbstractButton):
        if isinstance(button, QCheckBox) or button.objectName() in SKIPPED:
            continue
        if button.isVisible() and button.isEnabled():
            button.click()
            QApplication.processEvents()
            pressed += 1
    return pressed


def test_every_screen_survives_hostile_input_and_every_button(
    qtbot: QtBot,
    workspace: Workspace,
    db: Database,
    people: PeopleService,
    translations: Translations,
    make_window: object,
    answered: list[str],
) -> None:
    person_id = people.register(person(vulnerabilities=("chronic_illness",)))
    _db, admin = workspace.log_in(ADMIN, PASSWORD, open_database=db)
    operations = Operations()
    context = UiContext.create(workspace, db, admin, operations, "fr")
    window = make_window(context)  # type: ignore[operator]
    pressed = 0
    for key in ("todo", "agenda", "cohorts", "indicators"):
        window.show_tab(key)
        QApplication.processEvents()
        pressed += fill_and_press(window.tabs.currentWidget(), len(key))
    window.open_person(person_id)
    file = window.files()[-1]
    for index in range(file.tabs.count()):
        if not file.tabs.isTabEnabled(index):
            continue
        file.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        pressed += fill_and_press(file.tabs.currentWidget(), index)
    window.new_intake()
    pressed += fill_and_press(window.forms()[-1], 2)
    operations.wait(10_000)
    QApplication.processEvents()
    assert pressed > 30, pressed  # the walk really pressed the screens' buttons
    assert answered  # and some of them asked something, answered without blocking
    for form in window.forms():
        form._dirty = False
    for widget in QApplication.topLevelWidgets():  # windows a button opened without waiting
        if widget.isVisible() and widget is not window:
            widget.close()
