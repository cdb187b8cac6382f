"""The keyboard's Arabic layout: Windows switches layouts with Alt+Shift, Ctrl+Shift or
Win+Space. The app must leave those to Windows: no action or shortcut of the main window
takes them (what a field then receives is the layout's letters, Qt's and Windows' business)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow

SWITCHES = [QKeySequence(text) for text in ("Alt+Shift", "Ctrl+Shift", "Meta+Space", "Shift+Alt")]


def test_no_shortcut_takes_the_layout_switch(make_window: Callable[[], QMainWindow]) -> None:
    window = make_window()
    taken: list[QKeySequence] = []
    for action in window.findChildren(QAction):
        taken += action.shortcuts()
    for shortcut in window.findChildren(QShortcut):
        taken.append(shortcut.key())
    assert taken  # the window has shortcuts: the check below looks at real ones
    texts = {sequence.toString() for sequence in taken}
    for switch in SWITCHES:
        assert switch.toString() not in texts
