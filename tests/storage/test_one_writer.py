"""One writer: a save that read before a background commit waits for it instead of failing
with "database is locked", and nothing either of them wrote is lost."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import select

from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.people import PeopleService
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import ChangeLog, Person
from tests.conftest import person

# How long the save waits to see the background commit land between its read and its write.
# With one writer the background work cannot commit inside the save's transaction, so the save
# gives up waiting after this and writes; without it, the commit lands and the write failed.
CHANCE_FOR_THE_BACKGROUND = 1.5


@pytest.fixture(params=["same process", "second connection"])
def background(request: pytest.FixtureRequest, db: Database) -> Iterator[Database]:
    """The background writer: a thread of this process (the sync worker, a backup), or a second
    set of connections to the file, as another program would hold."""
    if request.param == "same process":
        yield db
        return
    other = Database(db.paths, db.key)
    try:
        yield other
    finally:
        other.close()


def _run(target: Callable[[], None], failures: list[BaseException]) -> threading.Thread:
    def guarded() -> None:
        try:
            target()
        except BaseException as exc:  # handed to the test, which fails with it
            failures.append(exc)

    thread = threading.Thread(target=guarded)
    thread.start()
    return thread


def test_a_save_that_read_before_a_background_commit_waits_and_both_are_kept(
    people: PeopleService, db: Database, user: CurrentUser, background: Database
) -> None:
    person_id = people.register(person(phone="0612345678", email=""))
    read, committed = threading.Event(), threading.Event()
    failures: list[BaseException] = []

    def save() -> None:  # the form's save: reads the row, then writes it
        with db.unit_of_work(user.id) as session:
            row = session.get(Person, person_id)
            assert row is not None
            read.set()
            committed.wait(CHANCE_FOR_THE_BACKGROUND)
            row.email = "salma@example.ma"

    def pull() -> None:  # a background unit of work changing another field of the same row
        read.wait()
        with background.unit_of_work(None) as session:
            row = session.get(Person, person_id)
            assert row is not None
            row.phone_e164 = "+212699887766"
        committed.set()

    threads = [_run(save, failures), _run(pull, failures)]
    for thread in threads:
        thread.join()
    assert failures == []
    with db.reader() as session:
        row = session.get(Person, person_id)
        assert row is not None
        # The pull waited for the save, then read its result: both values are there.
        assert (row.email, row.phone_e164) == ("salma@example.ma", "+212699887766")
        fields = [
            sorted(c.changes)
            for c in session.scalars(
                select(ChangeLog).where(ChangeLog.entity_id == person_id).order_by(ChangeLog.at)
            )
        ]
    assert ["email"] in fields and ["phone_e164"] in fields


def test_reads_are_not_held_up_by_a_write_transaction(db: Database, people: PeopleService) -> None:
    """Only writes queue: a reader sees the last committed state while a unit of work is open."""
    person_id = people.register(person(email=""))
    with db.unit_of_work(None) as session:
        row = session.get(Person, person_id)
        assert row is not None
        row.email = "new@example.ma"
        session.flush()
        seen: list[str | None] = []
        reader = threading.Thread(target=lambda: seen.append(people.get(person_id).data.email))
        reader.start()
        reader.join()
    assert seen == [""]  # the committed value, not the one being written
    assert people.get(person_id).data.email == "new@example.ma"


def test_a_write_transaction_inside_another_on_one_thread_is_refused_at_once(
    db: Database, people: PeopleService
) -> None:
    """It would wait for itself (SQLite's write lock is the outer one's): a bug, said at once."""
    person_id = people.register(person(email=""))
    with pytest.raises(RuntimeError, match="inside another"), db.unit_of_work(None) as outer:
        row = outer.get(Person, person_id)
        assert row is not None
        row.email = "lost@example.ma"
        with db.unit_of_work(None):
            pass
    assert people.get(person_id).data.email == ""  # the outer one was rolled back whole
    with db.unit_of_work(None) as session:  # and the writer is free again
        row = session.get(Person, person_id)
        assert row is not None
        row.email = "kept@example.ma"
    assert people.get(person_id).data.email == "kept@example.ma"
