"""A form saved over a profile that changed since it was opened never reverts what it did not
touch (issue 21): the colleague's pulled phone survives the counsellor's e-mail edit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy import update as sql_update

from counsellor_app.core.hlc import Hlc
from counsellor_app.core.merge import EditConflict
from counsellor_app.core.person import IdentityDocumentInput
from counsellor_app.core.person_merge import document_key
from counsellor_app.core.roles import Role
from counsellor_app.services.accounts import Workspace
from counsellor_app.services.people import PeopleService
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import (
    ChangeLog,
    Consent,
    IdentityDocument,
    LocalSetting,
    OutboxOp,
    Person,
)
from counsellor_app.storage.outbox import CLOCK_KEY, DEVICE_KEY
from tests.conftest import person
from tests.services.pulls import pull_edit
from tests.services.test_sensitive import colleague

NEWER_PHONE = "+212611223344"


def today() -> date:  # the services' clock, as the fixtures set it
    return date(2026, 11, 22)


def _history(db: Database, person_id: str) -> list[tuple[str | None, dict[str, list[object]]]]:
    """(actor, changes) of each update of the person row, oldest first."""
    with db.reader() as session:
        return [
            (e.actor_id, e.changes)
            for e in session.scalars(
                select(ChangeLog)
                .where(ChangeLog.entity == "person", ChangeLog.entity_id == person_id)
                .where(ChangeLog.action == "update")
                .order_by(ChangeLog.seq)
            )
        ]


def _stored(db: Database, person_id: str) -> Person:
    with db.reader() as session:
        found = session.get(Person, person_id)
        assert found is not None
        session.expunge(found)
        return found


@pytest.mark.parametrize("pull_first", [True, False], ids=["pull-then-edit", "edit-then-pull"])
def test_a_pulled_phone_survives_a_form_that_only_changed_the_email(
    db: Database, people: PeopleService, pull_first: bool
) -> None:
    person_id = people.register(person(), confirmed_new=True)
    opened = people.get(person_id)
    form = opened.data
    if pull_first:
        pull_edit(db, Person, person_id, person_id, phone_e164=NEWER_PHONE)
    form = replace(form, email="mamadou@example.org")  # typed while the pull lands, or before
    if not pull_first:
        pull_edit(db, Person, person_id, person_id, phone_e164=NEWER_PHONE)
    people.update(person_id, form, opened.opened)
    stored = _stored(db, person_id)
    assert (stored.phone_e164, stored.email) == (NEWER_PHONE, "mamadou@example.org")
    mine = [changes for actor, changes in _history(db, person_id) if actor == people._actor.id]
    assert mine == [{"email": ["", "mamadou@example.org"]}]


def test_without_the_opened_version_the_form_overwrites_as_before(
    db: Database, people: PeopleService
) -> None:
    """The case the version exists for: the same save with no version reverts the phone."""
    person_id = people.register(person(), confirmed_new=True)
    form = replace(people.get(person_id).data, email="mamadou@example.org")
    pull_edit(db, Person, person_id, person_id, phone_e164=NEWER_PHONE)
    people.update(person_id, form)
    assert _stored(db, person_id).phone_e164 == "+212612345678"


def test_the_same_field_changed_on_both_sides_is_asked_then_saved_as_chosen(
    db: Database, people: PeopleService
) -> None:
    person_id = people.register(person(), confirmed_new=True)
    opened = people.get(person_id)
    pull_edit(db, Person, person_id, person_id, phone_e164=NEWER_PHONE, email="a@example.org")
    form = replace(opened.data, phone="06 99 88 77 66", email="b@example.org")
    with pytest.raises(EditConflict) as raised:
        people.update(person_id, form, opened.opened)
    found = {
        c.field: (c.base_value, c.server_value, c.incoming_value) for c in raised.value.conflicts
    }
    assert found == {
        "phone_e164": ("+212612345678", NEWER_PHONE, "+212699887766"),
        "email": ("", "a@example.org", "b@example.org"),
    }
    assert _stored(db, person_id).phone_e164 == NEWER_PHONE  # nothing written meanwhile
    people.update(
        person_id, form, opened.opened, {"phone_e164": "+212699887766", "email": "a@example.org"}
    )
    stored = _stored(db, person_id)
    assert (stored.phone_e164, stored.email) == ("+212699887766", "a@example.org")


def test_a_choice_made_against_older_values_asks_again(db: Database, people: PeopleService) -> None:
    person_id = people.register(person(), confirmed_new=True)
    opened = people.get(person_id)
    pull_edit(db, Person, person_id, person_id, email="a@example.org")
    form = replace(opened.data, email="b@example.org")
    with pytest.raises(EditConflict):
        people.update(person_id, form, opened.opened)
    pull_edit(db, Person, person_id, person_id, email="c@example.org")  # a second pull
    with pytest.raises(EditConflict) as raised:
        people.update(person_id, form, opened.opened, {"email": "a@example.org"})
    assert raised.value.conflicts[0].server_value == "c@example.org"
    assert _stored(db, person_id).email == "c@example.org"


def test_documents_merge_field_by_field(db: Database, people: PeopleService) -> None:
    """A colleague renews the card's expiry; the counsellor corrects its number and adds a
    passport: both edits are kept, and neither side's document is lost."""
    person_id = people.register(person(), confirmed_new=True)
    opened = people.get(person_id)
    card = opened.data.documents[0]
    assert card.id is not None
    pull_edit(db, IdentityDocument, card.id, person_id, expires_on=date(2029, 6, 30))
    passport = IdentityDocumentInput("passport", "AB1234567", date(2030, 1, 1))
    form = replace(opened.data, documents=(replace(card, number="E123457"), passport))
    people.update(person_id, form, opened.opened)
    saved = {d.number: d.expires_on for d in people.get(person_id).data.documents}
    assert saved == {"E123457": date(2029, 6, 30), "AB1234567": date(2030, 1, 1)}


