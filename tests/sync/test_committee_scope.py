"""Grant committees are the agency's own records (issue 23 deliverable 3, under the rules of
issue 20): another agency's real enrolled PC, sending raw signed operations, can neither change
nor plant a session, a grid or an agenda item of the first agency, and pulls none of them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from counsellor_app.core.committees import Member
from counsellor_app.core.ids import new_id
from counsellor_app.services.committees import CommitteeService
from counsellor_app.storage.models import CommitteeItem, CommitteeSession, ScoringGrid
from tests.conftest import person
from tests.server_fixtures import Pc, Server
from tests.sync.test_hostile_agency import (  # noqa: F401 (the fixture)
    SHARING,
    Victim,
    _own_person,
    _reasons,
    _victim_intact,
    agencies,
    op,
    push,
    server_records,
)


def _committee_of(victim: Victim, person_id: str | None = None) -> tuple[str, str, str, str]:
    """The victim's session and grid made through its services and synced; an application
    and its agenda item pushed raw (their plan's rules are the services' business)."""
    committees = CommitteeService(victim.pc.db, victim.pc.user, today=lambda: date(2026, 11, 22))
    session_id = committees.create_session(
        date(2026, 11, 20),
        "Salle du conseil",
        [
            Member("", "", user_id=victim.pc.user.id, chair=True, present=True),
            Member("", "M. Haddad", "INDH Rabat", present=True),
            Member("", "Mme Alaoui", "Association Amal", present=True),
        ],
    )
    committees.set_grid(None, {"viability": 3, "commitment": 1})
    report = victim.pc.sync()
    assert report.results.get("applied", 0) >= 2, report.results
    with victim.pc.db.reader() as session:
        grid_id = session.scalars(select(ScoringGrid.id)).one()
    envelope, application, item = new_id(), new_id(), new_id()
    actor, person_id = victim.pc.user.id, person_id or victim.person_id
    taken = push(
        victim.pc,
        op(actor, "budget_envelope", envelope, {"name": "UE", "budget_centimes": 10**8,
           "valid_from": "2026-01-01"}, action="create", base_version=0),
        op(actor, "grant_application", application, {"person_id": person_id,
           "envelope_id": envelope, "requested_centimes": 2_000_000}, action="create",
           person_id=person_id, base_version=0),
        op(actor, "committee_item", item, {"session_id": session_id,
           "application_id": application, "person_id": person_id,
           "scores": {"viability": 4}}, action="create", person_id=person_id, base_version=0),
    )  # fmt: skip
    assert _reasons(taken) == ["applied"] * 3
    return session_id, grid_id, application, item


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_another_agency_cannot_write_or_read_a_committee(
    server: Server,
    agencies: tuple[Victim, Pc],  # noqa: F811 (the imported fixture)
) -> None:
    victim, casa = agencies
    session_id, grid_id, application, item = _committee_of(victim)
    stored = server_records(server, victim.agency_id)
    assert {("committee_session", session_id), ("scoring_grid", grid_id),
            ("committee_item", item)} <= set(stored)  # fmt: skip
    before = dict(stored)
    actor, own = casa.user.id, _own_person(casa)
    answers = push(
        casa,
        # Her session, grid and agenda item changed by id (a member marked absent, the weights,
        # the votes), with or without a person named.
        op(actor, "committee_session", session_id, {"status": "minutes_signed"}),
        op(actor, "committee_session", session_id, {"members": []}, person_id=own),
        op(actor, "scoring_grid", grid_id, {"weights": {"viability": 0, "experience": 100}}),
        op(actor, "committee_item", item, {"votes": {"x": "for"}}),
        op(actor, "committee_item", item, {"decision": "approved"}, person_id=own),
        op(actor, "committee_session", session_id, {"deleted_at": "2026-12-01T10:00:00+00:00"},
           action="archive"),
        # Records planted in her name: a session and a grid of the victim agency, and an item
        # for her application and person (by its natural key too: session and application).
        op(actor, "committee_session", new_id(), {"agency_id": victim.agency_id,
           "held_on": "2026-12-01", "place": "Faux", "status": "planned", "members": []},
           action="create", base_version=0),
        op(actor, "scoring_grid", new_id(), {"agency_id": victim.agency_id,
           "weights": {"viability": 1}}, action="create", base_version=0),
        op(actor, "committee_item", new_id(), {"session_id": session_id,
           "application_id": application, "person_id": victim.person_id},
           action="create", person_id=victim.person_id, base_version=0),
        op(actor, "committee_item", new_id(), {"session_id": session_id,
           "application_id": application, "person_id": victim.person_id},
           action="create", person_id=own, base_version=0),
    )  # fmt: skip
    assert _reasons(answers) == [
        "not_owner",
        "not_owner",
        "not_owner",
        "not_owner",
        "not_owner",
        "not_owner",
        "agency_forbidden",
        "agency_forbidden",
        "person_forbidden",
        "person_forbidden",
    ]
    assert all(set(a) == {"op_id", "status", "reason"} for a in answers)  # nothing of hers
    assert server_records(server, victim.agency_id) == before
    _victim_intact(victim)
    with victim.pc.db.reader() as session:
        kept = session.get(CommitteeSession, session_id)
        assert kept is not None and kept.status == "planned" and len(kept.members) == 3
        grid = session.get(ScoringGrid, grid_id)
        assert grid is not None and grid.weights == {"viability": 3, "commitment": 1}
        agenda = session.get(CommitteeItem, item)
        assert agenda is not None and agenda.votes == {} and agenda.decision is None

    # Casablanca's PC pulls none of Rabat's committee records.
    casa.sync()
    with casa.db.reader() as session:
        assert session.scalars(select(CommitteeSession)).all() == []
        assert session.scalars(select(ScoringGrid)).all() == []
        assert session.scalars(select(CommitteeItem)).all() == []


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_committee_reaches_the_agencys_other_pc(
    server: Server,
    agencies: tuple[Victim, Pc],  # noqa: F811 (the imported fixture)
    make_pc: object,
) -> None:
    """Sessions must reach the agency's other PCs: a second PC of the same agency pulls the
    session, its grid and its agenda."""
    victim, _casa = agencies
    session_id, grid_id, _application, item = _committee_of(victim)
    second: Pc = make_pc("rabat-2", "RABAG")  # type: ignore[operator]
    second.enrol(server)
    with second.db.reader() as session:
        pulled = session.get(CommitteeSession, session_id)
        assert pulled is not None and [m["name"] for m in pulled.members][1:] == [
            "M. Haddad",
            "Mme Alaoui",
        ]
        assert session.get(ScoringGrid, grid_id) is not None
        agenda = session.get(CommitteeItem, item)
        assert agenda is not None and agenda.scores == {"viability": 4}
    engine_records = server_records(server, victim.agency_id)
    assert all(
        kind != "committee_session" or fields.get("agency_id") == victim.agency_id
        for (kind, _id), (_v, fields) in engine_records.items()
    )


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_referral_does_not_carry_the_committees_deliberation(
    server: Server,
    agencies: tuple[Victim, Pc],  # noqa: F811 (the imported fixture)
) -> None:
    """A person referred to another agency takes her file there, not the committee that sat
    on her application: its votes, its members' conflicts, the session's members and place
    stay with the agency that held it, which alone reads and writes them."""
    victim, casa = agencies
    referred = victim.pc.people().register(
        person(last_name="Camara", consent=SHARING), confirmed_new=True
    )
    victim.pc.sync()
    session_id, _grid_id, application, item = _committee_of(victim, referred)
    client = victim.pc.client()
    try:
        client.grant(referred, "CASAF", "referral", victim.pc.user.id)
    finally:
        client.close()
    casa.sync()
    assert casa.person(referred) is not None  # the file went
    with casa.db.reader() as session:
        assert session.scalars(select(CommitteeItem)).all() == []
        assert session.scalars(select(CommitteeSession)).all() == []
    before = server_records(server, victim.agency_id)
    answers = push(
        casa,
        op(casa.user.id, "committee_item", item, {"votes": {"x": "for"}}),
        op(casa.user.id, "committee_item", item, {"decision": "approved"},
           person_id=referred, base_version=0),
    )  # fmt: skip
    assert _reasons(answers) == ["not_owner", "not_owner"]
    assert all(set(a) == {"op_id", "status", "reason"} for a in answers)  # nothing of hers
    assert server_records(server, victim.agency_id) == before
    # Nor can it put Rabat's session on a record of its own about the file it holds.
    own_item = new_id()
    assert _reasons(
        push(
            casa,
            op(casa.user.id, "committee_item", own_item, {"session_id": session_id,
               "application_id": application, "person_id": referred},
               action="create", person_id=referred, base_version=0),
        )
    ) == ["agency_forbidden"]  # fmt: skip
    victim.pc.sync()
    with victim.pc.db.reader() as session:
        assert session.get(CommitteeItem, own_item) is None  # never Rabat's to read
