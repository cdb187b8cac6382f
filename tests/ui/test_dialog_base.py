"""The dialog base: geometry kept per dialog and clamped to the screens; F1 and Help open
the guide at the dialog's section."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWizard
from pytestqt.qtbot import QtBot

from counsellor_app import ui
from counsellor_app.services.accounts import Workspace
from counsellor_app.services.backup import BackupService
from counsellor_app.services.cohorts import CohortService
from counsellor_app.storage.paths import DataPaths
from counsellor_app.storage.settings import Settings
from counsellor_app.ui.backups_dialog import BackupsDialog
from counsellor_app.ui.cohorts_view import NewCohortDialog
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.dialog_base import Dialog, Wizard, clamped, dialog_settings, guide_path
from counsellor_app.ui.setup_wizard import SetupWizard


def _backups(context: UiContext) -> BackupsDialog:
    service = BackupService(context.workspace, context.db, context.user, Settings())
    return BackupsDialog(service, context.operations, "fr", may_restore=False)


def test_a_dialog_reopens_where_and_at_the_size_it_was_left(
    qtbot: QtBot, context: UiContext, fresh_qt_settings: Path
) -> None:
    first = _backups(context)
    qtbot.addWidget(first)
    first.show()
    screen = QGuiApplication.primaryScreen().availableGeometry()
    wanted = QRect(screen.left() + 40, screen.top() + 30, 700, 420)
    first.setGeometry(wanted)
    first.reject()
    assert dialog_settings().value("dialogs/backupsDialog") == first.geometry()
    assert any(fresh_qt_settings.rglob("dialogs.ini"))  # the test's folder, not the profile

    second = _backups(context)
    qtbot.addWidget(second)
    second.show()
    assert second.geometry().size() == wanted.size()
    assert second.geometry().topLeft() == first.geometry().topLeft()
    second.reject()


def test_a_place_on_a_screen_no_longer_there_comes_back_onto_a_visible_one() -> None:
    screens = [QRect(0, 0, 1366, 768)]
    assert clamped(QRect(3000, 200, 600, 400), screens) == QRect(766, 200, 600, 400)
    assert clamped(QRect(-900, -50, 2000, 900), screens) == QRect(0, 0, 1366, 768)
    two = [QRect(0, 0, 1366, 768), QRect(1366, 0, 1920, 1080)]
    assert clamped(QRect(1500, 100, 800, 600), two) == QRect(1500, 100, 800, 600)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """What the system browser was asked to open (the call to the desktop is replaced)."""
    urls: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return urls


def test_help_opens_the_guide_at_the_dialogs_section(
    qtbot: QtBot, context: UiContext, opened: list[QUrl]
) -> None:
    if guide_path("fr") is None:
        pytest.skip("user guide not made on this machine (python scripts/user_guide.py)")
    dialog = _backups(context)
    qtbot.addWidget(dialog)
    dialog.show()
    help_button = dialog.findChild(QPushButton, "helpButton")
    assert help_button is not None
    assert dialog.findChild(QDialogButtonBox).buttonRole(help_button) == (
        QDialogButtonBox.ButtonRole.HelpRole
    )
    qtbot.mouseClick(help_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_F1)
    assert [url.fragment() for url in opened] == ["backups", "backups"]
    assert opened[0].toLocalFile() == str(guide_path("fr"))
    dialog.reject()


def _dialog_classes() -> list[type[QDialog]]:
    """Every QDialog subclass defined in counsellor_app/ui, found by importing each module of
    the package (a dialog added in a new module is found too)."""
    found: list[type[QDialog]] = []
    for module_info in pkgutil.walk_packages(ui.__path__, f"{ui.__name__}."):
        module = importlib.import_module(module_info.name)
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if value.__module__ == module.__name__ and issubclass(value, QDialog):
                found.append(value)
    return found


def test_every_dialog_of_the_app_is_on_the_dialog_base() -> None:
    classes = _dialog_classes()
    names = {cls.__name__ for cls in classes}
    # The scan sees the dialogs it must (so it cannot pass by finding nothing).
    assert {"SetupWizard", "LoginDialog", "RegisterDialog", "TargetsDialog"} <= names
    assert len(classes) >= 30
    outside = [
        cls.__qualname__
        for cls in classes
        if cls not in (Dialog, Wizard) and not issubclass(cls, (Dialog, Wizard))
    ]
    assert outside == []


def test_a_dialog_moved_onto_the_base_offers_help_at_its_section(
    qtbot: QtBot, context: UiContext, opened: list[QUrl]
) -> None:
    if guide_path("fr") is None:
        pytest.skip("user guide not made on this machine (python scripts/user_guide.py)")
    dialog = NewCohortDialog(CohortService(context.db, context.user))
    qtbot.addWidget(dialog)
    dialog.show()
    help_button = dialog.findChild(QPushButton, "helpButton")  # added by the base
    assert help_button is not None and help_button.isVisible()
    assert help_button.text() == "Aide"  # Qt's own translation of its standard button
    qtbot.mouseClick(help_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.title, Qt.Key.Key_F1)  # from inside a field
    assert [url.fragment() for url in opened] == ["cohorts", "cohorts"]
    dialog.reject()


def test_the_first_run_wizard_offers_help_too(
    qtbot: QtBot, tmp_path: Path, translations: object, opened: list[QUrl]
) -> None:
    if guide_path("fr") is None:
        pytest.skip("user guide not made on this machine (python scripts/user_guide.py)")
    wizard = SetupWizard(Workspace(DataPaths(tmp_path / "new")), "fr")
    qtbot.addWidget(wizard)
    wizard.show()
    help_button = wizard.button(QWizard.WizardButton.HelpButton)
    assert help_button.isVisible()
    qtbot.mouseClick(help_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(wizard, Qt.Key.Key_F1)
    # The first start has its own section in the guide.
    assert [url.fragment() for url in opened] == ["setup", "setup"]
    wizard.reject()
