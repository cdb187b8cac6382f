"""Many rows into one table through the driver, as SQLite stores them.

A first pull writes a whole agency (a million rows): SQLAlchemy's per-value processing of an
``insert()`` costs more than SQLite's own work. Here each column's Python value becomes its
stored form in one small function, the columns' defaults are filled as SQLAlchemy fills them,
and the rows go in one ``executemany``. Pulled records skip the Python values altogether: their
JSON values become stored forms directly (``stored_from_json``). A test holds every synced
table to store exactly what SQLAlchemy stores, by both roads.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Integer, LargeBinary, Table
from sqlalchemy.orm import Session

from counsellor_app.storage import changes
from counsellor_app.storage.models import UTCDateTime

Store = Callable[[Any], Any]


def stored_time(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("naive datetime refused: store UTC")
    # SQLAlchemy's SQLite form: naive UTC, a space, always the microseconds.
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _day(value: date | str) -> str:
    return value if isinstance(value, str) else value.isoformat()


def _flag(value: Any) -> int:
    return 1 if value else 0


def json_text(value: Any) -> str:
    """A JSON column's stored text, as SQLAlchemy writes it (the standard encoder)."""
    if value == {}:  # most pulled records' empty data and history of a creation
        return "{}"
    if value == []:
        return "[]"
    return json.dumps(value)


def _json_time(value: str) -> str:
    moment = datetime.fromisoformat(value)  # refuses a malformed time
    if len(value) == 32 and value.endswith("+00:00"):  # UTC with microseconds, as PCs send
        return f"{value[:10]} {value[11:26]}"
    return stored_time(moment)


def _json_day(value: str) -> str:
    return date.fromisoformat(value).isoformat()  # refuses a malformed date


def _store(kind: Any) -> Store | None:
    """How a column's Python value is stored (None: as it is)."""
    if isinstance(kind, UTCDateTime):
        return stored_time
    if isinstance(kind, Date):
        return _day
    if isinstance(kind, JSON):
        return json_text  # JSON null for None, as the type's default
    if isinstance(kind, Boolean):
        return _flag
    if isinstance(kind, Integer):
        return int
    if isinstance(kind, LargeBinary):
        return bytes
    return None


def _from_json(kind: Any) -> Store | None:
    """How a column's JSON value (as synchronisation carries it) is stored (None: as it is)."""
    if isinstance(kind, UTCDateTime):
        return _json_time
    if isinstance(kind, Date):
        return _json_day
    if isinstance(kind, LargeBinary):
        return base64.b64decode
    if isinstance(kind, Integer | Boolean | JSON):
        return _store(kind)
    return None


_FROM_JSON: dict[str, dict[str, tuple[Store | None, str | None]]] = {}


def stored_from_json(
    table: Table, fields: Mapping[str, Any], leave_out: Collection[str] = ()
) -> dict[str, Any]:
    """A pulled record's fields in the form ``insert_stored`` takes; fields this copy does
    not know (a newer app's) are left out, and so are ``leave_out``."""
    plan = _FROM_JSON.get(table.name)
    if plan is None:  # per column: how a value is stored, and how None is (JSON's null)
        plan = _FROM_JSON[table.name] = {
            c.name: (_from_json(c.type), "null" if isinstance(c.type, JSON) else None)
            for c in table.columns
        }
    stored: dict[str, Any] = {}
    for name, value in fields.items():
        column = plan.get(name)
        if column is None:
            continue
        convert, null = column
        if value is None:
            stored[name] = null
        elif convert is None:
            stored[name] = value
        else:
            stored[name] = convert(value)
    for name in leave_out:
        stored.pop(name, None)
    return stored


@dataclass(frozen=True)
class _Column:
    name: str
    store: Store | None
    default: Callable[[], Any] | None
    keeps_none: bool  # None is stored as NULL (every type but JSON)


def _columns(table: Table) -> list[_Column]:
    found = []
    for column in table.columns:
        default: Callable[[], Any] | None = None
        if column.default is not None:
            arg = column.default.arg  # type: ignore[attr-defined]
            if column.default.is_callable:
                default = lambda arg=arg: arg(None)  # noqa: E731 (SQLAlchemy passes a context)
            else:
                default = lambda arg=arg: arg  # noqa: E731
        found.append(
            _Column(
                column.name,
                _store(column.type),
                default,
                keeps_none=not isinstance(column.type, JSON),
            )
        )
    return found


_PLANS: dict[str, list[_Column]] = {}


def _missing(column: _Column) -> Any:
    """The stored value of a column a row leaves out: its default, as SQLAlchemy fills it."""
    value = column.default() if column.default is not None else None
    if column.store is not None and not (value is None and column.keeps_none):
        value = column.store(value)
    return value


def insert_rows(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (column name → Python value) in the session's transaction. A column no
    row names and without a default is left to the database (an autoincrement key)."""
    _insert(session, table, rows, convert=True)


def insert_stored(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert rows whose values are in stored form already (``stored_from_json``, or plain
    values stored as they are: text, integers); missing columns get their defaults."""
    _insert(session, table, rows, convert=False)


def _insert(
    session: Session, table: Table, rows: Sequence[Mapping[str, Any]], convert: bool
) -> None:
    if not rows:
        return
    # The ORM does not see these rows: say what they are, for the screens (storage.changes).
    key = "id" if table.name == "person" else "person_id"
    changes.note(session, (table.name,), {row.get(key) for row in rows})
    plan = _PLANS.get(table.name)
    if plan is None:
        plan = _PLANS[table.name] = _columns(table)
    named: set[str] = set()
    for row in rows:
        named.update(row)
    used = [c for c in plan if c.name in named or c.default is not None]
    names = ", ".join('"' + c.name + '"' for c in used)
    marks = ", ".join("?" for _ in used)
    sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})'

    params = []
    every = [c.name for c in used]
    if not convert:  # stored values as they are; a column a row does not name gets its default
        for row in rows:
            if len(row) == len(every):  # names every column: nothing to fill
                params.append(tuple([row[name] for name in every]))
            else:
                params.append(tuple([row[c.name] if c.name in row else _missing(c) for c in used]))
        session.connection().exec_driver_sql(sql, params)
        return
    for row in rows:
        values = []
        for column in used:
            if column.name in row:
                value = row[column.name]
            elif column.default is not None:
                value = column.default()
            else:
                value = None
            if column.store is not None and not (value is None and column.keeps_none):
                value = column.store(value)
            values.append(value)
        params.append(tuple(values))
    session.connection().exec_driver_sql(sql, params)
