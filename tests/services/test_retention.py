"""The retention service on a real SQLite file: who sees the due files, and which are due."""

from __future__ import annotations

from datetime import date

import pytest

from counsellor_app.core.pathway import OutcomeKind, Stage, Status
from counsellor_app.core.person import ConsentInput, IdentityDocumentInput
from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.services.errors import NotAllowed
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.people import PeopleService
from counsellor_app.services.retention import RetentionService
from counsellor_app.storage.database import Database
from tests.conftest import ADMIN, PASSWORD, person

TODAY = date(2026, 11, 22)
CAME = date(2013, 9, 2)


def _old_file(db: Database, actor: CurrentUser, name: str) -> str:
    return PeopleService(db, actor, today=lambda: CAME).register(
        person(
            last_name=name,
            documents=(IdentityDocumentInput("residence_card", "E77", date(2016, 1, 1)),),
            consent=ConsentInput(True, CAME, frozenset({"processing"})),
        ),
        confirmed_new=True,
    )


def test_only_closed_files_past_the_period_are_listed_and_only_to_supervisors(
    workspace: Workspace, db: Database, user: CurrentUser
) -> None:
    _db, admin = workspace.log_in(ADMIN, PASSWORD, db)
    pathways = PathwayService(db, admin, today=lambda: TODAY)
    gone, back, _open = (_old_file(db, admin, name) for name in ("Sylla", "Camara", "Keita"))
    for person_id in (gone, back):
        pathways.record_outcome(person_id, OutcomeKind.DROPPED_OUT, date(2014, 5, 6), "Parti")
    # Camara came back after dropping out: his file is open again, never listed.
    pathways.move(back, Stage.ORIENTATION, Status.IN_PROGRESS, on=date(2015, 2, 3))

    (due,) = RetentionService(db, admin, today=lambda: TODAY).due()
    assert (due.person_id, due.closed_on, due.years) == (gone, date(2014, 5, 6), 10)
    assert due.file_number == PeopleService(db, admin).get(gone).file_number
    # Kept through the tenth anniversary of the closure, due from the next day.
    assert RetentionService(db, admin, today=lambda: date(2024, 5, 6)).due() == []
    assert len(RetentionService(db, admin, today=lambda: date(2024, 5, 7)).due()) == 1

    with pytest.raises(NotAllowed):  # the counsellor signed in by the fixture
        RetentionService(db, user, today=lambda: TODAY).due()
    with pytest.raises(NotAllowed):
        RetentionService(db, user, today=lambda: TODAY).request_erasure(gone, "Durée échue")
