"""One base for the app's dialogs: geometry kept per dialog, clamped to the screens; help.

A dialog resized by a counsellor (the sync window, a long import) opens again at that size
and place; a place on a screen that is no longer connected is brought back onto a visible
one. F1 or the Help button opens the user guide at the dialog's own section.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QRect, QSettings, QUrl
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QWidget,
    QWizard,
)

from counsellor_app.core.languages import DEFAULT_LANGUAGE, LANGUAGES
from counsellor_app.storage.paths import resources_dir
from counsellor_app.ui.i18n import isolate

GEOMETRY_GROUP = "dialogs"


def dialog_settings() -> QSettings:
    """Per-user INI file beside Qt's other user settings (tests point Qt at a fresh folder)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Counsellor", "dialogs")


def current_language() -> str:
    language = QLocale().name()[:2]
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def guide_path(language: str) -> Path | None:
    """The guide in the user's language (French when there is none in it)."""
    folder = resources_dir() / "guide"
    for candidate_language in (language, DEFAULT_LANGUAGE):
        candidate = folder / f"guide-{candidate_language}.html"
        if candidate.exists():
            return candidate
    return None


def guide_url(language: str, section: str | None) -> QUrl | None:
    guide = guide_path(language)
    if guide is None:
        return None
    url = QUrl.fromLocalFile(str(guide))
    if section:
        url.setFragment(section)
    return url


def open_guide(parent: QWidget | None, language: str, section: str | None = None) -> None:
    """Open the user guide in the browser, at `section` when given; say so when it cannot."""
    title = QCoreApplication.translate("Help", "User guide")
    url = guide_url(language, section)
    if url is None:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate(
                "Help",
                "The user guide is not installed with this copy of Counsellor (the "
                "installers include it; from the sources: python scripts/user_guide.py).",
            ),
        )
        return
    if not QDesktopServices.openUrl(url):
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate("Help", "Open this file in a web browser: %1").replace(
                "%1", isolate(url.toString())
            ),
        )


def clamped(rect: QRect, screens: list[QRect]) -> QRect:
    """`rect` moved (and shrunk if need be) onto the screen it overlaps most, or the first."""
    if not screens:
        return rect
    best = max(screens, key=lambda s: _area(s.intersected(rect)))
    width, height = min(rect.width(), best.width()), min(rect.height(), best.height())
    left = min(max(rect.left(), best.left()), best.right() - width + 1)
    top = min(max(rect.top(), best.top()), best.bottom() - height + 1)
    return QRect(left, top, width, height)


def _area(rect: QRect) -> int:
    return max(rect.width(), 0) * max(rect.height(), 0) if rect.isValid() else 0


if TYPE_CHECKING:
    _DialogType = QDialog
else:
    _DialogType = object


class DialogBehaviour(_DialogType):
    """Geometry kept and help offered, mixed in before the Qt dialog class (`Dialog` for a
    QDialog, `Wizard` for a QWizard). Subclasses set an objectName (the key of the kept
    geometry) and name their guide section in `help_section` (see ui/guide_sections.py)."""

    help_section: str | None = None
    _geometry_restored = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """F1 (the platform's help key), pressed anywhere in the dialog: a key its fields do
        not use reaches the dialog."""
        if event.matches(QKeySequence.StandardKey.HelpContents):
            self.show_help()
            return
        super().keyPressEvent(event)

    def add_help_button(self, buttons: QDialogButtonBox) -> None:
        button = buttons.addButton(QDialogButtonBox.StandardButton.Help)
        button.setObjectName("helpButton")
        buttons.helpRequested.connect(self.show_help)

    def help_push_button(self, parent: QWidget) -> QPushButton:
        """A Help button for a dialog whose buttons are laid out by hand."""
        button = QPushButton(QCoreApplication.translate("Help", "&Help"), parent)
        button.setObjectName("helpButton")
        button.clicked.connect(self.show_help)
        return button

    def _offer_help_button(self) -> None:
        """A dialog with a section and no Help button of its own gets one in its main button
        box (the last made with an accept or reject button); F1 works in every dialog."""
        if self.help_section is None or self.findChild(QAbstractButton, "helpButton"):
            return
        closing = (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.RejectRole)
        boxes = [
            box
            for box in self.findChildren(QDialogButtonBox)
            if any(box.buttonRole(b) in closing for b in box.buttons())
        ]
        if boxes:
            self.add_help_button(boxes[-1])

    def show_help(self) -> None:
        open_guide(self, current_language(), self.help_section)

    def _geometry_key(self) -> str:
        return f"{GEOMETRY_GROUP}/{self.objectName() or type(self).__name__}"

    def showEvent(self, event: QShowEvent) -> None:
        if not self._geometry_restored:
            self._geometry_restored = True
            self._offer_help_button()
            self.restore_geometry()
        super().showEvent(event)

    def restore_geometry(self) -> None:
        stored = dialog_settings().value(self._geometry_key())
        if not isinstance(stored, QRect) or not stored.isValid():
            return
        screens = [screen.availableGeometry() for screen in QGuiApplication.screens()]
        self.setGeometry(clamped(stored, screens))

    def save_geometry(self) -> None:
        if self.isVisible() or self._geometry_restored:
            settings = dialog_settings()
            settings.setValue(self._geometry_key(), self.geometry())
            settings.sync()

    def done(self, result: int) -> None:
        self.save_geometry()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        super().closeEvent(event)


class Dialog(DialogBehaviour, QDialog):
    """Base of every dialog of the app (tests/ui/test_dialog_base.py scans ui/ for others)."""


class Wizard(DialogBehaviour, QWizard):
    """Base of the app's wizards: QWizard's own Help button leads to the guide as well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        self.helpRequested.connect(self.show_help)
