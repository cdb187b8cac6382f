"""The version the central office announces in its console reaches the PC's synchronisation
window with its download link."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from counsellor_app.services.accounts import Workspace
from counsellor_app.services.sync_service import SyncService
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.sync_panel import SyncController, SyncDialog
from tests.conftest import ADMIN, PASSWORD
from tests.console.conftest import console_release
from tests.server_fixtures import Server

URL = "https://downloads.example.ma/counsellor-0.2.0.exe"


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_newer_version_set_in_the_console_is_announced_with_its_link(
    qtbot: QtBot, context: UiContext, workspace: Workspace, server: Server
) -> None:
    _db, admin = workspace.log_in(ADMIN, PASSWORD, context.db)
    controller = SyncController(SyncService(context.db, admin), context.operations, None)  # type: ignore[arg-type]
    dialog = SyncDialog(controller, admin)
    qtbot.addWidget(dialog)
    dialog.server_url.setText(server.url)
    dialog.code.setText(server.enrolment_code())
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        dialog.enrol()
    assert dialog.update_note.isHidden()  # nothing announced yet

    console_release(server, "0.1.0", "0.2.0", URL)
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        assert controller.sync_now()
    dialog.show_status(controller.status())
    assert dialog.update_note.isVisibleTo(dialog)
    note = dialog.update_note.text()
    assert "La version \u20660.2.0\u2069 de l&#x27;application est disponible" in note
    assert f'<a href="{URL}">Télécharger</a>' in note

    console_release(server, "0.1.0", "0.1.0", "")  # this app is the current one again
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        assert controller.sync_now()
    dialog.show_status(controller.status())
    assert dialog.update_note.isHidden()
