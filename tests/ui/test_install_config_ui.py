"""The server address IT gave the installer (/SERVER=) fills the enrolment form."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from counsellor_app.storage.install_config import MACHINE_CONFIG_VARIABLE
from counsellor_app.ui.context import UiContext
from tests.windows.test_install_config import write_ini


def test_the_enrolment_form_starts_with_the_installers_server(
    qtbot: QtBot, context: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from counsellor_app.services.sync_service import SyncService
    from counsellor_app.ui.sync_panel import SyncController, SyncDialog

    machine = write_ini(tmp_path / "machine.ini", server="https://sync.agence.ma")
    monkeypatch.setenv(MACHINE_CONFIG_VARIABLE, str(machine))
    controller = SyncController(SyncService(context.db, context.user), context.operations, None)  # type: ignore[arg-type]
    dialog = SyncDialog(controller, context.user)
    qtbot.addWidget(dialog)
    assert dialog.server_url.text() == "https://sync.agence.ma"
