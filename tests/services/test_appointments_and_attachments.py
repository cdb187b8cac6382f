"""Agenda (booking, overlaps, what happened), attachments (encrypted, deduplicated, limited)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pytest
from PIL import Image

from counsellor_app.core.appointments import AppointmentKind, AppointmentStatus
from counsellor_app.core.pathway import Stage
from counsellor_app.core.problems import DomainError
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.appointments import AppointmentInput, AppointmentService
from counsellor_app.services.attachments import AttachmentService
from counsellor_app.services.people import PeopleService
from counsellor_app.storage.blob_store import BlobCorrupt, BlobStore
from counsellor_app.storage.database import Database
from tests.conftest import person

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
def agenda(db: Database, user: CurrentUser) -> AppointmentService:
    return AppointmentService(db, user, now=lambda: NOW)


def book(
    agenda: AppointmentService,
    user: CurrentUser,
    at: datetime,
    person_id: str | None = None,
    minutes: int = 30,
) -> str:
    return agenda.save(
        AppointmentInput(user.id, AppointmentKind.ORIENTATION, at, minutes, person_id, "Bureau 2")
    )


def test_booking_refuses_overlaps_and_lists_the_week(
    agenda: AppointmentService, user: CurrentUser, people: PeopleService
) -> None:
    person_id = people.register(person())
    first = book(agenda, user, NOW + timedelta(hours=1), person_id)
    with pytest.raises(DomainError) as refused:
        book(agenda, user, NOW + timedelta(hours=1, minutes=15))
    problem = refused.value.problems[0]
    assert problem.code == "appointment_overlaps" and problem.params["who"] == "Diallo Mamadou"
    book(agenda, user, NOW + timedelta(hours=1, minutes=30))  # right after: fine
    book(agenda, user, NOW + timedelta(days=3))
    week = agenda.agenda(user.id, date(2026, 11, 23), date(2026, 11, 30))
    assert week[0].id == first and len(week) == 3
    assert week[0].person_name == "Diallo Mamadou" and week[0].place == "Bureau 2"
    # Moving an appointment does not collide with itself.
    agenda.save(
        AppointmentInput(
            user.id, AppointmentKind.ORIENTATION, NOW + timedelta(hours=1, minutes=5), 25, person_id
        ),
        first,
    )
    assert agenda.of_person(person_id)[0].starts_at == NOW + timedelta(hours=1, minutes=5)


def test_what_happened_is_said_after_the_appointment(
    agenda: AppointmentService, user: CurrentUser, people: PeopleService
) -> None:
    person_id = people.register(person())
    future = book(agenda, user, NOW + timedelta(hours=2), person_id)
    with pytest.raises(DomainError) as refused:
        agenda.set_status(future, AppointmentStatus.ATTENDED)
    assert refused.value.problems[0].code == "appointment_not_yet_held"

    past = book(agenda, user, NOW - timedelta(days=2), person_id)
    [unresolved] = agenda.unresolved(user.id, date(2026, 11, 1))
    assert unresolved.id == past and unresolved.to_record
    missed = agenda.set_status(past, AppointmentStatus.MISSED)
    assert missed.status == AppointmentStatus.MISSED and not missed.to_record
    # A missed appointment stays on the list until a new one is booked... and the future one
    # already is: the person is rebooked, so nothing is left to chase.
    assert agenda.unresolved(user.id, date(2026, 11, 1)) == []
    agenda.set_status(future, AppointmentStatus.CANCELLED)
    assert [a.id for a in agenda.unresolved(user.id, date(2026, 11, 1))] == [past]


def png_bytes(width: int = 800, height: int = 600) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def test_attachments_are_encrypted_deduplicated_and_thumbnailed(
    db: Database, user: CurrentUser, people: PeopleService
) -> None:
    attachments = AttachmentService(db, user)
    person_id = people.register(person())
    scan = png_bytes()
    first = attachments.attach(person_id, "C:\\scans\\carte.png", scan, "Carte de séjour")
    attachments.attach(person_id, "carte-bis.png", scan, stage=Stage.INTAKE)
    views = attachments.attachments(person_id)
    assert len(views) == 2 and views[0].sha256 == views[1].sha256
    blobs = list(db.paths.attachments.rglob("*.blob"))
    assert len(blobs) == 1  # content-addressed: stored once
    assert scan[:100] not in blobs[0].read_bytes()  # encrypted at rest
    view, content = attachments.content(first)
    assert content == scan and view.title == "Carte de séjour" and view.file_name == "carte.png"
    assert view.thumbnail is not None
    assert max(Image.open(io.BytesIO(view.thumbnail)).size) == 160

    attachments.remove(first)
    assert [a.id for a in attachments.attachments(person_id)] != [first]
    assert any(
        e.entity == "attachment" and e.action == "archive" for e in people.history(person_id)
    )


def test_attachments_refused_with_a_reason(
    db: Database, user: CurrentUser, people: PeopleService
) -> None:
    attachments = AttachmentService(db, user)
    person_id = people.register(person())
    with pytest.raises(DomainError) as refused:
        attachments.attach(person_id, "virus.jpg", b"MZ\x90\x00" * 10)
    assert refused.value.problems[0].code == "attachment_type_refused"
    with pytest.raises(DomainError) as refused:
        attachments.attach(person_id, "huge.pdf", b"%PDF-" + bytes(11 * 1024 * 1024))
    assert refused.value.problems[0].code == "attachment_too_large"
    assert attachments.attachments(person_id) == []


def test_a_tampered_blob_is_detected(db: Database) -> None:
    store = BlobStore(db.paths.attachments, db.key)
    sha = store.put(b"%PDF-1.4 original")
    path = store.path_of(sha)
    raw = bytearray(path.read_bytes())
    raw[-1] ^= 1
    path.write_bytes(bytes(raw))
    with pytest.raises(BlobCorrupt):
        store.get(sha)
    other_key = BlobStore(db.paths.attachments, bytes(32))
    with pytest.raises(BlobCorrupt):
        other_key.get(sha)