def test_a_document_removed_in_the_form_stays_removed_and_a_pulled_one_is_kept(
    db: Database, people: PeopleService
) -> None:
    person_id = people.register(person(), confirmed_new=True)
    opened = people.get(person_id)
    card = opened.data.documents[0]
    # Another PC adds a passport (pulled as a new record), then the form removes the card.
    other = people.get(person_id)
    people.update(
        person_id,
        replace(other.data, documents=(*other.data.documents,
                IdentityDocumentInput("passport", "AB1234567", date(2030, 1, 1)))),
        other.opened,
    )  # fmt: skip
    people.update(person_id, replace(opened.data, documents=()), opened.opened)
    kept = people.get(person_id).data.documents
    assert [d.number for d in kept] == ["AB1234567"]
    assert document_key(card.id or "") not in {document_key(d.id or "") for d in kept}


def test_two_windows_on_one_file_merge_as_a_pull_does(people: PeopleService, db: Database) -> None:
    """Another window of this PC (no pull at all) saved first: the same rule applies."""
    person_id = people.register(person(), confirmed_new=True)
    first, second = people.get(person_id), people.get(person_id)
    people.update(person_id, replace(first.data, address="12 rue Oukaimeden"), first.opened)
    people.update(person_id, replace(second.data, email="m@example.org"), second.opened)
    stored = _stored(db, person_id)
    assert (stored.address, stored.email) == ("12 rue Oukaimeden", "m@example.org")


@pytest.mark.parametrize(
    ("theirs", "mine"),
    [
        ({"phone_e164": NEWER_PHONE}, {"email": "m@example.org"}),
        ({"email": "m@example.org"}, {"phone": "06 11 22 33 44"}),
        ({"address": "Salé", "city_id": None}, {"skills": "Cuisine, service en salle"}),
    ],
    ids=["pulled-phone-typed-email", "pulled-email-typed-phone", "pulled-address-typed-skills"],
)
def test_either_field_either_side(
    db: Database, people: PeopleService, theirs: dict[str, object], mine: dict[str, object]
) -> None:
    person_id = people.register(person(), confirmed_new=True)
    opened = people.get(person_id)
    pull_edit(db, Person, person_id, person_id, **theirs)
    people.update(person_id, replace(opened.data, **mine), opened.opened)  # type: ignore[arg-type]
    stored = _stored(db, person_id)
    for name, value in theirs.items():
        assert getattr(stored, name) == value
    written = {name: getattr(stored, "phone_e164" if name == "phone" else name) for name in mine}
    expected = {n: "+212611223344" if n == "phone" else v for n, v in mine.items()}
    assert written == expected
    [entry] = [changes for actor, changes in _history(db, person_id) if actor == people._actor.id]
    assert set(entry) == {"phone_e164" if n == "phone" else n for n in mine}


