"""Many rows in, and long id lists out, at the cost of the database rather than the driver.

A push of 250 operations writes some 750 rows and looks up hundreds of ids. Through
SQLAlchemy's ``executemany`` each row is a pipelined statement with its values adapted one by
one, and each ``IN`` list of a new length is a new query text to parse: together more than
half of the server's time. On PostgreSQL the rows go in one ``COPY`` and an id list is one
array parameter (``= ANY``); SQLite, the single-site trial, keeps the portable forms.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import orjson
from sqlalchemy import JSON, ColumnElement, String, Table, any_, bindparam, insert
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session


def is_postgresql(session: Session) -> bool:
    bind = session.get_bind()
    return bind.dialect.name == "postgresql"


def among(session: Session, column: Any, values: Iterable[str]) -> ColumnElement[bool]:
    """``column IN values``: a single array parameter on PostgreSQL, so every call shares one
    prepared query text whatever the number of values."""
    listed = list(values)
    if is_postgresql(session):
        return column == any_(bindparam(None, listed, type_=ARRAY(String)))  # type: ignore[no-any-return]
    return column.in_(listed)  # type: ignore[no-any-return]


def _json_text(value: Any) -> str:
    return orjson.dumps(value).decode()


def insert_many(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert rows that all name the same columns, in the session's transaction."""
    if not rows:
        return
    if not is_postgresql(session):
        session.execute(insert(table), list(rows))
        return
    names = list(rows[0])
    as_json = [isinstance(table.c[name].type, JSON) for name in names]
    driver = session.connection().connection.driver_connection
    columns = ", ".join(f'"{name}"' for name in names)
    sql = f'COPY "{table.name}" ({columns}) FROM STDIN'
    with driver.cursor() as cursor, cursor.copy(sql) as copy:  # type: ignore[union-attr]
        for row in rows:
            copy.write_row(
                [
                    _json_text(row[name]) if json else row[name]
                    for name, json in zip(names, as_json, strict=True)
                ]
            )
