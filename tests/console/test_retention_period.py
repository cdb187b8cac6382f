"""The retention period changed in the console is read by the PC's retention rule from its
validity date, and a due file leaves only through the four-eyes erasure (services.retention).
Real server process, real PCs on SQLite files, a real sync."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from counsellor_app.core.pathway import OutcomeKind
from counsellor_app.core.person import ConsentInput, IdentityDocumentInput
from counsellor_app.core.problems import DomainError
from counsellor_app.core.roles import Role
from counsellor_app.services.errors import NotAllowed
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.people import PeopleService
from counsellor_app.services.retention import RetentionService
from counsellor_app.services.sharing import SharingService
from counsellor_app.services.users import UserService
from counsellor_app.storage.models import Person, ReferenceValue
from counsellor_app.sync.client import SyncError
from tests.conftest import person
from tests.console.test_reference_data import _today, add, signed_in
from tests.server_fixtures import Server

KEY = "document_retention_years"


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_period_shortened_centrally_lists_files_from_its_date_for_a_four_eyes_erasure(
    server: Server, make_pc: Any
) -> None:
    today, tomorrow = _today(), _today() + timedelta(days=1)
    pc = make_pc("pc-a")
    closed: dict[str, str] = {}
    came = today - timedelta(days=365 * 8)  # both came eight years ago
    for name, years in (("Traoré", 6), ("Diallo", 4)):
        people = PeopleService(pc.db, pc.user, today=lambda: came)
        person_id = people.register(
            person(
                last_name=name,
                documents=(
                    IdentityDocumentInput(
                        "residence_card", "E1234", came + timedelta(days=900), came
                    ),
                ),
                consent=ConsentInput(True, came, frozenset({"processing"})),
            ),
            confirmed_new=True,
        )
        PathwayService(pc.db, pc.user, today=_today).record_outcome(
            person_id, OutcomeKind.DROPPED_OUT, today - timedelta(days=366 * years), "Parti"
        )
        closed[name] = person_id
    UserService(pc.workspace, pc.db, pc.user).create_user(
        "karim", "Karim Haddad", Role.SUPERVISOR, "Rabat-Agdal-2026!"
    )
    UserService(pc.workspace, pc.db, pc.user).create_user(
        "salma", "Salma Idrissi", Role.COUNSELLOR, "Rabat-Agdal-2026!"
    )
    pc.enrol(server)
    retention = RetentionService(pc.db, pc.user, today=lambda: tomorrow)
    assert retention.due() == []  # the shipped ten years
    with signed_in(server) as client:
        saved = add(client, "rules", KEY, "5", tomorrow.isoformat())
        assert "notice=reference_saved" in str(saved.url)
    assert pc.sync().pulled >= 1
    with pc.db.reader() as session:
        (stored,) = session.scalars(select(ReferenceValue)).all()
        assert (stored.code, stored.value, stored.valid_from) == (KEY, 5, tomorrow)

    # Today the ten years still apply; from tomorrow, five: only the file closed six years ago.
    assert RetentionService(pc.db, pc.user, today=lambda: today).due() == []
    (due,) = retention.due()
    assert (due.person_id, due.years) == (closed["Traoré"], 5)
    assert due.file_number == pc.people().get(closed["Traoré"]).file_number

    # A file not due is refused; a due one is only requested: nothing erased yet.
    with pytest.raises(DomainError) as refused:
        retention.request_erasure(closed["Diallo"], "Durée de conservation échue")
    assert refused.value.problems[0].code == "retention_not_due"
    retention.request_erasure(closed["Traoré"], "Durée de conservation échue (loi 09-08)")
    assert pc.person(closed["Traoré"]) is not None
    with pytest.raises(SyncError) as same:  # the one who asked cannot approve
        SharingService(pc.db, pc.user).approve_erasure(closed["Traoré"])
    assert same.value.reason == "second_person_required"
    _db, karim = pc.workspace.log_in("karim", "Rabat-Agdal-2026!", pc.db)
    approver = SharingService(pc.db, karim)
    (waiting,) = approver.erasure_requests()
    assert waiting.person_id == closed["Traoré"]
    assert waiting.legal_basis.startswith("Durée de conservation échue")
    approver.approve_erasure(closed["Traoré"])
    with pc.db.reader() as session:
        left = set(session.scalars(select(Person.id)))
    assert closed["Traoré"] not in left and closed["Diallo"] in left
    assert retention.due() == []
    # A counsellor does not see the list, nor asks through it (signed in last: the
    # PC holds the key of the one who signed in, for the acts above).
    _db, salma = pc.workspace.log_in("salma", "Rabat-Agdal-2026!", pc.db)
    with pytest.raises(NotAllowed):
        RetentionService(pc.db, salma, today=lambda: tomorrow).due()
    with pytest.raises(NotAllowed):
        RetentionService(pc.db, salma, today=lambda: tomorrow).request_erasure(
            closed["Traoré"], "Durée de conservation échue"
        )
