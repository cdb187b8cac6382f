"""The synchronisation window against a real server: enrol, sync on a worker, say why not."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from counsellor_app.services.accounts import Workspace
from counsellor_app.services.people import PeopleService
from counsellor_app.services.sync_service import SyncService
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.sync_panel import SyncController, SyncDialog, SyncStatusLabel
from tests.conftest import ADMIN, PASSWORD, person
from tests.server_fixtures import Server


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_an_administrator_enrols_the_pc_and_it_synchronises_in_the_background(
    qtbot: QtBot, context: UiContext, workspace: Workspace, server: Server
) -> None:
    _db, admin = workspace.log_in(ADMIN, PASSWORD, context.db)
    PeopleService(context.db, admin).register(person(last_name="Keita"), confirmed_new=True)
    controller = SyncController(SyncService(context.db, admin), context.operations, None)  # type: ignore[arg-type]
    label = SyncStatusLabel(controller)
    qtbot.addWidget(label)
    assert label.isHidden()  # nothing to say while the PC is not enrolled
    dialog = SyncDialog(controller, admin)
    qtbot.addWidget(dialog)
    assert dialog.enrolment.isVisibleTo(dialog) and not dialog.sync_button.isEnabled()
    assert "n'est pas inscrit" in dialog.summary.text()

    dialog.server_url.setText(server.url)
    dialog.code.setText("AAAA-BBBB-CCCC-DDDD")
    with qtbot.waitSignal(controller.failed, timeout=20_000) as failed:
        dialog.enrol()
    assert (
        failed.args[0]
        == "Ce code d'inscription n'est pas connu : vérifiez-le avec l'administrateur."
    )
    assert dialog.message.text() == failed.args[0]

    dialog.code.setText(server.enrolment_code())
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        dialog.enrol()
    status = controller.status()
    assert status.enrolled and status.pending == 0 and status.last_success is not None
    assert not dialog.enrolment.isVisibleTo(dialog) and dialog.sync_button.isEnabled()
    assert server.url in dialog.summary.text()
    assert label.text().startswith("Synchronisé : ") and "0 modification en attente" in label.text()

    PeopleService(context.db, admin).register(person(last_name="Diarra"), confirmed_new=True)
    assert controller.status().pending >= 1
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        assert controller.sync_now()
        assert not controller.sync_now()  # one at a time
    assert controller.status().pending == 0


def test_the_counsellor_is_told_who_can_enrol(qtbot: QtBot, context: UiContext) -> None:
    controller = SyncController(SyncService(context.db, context.user), context.operations, None)  # type: ignore[arg-type]
    dialog = SyncDialog(controller, context.user)
    qtbot.addWidget(dialog)
    assert not dialog.enrolment.isVisibleTo(dialog)
    assert "Un administrateur du poste peut l'inscrire." in dialog.summary.text()
