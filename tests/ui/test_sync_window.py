"""The synchronisation window against a real server: enrol, sync on a worker, say why not."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from pytestqt.qtbot import QtBot

from counsellor_app.core.languages import ltr
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


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_file_is_referred_transferred_and_erased_from_the_windows(
    qtbot: QtBot, context: UiContext, workspace: Workspace, server: Server, make_pc: object
) -> None:
    from datetime import date

    from PySide6.QtWidgets import QMessageBox

    from counsellor_app.core.person import ConsentInput
    from counsellor_app.core.roles import Role
    from counsellor_app.services.sharing import SharingService
    from counsellor_app.services.users import UserService
    from counsellor_app.storage.models import Person
    from counsellor_app.ui.sharing_dialog import AgencySharingDialog

    _db, admin = workspace.log_in(ADMIN, PASSWORD, context.db)
    people = PeopleService(context.db, admin)
    silent = people.register(person(last_name="Sylla"), confirmed_new=True)
    agreed = people.register(
        person(
            last_name="Camara",
            consent=ConsentInput(True, date(2026, 11, 20), frozenset({"processing", "sharing_partners"})),
        ),
        confirmed_new=True,
    )  # fmt: skip
    UserService(workspace, context.db, admin).create_user(
        "karim", "Karim Haddad", Role.SUPERVISOR, "Rabat-Agdal-2026!"
    )
    SyncService(context.db, admin).enrol(server.url, server.enrolment_code())
    casablanca = make_pc("casa", agency="CASAM")  # type: ignore[operator]
    casablanca.enrol(server)
    controller = SyncController(SyncService(context.db, admin), context.operations, None)  # type: ignore[arg-type]

    def sharing_dialog(person_id: str) -> AgencySharingDialog:
        dialog = AgencySharingDialog(controller, admin, person_id, "CAMARA Mamadou")
        qtbot.addWidget(dialog)
        qtbot.waitUntil(
            lambda: dialog.not_shared.isVisibleTo(dialog) or dialog.table.rowCount() > 0,
            timeout=20_000,
        )
        return dialog

    # No consent to sharing: told why, nothing shared.
    dialog = sharing_dialog(silent)
    assert dialog.not_shared.isVisibleTo(dialog)
    dialog.agency_code.setText("casam")
    with qtbot.waitSignal(controller.failed, timeout=30_000):
        dialog.share()
    assert "n'a pas consenti au partage" in dialog.message.text()

    # Referred to Casablanca: listed, and Casablanca's PC receives the file.
    dialog = sharing_dialog(agreed)
    dialog.agency_code.setText("CASAM")
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        dialog.share()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20_000)
    assert dialog.table.item(0, 0).text().startswith("CASAM")
    assert f"partagé avec {ltr('CASAM')}" in dialog.outcome.text()
    casablanca.sync()
    assert casablanca.person(agreed) is not None

    # Withdrawn: Casablanca's PC removes it at its next sync.
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        dialog.withdraw()
    qtbot.waitUntil(lambda: dialog.not_shared.isVisibleTo(dialog), timeout=20_000)
    casablanca.sync()
    assert casablanca.person(agreed) is None

    # Transfer offered; Casablanca sees it waiting in its window and accepts.
    dialog.transfer.setChecked(True)
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        dialog.share()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20_000)
    assert "attente" in dialog.table.item(0, 1).text()
    there = SyncController(SyncService(casablanca.db, casablanca.user), context.operations, None)  # type: ignore[arg-type]
    window = SyncDialog(there, casablanca.user)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.waiting.rowCount() == 1, timeout=20_000)
    assert window.waiting.item(0, 0).text() == "CAMARA Mamadou"
    assert window.accept_button.isEnabled() and not window.approve_button.isEnabled()
    with qtbot.waitSignal(there.finished, timeout=30_000):
        window.accept_transfer()
    assert casablanca.person(agreed) is not None
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        controller.sync_now()
    with context.db.reader() as session:
        assert session.get(Person, agreed) is None  # the file left Rabat's PC

    # Erasure: asked here by the administrator, approved by the supervisor in his window.
    dialog = sharing_dialog(silent)
    dialog.legal_basis.setText("Demande de la personne du 20/11/2026, loi 09-08")
    QMessageBox.question = lambda *_args, **_kw: QMessageBox.StandardButton.Yes  # type: ignore[method-assign]
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        dialog.request_erasure()
    assert "superviseur" in dialog.outcome.text()
    _db, karim = workspace.log_in("karim", "Rabat-Agdal-2026!", context.db)
    supervised = SyncController(SyncService(context.db, karim), context.operations, None)  # type: ignore[arg-type]
    window = SyncDialog(supervised, karim)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.waiting.rowCount() == 1, timeout=20_000)
    assert "loi 09-08" in window.waiting.item(0, 1).text()
    assert window.waiting.item(0, 2).text() != "" and window.approve_button.isEnabled()
    with qtbot.waitSignal(supervised.finished, timeout=30_000):
        window.approve_erasure()
    with context.db.reader() as session:
        assert session.get(Person, silent) is None
    assert SharingService(context.db, karim).erasure_requests() == []


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_revoked_pc_offers_a_usb_copy_of_its_work_then_the_removal_of_its_data(
    qtbot: QtBot, context: UiContext, workspace: Workspace, server: Server, tmp_path: Path
) -> None:
    _db, admin = workspace.log_in(ADMIN, PASSWORD, context.db)
    controller = SyncController(SyncService(context.db, admin), context.operations, None)  # type: ignore[arg-type]
    dialog = SyncDialog(controller, admin)
    qtbot.addWidget(dialog)
    dialog.server_url.setText(server.url)
    dialog.code.setText(server.enrolment_code())
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        dialog.enrol()
    assert not dialog.revoked_box.isVisibleTo(dialog)
    PeopleService(context.db, admin).register(person(last_name="Sylla"), confirmed_new=True)

    server.admin("revoke-device", controller.status().device_id)
    with qtbot.waitSignal(controller.failed, timeout=30_000) as failed:
        controller.sync_now()
    assert "révoqué" in failed.args[0] and "clé USB" in failed.args[0]
    assert dialog.revoked_box.isVisibleTo(dialog) and dialog.remove_button.isEnabled()

    with qtbot.waitSignal(controller.status_changed, timeout=30_000):
        dialog.export_bundle(tmp_path / "revoked.zip")  # the work, for the server's administrator
    assert (tmp_path / "revoked.zip").stat().st_size > 0

    removals: list[bool] = []
    dialog.forget_requested.connect(lambda: removals.append(True))
    dialog.remove_data("CASAB")
    assert removals == [] and dialog.message.text() == (
        "Ce n'est pas le code de l'agence : rien n'a été supprimé."
    )
    dialog.remove_data("rabag")
    assert removals == [True]


def test_enrolment_over_plain_http_to_another_machine_is_refused_in_words(
    qtbot: QtBot, context: UiContext, workspace: Workspace
) -> None:
    _db, admin = workspace.log_in(ADMIN, PASSWORD, context.db)
    controller = SyncController(SyncService(context.db, admin), context.operations, None)  # type: ignore[arg-type]
    dialog = SyncDialog(controller, admin)
    qtbot.addWidget(dialog)
    dialog.server_url.setText("http://192.0.2.10:8400")
    dialog.code.setText("AAAA-BBBB-CCCC-DDDD")
    with qtbot.waitSignal(controller.failed, timeout=20_000) as failed:
        dialog.enrol()
    assert failed.args[0].startswith("L'adresse du serveur doit commencer par https://")
    assert dialog.message.text() == failed.args[0]
    assert not controller.status().enrolled


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_record_the_pc_cannot_store_is_named_in_the_window_and_the_sync_goes_on(
    qtbot: QtBot, context: UiContext, workspace: Workspace, server: Server
) -> None:
    from counsellor_app.core.ids import new_id
    from counsellor_app.storage.models import this_agency_id
    from tests.sync.test_protocol import _a_person, _plant

    _db, admin = workspace.log_in(ADMIN, PASSWORD, context.db)
    here = SyncService(context.db, admin)
    here.enrol(server.url, server.enrolment_code())
    with context.db.reader() as session:
        agency = this_agency_id(session)  # the server's, since enrolment
    _plant(server, agency, "person", new_id(), _a_person(agency, date_of_birth="not-a-date"))
    controller = SyncController(here, context.operations, None)  # type: ignore[arg-type]
    label = SyncStatusLabel(controller)
    qtbot.addWidget(label)
    dialog = SyncDialog(controller, admin)
    qtbot.addWidget(dialog)
    assert not dialog.set_aside_note.isVisibleTo(dialog)
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        assert controller.sync_now()  # finishes: the bad record does not stop it
    assert dialog.set_aside_note.isVisibleTo(dialog)
    assert dialog.set_aside_note.text().startswith(
        "1 fiche reçue du serveur n'a pas pu être conservée sur ce poste et a été mise de côté"
    )
    assert "Personne (date de naissance)" in dialog.set_aside_note.text()
    assert "not-a-date" not in dialog.set_aside_note.text()
    assert "1 fiche reçue mise de côté" in label.text()
