"""The leak checks of tests/ui/conftest.py can fail: unfinished pool work, live threads and
running timers."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from counsellor_app.ui.operations import Operations
from tests.ui.conftest import (
    _active_timers,
    _pool_work_left,
    _python_threads_left,
    _timers_left,
)


def test_unfinished_pool_work_is_reported_until_it_is_delivered(qapp: QApplication) -> None:
    release = threading.Event()
    delivered: list[str] = []
    operations = Operations()
    operations.run(lambda: release.wait(30) and "done", delivered.append)
    assert _pool_work_left(qapp, time.monotonic() + 0.2) == ["Operations: 1 job(s) not finished"]
    release.set()
    assert _pool_work_left(qapp, time.monotonic() + 30) == []
    assert delivered == ["done"]  # the callback ran on the GUI thread before the check passed


def test_a_thread_started_by_a_test_is_reported_while_alive(qapp: QApplication) -> None:
    before = {thread.ident for thread in threading.enumerate()}
    release = threading.Event()
    worker = threading.Thread(target=release.wait, args=(30,), name="stuck-worker")
    worker.start()
    assert _python_threads_left(before, time.monotonic() + 0.2) == ["stuck-worker"]
    release.set()
    assert _python_threads_left(before, time.monotonic() + 30) == []


def test_a_timer_left_running_is_reported_unless_its_owner_was_closed_and_deleted(
    qapp: QApplication,
) -> None:
    before = _active_timers(qapp)
    window = QWidget()
    window.setObjectName("leaky")
    timer = QTimer(window)
    timer.setObjectName("refresh")
    timer.start(60_000)
    assert _timers_left(qapp, before) == ["QWidget.refresh"]
    timer.stop()
    assert _timers_left(qapp, before) == []
    timer.start(60_000)
    window.close()
    window.deleteLater()  # as pytest-qt and make_window do: deleted before the check looks
    assert _timers_left(qapp, before) == []
