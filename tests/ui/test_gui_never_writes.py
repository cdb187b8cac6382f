"""The GUI thread never writes the database: a form's save runs on the one writer while the
window keeps processing events, a background sync that lands during a save loses nothing, a
transaction opened on the GUI thread is caught by the guard, and issuing a 500-page batch from
its preview lets the event loop run throughout (ticks counted, nothing timed)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from counsellor_app.core.pathway import Stage, Status
from counsellor_app.core.problems import DomainError
from counsellor_app.services.accounts import Workspace
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.people import PeopleService
from counsellor_app.services.sync_service import SyncService
from counsellor_app.storage import writer
from counsellor_app.storage.changes import ChangeSet
from counsellor_app.storage.models import Person
from counsellor_app.storage.writer import WriteOnGuiThread
from counsellor_app.sync.client import SyncClient
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.document_dialog import DocumentDialog
from counsellor_app.ui.main_window import MainWindow
from counsellor_app.ui.operations import guard_gui_thread
from tests.conftest import ADMIN, PASSWORD, letters, person
from tests.server_fixtures import Server
from tests.ui.test_responsive import Ticks

BATCH = 500


def _committed_on(context: UiContext) -> list[threading.Thread]:
    threads: list[threading.Thread] = []

    def heard(_change: ChangeSet) -> None:
        threads.append(threading.current_thread())

    context.db.changes.subscribe(heard)
    return threads


def _message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]


def test_a_form_save_commits_on_the_writer_while_the_window_keeps_ticking(
    qtbot: QtBot, context: UiContext, make_window: object
) -> None:
    person_id = context.people.register(person(email=""))
    window: MainWindow = make_window()  # type: ignore[operator]
    window.open_person(person_id)
    form = window.files()[0].form
    committed = _committed_on(context)
    # The writer is busy with other work (a pulled page, an import) until the timer has
    # ticked: a save that waited on the GUI thread would let no tick through, and never end.
    ticks = Ticks(5)
    busy = threading.Event()
    context.db.submit(lambda: busy.wait(60))  # a bound: a frozen save fails, not hangs
    release = QTimer()
    release.setInterval(5)
    release.timeout.connect(lambda: busy.set() if ticks.count >= 3 else None)
    release.start()
    form.email.setText("awa@example.ma")
    form._changed()
    assert form.save()
    release.stop()
    ticks.stop()
    assert ticks.count >= 3
    assert committed and set(committed) == {context.db.writer.thread}
    assert context.people.get(person_id).data.email == "awa@example.ma"


def test_a_write_op_runs_on_the_writer_and_answers_on_the_gui_thread(
    qtbot: QtBot, context: UiContext
) -> None:
    person_id = context.people.register(person(email=""))
    ran_on: list[threading.Thread] = []
    results: list[tuple[object, threading.Thread]] = []

    def save() -> str:
        ran_on.append(threading.current_thread())
        context.people.update(person_id, person(email="awa@example.ma"))
        return "saved"

    context.operations.write(
        context.db, save, lambda value: results.append((value, threading.current_thread()))
    )
    qtbot.waitUntil(lambda: bool(results))
    assert ran_on == [context.db.writer.thread]
    assert results == [("saved", threading.main_thread())]
    assert context.people.get(person_id).data.email == "awa@example.ma"

    errors: list[BaseException] = []
    context.operations.write(
        context.db,
        lambda: context.people.update("no-such-person", person()),
        results.append,
        errors.append,
    )
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], DomainError) and len(results) == 1


def test_a_transaction_opened_on_the_gui_thread_is_caught_by_the_guard(
    qtbot: QtBot, context: UiContext
) -> None:
    """Here the guard names this module as the UI code (as the suite names counsellor_app.ui);
    the write is asked for from a Qt slot, on the GUI thread, as a button's would be."""
    person_id = context.people.register(person(email=""))
    caught: list[BaseException] = []

    def slot() -> None:
        try:
            with context.db.unit_of_work(context.user.id) as session:
                row = session.get(Person, person_id)
                assert row is not None
                row.email = "lost@example.ma"
        except WriteOnGuiThread as error:
            caught.append(error)

    writer.forbid_blocking_writes(threading.current_thread(), ("counsellor_app.ui", __name__))
    try:
        QTimer.singleShot(0, slot)
        qtbot.waitUntil(lambda: bool(caught))
    finally:
        guard_gui_thread(True)  # the suite's guard, as conftest set it
    assert "GUI thread" in str(caught[0]) and __name__ in str(caught[0])
    assert context.people.get(person_id).data.email == ""  # nothing written


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_background_sync_pull_during_a_form_save_loses_nothing(
    qtbot: QtBot,
    context: UiContext,
    workspace: Workspace,
    server: Server,
    make_pc: object,
    make_window: object,
) -> None:
    _db, admin = workspace.log_in(ADMIN, PASSWORD, context.db)
    person_id = PeopleService(context.db, admin).register(
        person(last_name="Keita", first_name="Awa", email=""), confirmed_new=True
    )
    SyncService(context.db, admin).enrol(server.url, server.enrolment_code())
    other = make_pc("other")  # type: ignore[operator]
    client = SyncClient(other.db, server.url)
    client.enrol(server.enrolment_code())
    client.sync()
    theirs = PeopleService(other.db, other.user)
    theirs.update(
        person_id, person(**{**vars(theirs.get(person_id).data), "phone": "0662 22 33 44"})
    )
    client.sync()  # a colleague's new phone number waits on the server
    client.close()

    window: MainWindow = make_window()  # type: ignore[operator]
    window.open_person(person_id)
    form = window.files()[0].form
    form.email.setText("awa@example.ma")  # the counsellor changes only the e-mail
    form._changed()

    # The writer is held until both the sync and the save are under way, so the pull's
    # pages and the save queue for it together; the order they then run in is the writer's.
    busy = threading.Event()
    context.db.submit(lambda: busy.wait(60))  # a bound: a frozen save fails, not hangs
    started: list[bool] = []
    window.sync.started.connect(lambda: started.append(True))
    release = QTimer()
    release.setInterval(20)
    release.timeout.connect(lambda: busy.set() if started else None)
    release.start()
    reports: list[object] = []
    failures: list[str] = []
    window.sync.finished.connect(reports.append)
    window.sync.failed.connect(failures.append)
    assert window.sync.sync_now()  # on a worker
    assert form.save()  # on the GUI thread: waits for its turn, window processing events
    release.stop()
    qtbot.waitUntil(lambda: bool(reports or failures), timeout=60_000)
    assert failures == [] and not _message_boxes()  # no "database is locked", no error shown
    with context.db.reader() as session:
        row = session.get(Person, person_id)
        assert row is not None
        assert (row.email, row.phone_e164) == ("awa@example.ma", "+212662223344")

    with qtbot.waitSignal(window.sync.finished, timeout=60_000):
        assert window.sync.sync_now()  # the save reaches the server
    assert window.sync.status().pending == 0


