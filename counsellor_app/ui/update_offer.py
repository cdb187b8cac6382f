"""The offer of a newer version, to an administrator of the PC, in the synchronisation window.

Accepting downloads the signed installer from the sync server in the background (resumed
where a cut download stopped) and checks it (services/updates.py); the app then installs it
silently when it closes, after its closing backup. A refused or damaged download is said in
words, and this version goes on working.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from counsellor_app.core.languages import ltr
from counsellor_app.core.release_manifest import Manifest, ManifestRefused
from counsellor_app.core.roles import Permission
from counsellor_app.services import updates
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.sync_service import SyncStatus
from counsellor_app.ui.operations import Operations


class UpdateOffer(QWidget):
    def __init__(
        self, operations: Operations, data_root: Path, user: CurrentUser, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("updateOffer")
        self.operations, self.data_root, self.user = operations, data_root, user
        self.server_url = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(self.tr("Download and install when the app closes"), self)
        self.button.setObjectName("updateButton")
        self.button.clicked.connect(self.accept)
        self.note = QLabel(self)
        self.note.setObjectName("updateOfferNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.button)
        layout.addWidget(self.note, 1)
        self.hide()

    def show_for(self, status: SyncStatus) -> None:
        """Offered to whoever may manage the PC, when the last sync's handshake carried the
        manifest of a newer release signed by a key this version trusts."""
        self.server_url = status.server_url
        offered = bool(status.update_offer) and self.user.can(Permission.MANAGE_SETTINGS)
        self.setVisible(offered and status.enrolled)

    def accept(self) -> None:
        self.button.setEnabled(False)
        self.note.setText(self.tr("Downloading the new version in the background…"))
        url, root = self.server_url, self.data_root
        self.operations.run(
            lambda: updates.fetch_and_download(url, root), self._downloaded, self._failed
        )

    def _downloaded(self, manifest: Manifest | None) -> None:
        if manifest is None:
            self.note.setText(self.tr("The server offers no newer version any more."))
            self.button.setEnabled(True)
            return
        self.note.setText(
            self.tr(
                "Version %1 is downloaded and checked. It will be installed when the app "
                "closes, after the closing backup."
            ).replace("%1", ltr(manifest.version))
        )

    def _failed(self, error: BaseException) -> None:
        self.button.setEnabled(True)
        code = error.code if isinstance(error, ManifestRefused) else "server_unavailable"
        texts = {
            "signature_invalid": self.tr(
                "The new version was refused: it is not signed by the app's publisher. "
                "This version goes on working; tell the IT person."
            ),
            "damaged": self.tr(
                "The downloaded file is not the one signed (damaged on the way): it was "
                "deleted. This version goes on working; try again later."
            ),
            "manifest_malformed": self.tr(
                "The server's description of the new version is not valid. This version "
                "goes on working; tell the IT person."
            ),
        }
        self.note.setText(
            texts.get(
                code,
                self.tr(
                    "The download stopped (no connection to the server?). Try again later: "
                    "it goes on from where it stopped."
                ),
            )
        )
