"""National reference data through the real server process and real PCs: a value changed in
the console for tomorrow reaches every PC by sync and applies to tomorrow's acts only; no PC
can write one; the console takes only the national administrator's valid, future values."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from html import unescape
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from counsellor_app.core.ids import new_id
from counsellor_app.core.pathway import Stage, Status
from counsellor_app.core.problems import DomainError
from counsellor_app.services.pathway import PathwayService
from counsellor_app.storage.models import ReferenceValue
from tests.conftest import person
from tests.console.conftest import console_admin
from tests.server_fixtures import Pc, Server
from tests.stage_records import interview

PASSWORD = "Sahara-Atlas-2026"
KEY = "soft_skills_attendance_threshold_pct"
ZONE = ZoneInfo("Africa/Casablanca")  # the console's day, as the PCs' (core.clock)


def _today() -> date:
    return datetime.now(ZONE).date()


def _csrf(text: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', text)
    assert found is not None, text[:300]
    return found.group(1)


@contextmanager
def signed_in(server: Server, username: str = "nadia") -> Iterator[httpx.Client]:
    """A national administrator's browser session on the console (plain HTTP: loopback)."""
    console_admin(server, username, PASSWORD)
    with httpx.Client(base_url=server.url, follow_redirects=True) as client:
        page = client.get("/console/sign-in")
        client.post(
            "/console/sign-in",
            data={"csrf": _csrf(page.text), "username": username, "password": PASSWORD},
        )
        yield client


def add(
    client: httpx.Client, group: str, key: str, value: str, valid_from: str, csrf: str | None = None
) -> httpx.Response:
    page = client.get(f"/console/reference/{group}")
    token = _csrf(page.text) if csrf is None else csrf
    return client.post(
        f"/console/reference/{group}",
        data={"csrf": token, "key": key, "value": value, "valid_from": valid_from},
    )


def soft_skills_at(pc: Pc, rate: int) -> str:
    """A person whose soft skills are under way with ``rate`` % attendance."""
    person_id = pc.people().register(person(last_name="Touré"), confirmed_new=True)
    pathways = PathwayService(pc.db, pc.user, today=_today)
    interview(pathways, person_id)
    pathways.move(person_id, Stage.ORIENTATION, Status.IN_PROGRESS)
    pathways.move(person_id, Stage.ORIENTATION, Status.COMPLETED)
    pathways.move(person_id, Stage.SOFT_SKILLS, Status.IN_PROGRESS)
    pathways.save_stage_notes(person_id, Stage.SOFT_SKILLS, "Modules", {"attendance_pct": rate})
    return person_id


def server_values(server: Server) -> list[dict[str, Any]]:
    engine = create_engine(server.environment["COUNSELLOR_SERVER_DATABASE_URL"])
    try:
        from counsellor_app.server.models import Record

        with Session(engine) as session:
            return [
                dict(r.fields)
                for r in session.scalars(select(Record).where(Record.entity == "reference_value"))
            ]
    finally:
        engine.dispose()