def test_a_consent_recorded_elsewhere_survives_a_form_that_did_not_touch_it(
    db: Database, people: PeopleService
) -> None:
    """Another window records the consent to share; the open form, which still shows the old
    consent, saves an e-mail: the new consent stays."""
    person_id = people.register(person(), confirmed_new=True)
    opened = people.get(person_id)
    other = people.get(person_id)
    sharing = replace(other.data.consent, purposes=frozenset({"processing", "sharing_partners"}))
    people.update(person_id, replace(other.data, consent=sharing), other.opened)
    people.update(person_id, replace(opened.data, email="m@example.org"), opened.opened)
    saved = people.get(person_id).data
    assert saved.consent.purposes == {"processing", "sharing_partners"}
    assert saved.email == "m@example.org"
    with db.reader() as session:
        active = session.scalars(
            select(Consent).where(Consent.person_id == person_id, Consent.withdrawn_on.is_(None))
        ).all()
    assert len(active) == 1  # no consent withdrawn and recorded again by the e-mail's save


def test_a_masked_form_saved_over_a_pull_keeps_what_it_could_not_see(
    db: Database, people: PeopleService, workspace: Workspace
) -> None:
    """A colleague without the right to the sensitive fields has the file open; a pull changes
    the card's number and the phone; she saves an e-mail: nothing hidden or pulled is lost."""
    person_id = people.register(
        person(vulnerabilities=("survivor_of_violence", "homeless")), confirmed_new=True
    )
    nadia = PeopleService(db, colleague(workspace, db, Role.COUNSELLOR, "nadia"), today=today)
    opened = nadia.get(person_id)
    assert opened.masked and opened.data.documents[0].number.startswith("•")
    card = opened.data.documents[0].id or ""
    pull_edit(db, IdentityDocument, card, person_id, number="E999999", number_key="E999999")
    pull_edit(db, Person, person_id, person_id, phone_e164=NEWER_PHONE)
    nadia.update(person_id, replace(opened.data, email="m@example.org"), opened.opened)
    saved = people.get(person_id).data
    assert saved.documents[0].number == "E999999"
    assert set(saved.vulnerabilities) == {"survivor_of_violence", "homeless"}
    assert (saved.phone, saved.email) == (NEWER_PHONE, "m@example.org")


def test_a_document_removed_here_and_corrected_elsewhere_is_asked(
    db: Database, people: PeopleService
) -> None:
    person_id = people.register(person(), confirmed_new=True)
    opened = people.get(person_id)
    card = opened.data.documents[0]
    assert card.id is not None
    pull_edit(db, IdentityDocument, card.id, person_id, expires_on=date(2029, 6, 30))
    removed = replace(opened.data, documents=())
    with pytest.raises(EditConflict) as raised:
        people.update(person_id, removed, opened.opened)
    [conflict] = raised.value.conflicts
    assert (conflict.field, conflict.server_value, conflict.incoming_value) == (
        document_key(card.id),
        "edited",
        None,
    )
    assert people.get(person_id).data.documents[0].expires_on == date(2029, 6, 30)
    people.update(person_id, removed, opened.opened, {document_key(card.id): None})
    assert people.get(person_id).data.documents == ()


def test_on_an_enrolled_pc_only_the_edit_is_queued_on_the_pulled_version(
    db: Database, people: PeopleService
) -> None:
    """What goes to the server is the counsellor's e-mail, edited from the colleague's version:
    no revert of the phone travels, so no other PC loses it either."""
    with db.unit_of_work(None) as session:
        session.merge(LocalSetting(key=DEVICE_KEY, value="device-under-test"))
        session.merge(LocalSetting(key=CLOCK_KEY, value=str(Hlc(0, 0, "device-under-test"))))
    db.load_outbox()
    person_id = people.register(person(), confirmed_new=True)
    with db.unit_of_work(None) as session:  # the creation was pushed and taken
        session.execute(sql_update(OutboxOp).values(state="applied"))
    opened = people.get(person_id)
    pull_edit(db, Person, person_id, person_id, phone_e164=NEWER_PHONE)
    people.update(person_id, replace(opened.data, email="m@example.org"), opened.opened)
    with db.reader() as session:
        queued = session.scalars(
            select(OutboxOp).where(OutboxOp.state == "pending", OutboxOp.entity == "person")
        ).all()
        pulled_version = _stored(db, person_id).server_version
    [op] = queued
    assert op.base_version == pulled_version == 1
    edited = {k: v for k, v in op.changes.items() if k not in ("updated_at", "updated_by")}
    assert edited == {"email": ["", "m@example.org"]}  # who and when travel with it
