"""The encrypted file, its settings, the change history and the key store."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from counsellor_app.core.clock import utc_now
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.storage.database import Database
from counsellor_app.storage.engine import WrongKey, open_engine
from counsellor_app.storage.keystore import (
    FAST_KDF_FOR_TESTS,
    AccountLocked,
    Keystore,
    WrongCredentials,
    format_recovery_key,
    new_database_key,
    parse_recovery_key,
)
from counsellor_app.storage.models import ChangeLog, Person
from counsellor_app.storage.paths import DataPaths
from tests.conftest import person


def test_plain_sqlite_cannot_read_the_file(db: Database) -> None:
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(db.paths.database).execute("SELECT * FROM sqlite_master").fetchall()


def test_wrong_key_is_refused(paths: DataPaths) -> None:
    with pytest.raises(WrongKey):
        open_engine(paths.database, new_database_key())


def test_connection_settings(db: Database) -> None:
    with db.engine.connect() as connection:
        pragma = lambda name: connection.execute(text(f"PRAGMA {name}")).scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("secure_delete") == 1
        assert pragma("cipher_version")


def test_a_replayable_unit_writes_without_flushing_and_gives_the_connection_back_whole(
    db: Database,
) -> None:
    """A pulled page commits without the flush to disk; every connection handed out later,
    even after a unit that failed at commit, flushes again (synchronous = FULL, 2)."""
    from counsellor_app.storage.models import LocalSetting

    with db.replayable_unit_of_work(None) as session:
        assert session.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
        session.merge(LocalSetting(key="sync.cursor", value="7"))
    assert db.local_setting("sync.cursor") == "7"
    with (
        pytest.raises(Exception, match="FOREIGN KEY"),
        db.replayable_unit_of_work(None) as session,
    ):
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
        session.merge(LocalSetting(key="sync.cursor", value="8"))
        session.execute(  # refused at commit: an account of no agency
            text("UPDATE user_account SET agency_id = 'no-such-agency' WHERE 1")
        )
    assert db.local_setting("sync.cursor") == "7"  # nothing of the failed unit
    connections = [db.engine.connect() for _ in range(8)]  # every pooled connection
    try:
        assert {c.exec_driver_sql("PRAGMA synchronous").scalar() for c in connections} == {2}
    finally:
        for connection in connections:
            connection.close()


def test_every_change_is_in_the_history_in_the_same_transaction(
    people: object, db: Database, user: CurrentUser
) -> None:
    from counsellor_app.services.people import PeopleService

    assert isinstance(people, PeopleService)
    person_id = people.register(person())
    people.update(person_id, person(first_name="Mamadu", phone=""))
    with db.reader() as session:
        entries = session.scalars(
            select(ChangeLog).where(ChangeLog.entity_id == person_id).order_by(ChangeLog.seq)
        ).all()
    assert [e.action for e in entries] == ["create", "update"]
    assert entries[1].changes == {
        "first_name": ["Mamadou", "Mamadu"],
        "phone_e164": ["+212612345678", None],
    }
    assert entries[1].actor_id == user.id

    # A transaction that fails writes neither the change nor its history.
    before = _count(db)
    with pytest.raises(RuntimeError), db.unit_of_work(user.id) as session:
        record = session.get(Person, person_id)
        assert record is not None
        record.first_name = "Rolled back"
        session.flush()
        raise RuntimeError("power cut")
    assert _count(db) == before
    with db.reader() as session:
        assert session.get(Person, person_id).first_name == "Mamadu"  # type: ignore[union-attr]


def test_records_are_archived_never_deleted(
    people: object, db: Database, user: CurrentUser
) -> None:
    from counsellor_app.services.people import PeopleService

    assert isinstance(people, PeopleService)
    person_id = people.register(person())
    with pytest.raises(RuntimeError, match="archived"), db.unit_of_work(user.id) as session:
        session.delete(session.get(Person, person_id))
    with db.unit_of_work(user.id) as session:
        session.get(Person, person_id).deleted_at = utc_now()  # type: ignore[union-attr]
    with db.reader() as session:
        last = session.scalars(select(ChangeLog).order_by(ChangeLog.seq.desc())).first()
    assert last is not None and last.action == "archive"


def _count(db: Database) -> int:
    with db.reader() as session:
        return int(session.scalar(select(func.count()).select_from(ChangeLog)) or 0)


def test_key_store_wraps_unwraps_and_locks(tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    key = new_database_key()
    store = Keystore(tmp_path / "keys.json")
    store.set_password("Amina", "Rabat-Agdal-2026!", key, FAST_KDF_FOR_TESTS)
    now = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
    reloaded = Keystore.load(tmp_path / "keys.json")
    assert reloaded.unlock("amina", "Rabat-Agdal-2026!", now) == key
    for attempt in range(4):
        with pytest.raises(WrongCredentials):
            reloaded.unlock("amina", f"wrong-{attempt}", now)
    with pytest.raises(AccountLocked) as locked:
        reloaded.unlock("amina", "wrong-again", now)
    assert locked.value.until == now + timedelta(minutes=5)
    with pytest.raises(AccountLocked):  # even the right password waits
        Keystore.load(tmp_path / "keys.json").unlock("amina", "Rabat-Agdal-2026!", now)
    later = now + timedelta(minutes=6)
    assert Keystore.load(tmp_path / "keys.json").unlock("amina", "Rabat-Agdal-2026!", later) == key
    with pytest.raises(WrongCredentials):
        reloaded.unlock("nobody", "x", now)
    assert b"Rabat" not in (tmp_path / "keys.json").read_bytes()


def test_recovery_key_round_trip_tolerates_typing() -> None:
    key = new_database_key()
    shown = format_recovery_key(key)
    assert parse_recovery_key(shown) == key
    assert parse_recovery_key(shown.lower().replace("-", " ")) == key
    with pytest.raises(WrongCredentials):
        parse_recovery_key("ABCD-EFGH")
