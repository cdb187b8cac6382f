"""A committee's decision is still the signed act of the person recording it (issue 20,
deliverable 4): recorded through a session on an enrolled PC, the grant application's decision
leaves signed by her key and the real server takes it; the votes travel with the agenda item."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from counsellor_app.core.committees import Member, Vote
from counsellor_app.core.grants import Decision
from counsellor_app.server.models import Record
from counsellor_app.services.committees import CommitteeService
from counsellor_app.services.grants import GrantService
from counsellor_app.services.pathway import PathwayService
from counsellor_app.storage.models import OutboxOp
from tests.services.test_grants import TODAY, to_microgrant
from tests.sync.test_person_acts import (  # noqa: F401 (the fixture)
    AMINA_PASSWORD,
    Agencies,
    ServerView,
    agencies,
)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_committee_decision_travels_signed_by_who_recorded_it(
    agencies: Agencies,  # noqa: F811 (the imported fixture)
) -> None:
    rabat, workspace = agencies.rabat, agencies.rabat.workspace
    admin = rabat.user
    granting = GrantService(rabat.db, admin, today=lambda: TODAY)
    envelope = granting.create_envelope("UE — Work4Life", 10_000_000, date(2026, 1, 1))
    person_id = to_microgrant(
        rabat.people(),
        PathwayService(rabat.db, admin, today=lambda: TODAY),
        plan_done=True,
        db=rabat.db,
        user=admin,
    )
    application = granting.apply(person_id, envelope, 1_500_000)
    _db, amina = workspace.log_in("amina", AMINA_PASSWORD, rabat.db)
    committees = CommitteeService(rabat.db, amina, today=lambda: TODAY)
    session_id = committees.create_session(
        date(2026, 11, 20),
        "Salle du conseil",
        [
            Member("", "", user_id=agencies.karim, chair=True, present=True),
            Member("", "", user_id=amina.id, present=True),
            Member("", "M. Haddad", "INDH Rabat", present=True),
        ],
    )
    item = committees.add_to_agenda(session_id, application)
    keys = [m.key for m in committees.session(session_id).members]
    committees.record_decision(
        item, dict.fromkeys(keys, Vote.FOR), Decision.APPROVED, 1_000_000, "Achats en nature"
    )
    with rabat.db.reader() as session:
        ops = session.scalars(
            select(OutboxOp).where(
                OutboxOp.entity == "grant_application", OutboxOp.entity_id == application
            )
        ).all()
        decided = [o for o in ops if "decision" in o.changes]
        assert decided and decided[-1].act is not None
        assert decided[-1].act["user_id"] == amina.id  # her key, not the PC's
    report = rabat.sync()
    assert report.results.get("rejected", 0) == 0, report.results
    with ServerView(agencies.server) as session:
        grant = session.get(Record, ("grant_application", application))
        assert grant is not None and grant.fields["decision"] == "approved"
        assert grant.fields["approved_centimes"] == 1_000_000
        on_agenda = session.get(Record, ("committee_item", item))
        assert on_agenda is not None and on_agenda.fields["votes"] == dict.fromkeys(keys, "for")
        sitting = session.get(Record, ("committee_session", session_id))
        assert sitting is not None and sitting.fields["status"] == "held"
