"""The to-do list gathers what is overdue or coming among the counsellor's own people."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from counsellor_app.core.appointments import AppointmentKind
from counsellor_app.core.person import ConsentInput, IdentityDocumentInput
from counsellor_app.core.referrals import ReferralState
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.appointments import AppointmentInput, AppointmentService
from counsellor_app.services.people import PeopleService
from counsellor_app.services.referrals import PartnerInput, ReferralService
from counsellor_app.services.todo import TodoKind, TodoService
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import (
    BudgetEnvelope,
    FollowUpVisit,
    GrantApplication,
    HostOrganisation,
    Internship,
)
from tests.conftest import letters, person

TODAY = date(2026, 11, 22)
NOW = datetime(2026, 11, 22, 15, 0, tzinfo=UTC)
SHARING = ConsentInput(True, date(2026, 10, 1), frozenset({"processing", "sharing_partners"}))


def test_every_section_is_filled_from_its_own_records(
    db: Database, user: CurrentUser, people: PeopleService
) -> None:
    pending = people.register(
        confirmed_new=True, data=person(last_name="Pending", consent=ConsentInput(False, None))
    )
    expiring = people.register(
        confirmed_new=True,
        data=person(
            last_name="Expiring",
            phone="0611111111",
            documents=(
                IdentityDocumentInput("residence_card", "E1", date(2025, 12, 1)),
                IdentityDocumentInput("residence_card", "E2", date(2026, 12, 20)),
            ),
        ),
    )
    renewed = people.register(
        confirmed_new=True,
        data=person(
            last_name="Renewed",
            phone="0622222222",
            documents=(
                IdentityDocumentInput("residence_card", "E3", date(2026, 1, 1)),
                IdentityDocumentInput("residence_card", "E4", date(2030, 1, 1)),
            ),
        ),
    )
    referred = people.register(
        confirmed_new=True, data=person(last_name="Referred", phone="0633333333", consent=SHARING)
    )
    referrals = ReferralService(db, user, today=lambda: TODAY)
    partner = referrals.create_partner(
        PartnerInput("Centre de santé Yacoub El Mansour", "health_centre")
    )
    late = referrals.refer(referred, partner, "Bilan de santé", date(2026, 10, 20))
    referrals.refer(referred, partner, "Suivi", date(2026, 11, 20))  # within the delay
    answered = referrals.refer(referred, partner, "Vaccins", date(2026, 10, 1))
    referrals.move(answered, ReferralState.ACCEPTED, date(2026, 10, 5))

    with db.unit_of_work(user.id) as session:
        host = HostOrganisation(name="Hôtel Atlas")
        envelope = BudgetEnvelope(
            name="PISERUMA 2026", budget_centimes=10_000_000, valid_from=date(2026, 1, 1)
        )
        session.add_all([host, envelope])
        session.flush()
        session.add_all(
            [
                FollowUpVisit(person_id=expiring, due_on=date(2026, 11, 1)),
                FollowUpVisit(person_id=expiring, due_on=date(2027, 2, 1)),  # not yet due
                FollowUpVisit(
                    person_id=expiring, due_on=date(2026, 10, 1), done_on=date(2026, 10, 2)
                ),
                Internship(
                    person_id=renewed,
                    host_id=host.id,
                    starts_on=date(2026, 6, 1),
                    ends_on=date(2026, 12, 1),
                    stipend_centimes=200_000,
                ),
                Internship(
                    person_id=pending,
                    host_id=host.id,
                    starts_on=date(2026, 6, 1),
                    ends_on=date(2027, 6, 1),
                    stipend_centimes=200_000,
                ),  # far off
                GrantApplication(
                    person_id=referred, envelope_id=envelope.id, requested_centimes=2_000_000
                ),
            ]
        )
    agenda = AppointmentService(db, user, now=lambda: NOW)
    agenda.save(
        AppointmentInput(user.id, AppointmentKind.FOLLOW_UP, NOW - timedelta(days=1), 30, expiring)
    )
    agenda.save(
        AppointmentInput(user.id, AppointmentKind.COMMITTEE, NOW + timedelta(days=3), 60, referred)
    )

    sections = {
        s.kind: s for s in TodoService(db, user, lambda: TODAY, lambda: NOW).sections(user.id)
    }
    names = {kind: [i.person_name.split()[0] for i in s.items] for kind, s in sections.items()}
    assert names[TodoKind.CONSENT_PENDING] == ["Pending"]
    assert names[TodoKind.DOCUMENT_EXPIRING] == ["Expiring"]  # renewed card silences the old one
    assert sections[TodoKind.DOCUMENT_EXPIRING].items[0].due_on == date(2026, 12, 20)
    assert names[TodoKind.REFERRAL_UNANSWERED] == ["Referred"]
    assert sections[TodoKind.REFERRAL_UNANSWERED].items[0].detail["referral_id"] == late
    assert names[TodoKind.FOLLOW_UP_DUE] == ["Expiring"]
    assert sections[TodoKind.FOLLOW_UP_DUE].items[0].detail["days_late"] == 21
    assert names[TodoKind.INTERNSHIP_ENDING] == ["Renewed"]
    assert names[TodoKind.COMMITTEE] == ["Referred"]
    committee = sections[TodoKind.COMMITTEE].items[0]
    assert (
        committee.due_on == (NOW + timedelta(days=3)).astimezone().date()
        and committee.detail["soon"]
    )
    assert names[TodoKind.APPOINTMENT_TO_RECORD] == ["Expiring"]
    assert names[TodoKind.APPOINTMENT_MISSED] == []
    assert all(s.total == len(s.items) for s in sections.values())


def test_a_capped_section_still_tells_the_full_count(
    db: Database, user: CurrentUser, people: PeopleService, monkeypatch
) -> None:
    monkeypatch.setattr("counsellor_app.services.todo.SECTION_LIMIT", 2)
    for index in range(3):
        people.register(
            confirmed_new=True,
            data=person(
                last_name=f"Card{letters(index)}",
                phone=f"06{index}0000000",
                consent=ConsentInput(False, None),
                documents=(
                    IdentityDocumentInput("residence_card", f"C{index}", date(2026, 12, index + 1)),
                ),
            ),
        )
    sections = {
        s.kind: s for s in TodoService(db, user, lambda: TODAY, lambda: NOW).sections(user.id)
    }
    for kind in (TodoKind.DOCUMENT_EXPIRING, TodoKind.CONSENT_PENDING):
        assert (sections[kind].total, len(sections[kind].items)) == (3, 2)
    # The most urgent first: the card expiring last is the one left out.
    assert [i.person_name.split()[0] for i in sections[TodoKind.DOCUMENT_EXPIRING].items] == [
        "CardAaa",
        "CardAab",
    ]


def test_full_sections_shown_first_and_counted_after_tell_the_same(
    db: Database, user: CurrentUser, people: PeopleService, monkeypatch
) -> None:
    """The screen's two steps (lines without the counts of full sections, then those counts)
    give exactly the lines and totals of the one-step list."""
    monkeypatch.setattr("counsellor_app.services.todo.SECTION_LIMIT", 2)
    for index in range(4):
        people.register(
            confirmed_new=True,
            data=person(
                last_name=f"Card{letters(index)}",
                phone=f"06{index}0000000",
                consent=ConsentInput(False, None),
                documents=(
                    # A renewed card replaces the one it follows: only the latest is a line.
                    IdentityDocumentInput("residence_card", f"C{index}", date(2026, 12, index + 1)),
                    IdentityDocumentInput("residence_card", f"D{index}", date(2026, 11, index + 1))
                    if index % 2
                    else IdentityDocumentInput("passport", f"P{index}", date(2026, 12, 20)),
                ),
            ),
        )
    service = TodoService(db, user, lambda: TODAY, lambda: NOW)
    whole = service.sections(user.id)
    first = service.sections(user.id, counted=False)
    assert [(s.kind, s.items) for s in first] == [(s.kind, s.items) for s in whole]
    uncounted = [s.kind for s in first if not s.counted]
    assert set(uncounted) == {TodoKind.DOCUMENT_EXPIRING, TodoKind.CONSENT_PENDING}
    assert all(s.total == len(s.items) for s in first)
    counts = service.totals(user.id, uncounted)
    assert counts == {s.kind: s.total for s in whole if s.kind in uncounted}
    assert counts == {TodoKind.DOCUMENT_EXPIRING: 4, TodoKind.CONSENT_PENDING: 4}
    documents = next(s for s in whole if s.kind == TodoKind.DOCUMENT_EXPIRING)
    assert [i.due_on for i in documents.items] == [date(2026, 12, 1), date(2026, 12, 2)]
