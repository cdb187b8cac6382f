"""F1 anywhere: the user guide opens at the section of the screen in use (a tab of the main
window, a tab of an open file, a dialog), and every section a screen declares is in the guide."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counsellor_app.services.people import PeopleService
from counsellor_app.storage.paths import resources_dir
from counsellor_app.ui import guide_sections
from counsellor_app.ui.dialog_base import guide_path
from counsellor_app.ui.main_window import MainWindow
from tests.conftest import person
from tests.ui.test_dialog_base import _dialog_classes

ROOT = Path(__file__).resolve().parents[2]


def _declared() -> dict[str, str]:
    """Every section a screen declares, with the screen that declares it."""
    declared = {f"main tab {key}": section for key, section in guide_sections.MAIN_TABS.items()}
    declared |= {f"file tab {key}": section for key, section in guide_sections.FILE_TABS.items()}
    declared |= {cls.__qualname__: cls.help_section for cls in _dialog_classes()}  # type: ignore[attr-defined]
    return {screen: section for screen, section in declared.items() if section is not None}


def test_every_section_a_screen_declares_is_in_the_guide_in_every_language() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from user_guide import LANGUAGES, SECTIONS

    declared = _declared()
    assert len(declared) >= 40  # the tabs and the dialogs were all seen
    built = resources_dir() / "guide"
    for language in LANGUAGES:
        anchors = {name for name, _title, _text in SECTIONS[language]}
        missing = {screen: s for screen, s in declared.items() if s not in anchors}
        assert missing == {}, language
        page = built / f"guide-{language}.html"
        if page.exists():  # the guide as built (scripts/user_guide.py) has the same anchors
            assert set(declared.values()) <= set(
                re.findall(r'<h2 id="([^"]+)"', page.read_text("utf-8"))
            )


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """What the system browser was asked to open (the call to the desktop is replaced)."""
    urls: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return urls


def _press_f1(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    QApplication.processEvents()
    qtbot.keyClick(window.tabs.currentWidget(), Qt.Key.Key_F1)


def test_f1_opens_the_guide_at_the_section_of_the_tab_on_screen(
    qtbot: QtBot, make_window: object, people: PeopleService, opened: list[QUrl]
) -> None:
    if guide_path("fr") is None:
        pytest.skip("user guide not made on this machine (python scripts/user_guide.py)")
    window: MainWindow = make_window()  # type: ignore[operator]
    guide = window.findChild(QAction, "actionGuide")
    assert guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    expected = []
    for key in ("register", "todo", "agenda", "cohorts"):
        if key == "register":
            window.tabs.setCurrentWidget(window.register)
        else:
            window.show_tab(key)
        _press_f1(qtbot, window)
        expected.append(guide_sections.MAIN_TABS[key])
    window.open_person(people.register(person()))
    file = window.files()[-1]
    for key in ("profile", "pathway", "printed", "history"):
        index = 0 if key == "profile" else file.tabs.indexOf(file._lazy[key])
        file.tabs.setCurrentIndex(index)
        _press_f1(qtbot, window)
        expected.append(guide_sections.FILE_TABS[key])
    assert [url.fragment() or None for url in opened] == expected
    assert expected[:2] == ["register", "todo"] and "pathway" in expected
    assert opened[0].toLocalFile() == str(guide_path("fr"))
