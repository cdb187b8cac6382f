"""Who changed what in a person's file, and when: the change history, newest first."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from counsellor_app.services.people import PeopleService
from counsellor_app.ui import labels

ENTITIES = {
    "person": QT_TRANSLATE_NOOP("History", "Profile"),
    "identity_document": QT_TRANSLATE_NOOP("History", "Identity document"),
    "consent": QT_TRANSLATE_NOOP("History", "Consent"),
    "pathway_stage": QT_TRANSLATE_NOOP("History", "Pathway stage"),
    "outcome": QT_TRANSLATE_NOOP("History", "Outcome"),
}
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("History", "created"),
    "update": QT_TRANSLATE_NOOP("History", "changed"),
    "archive": QT_TRANSLATE_NOOP("History", "removed"),
}
FIELDS = {
    "last_name": QT_TRANSLATE_NOOP("History", "last name"),
    "first_name": QT_TRANSLATE_NOOP("History", "first name"),
    "last_name_ar": QT_TRANSLATE_NOOP("History", "last name in Arabic"),
    "first_name_ar": QT_TRANSLATE_NOOP("History", "first name in Arabic"),
    "date_of_birth": QT_TRANSLATE_NOOP("History", "date of birth"),
    "nationality": QT_TRANSLATE_NOOP("History", "nationality"),
    "legal_status": QT_TRANSLATE_NOOP("History", "legal status"),
    "phone_e164": QT_TRANSLATE_NOOP("History", "phone"),
    "email": QT_TRANSLATE_NOOP("History", "e-mail"),
    "number": QT_TRANSLATE_NOOP("History", "number"),
    "expires_on": QT_TRANSLATE_NOOP("History", "expiry"),
    "status": QT_TRANSLATE_NOOP("History", "status"),
    "stage": QT_TRANSLATE_NOOP("History", "stage"),
    "reason": QT_TRANSLATE_NOOP("History", "reason"),
    "notes": QT_TRANSLATE_NOOP("History", "notes"),
    "track": QT_TRANSLATE_NOOP("History", "track"),
    "consent_status": QT_TRANSLATE_NOOP("History", "consent"),
}


def _tr(table: dict[str, object], code: str) -> str:
    source = table.get(code)
    return QCoreApplication.translate("History", str(source)) if source else code


def _value(field: str, value: object) -> str:
    if value in (None, "", []):
        return "—"
    if field == "status" and isinstance(value, str):
        return labels.label(labels.STAGE_STATUS, value)
    if field == "stage" and isinstance(value, str):
        return labels.label(labels.STAGE, value)
    if field == "legal_status" and isinstance(value, str):
        return labels.label(labels.LEGAL_STATUS, value)
    if field == "track" and isinstance(value, str):
        return labels.label(labels.TRACK, value)
    text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    return text if len(text) <= 80 else text[:77] + "…"


class HistoryPanel(QWidget):
    def __init__(
        self, people: PeopleService, person_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.people, self.person_id = people, person_id
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("historyTree")
        self.tree.setHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Old"), self.tr("New")]
        )
        self.tree.setAccessibleName(self.tr("Change history"))
        layout.addWidget(self.tree)
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        for entry in reversed(self.people.history(self.person_id)):
            when = entry.at.astimezone().strftime("%d/%m/%Y %H:%M")
            what = f"{_tr(ENTITIES, entry.entity)} {_tr(ACTIONS, entry.action)}"
            if entry.subject:
                what += f" — {labels.label(labels.STAGE, entry.subject)}"
            top = QTreeWidgetItem([when, entry.actor_name, what, "", ""])
            for field, (old, new) in entry.changes.items():
                if field in (
                    "person_id",
                    "counsellor_id",
                    "recorded_by",
                    "owner_agency_id",
                    "data",
                ):
                    continue
                top.addChild(
                    QTreeWidgetItem(
                        ["", "", _tr(FIELDS, field), _value(field, old), _value(field, new)]
                    )
                )
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        for column in range(5):
            self.tree.resizeColumnToContents(column)