def test_a_threshold_changed_centrally_for_tomorrow_applies_to_tomorrows_acts_only(
    server: Server, make_pc: Any
) -> None:
    today, tomorrow = _today(), _today() + timedelta(days=1)
    pc, casa = make_pc("pc-a"), make_pc("casa", agency="CASAM")
    person_id = soft_skills_at(pc, 75)
    pc.enrol(server)
    casa.enrol(server, server.enrolment_code("CASAM"))
    with signed_in(server) as client:
        saved = add(client, "rules", KEY, "70", tomorrow.isoformat())
        assert saved.status_code == 200 and "notice=reference_saved" in str(saved.url)
        row = saved.text.split(f'id="row-{KEY}"')[1].split("</tr>")[0]
        in_force, to_come = row.split('class="in-force"')[1], row.split('class="upcoming"')[1]
        assert in_force.startswith("><strong><bdi>80</bdi> %")
        assert to_come.startswith("><bdi>70</bdi> %")
    for each in (pc, casa):  # every agency's PCs pull it
        assert each.sync().pulled >= 1
        with each.db.reader() as session:
            (stored,) = session.scalars(select(ReferenceValue)).all()
            assert (stored.code, stored.value, stored.valid_from) == (KEY, 70, tomorrow)
            assert not stored.dirty

    with pytest.raises(DomainError) as refused:  # today's act: the value in force today
        PathwayService(pc.db, pc.user, today=lambda: today).move(
            person_id, Stage.SOFT_SKILLS, Status.COMPLETED
        )
    (problem,) = refused.value.problems
    assert (problem.code, problem.params) == (
        "attendance_below_threshold",
        {"rate": 75, "threshold": 80},
    )
    # The next day, on the same PC, the same act is taken under tomorrow's threshold.
    view = PathwayService(pc.db, pc.user, today=lambda: tomorrow).move(
        person_id, Stage.SOFT_SKILLS, Status.COMPLETED
    )
    assert view.pathway.state(Stage.SOFT_SKILLS).status == Status.COMPLETED
    # A PC that never synced keeps the shipped value.
    alone = make_pc("alone", agency="TANGR")
    assert PathwayService(alone.db, alone.user).parameters().get(KEY, tomorrow) == 80
    # The value to come is replaced (same day), never a past one; the PCs follow.
    with signed_in(server, "omar") as client:
        again = add(client, "rules", KEY, "75", tomorrow.isoformat())
        assert "notice=reference_saved" in str(again.url)
        past = add(client, "rules", KEY, "60", today.isoformat())
        assert past.status_code == 422 and "le passé n'est pas réécrit" in unescape(past.text)
    pc.sync()
    assert PathwayService(pc.db, pc.user).parameters().get(KEY, tomorrow) == 75
    assert PathwayService(pc.db, pc.user).parameters().get(KEY, today) == 80
    assert sorted((v["code"], v["value"]) for v in server_values(server)) == [(KEY, 75)]


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_an_enrolled_pc_cannot_write_a_national_value(server: Server, make_pc: Any) -> None:
    """The attacker is a real PC, enrolled, signing its operations with its own key: it
    forges the creation of a value, the change of the stored one and its deletion."""
    from tests.sync.test_hostile_agency import _reasons, op, push

    tomorrow = (_today() + timedelta(days=1)).isoformat()
    pc = make_pc("pc-a")
    pc.enrol(server)
    with signed_in(server) as client:
        add(client, "rules", KEY, "70", tomorrow)
    pc.sync()
    with pc.db.reader() as session:
        stored = session.scalars(select(ReferenceValue)).one()
    forged = push(
        pc,
        op(pc.user.id, "reference_value", new_id(), {"domain": "parameter", "code": KEY,
           "valid_from": "2026-01-01", "value": 1}, action="create", base_version=0),
        op(pc.user.id, "reference_value", stored.id, {"value": 5}),
        op(pc.user.id, "reference_value", stored.id,
           {"deleted_at": "2026-12-01T08:00:00+00:00"}, action="archive"),
    )  # fmt: skip
    assert _reasons(forged) == ["national_record"] * 3
    assert [(v["code"], v["value"], v["deleted_at"]) for v in server_values(server)] == [
        (KEY, 70, None)
    ]
    # The PC's outbox never queues one either, even if its own copy were edited.
    pc.sync()
    with pc.db.reader() as session:
        assert session.scalars(select(ReferenceValue.value)).all() == [70]


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_the_console_takes_only_valid_future_values_from_the_national_administrator(
    server: Server,
) -> None:
    today = _today()
    tomorrow = (today + timedelta(days=1)).isoformat()
    with signed_in(server) as client:
        cases = [
            ("rules", KEY, "150", tomorrow, "hors des bornes admises pour ce paramètre (1 à 100)"),
            ("rules", KEY, "soixante", tomorrow, "Valeur illisible"),
            ("rules", KEY, "70", "demain", "Date illisible"),
            ("rules", KEY, "70", "2020-01-01", "le passé n'est pas réécrit"),
            ("rules", KEY, "70", "2040-01-01", "Date trop lointaine"),
            ("rules", "internship_stipend_min_centimes", "1800", tomorrow, "Paramètre inconnu"),
            ("internships", "internship_stipend_min_centimes", "7000", tomorrow,
             "L'indemnité minimale ne peut dépasser la maximale"),
            ("internships", "internship_stipend_min_centimes", "1800,005", tomorrow,
             "Valeur illisible"),
            ("rules", "<script>", "70", tomorrow, "Paramètre inconnu"),
            ("rules", KEY, "1e400", tomorrow, "Valeur illisible"),
            ("rules", KEY, "70", "9999-99-99", "Date illisible"),
            ("activity_categories", "ae_ceiling_services_centimes", "9999999999999", tomorrow,
             "hors des bornes admises pour ce paramètre (1 à 100"),
        ]  # fmt: skip
        for group, key, value, valid_from, reason in cases:
            answer = add(client, group, key, value, valid_from)
            assert answer.status_code == 422 and reason in unescape(answer.text), (key, value)
            assert f'value="{value}"' in answer.text  # what was typed stays in the form
        assert "<script>" not in add(client, "rules", "<script>", "1", tomorrow).text
        elsewhere = client.get("/console/reference/..%2F..%2Fetc", follow_redirects=False)
        assert elsewhere.status_code in (303, 404)
        no_token = add(client, "rules", KEY, "70", tomorrow, csrf="forged")
        assert no_token.status_code == 403
        assert server_values(server) == []
        # Amounts are typed in dirhams and rates in percent, stored in centimes and points.
        for group, key, value in (
            ("internships", "internship_stipend_min_centimes", "1 800,50"),
            ("activity_categories", "ae_tax_services_bp", "0,75"),
        ):
            assert "notice=reference_saved" in str(add(client, group, key, value, tomorrow).url)
        assert sorted((v["code"], v["value"]) for v in server_values(server)) == [
            ("ae_tax_services_bp", 75),
            ("internship_stipend_min_centimes", 180_050),
        ]
        trail = client.get("/console/audit").text
        assert trail.count("reference_value_added") == 2
        # Another role sees no reference page and cannot post one.
        page = client.get("/console/accounts")
        created = client.post(
            "/console/accounts",
            data={"csrf": _csrf(page.text), "username": "karim", "display_name": "Karim",
                  "role": "programme_manager", "agency": "", "password": "Oasis-Draa-2026!"},
        )  # fmt: skip
        assert created.status_code == 200, created.text[:300]
    with httpx.Client(base_url=server.url) as anonymous:
        assert anonymous.get("/console/reference/rules").status_code == 303
    with httpx.Client(base_url=server.url, follow_redirects=True) as other:
        page = other.get("/console/sign-in")
        other.post(
            "/console/sign-in",
            data={"csrf": _csrf(page.text), "username": "karim", "password": "Oasis-Draa-2026!"},
        )
        assert other.get("/console/reference/rules").status_code == 403
        agencies = other.get("/console/agencies")
        assert agencies.status_code == 200 and "/console/reference" not in agencies.text
        refused = other.post(
            "/console/reference/rules",
            data={"csrf": _csrf(agencies.text), "key": KEY, "value": "70",
                  "valid_from": tomorrow},
        )  # fmt: skip
        assert refused.status_code == 403
    assert len(server_values(server)) == 2


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_city_added_nationally_is_offered_by_every_pc_from_its_date(
    server: Server, make_pc: Any
) -> None:
    from counsellor_app.services.reference import cities
    from counsellor_app.storage.models import City

    today, tomorrow = _today(), _today() + timedelta(days=1)
    pc = make_pc("pc-a")
    pc.enrol(server)
    ifrane = {"city_id": "ifrane", "region": "03", "name_fr": "Ifrane", "name_ar": "إفران",
              "name_en": "Ifrane", "valid_from": tomorrow.isoformat()}  # fmt: skip
    with signed_in(server) as client:

        def post(**changes: str) -> httpx.Response:
            page = client.get("/console/reference/cities")
            data = {"csrf": _csrf(page.text), **ifrane, **changes}
            return client.post("/console/reference/cities", data=data)

        for changes, reason in (
            ({"city_id": "Ifrane!"}, "Identifiant invalide"),
            ({"region": "13"}, "Région inconnue"),
            ({"name_ar": "  "}, "Les trois noms sont requis"),
            ({"valid_from": today.isoformat()}, "le passé n'est pas réécrit"),
            ({"valid_from": "demain"}, "Date illisible"),
        ):
            refused = post(**changes)
            assert refused.status_code == 422 and reason in unescape(refused.text), changes
        assert server_values(server) == []
        saved = post()
        assert "notice=reference_city_saved" in str(saved.url)
        assert "Ifrane" in saved.text and "Fès-Meknès" in unescape(saved.text)
        assert "déjà dans la liste" in unescape(post().text)
        assert "reference_city_added" in client.get("/console/audit").text
    pc.sync()
    offered = {place.id: place for place in cities(pc.db, on=tomorrow)}
    assert offered["ifrane"].name("ar") == "إفران" and offered["ifrane"].region_code == "03"
    assert "ifrane" not in {place.id for place in cities(pc.db, on=today)}
    assert "rabat" in {place.id for place in cities(pc.db, on=today)}  # the shipped ones stay
    with pc.db.reader() as session:  # stored as a city: a person may live there
        stored = session.get(City, "ifrane")
        assert stored is not None and (stored.name_fr, stored.region_code) == ("Ifrane", "03")


