"""One helper for work off the GUI thread, with results delivered back on the GUI thread.

Modelled on Anki's ``CollectionOp``/``QueryOp``: the work runs on a worker, success is handed
to ``on_done`` on the GUI thread, and a failure goes to ``on_error``, by default the one error
presenter (``ui/errors.py``), so a background failure is never only logged. Workers get plain
values (ids, query objects, translated words gathered beforehand), never live widgets.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QApplication

from counsellor_app.ui.errors import present_error

log = logging.getLogger(__name__)


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
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            callback(value)

        relay.done.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda exc: finish(on_error, exc))
        self._pool.start(_Job(work, relay))

    def wait(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs)
