"""A real ``counsellor-server`` process on loopback, on SQLite and on PostgreSQL, and PCs set
up apart that enrol with it (registered as a
pytest plugin by tests/conftest.py, for the sync tests and the sync window's tests)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import httpx
import psycopg
import pytest

from counsellor_app.services.accounts import CurrentUser, SetupRequest, Workspace
from counsellor_app.services.people import PeopleService
from counsellor_app.storage.database import Database
from counsellor_app.storage.keystore import FAST_KDF_FOR_TESTS
from counsellor_app.storage.models import Agency, LocalSetting, Person
from counsellor_app.storage.paths import DataPaths
from counsellor_app.sync.client import SyncClient, SyncReport
from tests.conftest import person as test_person

PC_PASSWORD = "Rabat-Agdal-2026!"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Server:
    url: str
    environment: dict[str, str]

    def admin(self, *args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "counsellor_app.server.cli", *args],
            env=self.environment,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    def enrolment_code(self, agency: str = "RABAG") -> str:
        return self.admin("enrolment-code", "--agency", agency, "--name", "Agence Rabat-Agdal")


def _postgres_binaries() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


@pytest.fixture(scope="session")
def postgres() -> Iterator[str]:
    """A throw-away PostgreSQL cluster on loopback (as the ``postgres`` user when run as root).
    Skipped where PostgreSQL is not installed, unless COUNSELLOR_REQUIRE_SERVICES is set (CI)."""
    binaries = _postgres_binaries()
    if binaries is None:
        if os.environ.get("COUNSELLOR_REQUIRE_SERVICES"):
            pytest.fail(
                "PostgreSQL is required here (COUNSELLOR_REQUIRE_SERVICES) but not installed"
            )
        pytest.skip("PostgreSQL not installed")
    # Not under pytest's temporary folder: its parents are private to root.
    root = Path(tempfile.mkdtemp(prefix="counsellor-pg-"))
    as_owner: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        shutil.chown(root, "postgres")
        as_owner = ["runuser", "-u", "postgres", "--"]
    data, port = root / "data", _free_port()
    subprocess.run(
        [
            *as_owner,
            str(binaries / "initdb"),
            "-D",
            str(data),
            "-U",
            "counsellor",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        ],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            *as_owner,
            str(binaries / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(root / "log"),
            "-w",
            "-o",
            f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    yield f"postgresql+psycopg://counsellor@127.0.0.1:{port}"
    subprocess.run(
        [*as_owner, str(binaries / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"],
        check=False,
        capture_output=True,
    )
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The server's two databases: a SQLite file (trial) and PostgreSQL (production)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.db'}"
    base: str = request.getfixturevalue("postgres")
    name = f"t{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base.replace("+psycopg", "") + "/postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return f"{base}/{name}"


@pytest.fixture
def server(tmp_path: Path, database_url: str) -> Iterator[Server]:
    """``counsellor-server serve`` in its own process, on each of its databases."""
    port = _free_port()
    environment = {
        **os.environ,
        "COUNSELLOR_SERVER_DATABASE_URL": database_url,
        "COUNSELLOR_SERVER_LOG_JSON": "1",
    }
    log = (tmp_path / "server.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "counsellor_app.server.cli", "serve", "--port", str(port)],
        env=environment,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(url + "/v1/health", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            pass
        assert process.poll() is None, (tmp_path / "server.log").read_text()
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.1)
    yield Server(url, environment)
    process.terminate()
    process.wait(10)
    log.close()


@dataclass
class Pc:
    workspace: Workspace
    db: Database
    user: CurrentUser

    def client(self, server: Server | None = None) -> SyncClient:
        return SyncClient(self.db, server.url if server else None)

    def enrol(self, server: Server, code: str | None = None, then_sync: bool = True) -> None:
        """Enrol with a fresh code of the PC's own agency (or ``code``), then sync."""
        code = code or server.enrolment_code(self.agency_code())
        client = self.client(server)
        try:
            client.enrol(code)
            if then_sync:
                client.sync()
        finally:
            client.close()

    def sync(self) -> SyncReport:
        client = self.client()
        try:
            return client.sync()
        finally:
            client.close()

    def people(self) -> PeopleService:
        return PeopleService(self.db, self.user, today=lambda: date(2026, 11, 22))

    def person(self, person_id: str) -> Person | None:
        with self.db.reader() as session:
            return session.get(Person, person_id)

    def edit(self, person_id: str, **changes: str) -> None:
        """Change some of a person's profile fields, as the form would."""
        people = self.people()
        people.update(person_id, test_person(**{**vars(people.get(person_id).data), **changes}))

    def agency_code(self) -> str:
        with self.db.reader() as session:
            setting = session.get(LocalSetting, "agency_id")
            agency = session.get(Agency, setting.value) if setting else None
            assert agency is not None
            return agency.code


@pytest.fixture
def make_pc(tmp_path: Path) -> Iterator[object]:
    """Factory: a PC set up on its own (own agency record, own accounts), as in the field."""
    made: list[Pc] = []

    def make(name: str, agency: str = "RABAG") -> Pc:
        workspace = Workspace(DataPaths(tmp_path / name), FAST_KDF_FOR_TESTS)
        db, admin, _recovery = workspace.set_up(
            SetupRequest(
                "anapec",
                f"Agence {agency}",
                agency,
                "rabat",
                "admin",
                f"Admin {name}",
                PC_PASSWORD,
                PC_PASSWORD,
            )
        )
        pc = Pc(workspace, db, admin)
        made.append(pc)
        return pc

    yield make
    for pc in made:
        pc.db.close()
