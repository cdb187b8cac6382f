"""The one database writer of a process: a long-lived thread that runs every unit of work.

Services do not open write transactions on the caller's thread: a method marked
:func:`writes` is submitted to the writer's queue and runs there, one at a time, in the order
asked; the caller waits on a future (:meth:`Writer.run`) or gets a callback
(:meth:`Writer.submit`, what the UI's operations helper uses). The caller's context variables
travel with the job (:func:`contextvars.copy_context`), so a save still knows which screen it
was made for (``storage.changes.made_for``) when its change is published.

Code that opens a transaction itself on another thread (the sync's pulled pages between two
network calls, a restore, tests) borrows the writer's turn: it waits in the same queue, and the
writer thread stays parked until that transaction ends, so no two write transactions of this
process ever overlap and none is refused with "database is locked". SQLite's ``BEGIN
IMMEDIATE`` (``storage.engine.writer_engine``) orders this process against another one.

The GUI thread never writes: the UI installs a waiter for it (:func:`wait_on_thread_with`),
so a service save asked for there is submitted to the writer and waited for with the window's
events still processed. In debug and test runs a guard (:func:`forbid_blocking_writes`)
refuses what would still block or write on the GUI thread: a transaction opened there by UI
code, or a wait without the waiter.
"""

from __future__ import annotations

import contextvars
import functools
import logging
import queue
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
P = ParamSpec("P")


class WriteOnGuiThread(RuntimeError):
    """UI code asked for a database write on the GUI thread and would have waited for it."""


class WriterClosed(RuntimeError):
    """Work was submitted after the database was closed."""


class _Guard:
    """Which thread must never wait for a write, and which code counts as asking for it."""

    def __init__(self) -> None:
        self.thread: threading.Thread | None = None
        self.modules: tuple[str, ...] = ()
        self.allowed = threading.local()
        # The thread whose waits for a write go through a waiter (the GUI thread: it keeps
        # processing its events meanwhile), and that waiter.
        self.waiter: tuple[threading.Thread, Callable[[Future[Any]], Any]] | None = None

    def check(self) -> None:
        if self.thread is None or threading.current_thread() is not self.thread:
            return
        if getattr(self.allowed, "depth", 0):
            return
        frame = sys._getframe(1)
        while frame is not None:
            module = frame.f_globals.get("__name__", "")
            if module.startswith(self.modules):
                raise WriteOnGuiThread(
                    f"a database write was asked for on the GUI thread by {module} "
                    f"(line {frame.f_lineno}): submit it with the UI's operations helper"
                )
            frame = frame.f_back  # type: ignore[assignment]


_GUARD = _Guard()


def wait_on_thread_with(
    thread: threading.Thread | None, waiter: Callable[[Future[Any]], Any] | None
) -> None:
    """A write asked for on ``thread`` is submitted and ``waiter(future)`` waits for it (and
    returns its result or raises its error); None removes the waiter."""
    _GUARD.waiter = (thread, waiter) if thread is not None and waiter is not None else None


def forbid_blocking_writes(thread: threading.Thread | None, modules: tuple[str, ...]) -> None:
    """From now on a write that code of ``modules`` asks for on ``thread`` and would wait for
    raises :class:`WriteOnGuiThread` (``thread`` None: the guard is off). Submitting work
    without waiting (:meth:`Writer.submit`) stays allowed: that is how the GUI thread writes."""
    _GUARD.thread, _GUARD.modules = thread, modules


@contextmanager
def blocking_writes_allowed() -> Iterator[None]:
    """Writes inside may wait on the guarded thread: opening and closing a database (statistics
    kept by ``PRAGMA optimize``) happen there once, before or after any window can paint."""
    depth = getattr(_GUARD.allowed, "depth", 0)
    _GUARD.allowed.depth = depth + 1
    try:
        yield
    finally:
        _GUARD.allowed.depth = depth


class _Turn:
    """A transaction opened on another thread, for which the writer thread stands aside."""

    def __init__(self) -> None:
        self.granted: Future[None] = Future()
        self.released = threading.Event()


_STOP = object()


class Writer:
    """One thread, one queue: every write of one database, one after the other."""

    def __init__(self, name: str = "database-writer") -> None:
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._closed = False
        self._lock = threading.Lock()
        # Threads that currently hold the writer's turn (the writer's own thread, or one that
        # borrowed it): a write they ask for runs at once instead of queueing behind itself.
        self._holder = threading.local()
        self._thread = threading.Thread(target=self._serve, name=name, daemon=True)
        self._thread.start()

    @property
    def thread(self) -> threading.Thread:
        return self._thread

    def holds_turn(self) -> bool:
        """Whether the current thread may write now (it is the writer, or borrowed its turn)."""
        return threading.current_thread() is self._thread or getattr(self._holder, "on", False)

    def submit(self, work: Callable[[], T]) -> Future[T]:
        """Queue ``work`` with the caller's context variables; the future gives its result or
        its exception. Never waits: the GUI thread submits this way."""
        future: Future[T] = Future()
        context = contextvars.copy_context()
        with self._lock:
            if self._closed:
                raise WriterClosed("the database is closed")
            self._queue.put((future, context, work))
        return future

    def run(self, work: Callable[[], T]) -> T:
        """Run ``work`` on the writer and wait for it; at once if this thread holds the turn
        (a unit of work calling another service method)."""
        if self.holds_turn():
            return work()
        waiter = _GUARD.waiter
        if waiter is not None and threading.current_thread() is waiter[0]:
            return waiter[1](self.submit(work))  # type: ignore[no-any-return]
        _GUARD.check()
        return self.submit(work).result()

    @contextmanager
    def turn(self) -> Iterator[None]:
        """Hold the writer's turn on this thread for a transaction opened here."""
        if self.holds_turn():
            yield
            return
        _GUARD.check()
        borrowed = _Turn()
        self.submit(lambda: self._stand_aside(borrowed))
        waiter = _GUARD.waiter
        try:
            if waiter is not None and threading.current_thread() is waiter[0]:
                waiter[1](borrowed.granted)  # the GUI thread keeps processing its events
            else:
                borrowed.granted.result()
        except BaseException:  # interrupted while waiting: the writer must not stay parked
            borrowed.released.set()
            raise
        self._holder.on = True
        try:
            yield
        finally:
            self._holder.on = False
            borrowed.released.set()

    @staticmethod
    def _stand_aside(borrowed: _Turn) -> None:
        borrowed.granted.set_result(None)
        borrowed.released.wait()

    def _serve(self) -> None:
        while True:
            job = self._queue.get()
            if job is _STOP:
                return
            future, context, work = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = context.run(work)
            except BaseException as exc:
                future.set_exception(exc)
            else:
                future.set_result(result)

    def close(self) -> None:
        """Finish what is queued, then end the thread; later submissions are refused."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._queue.put(_STOP)
        if threading.current_thread() is not self._thread:
            self._thread.join()


class _HasDatabase(Protocol):
    @property
    def writer(self) -> Writer: ...


def writes(
    method: Callable[Concatenate[Any, P], T],
) -> Callable[Concatenate[Any, P], T]:
    """A service method that writes runs whole on its database's writer (reads and checks
    included, so nothing commits between them); the caller waits for its result. The service
    keeps its database as ``_db`` or ``db``."""

    def call(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> T:
        db: _HasDatabase = getattr(self, "_db", None) or self.db
        return db.writer.run(functools.partial(method, self, *args, **kwargs))

    functools.update_wrapper(call, method)
    return call
