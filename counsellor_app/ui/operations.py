"""One helper for work off the GUI thread, with results delivered back on the GUI thread.

Modelled on Anki's ``CollectionOp``/``QueryOp``: :meth:`Operations.write` submits a write to
the database's one writer (``storage.writer``), :meth:`Operations.query` (or ``run``) runs a read
or a rendering on a small pool; success is handed to ``on_done`` on the GUI thread, and a
failure goes to ``on_error``, by default the one error presenter (``ui/errors.py``), so a
background failure is never only logged. Workers get plain values (ids, query objects,
translated words gathered beforehand), never live widgets. The GUI thread never waits for a
write: debug and test runs refuse it (``storage.writer.forbid_blocking_writes``).
"""

from __future__ import annotations

import logging
import os
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication

from counsellor_app.storage.writer import forbid_blocking_writes, wait_on_thread_with
from counsellor_app.ui.errors import present_error

log = logging.getLogger(__name__)

# Set (to anything but "0") in development and by the UI tests: a write that UI code asks
# for on the GUI thread and would wait for raises instead of freezing the window.
GUARD_VARIABLE = "COUNSELLOR_GUARD_GUI_WRITES"


T = TypeVar("T")


def wait_with_events(future: Future[T]) -> T:
    """On the GUI thread, wait for ``future`` while the window keeps painting and its timers
    and signals run; what the user types or clicks meanwhile is held until it is done (no
    second save can start inside the first). Returns the result or raises the error."""
    if not future.done():
        loop = QEventLoop()
        relay = _Relay()
        relay.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
        future.add_done_callback(lambda _finished: relay.done.emit(None))
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        relay.deleteLater()
    return future.result()


def install_gui_waiter(on: bool = True) -> None:
    """Service writes asked for on this (the GUI) thread run on the database's writer and are
    waited for with :func:`wait_with_events`: the GUI thread never writes nor freezes."""
    wait_on_thread_with(threading.current_thread() if on else None, wait_with_events)


def guard_gui_thread(on: bool | None = None) -> bool:
    """Turn the GUI-thread write guard on (``on`` None: as the environment says); returns
    whether it is on. Called at start, on the GUI thread."""
    if on is None:
        on = os.environ.get(GUARD_VARIABLE, "0") not in ("", "0")
    forbid_blocking_writes(threading.current_thread() if on else None, ("counsellor_app.ui",))
    return on


def query_now(work: Callable[[], T]) -> T:
    """Run ``work`` (a rendering: a PDF, a workbook) on a worker thread and wait for it with
    :func:`wait_with_events`, for code that needs the result where it stands."""
    future: Future[T] = Future()

    def job() -> None:
        if future.set_running_or_notify_cancel():
            try:
                future.set_result(work())
            except BaseException as exc:
                future.set_exception(exc)

    worker = threading.Thread(target=job, name="render", daemon=True)
    worker.start()
    try:
        return wait_with_events(future)
    finally:
        worker.join()


class _Submits(Protocol):
    def submit(self, work: Callable[[], Any]) -> Future[Any]: ...


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int)


class Progress:
    """Handed to a long job: it reports how far it is, and learns whether to go on."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancelled = threading.Event()

    def __call__(self, done: int) -> bool:
        self._relay.progressed.emit(done)
        return not self._cancelled.is_set()

    def cancel(self) -> None:
        """Asked from the GUI thread; the job stops at its next report."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work, self._relay = work, relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


def _present(error: BaseException) -> None:
    present_error(QApplication.activeWindow(), error)


class Operations(QObject):
    """Runs callables on a small pool; ``on_done``/``on_error`` run on the GUI thread."""

    # Every live instance, so that a test harness can check that no work outlives a test.
    _live: weakref.WeakSet[Operations] = weakref.WeakSet()

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relays: set[_Relay] = set()
        Operations._live.add(self)

    @classmethod
    def live(cls) -> list[Operations]:
        return list(cls._live)

    def pending(self) -> int:
        """Jobs started whose callback has not run yet (running, queued or not yet delivered)."""
        return len(self._relays)

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``work`` on a worker; ``on_error`` left out: the error presenter shows it."""
        self._start(work, on_done, on_error or _present, _Relay())

    def query(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """A read or a rendering (a PDF, a workbook) off the GUI thread: :meth:`run`."""
        self.run(work, on_done, on_error)

    def write(
        self,
        db: _Submits,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Submit ``work`` (service calls that write) to ``db``'s one writer, with this
        thread's context (the screen a save is made for); ``on_done`` gets its result on the
        GUI thread, ``on_error`` (by default the error presenter) its failure."""
        relay = _Relay()
        self._connect(relay, on_done, on_error or _present)
        try:
            future = db.submit(work)
        except Exception as exc:  # the database closed meanwhile: said like any failure
            relay.failed.emit(exc)
            return

        def landed(finished: Future[Any]) -> None:  # on the writer thread
            error = finished.exception()
            if error is not None:
                relay.failed.emit(error)
            else:
                relay.done.emit(finished.result())

        future.add_done_callback(landed)

    def run_with_progress(
        self,
        work: Callable[[Progress], Any],
        on_progress: Callable[[int], None],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Progress:
        """Like :meth:`run` for a job that reports progress and can be cancelled."""
        relay = _Relay()
        progress = Progress(relay)
        relay.progressed.connect(on_progress)
        self._start(lambda: work(progress), on_done, on_error or _present, relay)
        return progress

    def _start(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        relay: _Relay,
    ) -> None:
        self._connect(relay, on_done, on_error)
        self._pool.start(_Job(work, relay))

    def _connect(
        self,
        relay: _Relay,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            callback(value)

        relay.done.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda exc: finish(on_error, exc))

    def wait(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs)
