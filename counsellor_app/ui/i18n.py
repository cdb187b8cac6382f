"""One translation bootstrap before the first widget: Qt's own catalogue, then ours."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from counsellor_app.core.languages import LOCALES, isolate, locale_of, ltr
from counsellor_app.storage.paths import resources_dir

log = logging.getLogger(__name__)
# Languages, locales and isolates are declared once in core/languages.py; re-exported here
# for the widgets.
__all__ = ["LOCALES", "Translations", "isolate", "ltr", "tr", "translations_dir"]


def translations_dir() -> Path:
    return resources_dir() / "translations"


class Translations:
    """Owns the installed translators so that a language switch can replace them."""

    # Shared by every instance: a second Translations (a test's, a restarted login) must
    # remove what the first installed, or the first language keeps answering.
    _installed: list[QTranslator] = []

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self.language = "fr"

    def install(self, language: str) -> None:
        for translator in Translations._installed:
            self._app.removeTranslator(translator)
        Translations._installed.clear()
        self.language = language
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (
            (f"qtbase_{language}", qt_dir),
            (f"counsellor_{language}", str(translations_dir())),
        ):
            translator = QTranslator(self._app)
            if translator.load(name, folder):
                self._app.installTranslator(translator)
                self._installed.append(translator)
            elif language != "en":
                log.warning("translation %s not found in %s", name, folder)
        QLocale.setDefault(QLocale(locale_of(language)))
        direction = (
            Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
        )
        self._app.setLayoutDirection(direction)


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)
