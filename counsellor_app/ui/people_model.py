"""The register's table model: the ids of the SQL result, rows fetched lazily in blocks.

Anki's browser pattern: the database sorts and filters, the model holds ids and a bounded
cache of rows, so 200,000 people cost a list of strings, not 200,000 row objects.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from counsellor_app.core.phone import display_phone
from counsellor_app.storage.people_queries import PersonRow
from counsellor_app.ui import labels
from counsellor_app.ui.i18n import ltr

COLUMNS: tuple[tuple[str, str], ...] = (
    ("file_number", QT_TRANSLATE_NOOP("PeopleModel", "File")),
    ("last_name", QT_TRANSLATE_NOOP("PeopleModel", "Last name")),
    ("first_name", QT_TRANSLATE_NOOP("PeopleModel", "First name")),
    ("name_ar", QT_TRANSLATE_NOOP("PeopleModel", "Name in Arabic")),
    ("sex", QT_TRANSLATE_NOOP("PeopleModel", "Sex")),
    ("date_of_birth", QT_TRANSLATE_NOOP("PeopleModel", "Born")),
    ("nationality", QT_TRANSLATE_NOOP("PeopleModel", "Nationality")),
    ("legal_status", QT_TRANSLATE_NOOP("PeopleModel", "Legal status")),
    ("phone", QT_TRANSLATE_NOOP("PeopleModel", "Phone")),
    ("counsellor", QT_TRANSLATE_NOOP("PeopleModel", "Counsellor")),
    ("consent", QT_TRANSLATE_NOOP("PeopleModel", "Consent")),
)
BLOCK = 100
CACHE_LIMIT = 3000
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class PeopleTableModel(QAbstractTableModel):
    def __init__(
        self,
        fetch_rows: Callable[[Sequence[str]], dict[str, PersonRow]],
        language: str,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._language = language
        self._ids: list[str] = []
        self._cache: OrderedDict[str, PersonRow] = OrderedDict()
        self._country_names: dict[str, str] = {}

    # -- contents --------------------------------------------------------------------------
    def set_ids(self, ids: list[str]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._cache.clear()
        self.endResetModel()

    def refresh_rows(self, person_ids: Sequence[str]) -> None:
        """Forget cached rows of these people (after a save) and repaint them."""
        for person_id in person_ids:
            self._cache.pop(person_id, None)
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1)
            )

    def person_id(self, row: int) -> str:
        return self._ids[row]

    def ids(self) -> list[str]:
        return self._ids

    def row_of(self, person_id: str) -> int:
        try:
            return self._ids.index(person_id)
        except ValueError:
            return -1

    def _row(self, row: int) -> PersonRow | None:
        person_id = self._ids[row]
        found = self._cache.get(person_id)
        if found is not None:
            self._cache.move_to_end(person_id)
            return found
        start = (row // BLOCK) * BLOCK
        block = [i for i in self._ids[start : start + BLOCK] if i not in self._cache]
        self._cache.update(self._fetch_rows(block))
        while len(self._cache) > CACHE_LIMIT:
            self._cache.popitem(last=False)
        return self._cache.get(person_id)

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and 0 <= section < len(COLUMNS) and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PeopleModel", COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == PERSON_ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None  # archived meanwhile; the next refresh drops it
        return self._display(row, COLUMNS[index.column()][0])

    def _display(self, row: PersonRow, column: str) -> str:
        if column == "file_number":
            return ltr(row.file_number)
        if column == "last_name":
            return row.last_name
        if column == "first_name":
            return row.first_name
        if column == "name_ar":
            return f"{row.first_name_ar} {row.last_name_ar}".strip()
        if column == "sex":
            return labels.label(labels.SEX, row.sex)
        if column == "date_of_birth":
            return labels.format_date(row.date_of_birth)
        if column == "nationality":
            name = self._country_names.get(row.nationality)
            if name is None:
                name = self._country_names[row.nationality] = labels.country_name(
                    row.nationality, self._language
                )
            return name
        if column == "legal_status":
            return labels.label(labels.LEGAL_STATUS, row.legal_status)
        if column == "phone":
            return ltr(display_phone(row.phone_e164)) if row.phone_e164 else ""
        if column == "counsellor":
            return row.counsellor_name
        if column == "consent":
            return labels.label(labels.CONSENT_STATUS, row.consent_status)
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort_key(self, column: int) -> str:
        return COLUMNS[column][0]
