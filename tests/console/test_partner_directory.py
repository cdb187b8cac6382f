"""The national partner directory through the real server process and real PCs: a partner
added in the console reaches every agency's PCs, next to each agency's own; it is closed from a
date, never deleted; no PC can write one; the console takes only valid partners from the
national administrator."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from html import unescape
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from counsellor_app.core.ids import new_id
from counsellor_app.core.problems import DomainError
from counsellor_app.services.referrals import PartnerInput, ReferralService
from counsellor_app.storage.models import Partner
from counsellor_app.ui.labels import label
from counsellor_app.ui.referral_panel import PARTNER_KIND, ReferralDialog
from tests.conftest import person
from tests.console.test_reference_data import _csrf, signed_in
from tests.server_fixtures import Pc, Server
from tests.services.test_referrals import SHARING

ZONE = ZoneInfo("Africa/Casablanca")
ADDRESS = "Avenue Hassan II, Rabat"
OFPPT = {"name": "ISTA Hay Riad", "kind": "ofppt_centre", "city_id": "rabat",
         "address": ADDRESS, "contact_name": "Mme Alaoui", "contact_phone": "06 12 34 56 78",
         "email": "ista.hayriad@example.ma"}  # fmt: skip


def _today() -> date:
    return datetime.now(ZONE).date()


def post(client: httpx.Client, path: str, csrf: str | None = None, **data: str) -> httpx.Response:
    page = client.get(path if "/close" not in path else path.rsplit("/", 1)[0])
    return client.post(path, data={"csrf": csrf or _csrf(page.text), **data})


def server_partners(server: Server) -> list[tuple[str, dict[str, Any]]]:
    engine = create_engine(server.environment["COUNSELLOR_SERVER_DATABASE_URL"])
    try:
        from counsellor_app.server.models import Record

        with Session(engine) as session:
            found = session.scalars(select(Record).where(Record.entity == "partner"))
            return sorted((r.owner_agency_id, dict(r.fields)) for r in found)
    finally:
        engine.dispose()


def national_id(server: Server) -> str:
    engine = create_engine(server.environment["COUNSELLOR_SERVER_DATABASE_URL"])
    try:
        from counsellor_app.server.models import Record

        with Session(engine) as session:
            return session.scalars(
                select(Record.id).where(
                    Record.entity == "partner", Record.owner_agency_id == "national"
                )
            ).one()
    finally:
        engine.dispose()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_national_partner_reaches_every_pc_next_to_each_agencys_own_until_it_closes(
    server: Server, make_pc: Any, qtbot: QtBot
) -> None:
    today, tomorrow = _today(), _today() + timedelta(days=1)
    pc, casa = make_pc("pc-a"), make_pc("casa", agency="CASAM")
    pc.enrol(server)
    casa.enrol(server, server.enrolment_code("CASAM"))
    own = ReferralService(pc.db, pc.user).create_partner(PartnerInput("Association Amal", "ngo"))
    pc.sync()
    with signed_in(server) as client:
        saved = post(client, "/console/partners", **OFPPT)
        assert "notice=partner_saved" in str(saved.url) and "ISTA Hay Riad" in saved.text
        assert "Centre OFPPT" in saved.text and "06 12 34 56 78" in saved.text
        pid = national_id(server)
        edited = post(client, f"/console/partners/{pid}", **{**OFPPT, "name": "ISTA Hay Riad 2"})
        assert "notice=partner_saved" in str(edited.url)
    for each in (pc, casa):  # every agency's PCs pull it, each offers it next to its own
        each.sync()
        offered = {p.name: p for p in ReferralService(each.db, each.user).partners()}
        national = offered["ISTA Hay Riad 2"]
        assert national.national and national.id == pid
        assert (national.contact_phone, national.city_id) == ("+212612345678", "rabat")
        assert national.address == ADDRESS
    assert not {p.name: p for p in ReferralService(pc.db, pc.user).partners()}[
        "Association Amal"
    ].national
    assert "Association Amal" not in {
        p.name for p in ReferralService(casa.db, casa.user).partners()
    }
    owners = [owner for owner, _fields in server_partners(server)]
    assert sorted(owners).count("national") == 1 and len(owners) == 2
    # Closed from tomorrow: offered today, not tomorrow; a referral tomorrow is refused.
    with signed_in(server, "omar") as client:
        closed = post(client, f"/console/partners/{pid}/close", closed_on=tomorrow.isoformat())
        assert "notice=partner_closed" in str(closed.url)
        trail = client.get("/console/audit").text
        assert [trail.count(a) for a in ("partner_added", "partner_changed", "partner_closed")] == [
            1, 1, 1
        ]  # fmt: skip
    pc.sync()
    person_id = pc.people().register(person(consent=SHARING), confirmed_new=True)
    today_service = ReferralService(pc.db, pc.user, today=lambda: today)
    assert pid in {p.id for p in today_service.partners()}
    # The referral dialog offers both, the national one marked (it is read-only here).
    dialog = ReferralDialog(today_service, person_id, [])
    qtbot.addWidget(dialog)
    combo = dialog.partner
    items = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    marker = dialog.tr("national directory")
    assert items[pid] == f"ISTA Hay Riad 2 — {label(PARTNER_KIND, 'ofppt_centre')} · {marker}"
    assert items[own].startswith("Association Amal") and marker not in items[own]
    later = ReferralService(pc.db, pc.user, today=lambda: tomorrow)
    assert pid not in {p.id for p in later.partners()}
    assert own in {p.id for p in later.partners()}
    with pytest.raises(DomainError) as refused:
        later.refer(person_id, pid, "Formation qualifiante", tomorrow)
    assert refused.value.problems[0].code == "partner_closed"
    assert today_service.refer(person_id, pid, "Formation qualifiante", today)
    report = pc.sync()  # the referral naming a national partner is taken by the server
    assert report.pending == 0 and "rejected" not in report.results, report


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_an_enrolled_pc_cannot_write_a_national_partner(server: Server, make_pc: Any) -> None:
    """The attacker is a real PC, enrolled, signing its operations with its own key: it
    forges a change of a national partner, its deletion, and its own partner marked national."""
    from tests.sync.test_hostile_agency import _reasons, op, push

    pc: Pc = make_pc("pc-a")
    pc.enrol(server)
    with signed_in(server) as client:
        post(client, "/console/partners", **OFPPT)
    pid = national_id(server)
    pc.sync()
    forged = push(
        pc,
        op(pc.user.id, "partner", pid, {"name": "Agence pirate", "contact_phone": "+212600000000"}),
        op(pc.user.id, "partner", pid, {"deleted_at": "2026-12-01T08:00:00+00:00"},
           action="archive"),
        op(pc.user.id, "partner", new_id(), {"name": "Faux national", "kind": "ngo",
           "national": True}, action="create", base_version=0),
    )  # fmt: skip
    assert _reasons(forged) == ["national_record"] * 3
    ((owner, fields),) = server_partners(server)
    assert (owner, fields["name"], fields["deleted_at"]) == ("national", "ISTA Hay Riad", None)
    assert fields["contact_phone"] == "+212612345678"
    pc.sync()
    with pc.db.reader() as session:
        stored = session.get(Partner, pid)
        assert stored is not None and stored.national and stored.name == "ISTA Hay Riad"


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_the_console_takes_only_valid_partners_from_the_national_administrator(
    server: Server,
) -> None:
    yesterday = (_today() - timedelta(days=1)).isoformat()
    with signed_in(server) as client:
        for changes, reason in (
            ({"name": "   "}, "Le nom est requis"),
            ({"name": "x" * 201}, "Nom trop long"),
            ({"kind": "<script>"}, "Choisissez un type de partenaire"),
            ({"city_id": "atlantis"}, "Ville inconnue"),
            ({"contact_phone": "12"}, "Numéro de téléphone invalide"),
            ({"email": "pas-un-courriel"}, "Adresse de courriel invalide"),
            ({"address": "a" * 301}, "Adresse trop longue"),
        ):
            answer = post(client, "/console/partners", **{**OFPPT, **changes})
            assert answer.status_code == 422 and reason in unescape(answer.text), changes
            assert 'value="Mme Alaoui"' in answer.text  # what was typed stays in the form
            assert "<script>" not in answer.text
        assert post(client, "/console/partners", csrf="forged", **OFPPT).status_code == 403
        assert server_partners(server) == []
        post(client, "/console/partners", **OFPPT)
        pid = national_id(server)
        past = post(client, f"/console/partners/{pid}/close", closed_on=yesterday)
        assert past.status_code == 422 and "aujourd'hui au plus tôt" in unescape(past.text)
        unreadable = post(client, f"/console/partners/{pid}/close", closed_on="demain")
        assert unreadable.status_code == 422
        assert client.get("/console/partners/nope", follow_redirects=False).status_code == 303
        page = client.get("/console/accounts")
        created = client.post(
            "/console/accounts",
            data={"csrf": _csrf(page.text), "username": "karim", "display_name": "Karim",
                  "role": "programme_manager", "agency": "", "password": "Oasis-Draa-2026!"},
        )  # fmt: skip
        assert created.status_code == 200
    ((_owner, fields),) = server_partners(server)
    assert fields["closed_on"] is None
    with httpx.Client(base_url=server.url, follow_redirects=True) as other:
        page = other.get("/console/sign-in")
        other.post(
            "/console/sign-in",
            data={"csrf": _csrf(page.text), "username": "karim", "password": "Oasis-Draa-2026!"},
        )
        assert other.get("/console/partners").status_code == 403
        agencies = other.get("/console/agencies")
        assert "/console/partners" not in agencies.text
        refused = other.post(
            f"/console/partners/{pid}", data={"csrf": _csrf(agencies.text), **OFPPT, "name": "X"}
        )
        assert refused.status_code == 403
    assert server_partners(server)[0][1]["name"] == "ISTA Hay Riad"
