"""Arabic right to left, language switch, and translations kept complete."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counsellor_app.storage.settings import Settings
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.controller import AppController
from counsellor_app.ui.i18n import Translations
from counsellor_app.ui.login_dialog import LoginDialog
from tests.conftest import COUNSELLOR, PASSWORD

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import i18n  # noqa: E402


def test_arabic_switches_the_whole_layout_right_to_left(
    qtbot: QtBot, qapp: QApplication, translations: Translations, context: UiContext
) -> None:
    controller = AppController(
        qapp, context.workspace, Settings(), context.workspace.paths.settings, translations
    )
    login = LoginDialog(context.workspace)
    login.username.setText(COUNSELLOR)
    login.password.setText(PASSWORD)
    login.try_login()
    controller.enter(login)
    assert controller.window is not None
    assert controller.window.tabs.tabText(0) == "Registre"
    controller.apply_settings(Settings(language="ar"))
    window = controller.window
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.tabs.tabText(0) == "السجل"
    assert window.menuBar().actions()[0].text() == "الأشخاص"
    window.new_intake()
    form = window.forms()[0]
    assert form.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert form.phone.layoutDirection() == Qt.LayoutDirection.LeftToRight  # numbers stay LTR
    assert form._boxes["sex"].field.itemText(1) == "أنثى"
    form.save()
    assert form._boxes["last_name"].error.text() == "هذه الخانة إلزامية."
    form._dirty = False
    controller.apply_settings(Settings(language="fr"))
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert controller.window.tabs.tabText(0) == "Registre"
    controller.window.confirm_close()
    controller.window.close()
    controller.shutdown()


def test_french_and_arabic_translations_are_complete() -> None:
    assert i18n.missing("fr") == []
    assert i18n.missing("ar") == []


def test_catalogues_contain_every_string_of_the_code(tmp_path: Path) -> None:
    """Fails when a tr() string was added to the code but not to the .ts files."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [i18n._tool("pyside6-lupdate"), *i18n.SOURCES, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )

    def sources(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {
            (c.findtext("name") or "", m.findtext("source") or "")
            for c in root.iter("context")
            for m in c.iter("message")
        }

    in_code = sources(fresh)
    for language in ("fr", "ar"):
        committed = sources(i18n.TS_DIR / f"counsellor_{language}.ts")
        assert in_code - committed == set(), f"run: python scripts/i18n.py update ({language})"


def test_dates_read_day_month_year_in_arabic_too(qtbot: QtBot, qapp: QApplication) -> None:
    from PySide6.QtCore import QDate

    from counsellor_app.ui.widgets import DateField

    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        field = DateField()
        qtbot.addWidget(field)
        field.setDate(QDate(2026, 11, 22))
        assert field.text() == "22/11/2026"
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
