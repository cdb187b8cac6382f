"""The accepted update, in the app: prepared at the next start when the app was killed
(backup copy made, the user told, the app closing for it), and a staged file damaged since
its check discarded and said in the user's language (services: tests/windows/test_update_install.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from counsellor_app.services import updates
from counsellor_app.services.accounts import Workspace
from counsellor_app.storage.settings import Settings
from counsellor_app.ui.controller import AppController
from counsellor_app.ui.i18n import Translations
from counsellor_app.ui.login_dialog import LoginDialog
from tests.conftest import ADMIN, PASSWORD
from tests.windows.test_update_install import backups_of, staged

__all__ = ["staged"]


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    texts: list[str] = []

    def warning(_parent: object, title: str, text: str, *_args: object) -> object:
        texts.append(f"{title}\n{text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    yield texts


def _logged_in(
    qapp: QApplication, workspace: Workspace, translations: Translations
) -> AppController:
    controller = AppController(qapp, workspace, Settings(), workspace.paths.settings, translations)
    controller.can_install = lambda: True  # as the installed Windows app
    login = LoginDialog(workspace)
    login.username.setText(ADMIN)
    login.password.setText(PASSWORD)
    login.try_login()
    assert controller.enter(login)
    login.deleteLater()
    return controller


def test_the_app_prepares_it_at_close_and_at_the_next_start_after_a_kill(
    qtbot: QtBot,
    qapp: QApplication,
    workspace: Workspace,
    translations: Translations,
    staged: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
    told: list[str],
) -> None:
    installer, public = staged
    monkeypatch.setattr(updates, "TRUSTED_RELEASE_KEYS", (public,))
    translations.install("fr")
    # The app was killed after the update was accepted: the next start installs it.
    controller = _logged_in(qapp, workspace, translations)
    qtbot.waitUntil(lambda: controller.update is not None, timeout=30_000)
    assert controller.update is not None and controller.update.version == "9.1.0"
    assert controller.update_box is not None and "9.1.0" in controller.update_box.text()
    assert "La version" in controller.update_box.text()
    assert backups_of(workspace) == ["update"]
    assert controller.window is not None
    controller.window.confirm_close()
    controller.window.close()
    controller.shutdown()  # its own backup stands: no second one at closing
    assert backups_of(workspace) == ["update"] and told == []
    # At close, a staged file damaged since: discarded, said, the closing backup as usual.
    updates.accept(workspace.paths.root)
    installer.write_bytes(b"MZ" + installer.read_bytes()[2:-1] + b"?")
    controller = _logged_in(qapp, workspace, translations)
    qtbot.waitUntil(lambda: len(told) == 1, timeout=30_000)  # at start, here
    assert controller.update is None and not installer.exists()
    assert told[0].startswith("La mise à jour n’a pas été installée")
    assert "\u20669.1.0\u2069" in told[0]
    controller.window.confirm_close()  # type: ignore[union-attr]
    controller.window.close()  # type: ignore[union-attr]
    controller.shutdown()
    assert controller.update is None
