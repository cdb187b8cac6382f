"""The synchronisation window against a real server: enrol, sync on a worker, say why not."""

from __future__ import annotations

from pathlib import Path

import httpx
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


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_conflict_is_shown_and_resolved_in_the_window(
    qtbot: QtBot, context: UiContext, workspace: Workspace, server: Server, make_pc: object
) -> None:
    from counsellor_app.sync.client import SyncClient

    _db, admin = workspace.log_in(ADMIN, PASSWORD, context.db)
    people = PeopleService(context.db, admin)
    person_id = people.register(person(last_name="Keita", first_name="Awa"), confirmed_new=True)
    here = SyncService(context.db, admin)
    here.enrol(server.url, server.enrolment_code())
    other = make_pc("other")  # type: ignore[operator]
    client = SyncClient(other.db, server.url)
    client.enrol(server.enrolment_code())
    client.sync()
    theirs = PeopleService(other.db, other.user)
    theirs.update(
        person_id, person(**{**vars(theirs.get(person_id).data), "first_name": "Aïssata"})
    )
    people.update(
        person_id, person(**{**vars(people.get(person_id).data), "first_name": "Aminata"})
    )
    client.sync()
    client.close()
    here.sync()  # this PC's edit came later: it shows, the other is kept

    controller = SyncController(here, context.operations, None)  # type: ignore[arg-type]
    dialog = SyncDialog(controller, admin)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.conflicts.rowCount() == 1, timeout=20_000)
    cells = [dialog.conflicts.item(0, c).text() for c in range(4)]
    assert cells == ["KEITA Aminata", "prénom", "Aminata", "Aïssata"]
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        dialog.take_button.click()
    assert people.get(person_id).data.first_name == "Aïssata"
    qtbot.waitUntil(lambda: not dialog.conflicts_box.isVisibleTo(dialog), timeout=20_000)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_centre_without_connection_exchanges_bundles_from_the_window(
    qtbot: QtBot, context: UiContext, workspace: Workspace, server: Server, tmp_path: Path
) -> None:
    _db, admin = workspace.log_in(ADMIN, PASSWORD, context.db)
    here = SyncService(context.db, admin)
    here.enrol(server.url, server.enrolment_code())
    PeopleService(context.db, admin).register(person(last_name="Dembélé"), confirmed_new=True)
    controller = SyncController(here, context.operations, None)  # type: ignore[arg-type]
    dialog = SyncDialog(controller, admin)
    qtbot.addWidget(dialog)
    assert dialog.export_button.isVisibleTo(dialog)
    stick = tmp_path / "to-server.zip"
    dialog.export_bundle(stick)
    qtbot.waitUntil(
        lambda: "modification" in dialog.summary.text() and stick.exists(), timeout=20_000
    )
    answer = httpx.post(server.url + "/v1/bundles", content=stick.read_bytes(), timeout=60)
    assert answer.status_code == 200
    (tmp_path / "answer.zip").write_bytes(answer.content)
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        dialog.import_answer(tmp_path / "answer.zip")
    assert controller.status().pending == 0
    dialog.import_answer(tmp_path / "answer.zip")
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=20_000)
    assert dialog.message.text() == "Cette réponse a déjà été lue ici."