def test_a_city_renamed_then_retired_nationally_is_offered_so_by_every_pc_on_its_days(
    server: Server, make_pc: Any
) -> None:
    from counsellor_app.services.reference import cities
    from counsellor_app.storage.models import City

    today = _today()
    opens, renamed, retired = (today + timedelta(days=n) for n in (1, 2, 3))
    pc = make_pc("pc-a")
    pc.enrol(server)
    with signed_in(server) as client:
        page = client.get("/console/reference/cities")
        assert "Renommer ou retirer une ville" not in unescape(page.text)  # nothing to change
        client.post(
            "/console/reference/cities",
            data={"csrf": _csrf(page.text), "city_id": "azrou", "region": "03",
                  "name_fr": "Azrou", "name_ar": "أزرو", "name_en": "Azrou",
                  "valid_from": opens.isoformat()},
        )  # fmt: skip

        def change(**fields: str) -> httpx.Response:
            page = client.get("/console/reference/cities")
            data = {"csrf": _csrf(page.text), "city": "azrou", "change": "rename", **fields}
            return client.post("/console/reference/cities/change", data=data)

        new_names = {"new_fr": "Azrou-Ville", "new_ar": "مدينة أزرو", "new_en": "Azrou Town"}
        for fields, reason in (
            ({"city": "atlantis", **new_names, "change_from": renamed.isoformat()},
             "pas dans la liste nationale"),
            ({**new_names, "new_ar": " ", "change_from": renamed.isoformat()},
             "Les trois noms sont requis"),
            ({**new_names, "change_from": today.isoformat()}, "le passé n'est pas réécrit"),
            ({**new_names, "change_from": opens.isoformat()}, "déjà une modification à cette"),
            ({**new_names, "change_from": "bientôt"}, "Date illisible"),
        ):  # fmt: skip
            refused = change(**fields)
            assert refused.status_code == 422 and reason in unescape(refused.text), fields
        assert "notice=reference_city_changed" in str(
            change(**new_names, change_from=renamed.isoformat()).url
        )
        done = change(change="retire", change_from=retired.isoformat())
        assert "notice=reference_city_changed" in str(done.url)
        assert "Azrou-Ville" in done.text and "Retirée" in unescape(done.text)
        trail = client.get("/console/audit").text
        assert "reference_city_renamed" in trail and "reference_city_retired" in trail
        english = client.get("/console/reference/cities", headers={"Accept-Language": "en"})
        assert english.status_code == 200
    with pc.db.reader() as session:
        before = session.get(City, "azrou")
        assert before is None  # nothing before the sync
    pc.sync()
    assert "azrou" not in {place.id for place in cities(pc.db, on=today)}
    first = {place.id: place for place in cities(pc.db, on=opens)}["azrou"]
    assert (first.name("fr"), first.name("ar")) == ("Azrou", "أزرو")
    second = {place.id: place for place in cities(pc.db, on=renamed)}["azrou"]
    assert (second.name("fr"), second.name("ar"), second.name("en")) == (
        "Azrou-Ville", "مدينة أزرو", "Azrou Town",
    )  # fmt: skip
    offered_then = {place.id for place in cities(pc.db, on=retired)}
    assert "azrou" not in offered_then and "rabat" in offered_then
    # Retired for new records only: the city stays, so a person living there keeps showing it.
    with pc.db.reader() as session:
        kept = session.get(City, "azrou")
        assert kept is not None and kept.region_code == "03"
