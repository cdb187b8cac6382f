"""F1 anywhere: the user guide opens at the section of the screen in use (a tab of the main
window, a tab of an open file, a dialog); every section a screen declares is in the guide, and
every screen has a section of its own (with its own screenshot), not a neighbour's."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counsellor_app.services.people import PeopleService
from counsellor_app.storage.paths import resources_dir
from counsellor_app.ui import guide_sections
from counsellor_app.ui.dialog_base import Dialog, Wizard, guide_path
from counsellor_app.ui.main_window import MainWindow
from tests.conftest import person
from tests.ui.test_dialog_base import _dialog_classes

ROOT = Path(__file__).resolve().parents[2]

# Each dialog and the section that is its own, by name (not by guide_sections' constants, so a
# constant turned into an alias of a neighbour's section fails here). Several dialogs of one
# screen share its section: the login and its recovery, the referrals and their partners.
OWN_SECTIONS = {
    "LoginDialog": "login",
    "RecoveryDialog": "login",
    "SetupWizard": "setup",
    "DuplicateDialog": "intake-errors",
    "EditConflictDialog": "intake-errors",
    "AttachDialog": "attachments",
    "AttachmentViewer": "attachments",
    "NewCohortDialog": "cohorts",
    "EnrolDialog": "cohorts",
    "HostDialog": "internship",
    "ReferralDialog": "referrals",
    "AnswerDialog": "referrals",
    "PartnerDialog": "referrals",
    "AgencySharingDialog": "referrals",  # the Referrals tab's "Another agency…"
    "TargetsDialog": "programmes",
    "DocumentDialog": "specimen",
    "RegisterDialog": "issued-register",
    "LetterheadDialog": "letterhead",
    "AppointmentDialog": "agenda",
    "AuditDialog": "audit",
    "UsersDialog": "accounts",
    "NewUserDialog": "accounts",
    "ResetPasswordDialog": "accounts",
    "ChangePasswordDialog": "accounts",
    "_ProblemForm": "accounts",
    "EnvelopesDialog": "envelopes",
    "SyncDialog": "sync",
    "BackupsDialog": "backups",
    "RestoreDialog": "restore",
    "MissingDatabaseDialog": "restore",
    "StartAnewDialog": "restore",
    "SettingsDialog": "settings",
}


def _guide() -> ModuleType:
    sys.path.insert(0, str(ROOT / "scripts"))
    import user_guide

    return user_guide


def _declared() -> dict[str, str]:
    """Every section a screen declares, with the screen that declares it."""
    declared = {f"main tab {key}": section for key, section in guide_sections.MAIN_TABS.items()}
    declared |= {f"file tab {key}": section for key, section in guide_sections.FILE_TABS.items()}
    declared |= {cls.__qualname__: cls.help_section for cls in _dialog_classes()}  # type: ignore[attr-defined]
    return {screen: section for screen, section in declared.items() if section is not None}


def test_every_section_a_screen_declares_is_in_the_guide_in_every_language() -> None:
    guide = _guide()
    LANGUAGES, SECTIONS = guide.LANGUAGES, guide.SECTIONS

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
                re.findall(r'<h3 id="([^"]+)"', page.read_text("utf-8"))
            )


def test_every_screen_has_a_section_of_its_own() -> None:
    """No screen without a section (None) or pointing at a neighbour's: each tab its own
    section, each dialog the one of its screen (OWN_SECTIONS). A dialog added later passes only
    with a section no other screen uses (a new one of its own, e.g. the committees')."""
    sections = {name for name, _title, _text in _guide().SECTIONS["fr"]}
    tabs = {f"main tab {key}": s for key, s in guide_sections.MAIN_TABS.items()}
    tabs |= {f"file tab {key}": s for key, s in guide_sections.FILE_TABS.items()}
    assert None not in tabs.values()
    shared = {s for s in tabs.values() if list(tabs.values()).count(s) > 1}
    assert shared == set(), "two tabs share a section"
    importing = "import-export" if "import-export" in sections else "register"
    own = OWN_SECTIONS | {"ImportDialog": importing, "RegisterExportDialog": importing}
    used = set(tabs.values()) | set(own.values())
    wrong = {}
    for cls in _dialog_classes():
        if cls in (Dialog, Wizard):
            continue
        section = cls.help_section  # type: ignore[attr-defined]
        expected = own.get(cls.__qualname__)
        if (
            section is None
            or (expected is None and section in used)
            or (expected is not None and section != expected)
        ):
            wrong[cls.__qualname__] = section
    assert wrong == {}


def test_every_section_of_the_guide_has_its_own_screenshot() -> None:
    """The screenshot script takes a picture named after each section, in each language; the
    guide as built holds it (when built on this machine)."""
    guide = _guide()
    script = (ROOT / "scripts" / "screenshots.py").read_text("utf-8")
    names = [name for name, _title, _text in guide.SECTIONS["fr"]]
    taken = [n for n in names if f"{n}-{{language}}.png" in script or f'"{n}"' in script]
    assert [n for n in names if n not in taken] == []
    for language in guide.LANGUAGES:
        assert [name for name, _t, _x in guide.SECTIONS[language]] == names, language
        images = resources_dir() / "guide" / "images"
        if (resources_dir() / "guide" / f"guide-{language}.html").exists():
            missing = [n for n in names if not (images / f"{n}-{language}.png").exists()]
            assert missing == [], language


def test_the_guide_page_has_its_contents_grouped_by_the_day_and_arabic_right_to_left(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    guide = _guide()
    extra = ("late-section", "Late", "Added by another engineer.\n• one step")
    monkeypatch.setitem(guide.SECTIONS, "en", [*guide.SECTIONS["en"], extra])
    groups = guide.grouped("en")
    assert [g for g, _members in groups][:6] == [
        "reception", "pathway", "printing", "follow-up", "supervisor", "care"
    ]  # fmt: skip
    assert groups[-1] == ("more", [extra])  # a name the grouping does not know: last group
    page = guide._page("en", set())
    contents = page[: page.index("</nav>", page.index('class="contents"'))]
    links = re.findall(r'<a href="#([^"]+)">', contents)
    assert sorted(links) == sorted(name for name, _t, _x in guide.SECTIONS["en"])
    assert "<li>one step</li>" in page and 'dir="ltr"' in page
    arabic = guide._page("ar", {"login-ar.png"})
    assert '<html lang="ar" dir="rtl">' in arabic
    assert 'src="images/login-ar.png"' in arabic


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
    for key in ("profile", *file._lazy):  # every tab of a file: a new one needs its section
        index = 0 if key == "profile" else file.tabs.indexOf(file._lazy[key])
        file.tabs.setCurrentIndex(index)
        _press_f1(qtbot, window)
        expected.append(guide_sections.FILE_TABS[key])
    assert [url.fragment() or None for url in opened] == expected
    assert expected[:2] == ["register", "todo"] and "pathway" in expected
    assert {"internship", "programmes", "history"} <= set(expected)
    assert opened[0].toLocalFile() == str(guide_path("fr"))
