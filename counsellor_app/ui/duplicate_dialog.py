"""Before a new file is saved: people who may already be registered, and why."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.phone import display_phone
from counsellor_app.services.people import DuplicateCandidate
from counsellor_app.ui import guide_sections, labels
from counsellor_app.ui.dialog_base import Dialog
from counsellor_app.ui.i18n import ltr


class DuplicateDialog(Dialog):
    """Result codes: OPEN_EXISTING (with :attr:`chosen_id`), REGISTER_ANYWAY, or Rejected."""

    help_section = guide_sections.INTAKE

    OPEN_EXISTING = 10
    REGISTER_ANYWAY = 11

    def __init__(
        self, candidates: Sequence[DuplicateCandidate], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateDialog")
        self.setWindowTitle(self.tr("Possible duplicate"))
        self.chosen_id: str | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This person may already be registered. Check the files below "
                "before creating a new one."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("duplicateList")
        self.tree.setHeaderLabels(
            [
                self.tr("File"),
                self.tr("Name"),
                self.tr("Date of birth"),
                self.tr("Phone"),
                self.tr("Why it matched"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        for candidate in candidates:
            reasons = "; ".join(
                labels.message(labels.MATCH_REASONS, r.code, {"detail": ltr(r.detail)})
                for r in candidate.reasons
            )
            name = candidate.name + (f" / {candidate.name_ar}" if candidate.name_ar else "")
            item = QTreeWidgetItem(
                [
                    ltr(candidate.file_number),
                    name,
                    labels.format_date(candidate.date_of_birth),
                    ltr(display_phone(candidate.phone_e164)) if candidate.phone_e164 else "",
                    reasons,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, candidate.person_id)
            self.tree.addTopLevelItem(item)
        for column in range(5):
            self.tree.resizeColumnToContents(column)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self.tree.itemDoubleClicked.connect(lambda *_: self._open())
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("Open the existing file"), self)
        self.open_button.setObjectName("openExisting")
        self.new_button = QPushButton(self.tr("It is someone else: register"), self)
        self.new_button.setObjectName("registerAnyway")
        self.back_button = QPushButton(self.tr("Back to the form"), self)
        self.back_button.setObjectName("backToForm")
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.clicked.connect(self._open)
        self.new_button.clicked.connect(lambda: self.done(self.REGISTER_ANYWAY))
        self.back_button.clicked.connect(self.reject)
        self.open_button.setDefault(True)
        layout.addWidget(buttons)
        self.resize(820, 320)

    def _open(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self.chosen_id = item.data(0, Qt.ItemDataRole.UserRole)
            self.done(self.OPEN_EXISTING)
