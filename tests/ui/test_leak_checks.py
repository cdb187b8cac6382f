"""The leak checks of tests/ui/conftest.py can fail: unfinished pool work and live threads."""

from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QApplication

from counsellor_app.ui.operations import Operations
from tests.ui.conftest import _pool_work_left, _python_threads_left


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
