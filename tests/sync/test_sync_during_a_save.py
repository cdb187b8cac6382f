"""A background sync against a real server runs while a save is under way on the same PC: the
pull waits for the save's transaction instead of making it fail, and both changes are kept."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from counsellor_app.storage.models import Person
from counsellor_app.sync.client import SyncReport
from tests.conftest import person
from tests.server_fixtures import Server
from tests.sync.conftest import Pc

# How long the save gives the sync to land between its read and its write (see
# tests/storage/test_one_writer.py): with one writer it cannot, and the save goes on.
CHANCE_FOR_THE_SYNC = 2.0


def _run(target: Callable[[], None], failures: list[BaseException]) -> threading.Thread:
    def guarded() -> None:
        try:
            target()
        except BaseException as exc:  # handed to the test, which fails with it
            failures.append(exc)

    thread = threading.Thread(target=guarded)
    thread.start()
    return thread


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_sync_pull_during_a_save_waits_and_nothing_is_lost(
    server: Server, make_pc: object
) -> None:
    here: Pc = make_pc("pc-a")  # type: ignore[operator]
    there: Pc = make_pc("pc-b")  # type: ignore[operator]
    person_id = here.people().register(person(last_name="Sow", email=""), confirmed_new=True)
    here.enrol(server)
    there.enrol(server)
    there.edit(person_id, phone="0662 22 33 44")  # a colleague's edit, waiting on the server
    there.sync()

    read, synced = threading.Event(), threading.Event()
    failures: list[BaseException] = []
    reports: list[SyncReport] = []

    def save() -> None:
        with here.db.unit_of_work(here.user.id) as session:
            row = session.get(Person, person_id)
            assert row is not None
            read.set()
            synced.wait(CHANCE_FOR_THE_SYNC)
            row.email = "sow@example.ma"

    def background_sync() -> None:
        read.wait()
        reports.append(here.sync())
        synced.set()

    threads = [_run(save, failures), _run(background_sync, failures)]
    for thread in threads:
        thread.join()
    assert failures == []
    assert reports[0].pulled >= 1  # the colleague's edit came in, after the save
    row = here.person(person_id)
    assert row is not None
    assert (row.email, row.phone_e164) == ("sow@example.ma", "+212662223344")

    assert here.sync().pending == 0  # the save's change reached the server
    there.sync()
    theirs = there.person(person_id)
    assert theirs is not None
    assert (theirs.email, theirs.phone_e164) == ("sow@example.ma", "+212662223344")
