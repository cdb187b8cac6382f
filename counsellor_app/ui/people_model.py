"""The register's table model: the ids of the SQL result, rows fetched lazily in blocks.

Anki's browser pattern: the database sorts and filters, the model holds small integer keys and
a bounded cache of rows, so 200,000 people cost a list of ints, not 200,000 row objects.
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
from counsellor_app.services.people import PAGE_SIZE, PersonRow
from counsellor_app.ui import labels
from counsellor_app.ui.i18n import ltr

COLUMNS: tuple[tuple[str, object], ...] = (
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
BLOCK = 50  # about two screens of rows
CACHE_LIMIT = 3000
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
_SERVED_ROLES = frozenset(
    {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, PERSON_ID_ROLE}
)


class PeopleTableModel(QAbstractTableModel):
    def __init__(
        self,
        fetch_rows: Callable[[Sequence[int]], dict[int, PersonRow]],
        language: str,
        parent: Any = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._page_size = page_size
        self._fetch_rows = fetch_rows
        self._language = language
        self._keys: list[int] = []
        self._next_page: Callable[[int], list[int]] | None = None
        self._cache: OrderedDict[int, tuple[PersonRow, list[str]]] = OrderedDict()
        self._country_names: dict[str, str] = {}

    # -- contents --------------------------------------------------------------------------
    def set_keys(self, keys: list[int],
                 next_page: Callable[[int], list[int]] | None = None) -> None:  # fmt: skip
        """Show a new result: its first page of keys, and how to get the following pages."""
        self.beginResetModel()
        self._keys = keys
        self._next_page = next_page
        self._cache.clear()
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._next_page is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._next_page is None:
            return
        more = self._next_page(len(self._keys))
        if len(more) < self._page_size:
            self._next_page = None
        if more:
            self.beginInsertRows(QModelIndex(), len(self._keys), len(self._keys) + len(more) - 1)
            self._keys.extend(more)
            self.endInsertRows()

    def person_id(self, row: int) -> str:
        found = self._row(row)
        return found[0].id if found is not None else ""

    def _row(self, row: int) -> tuple[PersonRow, list[str]] | None:
        """The row and its display strings, formatted once when the block is fetched."""
        key = self._keys[row]
        found = self._cache.get(key)
        if found is not None:
            return found
        start = (row // BLOCK) * BLOCK
        block = [k for k in self._keys[start : start + BLOCK] if k not in self._cache]
        for fetched_key, person in self._fetch_rows(block).items():
            self._cache[fetched_key] = (person, [self._display(person, c) for c, _ in COLUMNS])
        while len(self._cache) > CACHE_LIMIT:
            self._cache.popitem(last=False)
        return self._cache.get(key)

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and 0 <= section < len(COLUMNS) and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PeopleModel", str(COLUMNS[section][1]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called several times per visible cell and repaint: the cheapest checks come first.
        if role not in _SERVED_ROLES or not index.isValid():
            return None
        row = index.row()
        if row >= len(self._keys):
            return None
        found = self._row(row)
        if found is None:
            return None  # archived meanwhile; the next refresh drops it
        if role == PERSON_ID_ROLE:
            return found[0].id
        return found[1][index.column()]

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
