"""UI fixtures: real widgets, offscreen, a fresh data directory and French unless a test asks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit

from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.storage.database import Database
from counsellor_app.ui.collector import MainThreadCollector
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.i18n import Translations
from counsellor_app.ui.main_window import MainWindow
from counsellor_app.ui.operations import Operations
from counsellor_app.ui.style import apply_style


@pytest.fixture(scope="session", autouse=True)
def styled(qapp: QApplication) -> Iterator[None]:
    """The style sheet is applied once, as the app does at start (re-applying re-polishes all),
    and garbage is collected on the GUI thread only, as in the app."""
    apply_style(qapp)
    collector = MainThreadCollector(qapp)
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def no_leaked_windows(qapp: QApplication) -> Iterator[None]:
    """Every test closes what it opened: no visible top-level widget may survive it."""
    yield
    qapp.processEvents()
    leaked = [w for w in qapp.topLevelWidgets() if w.isVisible()]
    for widget in leaked:
        widget.close()
    assert not leaked, f"windows left open: {[w.objectName() or type(w).__name__ for w in leaked]}"


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
    for window in made:
        window.confirm_close()
        window.close()


def type_text(widget: QLineEdit, text: str) -> None:
    """Set text as typing would (keyClicks with non-ASCII text aborts the process, DESIGN §10)."""
    widget.setFocus()
    widget.setText(text)
    widget.textEdited.emit(text)