def test_issuing_a_500_page_batch_from_its_preview_lets_the_window_tick(
    qtbot: QtBot, context: UiContext, people: PeopleService, tmp_path: Path
) -> None:
    ids = people.register_many(
        [person(last_name=letters(n), phone="", documents=()) for n in range(BATCH)]
    )
    pathway = PathwayService(context.db, context.user)
    for person_id in ids:
        pathway.move(person_id, Stage.ORIENTATION, Status.IN_PROGRESS)
    documents = context.documents()
    template = "orientation_certificate"
    dialog = DocumentDialog(
        documents.preview(template, ids[0], ("fr", "ar")),
        "Attestation",
        f"{template}.pdf",
        lambda deliver: documents.issue_many(template, ids, ("fr", "ar"), deliver=deliver),
    )
    qtbot.addWidget(dialog)
    ticks = Ticks(5)  # not a busy loop: the render shares two cores
    assert dialog._ensure_issued()
    ticks.stop()
    assert len(dialog.serials) == BATCH and dialog.page_count() == BATCH
    assert ticks.count > 0  # a render on the GUI thread would let no tick through
    assert dialog.save_to(tmp_path / "lot")
    assert (tmp_path / "lot.pdf").read_bytes() == dialog.content  # the issued batch, saved


def test_the_guard_is_on_in_development_runs_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app turns the guard on when COUNSELLOR_GUARD_GUI_WRITES is set (not "0")."""
    try:
        monkeypatch.setenv("COUNSELLOR_GUARD_GUI_WRITES", "0")
        assert not guard_gui_thread()
        assert writer._GUARD.thread is None
        monkeypatch.setenv("COUNSELLOR_GUARD_GUI_WRITES", "1")
        assert guard_gui_thread()
        assert writer._GUARD.thread is threading.current_thread()
    finally:
        guard_gui_thread(True)  # the suite's guard, as conftest set it
