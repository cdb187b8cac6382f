"""Who changed what in a person's file, and when: the change history, newest first."""

from __future__ import annotations

import contextlib
from datetime import date

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
    "internship": QT_TRANSLATE_NOOP("History", "Internship"),
    "business_plan": QT_TRANSLATE_NOOP("History", "Business plan"),
    "ae_registration": QT_TRANSLATE_NOOP("History", "Auto-entrepreneur registration"),
    "grant_application": QT_TRANSLATE_NOOP("History", "Microgrant"),
    "follow_up_visit": QT_TRANSLATE_NOOP("History", "Follow-up visit"),
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
    "file_number": QT_TRANSLATE_NOOP("History", "file number"),
    "sex": QT_TRANSLATE_NOOP("History", "sex"),
    "city_id": QT_TRANSLATE_NOOP("History", "city"),
    "address": QT_TRANSLATE_NOOP("History", "address"),
    "languages": QT_TRANSLATE_NOOP("History", "languages"),
    "education_level": QT_TRANSLATE_NOOP("History", "education"),
    "experience": QT_TRANSLATE_NOOP("History", "experience"),
    "skills": QT_TRANSLATE_NOOP("History", "skills"),
    "vulnerabilities": QT_TRANSLATE_NOOP("History", "vulnerability"),
    "referral_source": QT_TRANSLATE_NOOP("History", "referred by"),
    "referral_detail": QT_TRANSLATE_NOOP("History", "referral details"),
    "doc_type": QT_TRANSLATE_NOOP("History", "document"),
    "issued_on": QT_TRANSLATE_NOOP("History", "issued on"),
    "purposes": QT_TRANSLATE_NOOP("History", "consent covers"),
    "given_on": QT_TRANSLATE_NOOP("History", "consent date"),
    "withdrawn_on": QT_TRANSLATE_NOOP("History", "withdrawn on"),
    "planned_on": QT_TRANSLATE_NOOP("History", "planned on"),
    "started_on": QT_TRANSLATE_NOOP("History", "started on"),
    "ended_on": QT_TRANSLATE_NOOP("History", "ended on"),
    "kind": QT_TRANSLATE_NOOP("History", "outcome"),
    "on": QT_TRANSLATE_NOOP("History", "date"),
    "detail": QT_TRANSLATE_NOOP("History", "details"),
}
# Coded values shown with their label; dates as 22/11/2026.
VALUE_TABLES: dict[str, dict[str, object]] = {
    "status": labels.STAGE_STATUS,
    "stage": labels.STAGE,
    "legal_status": labels.LEGAL_STATUS,
    "track": labels.TRACK,
    "sex": labels.SEX,
    "education_level": labels.EDUCATION,
    "referral_source": labels.REFERRAL_SOURCE,
    "doc_type": labels.DOCUMENT_TYPE,
    "consent_status": labels.CONSENT_STATUS,
    "vulnerabilities": labels.VULNERABILITY,
    "purposes": labels.CONSENT_PURPOSE,
    "kind": labels.OUTCOME,
}
DATE_FIELDS = {
    "date_of_birth",
    "expires_on",
    "issued_on",
    "given_on",
    "withdrawn_on",
    "planned_on",
    "started_on",
    "ended_on",
    "on",
}


def _tr(table: dict[str, object], code: str) -> str:
    source = table.get(code)
    return QCoreApplication.translate("History", str(source)) if source else code


def field_label(field: str) -> str:
    """A record field's name as the history and the conflicts list show it."""
    return _tr(FIELDS, field)


def field_value(field: str, value: object, language: str) -> str:
    return _value(field, value, language, {})


def _value(field: str, value: object, language: str, cities: dict[str, str]) -> str:
    if value in (None, "", []):
        return "—"
    items = value if isinstance(value, list) else [value]
    shown = []
    for item in items:
        text = str(item)
        if field in VALUE_TABLES:
            text = labels.label(VALUE_TABLES[field], text)
        elif field in DATE_FIELDS:
            with contextlib.suppress(ValueError):  # an older entry may hold another format
                text = labels.format_date(date.fromisoformat(text[:10]))
        elif field == "nationality":
            text = labels.country_name(text, language)
        elif field == "languages":
            text = labels.language_name(text, language)
        elif field == "city_id":
            text = cities.get(text, text)
        shown.append(text)
    joined = ", ".join(shown)
    return joined if len(joined) <= 80 else joined[:77] + "…"


class HistoryPanel(QWidget):
    def __init__(
        self,
        people: PeopleService,
        person_id: str,
        language: str = "fr",
        cities: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.language, self.cities = language, cities or {}
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
                        [
                            "",
                            "",
                            _tr(FIELDS, field),
                            _value(field, old, self.language, self.cities),
                            _value(field, new, self.language, self.cities),
                        ]
                    )
                )
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        for column in range(5):
            self.tree.resizeColumnToContents(column)
