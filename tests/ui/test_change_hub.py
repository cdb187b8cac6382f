"""Screens stay current from one hub: a pull, an import or another window's save reaches the
register and an open file through the storage layer's change feed, never a hand-wired signal."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from counsellor_app.services.accounts import Workspace
from counsellor_app.services.importer import ImportService, country_codes
from counsellor_app.services.people import PeopleService
from counsellor_app.services.sync_service import SyncService
from counsellor_app.sync.client import SyncClient
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.main_window import MainWindow
from tests.conftest import ADMIN, PASSWORD, person
from tests.server_fixtures import Server
from tests.services.test_importer import GOOD, _csv


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_pull_refreshes_the_register_and_an_open_file_shows_who_changed_it(
    qtbot: QtBot,
    context: UiContext,
    workspace: Workspace,
    server: Server,
    make_pc: object,
    make_window: object,
) -> None:
    _db, admin = workspace.log_in(ADMIN, PASSWORD, context.db)
    people = PeopleService(context.db, admin)
    person_id = people.register(person(last_name="Keita", first_name="Awa"), confirmed_new=True)
    SyncService(context.db, admin).enrol(server.url, server.enrolment_code())
    other = make_pc("other")  # type: ignore[operator]
    client = SyncClient(other.db, server.url)
    client.enrol(server.enrolment_code())
    client.sync()
    theirs = PeopleService(other.db, other.user)
    theirs.update(
        person_id, person(**{**vars(theirs.get(person_id).data), "email": "awa@elsewhere.ma"})
    )
    theirs.register(
        person(last_name="Camara", first_name="Aminata", sex="female"), confirmed_new=True
    )
    client.sync()
    client.close()

    window: MainWindow = make_window()  # type: ignore[operator]  # the counsellor's window
    qtbot.waitUntil(lambda: window.register.model.rowCount() == 1)
    window.open_person(person_id)
    file = window.files()[0]
    file.tabs.setCurrentIndex(file.tab_of("history"))
    history_rows = file.history.tree.topLevelItemCount()
    assert not file.banner.isVisibleTo(file)

    with qtbot.waitSignal(window.sync.finished, timeout=30_000):
        assert window.sync.sync_now()  # on a worker: the pull commits off the GUI thread
    # The register lists the pulled person, the open file says what happened and who.
    qtbot.waitUntil(lambda: window.register.model.rowCount() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: file.banner.isVisibleTo(file), timeout=10_000)
    assert "autre ordinateur" in file.banner.text.text()
    qtbot.waitUntil(lambda: file.history.tree.topLevelItemCount() > history_rows)
    # What is on screen stays until the counsellor asks: nothing typed is replaced under her.
    assert file.form.email.text() == ""
    file.banner.reload_button.click()
    assert file.form.email.text() == "awa@elsewhere.ma"
    assert not file.banner.isVisibleTo(file)


def test_a_files_own_save_raises_no_banner_but_another_windows_save_does(
    qtbot: QtBot, context: UiContext, make_window: object
) -> None:
    person_id = context.people.register(person())
    window: MainWindow = make_window()  # type: ignore[operator]
    window.open_person(person_id)
    file = window.files()[0]
    file.form.email.setText("mamadou@exemple.ma")
    file.form._changed()
    assert file.form.save()
    file.tabs.setCurrentIndex(file.tab_of("history"))
    rows = file.history.tree.topLevelItemCount()
    window.hub.flush()
    assert not file.banner.isVisibleTo(file)  # its own save is not news

    # The same person saved from elsewhere in the app (another window, same user).
    elsewhere = context.people
    elsewhere.update(person_id, person(**{**vars(elsewhere.get(person_id).data), "phone": ""}))
    qtbot.waitUntil(lambda: file.banner.isVisibleTo(file))
    assert context.user.display_name in file.banner.text.text()
    assert "autre fenêtre" in file.banner.text.text()
    qtbot.waitUntil(lambda: file.history.tree.topLevelItemCount() > rows)


def test_an_import_refreshes_the_register(
    qtbot: QtBot, context: UiContext, make_window: object
) -> None:
    window: MainWindow = make_window()  # type: ignore[operator]
    assert window.register.model.rowCount() == 0
    importer = ImportService(
        context.db, context.user, country_codes(), today=lambda: date(2026, 11, 22)
    )
    preview = importer.preview("liste.csv", _csv(GOOD))
    check = importer.check(preview, preview.mapping)
    importer.commit(preview, preview.mapping, check)
    qtbot.waitUntil(lambda: window.register.model.rowCount() == len(GOOD))


def test_commits_on_another_thread_reach_the_screens_once_as_one_batch(
    qtbot: QtBot, context: UiContext
) -> None:
    from PySide6.QtCore import QCoreApplication

    from counsellor_app.ui.change_hub import ChangeBatch, ChangeHub

    hub = ChangeHub(context.db.changes)
    heard: list[ChangeBatch] = []
    hub.changed.connect(heard.append)
    made: list[str] = []

    def burst() -> None:  # an import's or a pull's several commits, off the GUI thread
        people = PeopleService(context.db, context.user)
        for name in ("Sow", "Bah", "Touré"):
            made.append(
                people.register(person(last_name=name, phone="", documents=()), confirmed_new=True)
            )

    worker = threading.Thread(target=burst)
    worker.start()
    worker.join()
    assert heard == []  # queued to the GUI thread, nothing ran on the worker
    QCoreApplication.processEvents()
    hub.flush()
    assert len(heard) == 1 and len(heard[0].sets) == 3
    assert heard[0].concerns(("person",), made[1]) and not heard[0].concerns(("appointment",))
    hub.deleteLater()


def test_the_agenda_on_screen_refreshes_when_an_appointment_is_booked_elsewhere(
    qtbot: QtBot, context: UiContext, make_window: object
) -> None:
    from datetime import datetime, time, timedelta

    from counsellor_app.core.appointments import AppointmentKind
    from counsellor_app.core.clock import local_today
    from counsellor_app.services.appointments import AppointmentInput, AppointmentService

    person_id = context.people.register(person())
    window: MainWindow = make_window()  # type: ignore[operator]
    window.show_tab("agenda")
    agenda = window.agenda
    tomorrow = datetime.combine(local_today() + timedelta(days=1), time(10, 0)).astimezone()
    agenda.day = tomorrow.date()
    agenda.reload()
    assert agenda.table.rowCount() == 0
    AppointmentService(context.db, context.user).save(  # from a file's tab, say
        AppointmentInput(
            context.user.id, AppointmentKind.ORIENTATION, tomorrow, 30, person_id, "Bureau 3"
        )
    )
    qtbot.waitUntil(lambda: agenda.table.rowCount() == 1)


def test_a_background_failure_with_no_handler_reaches_the_one_error_presenter(
    qtbot: QtBot, context: UiContext
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[tuple[str, str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append((box.windowTitle(), box.detailedText()))
        box.close()

    QTimer.singleShot(0, answer)
    context.operations.run(lambda: 1 / 0, lambda _result: None)  # no failure handler given
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    title, details = seen[0]
    assert title == "Un problème est survenu" and "ZeroDivisionError" in details


def test_an_open_file_whose_person_is_erased_by_a_pulled_page_says_so(
    qtbot: QtBot, context: UiContext, make_window: object
) -> None:
    from counsellor_app.sync.apply import apply_page

    person_id = context.people.register(person())
    window: MainWindow = make_window()  # type: ignore[operator]
    window.open_person(person_id)
    file = window.files()[0]
    with context.db.replayable_unit_of_work(None) as session:  # as a pulled page is applied
        apply_page(session, [], 1, erasures=[person_id])
    qtbot.waitUntil(lambda: file.banner.isVisibleTo(file))
    assert "retirée de cet ordinateur" in file.banner.text.text()
    qtbot.waitUntil(lambda: window.register.model.rowCount() == 0)


def test_the_todo_list_on_screen_refreshes_when_a_file_needs_something(
    qtbot: QtBot, context: UiContext, people: PeopleService, make_window: object
) -> None:
    from counsellor_app.core.person import ConsentInput

    window: MainWindow = make_window()  # type: ignore[operator]
    window.show_tab("todo")
    todo = window.todo
    qtbot.waitUntil(lambda: not todo.loading and todo.tree.topLevelItemCount() == 9)
    assert todo.summary.text() != "1 chose à faire"
    people.register(person(consent=ConsentInput(False, None)))  # an intake without consent
    qtbot.waitUntil(lambda: not todo.loading and todo.summary.text() == "1 chose à faire")
