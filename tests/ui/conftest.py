"""UI fixtures: real widgets, offscreen, a fresh data directory and French unless a test asks."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.storage.database import Database
from counsellor_app.ui.collector import MainThreadCollector
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.i18n import Translations
from counsellor_app.ui.main_window import MainWindow
from counsellor_app.ui.operations import Operations, guard_gui_thread, install_gui_waiter
from counsellor_app.ui.style import apply_style


@pytest.fixture(scope="session", autouse=True)
def styled(qapp: QApplication) -> Iterator[None]:
    """The style sheet is applied once, as the app does at start (re-applying re-polishes all),
    and garbage is collected on the GUI thread only, as in the app."""
    apply_style(qapp)
    collector = MainThreadCollector(qapp)
    yield
    collector.stop()


@pytest.fixture(scope="session", autouse=True)
def no_writes_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """The UI suite runs with the guard on: UI code that waits for a database write on the GUI
    thread fails its test (storage.writer.WriteOnGuiThread); test code making data may. Service
    writes asked for there are waited for with the window's events running, as in the app."""
    install_gui_waiter()
    guard_gui_thread(True)
    yield
    guard_gui_thread(False)
    install_gui_waiter(False)


@pytest.fixture(autouse=True)
def no_leaked_windows(qapp: QApplication) -> Iterator[None]:
    """Every test closes what it opened: no visible top-level widget may survive it."""
    yield
    qapp.processEvents()
    leaked = [w for w in qapp.topLevelWidgets() if w.isVisible()]
    for widget in leaked:
        widget.close()
    assert not leaked, f"windows left open: {[w.objectName() or type(w).__name__ for w in leaked]}"


# Threads that may outlive the test that started them, by name prefix, each with its reason.
LONG_LIVED_THREADS = {
    # QThreadPool workers that Python code ran on get a dummy threading entry that never ends;
    # the pool itself is checked below.
    "Dummy-": "a Qt worker thread seen by Python; its pool is checked instead",
}
WAIT_SECONDS = 10.0


def _python_threads_left(before: set[int | None], deadline: float) -> list[str]:
    left = []
    for thread in threading.enumerate():
        if thread.ident in before or thread is threading.current_thread():
            continue
        if any(thread.name.startswith(prefix) for prefix in LONG_LIVED_THREADS):
            continue
        thread.join(max(0.0, deadline - time.monotonic()))
        if thread.is_alive():
            left.append(thread.name)
    return left


def _pool_work_left(qapp: QApplication, deadline: float) -> list[str]:
    """Wait (bounded) for every Operations pool and the global pool, delivering callbacks."""
    while True:
        qapp.processEvents()
        busy = [
            f"Operations: {ops.pending()} job(s) not finished"
            for ops in Operations.live()
            if ops.pending()
        ]
        if QThreadPool.globalInstance().activeThreadCount():
            busy.append(
                f"global QThreadPool: {QThreadPool.globalInstance().activeThreadCount()} active"
            )
        if not busy or time.monotonic() >= deadline:
            return busy
        for ops in Operations.live():
            ops.wait(50)
        QThreadPool.globalInstance().waitForDone(50)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Work a test left under way (a list loaded after a sync) answers before pytest-qt closes
    the test's widgets and its server stops: an answer racing the teardown would reach a
    deleted widget, or a stopped server, depending on how busy the machine is."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        _pool_work_left(app, time.monotonic() + WAIT_SECONDS)
    return (yield)


def _active_timers(qapp: QApplication) -> dict[int, str]:
    """Running timers owned by the application or by a top-level widget still alive (closed
    windows not yet deleted included): they would fire inside the next test."""
    found = {}
    for owner in [qapp, *qapp.topLevelWidgets()]:
        for timer in owner.findChildren(QTimer):
            parent = timer.parent()
            if not timer.isActive() or isinstance(parent, MainThreadCollector):
                continue  # the session's garbage collector (fixture `styled`) runs by design
            # Keyed by the C++ object: Python may wrap the same timer anew at each look.
            found[shiboken6.getCppPointer(timer)[0]] = (
                f"{type(parent).__name__}.{timer.objectName() or 'QTimer'}"
            )
    return found


def _timers_left(qapp: QApplication, before: dict[int, str]) -> list[str]:
    """Timers started during the test and still running once what the test closed is deleted
    (pytest-qt and the fixtures delete their widgets with deleteLater)."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return sorted(name for key, name in _active_timers(qapp).items() if key not in before)


@pytest.fixture(autouse=True)
def no_leaked_work(qapp: QApplication) -> Iterator[None]:
    """After each test: no pool work still running or undelivered, no thread the test started
    still alive (after a bounded wait), and no timer it started still running. A leak would
    run into the next test's data folder (or a deleted one) and make failures appear far from
    their cause."""
    before = {thread.ident for thread in threading.enumerate()}
    timers_before = _active_timers(qapp)
    yield
    deadline = time.monotonic() + WAIT_SECONDS
    busy = _pool_work_left(qapp, deadline)
    threads = _python_threads_left(before, deadline)
    timers = _timers_left(qapp, timers_before)
    assert not busy, f"background work left running: {busy}"
    assert not threads, f"threads left running: {threads}"
    assert not timers, f"timers left running (stop them when their screen closes): {timers}"


@pytest.fixture(autouse=True)
def fresh_qt_settings(tmp_path: Path) -> Iterator[Path]:
    """Each test reads and writes Qt user settings (dialog geometry) in its own folder, never
    the real profile."""
    folder = tmp_path / "qt-settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    installed = Translations(qapp)
    installed.install("fr")
    yield installed
    installed.install("fr")


@pytest.fixture
def context(
    translations: Translations, workspace: Workspace, db: Database, user: CurrentUser
) -> Iterator[UiContext]:
    operations = Operations()
    yield UiContext.create(workspace, db, user, operations, translations.language)
    operations.wait(5000)


@pytest.fixture
def make_window(qtbot: object, context: UiContext) -> Iterator[object]:
    """Factory: the main window of the logged-in counsellor, closed without questions after."""
    made: list[MainWindow] = []

    def make(ctx: UiContext | None = None) -> MainWindow:
        window = MainWindow(ctx or context, "Agence ANAPEC Rabat-Agdal")
        # Not qtbot.addWidget: pytest-qt would close it before this fixture's teardown, and a
        # failed test's unsaved form would then wait forever on its "unsaved changes" question.
        window.show()
        made.append(window)
        return window

    yield make
    # Work the windows started (a search, a count) is delivered while they still exist.
    _pool_work_left(QApplication.instance(), time.monotonic() + WAIT_SECONDS)  # type: ignore[arg-type]
    for window in made:
        window.confirm_close()
        window.close()
        # Deleted, not only closed: its sync controller and open files keep running timers
        # that would fire inside the next test.
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def type_text(widget: QLineEdit, text: str) -> None:
    """Set text as typing would (keyClicks with non-ASCII text aborts the process, DESIGN §10)."""
    widget.setFocus()
    widget.setText(text)
    widget.textEdited.emit(text)
