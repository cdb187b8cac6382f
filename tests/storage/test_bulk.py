"""The bulk insert of a pull stores exactly what SQLAlchemy's insert stores, for every synced
table and the history: the same text for times, dates and JSON, the same defaults. Both roads:
from Python values, and from the JSON values a pulled record carries."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import JSON, Boolean, Date, Integer, LargeBinary, Table, delete, insert, select
from sqlalchemy.orm import Session

from counsellor_app.storage.bulk import insert_rows, insert_stored, stored_from_json
from counsellor_app.storage.database import Database
from counsellor_app.storage.history import jsonable
from counsellor_app.storage.models import ChangeLog, UserAccount, UTCDateTime, this_agency_id
from counsellor_app.sync.apply import apply_page, prepare_page, synced_models

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
            for write in ("sqlalchemy", "bulk", "from_json"):
                if write == "sqlalchemy":
                    connection.execute(insert(table), [row])
                elif write == "bulk":
                    insert_rows(Session(bind=connection), table, [row])
                else:  # as a pull has it: JSON values, with a field this app does not know
                    pulled = {**{n: jsonable(v) for n, v in row.items()}, "newer_field": 1}
                    insert_stored(
                        Session(bind=connection), table, [stored_from_json(table, pulled)]
                    )
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
            (orm_read, orm_raw), *others = stored
            if table.name == "change_log":  # its own sequence number moves on
                orm_read.pop("seq")
                orm_raw = orm_raw[1:]
            for bulk_read, bulk_raw in others:
                if table.name == "change_log":
                    bulk_read.pop("seq")
                own = bulk_raw[1:] if table.name == "change_log" else bulk_raw
                assert own == orm_raw  # the same stored text
                assert bulk_read == orm_read  # and read back the same
        transaction.rollback()


@pytest.mark.parametrize(
    ("sent", "stored"),
    [
        ("2026-11-22T09:30:01.000250+00:00", "2026-11-22 09:30:01.000250"),
        ("2026-11-22T09:30:01+00:00", "2026-11-22 09:30:01.000000"),
        ("2026-11-22T10:30:01.5+01:00", "2026-11-22 09:30:01.500000"),
    ],
)
def test_a_pulled_time_is_stored_in_utc_whatever_its_written_form(sent: str, stored: str) -> None:
    table = ChangeLog.__table__  # type: ignore[attr-defined]
    assert stored_from_json(table, {"at": sent})["at"] == stored


@pytest.mark.parametrize(("name", "value"), [("at", "22/11/2026 09:30"), ("at", "2026-11-22")])
def test_a_malformed_pulled_time_is_refused_not_stored(name: str, value: str) -> None:
    with pytest.raises(ValueError):
        stored_from_json(ChangeLog.__table__, {name: value})  # type: ignore[arg-type]


@pytest.mark.parametrize("prepared", [False, True], ids=["as_pulled", "prepared_ahead"])
def test_a_pulled_record_never_sets_what_belongs_to_this_pc_alone(
    db: Database, prepared: bool
) -> None:
    sent_at = "2026-11-20T08:00:00.000000+00:00"
    with db.unit_of_work(None) as session:
        fields = {
            "agency_id": this_agency_id(session), "username": "amina", "display_name": "Amina",
            "role": "counsellor", "active": True, "must_change_password": False,
            "created_at": sent_at, "updated_at": sent_at,
            # This PC's own bookkeeping, which another PC's copy must not overwrite:
            "last_login_at": sent_at, "server_version": 99, "dirty": True,
        }  # fmt: skip
        change = {"server_seq": 1, "entity": "user_account", "entity_id": "account-under-test",
                  "person_id": None, "version": 3, "fields": fields}  # fmt: skip
        if prepared:  # as the sync does, on the thread that fetched the page
            prepare_page([change])
        apply_page(session, [change], 1)
    with db.reader() as session:
        account = session.get(UserAccount, "account-under-test")
        assert account is not None and account.username == "amina"
        assert account.last_login_at is None
        assert (account.server_version, account.dirty) == (3, False)
