"""Many rows into one table through the driver, as SQLite stores them.

A first pull writes a whole agency (a million rows): SQLAlchemy's per-value processing of an
``insert()`` costs more than SQLite's own work. Here each column's Python value becomes its
stored form in one small function, the columns' defaults are filled as SQLAlchemy fills them,
and the rows go in one ``executemany``. A test holds every synced table to store exactly what
SQLAlchemy stores.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Integer, LargeBinary, Table
from sqlalchemy.orm import Session

from counsellor_app.storage.models import UTCDateTime

Store = Callable[[Any], Any]


def _time(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("naive datetime refused: store UTC")
    # SQLAlchemy's SQLite form: naive UTC, a space, always the microseconds.
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _day(value: date | str) -> str:
    return value if isinstance(value, str) else value.isoformat()


def _flag(value: Any) -> int:
    return 1 if value else 0


def _store(kind: Any) -> Store | None:
    """How a column's Python value is stored (None: as it is)."""
    if isinstance(kind, UTCDateTime):
        return _time
    if isinstance(kind, Date):
        return _day
    if isinstance(kind, JSON):
        return json.dumps  # JSON null for None, as the type's default
    if isinstance(kind, Boolean):
        return _flag
    if isinstance(kind, Integer):
        return int
    if isinstance(kind, LargeBinary):
        return bytes
    return None


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


def insert_rows(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (column name → Python value) in the session's transaction. A column no
    row names and without a default is left to the database (an autoincrement key)."""
    if not rows:
        return
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
