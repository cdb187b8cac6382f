"""The dialog base: geometry kept per dialog and clamped to the screens; F1 and Help open
the guide at the dialog's section."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from counsellor_app.services.backup import BackupService
from counsellor_app.storage.settings import Settings
from counsellor_app.ui.backups_dialog import BackupsDialog
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.dialog_base import clamped, dialog_settings, guide_path


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
