"""The one database writer: services' units of work run on its thread, in the order asked,
with the caller's context (the screen a save is made for), and a guarded thread that would
wait for a write is refused before anything is written."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from counsellor_app.core.problems import DomainError
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.people import PeopleService
from counsellor_app.storage import changes
from counsellor_app.storage.changes import ChangeSet
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import Person
from counsellor_app.storage.writer import (
    WriteOnGuiThread,
    WriterClosed,
    blocking_writes_allowed,
    forbid_blocking_writes,
    wait_on_thread_with,
)
from tests.conftest import letters, person


@pytest.fixture
def published(db: Database) -> Iterator[list[tuple[ChangeSet, threading.Thread]]]:
    """Each change set the database publishes, with the thread that committed it."""
    seen: list[tuple[ChangeSet, threading.Thread]] = []
    unsubscribe = db.changes.subscribe(lambda c: seen.append((c, threading.current_thread())))
    yield seen
    unsubscribe()


def test_a_service_save_commits_on_the_writer_thread_tagged_for_its_screen(
    db: Database,
    people: PeopleService,
    published: list[tuple[ChangeSet, threading.Thread]],
) -> None:
    screen = object()
    with changes.made_for(screen):
        person_id = people.register(person(email=""))
    people.update(person_id, person(email="awa@example.ma"))
    assert [thread for _change, thread in published] == [db.writer.thread, db.writer.thread]
    assert published[0][0].source is screen  # the context travelled with the job
    assert published[1][0].source is None
    assert person_id in published[1][0].people
    assert people.get(person_id).data.email == "awa@example.ma"


def test_saves_from_many_threads_are_queued_and_none_is_lost(
    db: Database, people: PeopleService
) -> None:
    """Eight threads each register five people and edit them at once: no "database is
    locked", every write kept."""
    failures: list[BaseException] = []
    made: list[str] = []

    def counsellor(n: int) -> None:
        try:
            for i in range(5):
                person_id = people.register(person(last_name=f"Sow{letters(n * 5 + i)}"), True)
                people.update(person_id, person(email=f"p{n}{i}@example.ma"))
                made.append(person_id)
        except BaseException as exc:  # handed to the test, which fails with it
            failures.append(exc)

    threads = [threading.Thread(target=counsellor, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert len(set(made)) == 40
    assert sorted(people.get(p).data.email for p in made) == sorted(
        f"p{n}{i}@example.ma" for n in range(8) for i in range(5)
    )


def test_a_submitted_write_gives_its_result_or_its_error_through_a_future(
    db: Database, people: PeopleService
) -> None:
    done = db.submit(lambda: people.register(person(last_name="Keita")))
    person_id = done.result(timeout=30)
    assert people.get(person_id).data.last_name == "Keita"
    refused = db.submit(lambda: people.update("no-such-person", person()))
    with pytest.raises(DomainError):
        refused.result(timeout=30)


def test_a_guarded_thread_that_would_wait_for_a_write_is_refused_and_nothing_is_written(
    db: Database, people: PeopleService, user: CurrentUser
) -> None:
    """The guard names the code that asked (here this module, standing for ui/); submitting
    without waiting stays open to the guarded thread, as the UI's operations helper does."""
    person_id = people.register(person(email=""))
    wait_on_thread_with(None, None)  # no waiter left by a UI test run before: the bare guard
    forbid_blocking_writes(threading.current_thread(), (__name__,))
    try:
        with pytest.raises(WriteOnGuiThread, match=__name__):
            people.update(person_id, person(email="lost@example.ma"))
        with pytest.raises(WriteOnGuiThread), db.unit_of_work(user.id):
            pass
        with blocking_writes_allowed():  # opening and closing a database: once, before paint
            db.optimize()
        done = db.submit(lambda: people.update(person_id, person(email="kept@example.ma")))
        done.result(timeout=30)
    finally:
        forbid_blocking_writes(None, ())
    assert people.get(person_id).data.email == "kept@example.ma"


def test_a_transaction_opened_on_another_thread_waits_for_the_writer_s_turn(
    db: Database, people: PeopleService, user: CurrentUser
) -> None:
    """A unit of work opened directly (the sync's pages) and a service save queue behind one
    another: the save runs only once the open transaction has ended."""
    person_id = people.register(person(email="", phone="0612345678"))
    order: list[str] = []
    opened = threading.Event()

    def save() -> None:
        opened.wait()
        people.update(person_id, person(email="salma@example.ma", phone="0612345678"))
        order.append("save")

    saver = threading.Thread(target=save)
    saver.start()
    with db.unit_of_work(user.id) as session:
        row = session.get(Person, person_id)
        assert row is not None
        opened.set()
        saver.join(0.5)  # the save cannot run now; its thread is still waiting for its turn
        assert saver.is_alive()
        row.phone_e164 = "+212699887766"
        order.append("pull")
    saver.join()
    assert order == ["pull", "save"]


def test_a_closed_database_refuses_new_writes(db: Database, people: PeopleService) -> None:
    other = Database(db.paths, db.key)
    other.close()
    assert not other.writer.thread.is_alive()
    with pytest.raises(WriterClosed):
        other.submit(lambda: None)
