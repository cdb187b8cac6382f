"""The accepted update installed when the app closes, or at the next start when the app was
killed before it could: the staged installer checked again, the backup copy made, then the
installer started silently once the app has ended (app.py). The decision itself is plain
Python (services/updates.py ``prepare_install``); here only what the user sees.

A staged file that no longer holds (changed on the disk, no longer signed by a key this
version trusts) or a backup that fails is said in words; the installed version goes on.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from counsellor_app.core.languages import ltr
from counsellor_app.services import updates

if TYPE_CHECKING:
    from counsellor_app.ui.controller import AppController

log = logging.getLogger(__name__)


def discarded_text(code: str, version: str) -> str:
    """Why the accepted update was not installed, in the user's language."""
    texts = {
        updates.STAGED_REFUSED: QCoreApplication.translate(
            "UpdateInstall",
            "The downloaded update was refused: it is not signed by a key this version "
            "trusts. It was deleted and nothing was installed; this version goes on working. "
            "Tell the IT person.",
        ),
        updates.STAGED_DAMAGED: QCoreApplication.translate(
            "UpdateInstall",
            "The downloaded version %1 changed on the disk since it was checked (damaged, "
            "or replaced): it was deleted and not installed. This version goes on working; "
            "accept the update again in the synchronisation window.",
        ),
        updates.BACKUP_FAILED: QCoreApplication.translate(
            "UpdateInstall",
            "Version %1 was not installed: the backup copy made before an update failed. "
            "This version goes on working; the update is installed at a later close, once a "
            "backup succeeds.",
        ),
    }
    return texts.get(code, texts[updates.STAGED_DAMAGED]).replace("%1", ltr(version or "?"))


def prepare(controller: AppController) -> updates.Staged | None:
    """At close (or at start after a killed session): the staged update checked and the
    backup made; the Staged to launch once the app has ended, or None."""
    root = controller.workspace.paths.root
    if not controller.can_install() or not updates.is_staged(root):
        return None
    service = controller.backup_service()
    if service is None:  # nobody logged in: no backup can be made, the update waits
        return None
    staged = updates.prepare_install(root, lambda: service.make("update"))
    if staged.discarded:
        log.warning("the accepted update was not installed: %s", staged.discarded)
        QMessageBox.warning(
            controller.window if controller.window is not None else QWidget(),
            QCoreApplication.translate("UpdateInstall", "The update was not installed"),
            discarded_text(staged.discarded, staged.version),
        )
    return staged if staged.installer is not None else None


def at_start(controller: AppController) -> bool:
    """The app was killed after an update was accepted: install it now, after the backup,
    and close. True when the app is closing for it."""
    staged = prepare(controller)
    if staged is None:
        return False
    controller.update = staged
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("UpdateInstall", "Installing the update"),
        QCoreApplication.translate(
            "UpdateInstall",
            "Version %1, accepted earlier, is installed now: the backup copy is made, the "
            "app closes and the new version replaces it. Start the app again in a minute.",
        ).replace("%1", ltr(staged.version)),
        QMessageBox.StandardButton.Ok,
        controller.window,
    )
    box.setObjectName("updateAtStart")
    controller.update_box = box
    box.finished.connect(lambda _result: controller.app.exit(0))
    box.open()
    return True
