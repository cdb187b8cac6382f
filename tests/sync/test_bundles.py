"""USB bundles: a centre without a connection exchanges files through a courier PC."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from counsellor_app.core.bundle import BundleRefused
from counsellor_app.services.people import PeopleService
from counsellor_app.storage.models import OutboxOp, Person
from counsellor_app.sync.bundles import export_bundle, import_response
from tests.conftest import person
from tests.server_fixtures import Server


def _courier(server: Server, data: bytes) -> httpx.Response:
    return httpx.post(server.url + "/v1/bundles", content=data, timeout=60)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_bundle_goes_by_courier_and_its_answer_comes_back(
    server: Server, make_pc: object, tmp_path: Path
) -> None:
    centre, agency = make_pc("centre"), make_pc("agency")  # type: ignore[operator]
    centre.enrol(server)  # enrolled once, where there was a connection
    agency.enrol(server)
    people = PeopleService(centre.db, centre.user, today=lambda: date(2026, 11, 22))
    person_id = people.register(person(last_name="Sangaré"), confirmed_new=True)

    data, count = export_bundle(centre.db)
    assert count >= 2  # the person and their intake stage, at least
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert b"Sangar" not in archive.read("payload.bin")  # the courier reads nothing

    tampered = bytearray(data)
    tampered[len(tampered) // 2] ^= 0x01
    refused = _courier(server, bytes(tampered))
    assert refused.status_code == 422 and refused.json()["error"] in (
        "bundle_tampered",
        "bundle_damaged",
    )
    answer = _courier(server, data)
    assert answer.status_code == 200
    assert _courier(server, data).json()["error"] == "bundle_replayed"

    report = import_response(centre.db, answer.content)
    assert set(report.results) == {"applied"} and report.results["applied"] == count
    with centre.db.reader() as session:
        assert {op.state for op in session.query(OutboxOp)} == {"applied"}
    with pytest.raises(BundleRefused) as twice:
        import_response(centre.db, answer.content)
    assert twice.value.reason == "bundle_replayed"
    with pytest.raises(BundleRefused) as foreign:
        import_response(agency.db, answer.content)
    assert foreign.value.reason in ("bundle_not_for_you", "bundle_tampered")

    agency.sync()
    with agency.db.reader() as session:
        assert session.get(Person, person_id) is not None  # reached the agency through the stick

    old, _ = export_bundle(centre.db, now=datetime.now(UTC) - timedelta(days=40))
    assert _courier(server, old).json()["error"] == "bundle_expired"


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_the_command_line_exports_carries_and_imports(
    server: Server, make_pc: object, tmp_path: Path
) -> None:
    centre = make_pc("centre")  # type: ignore[operator]
    centre.enrol(server)
    PeopleService(centre.db, centre.user).register(person(last_name="Ba"), confirmed_new=True)
    root = str(centre.workspace.paths.root)
    centre.db.close()
    environment = {**os.environ, "COUNSELLOR_PASSWORD": "Rabat-Agdal-2026!"}
    app = [sys.executable, "-m", "counsellor_app", "--data-dir", root]
    stick = tmp_path / "usb"
    stick.mkdir()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*app, *args], env=environment, capture_output=True, text=True, check=False
        )

    exported = run("bundle", "export", str(stick / "to-server.zip"), "--user", "admin")
    assert exported.returncode == 0 and "changes written" in exported.stdout
    carried = subprocess.run(
        [sys.executable, "-m", "counsellor_app", "courier", str(stick / "to-server.zip"),
         str(stick / "answer.zip"), "--server", server.url],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert carried.returncode == 0, carried.stderr
    imported = run("bundle", "import", str(stick / "answer.zip"), "--user", "admin")
    assert imported.returncode == 0 and "applied" in imported.stdout, imported.stderr
    again = run("bundle", "import", str(stick / "answer.zip"), "--user", "admin")
    assert again.returncode == 2 and "bundle_replayed" in again.stderr
    centre.db = centre.workspace.log_in("admin", "Rabat-Agdal-2026!")[0]


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_an_unsent_bundle_cannot_bring_back_a_person_erased_meanwhile(
    server: Server, make_pc: object
) -> None:
    from sqlalchemy import select, text

    from counsellor_app.core.roles import Role
    from counsellor_app.services.sharing import SharingService
    from counsellor_app.services.users import UserService
    from counsellor_app.storage.models import ChangeLog

    agency, centre = make_pc("agency"), make_pc("centre")  # type: ignore[operator]
    person_id = agency.people().register(person(last_name="Kamissoko"), confirmed_new=True)
    UserService(agency.workspace, agency.db, agency.user).create_user(
        "karim", "Karim Haddad", Role.SUPERVISOR, "Rabat-Agdal-2026!"
    )
    agency.enrol(server)
    centre.enrol(server)
    centre.edit(person_id, first_name="Bakary")  # offline, in a bundle not carried yet
    data, _count = export_bundle(centre.db)

    SharingService(agency.db, agency.user).request_erasure(person_id, "Demande, loi 09-08")
    _db, karim = agency.workspace.log_in("karim", "Rabat-Agdal-2026!", agency.db)
    SharingService(agency.db, karim).approve_erasure(person_id)

    answer = _courier(server, data)  # the old bundle arrives after the erasure
    assert answer.status_code == 200
    report = import_response(centre.db, answer.content)
    assert report.results.get("rejected") == 1 and report.erased == 1
    for pc in (agency, centre):
        with pc.db.reader() as session:
            assert session.get(Person, person_id) is None
            assert not session.scalars(
                select(ChangeLog).where(ChangeLog.person_id == person_id)
            ).all()
            tables = session.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'table'")
            ).scalars()
            dump = "\n".join(  # every row of every table (search index included), decrypted
                repr(row)
                for table in list(tables)
                for row in session.execute(text(f'SELECT * FROM "{table}"'))
            )
            assert "kamissoko" not in dump.lower() and "bakary" not in dump.lower()
            assert session.execute(text("SELECT count(*) FROM erased_person")).scalar() == 1
    with httpx.Client(base_url=server.url) as client:  # nor on the server's pages
        assert "Kamissoko" not in client.get("/verify").text
