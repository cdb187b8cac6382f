"""The bulk insert of a pull stores exactly what SQLAlchemy's insert stores, for every synced
table and the history: the same text for times, dates and JSON, the same defaults."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import JSON, Boolean, Date, Integer, LargeBinary, Table, delete, insert, select
from sqlalchemy.orm import Session

from counsellor_app.storage.bulk import insert_rows
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import ChangeLog, UTCDateTime
from counsellor_app.sync.apply import synced_models

TABLES = [m.__table__ for m in synced_models().values()] + [ChangeLog.__table__]  # type: ignore[attr-defined]


def _value(column: Any) -> Any:
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return datetime(2026, 11, 22, 9, 30, 1, 250, tzinfo=UTC)
    if isinstance(kind, Date):
        return date(2026, 11, 22)
    if isinstance(kind, JSON):
        return {"langues": ["fr", "ar"], "note": "élevé", "n": 3}
    if isinstance(kind, Boolean):
        return True
    if isinstance(kind, Integer):
        return 7
    if isinstance(kind, LargeBinary):
        return b"\x00\x01\xff"
    return "Sidibé ١٢"


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_the_bulk_insert_stores_what_sqlalchemy_stores(db: Database, table: Table) -> None:
    key = "id" if "id" in table.c else "change_id"
    full = {c.name: _value(c) for c in table.columns if c.name != "seq"}  # seq: the database's
    full[key] = "row-under-test"
    with_defaults = {
        name: value for name, value in full.items() if name == key or table.c[name].default is None
    }
    nulls = {**full, **{n: None for n in full if table.c[n].nullable}}
    # One transaction, rolled back: the rows' references lead nowhere.
    with db.engine.connect() as connection, connection.begin() as transaction:
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        for row in (full, with_defaults, nulls):
            stored = []
            for write in ("sqlalchemy", "bulk"):
                if write == "sqlalchemy":
                    connection.execute(insert(table), [row])
                else:
                    insert_rows(Session(bind=connection), table, [row])
                found = dict(
                    connection.execute(select(table).where(table.c[key] == "row-under-test"))
                    .one()
                    ._mapping
                )
                raw = connection.exec_driver_sql(
                    f'SELECT * FROM "{table.name}" WHERE "{key}" = ?', ("row-under-test",)
                ).one()
                stored.append((found, tuple(raw)))
                connection.execute(delete(table).where(table.c[key] == "row-under-test"))
            (orm_read, orm_raw), (bulk_read, bulk_raw) = stored
            if table.name == "change_log":  # its own sequence number moves on
                orm_read.pop("seq"), bulk_read.pop("seq")
                orm_raw, bulk_raw = orm_raw[1:], bulk_raw[1:]
            assert bulk_raw == orm_raw  # the same stored text
            assert bulk_read == orm_read  # and read back the same
        transaction.rollback()
