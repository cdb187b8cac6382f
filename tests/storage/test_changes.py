"""The storage layer tells, once per committed unit of work, what it changed: kinds of record,
people, actor and origin, whichever road the rows took (ORM, bulk pull, erasure)."""

from __future__ import annotations

from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.people import PeopleService
from counsellor_app.storage import changes
from counsellor_app.storage.changes import ChangeSet
from counsellor_app.storage.database import Database
from counsellor_app.sync.apply import apply_page
from tests.conftest import person


def _listen(db: Database) -> list[ChangeSet]:
    heard: list[ChangeSet] = []
    db.changes.subscribe(heard.append)
    return heard


def test_a_save_publishes_its_person_kinds_and_actor_once(
    db: Database, user: CurrentUser, people: PeopleService
) -> None:
    heard = _listen(db)
    person_id = people.register(person())
    assert len(heard) == 1
    created = heard[0]
    assert created.people == {person_id}
    assert {"person", "identity_document"} <= created.kinds
    assert (created.actor, created.origin) == (user.id, changes.SAVE)
    assert "outbox_op" not in created.kinds and "local_setting" not in created.kinds

    people.update(person_id, person(email="mamadou@example.org"))
    assert len(heard) == 2
    assert heard[1].people == {person_id} and "person" in heard[1].kinds
    assert heard[1].concerns(("person",), person_id)
    assert not heard[1].concerns(("appointment",), person_id)
    assert not heard[1].concerns((), "someone-else")


def test_a_rolled_back_unit_of_work_publishes_nothing(db: Database, people: PeopleService) -> None:
    person_id = people.register(person())
    heard = _listen(db)
    try:
        with db.unit_of_work(None) as session:
            from counsellor_app.storage.models import Person

            found = session.get(Person, person_id)
            assert found is not None
            found.email = "lost@example.org"
            session.flush()
            raise RuntimeError("the save fails after its flush")
    except RuntimeError:
        pass
    assert heard == []
    with db.unit_of_work(None):
        pass  # an empty unit of work tells nothing, and nothing left over from the failed one
    assert heard == []


def test_a_pulled_page_publishes_the_people_its_bulk_writes_touched(
    db: Database, people: PeopleService
) -> None:
    updated = people.register(person())
    heard = _listen(db)
    with db.replayable_unit_of_work(None) as session:
        apply_page(
            session,
            [
                {
                    "server_seq": 1,
                    "entity": "person",
                    "entity_id": updated,
                    "person_id": updated,
                    "version": 7,
                    "fields": {"email": "from.elsewhere@example.org"},
                },
            ],
            1,
        )
    assert len(heard) == 1
    pulled = heard[0]
    assert pulled.origin == changes.PULL and pulled.actor is None
    assert pulled.people == {updated}
    assert "person" in pulled.kinds and "change_log" in pulled.kinds


def test_an_erasure_publishes_the_erased_person_and_every_kind_about_people(
    db: Database, people: PeopleService
) -> None:
    kept, erased = (
        people.register(person()),
        people.register(
            person(last_name="Camara", first_name="Aissata", sex="female", phone="", documents=()),
            confirmed_new=True,
        ),
    )
    heard = _listen(db)
    with db.unit_of_work(None) as session:
        apply_page(session, [], 1, erasures=[erased])
    assert len(heard) == 1
    assert heard[0].people == {erased} and kept not in heard[0].people
    assert {"person", "identity_document", "appointment", "change_log"} <= heard[0].kinds
    assert heard[0].origin == changes.PULL  # the sync brought it

    with db.unit_of_work(None) as session:
        from counsellor_app.storage.erasure import erase_person

        erase_person(session, kept)
    assert heard[1].origin == changes.ERASURE and heard[1].people == {kept}
    assert heard[0].removed == {erased} and heard[1].removed == {kept}


def test_a_failing_subscriber_never_undoes_the_commit_nor_silences_the_others(
    db: Database, people: PeopleService
) -> None:
    def broken(_change: ChangeSet) -> None:
        raise RuntimeError("a screen's bug")

    db.changes.subscribe(broken)
    heard = _listen(db)
    person_id = people.register(person())
    assert heard and heard[0].people == {person_id}
    assert people.get(person_id) is not None
