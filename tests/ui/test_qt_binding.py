"""The Qt binding itself: a known-bad release must not come back with an upgrade."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_calls_returning_nothing_keep_none_alive(qapp: QApplication) -> None:
    """PySide6 6.12.0 dropped a reference to None on each call of a method returning nothing
    (``processEvents``, ``setObjectName``…): on Python 3.11 the app aborted with "deallocating
    None" after some thousands of calls, at a random moment of the counsellor's day."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        probe.setObjectName("probe")
        qapp.processEvents()
    assert sys.getrefcount(None) >= before - 10  # a few Nones may be held or freed meanwhile
