"""Shared fixtures: every test gets its own copy of a real, set-up, encrypted data directory."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The installer's config files of the machine running the tests never reach them.
os.environ.setdefault("COUNSELLOR_MACHINE_CONFIG", os.devnull)
os.environ.setdefault("COUNSELLOR_USER_CONFIG", os.devnull)

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import settings

from counsellor_app.core.person import ConsentInput, IdentityDocumentInput, PersonInput
from counsellor_app.core.roles import Role
from counsellor_app.services.accounts import CurrentUser, SetupRequest, Workspace
from counsellor_app.services.people import PeopleService
from counsellor_app.services.users import UserService
from counsellor_app.storage.database import Database
from counsellor_app.storage.keystore import FAST_KDF_FOR_TESTS
from counsellor_app.storage.paths import DataPaths

# Hypothesis's per-example deadline is a timed assertion: on a shared two-core machine the first
# example of a file reader can take half a second while the rest take microseconds. Speed is
# measured by the benchmarks, never by the tests.
settings.register_profile("counsellor", deadline=None)
settings.load_profile("counsellor")

pytest_plugins = ["tests.server_fixtures"]  # a real server on loopback, where a test asks

ADMIN = "admin"
COUNSELLOR = "salma"
PASSWORD = "Rabat-Agdal-2026!"


@pytest.fixture(scope="session")
def template_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Set up once per run (migrations, agency, two accounts); tests get copies."""
    root = tmp_path_factory.mktemp("template") / "data"
    workspace = Workspace(DataPaths(root), FAST_KDF_FOR_TESTS)
    db, admin, _ = workspace.set_up(
        SetupRequest(
            "anapec",
            "Agence ANAPEC Rabat-Agdal",
            "RABAG",
            "rabat",
            ADMIN,
            "Amina Benkirane",
            PASSWORD,
            PASSWORD,
        )
    )
    UserService(workspace, db, admin).create_user(
        COUNSELLOR, "Salma Ouahbi", Role.COUNSELLOR, PASSWORD
    )
    with db.unit_of_work(admin.id) as session:
        from sqlalchemy import update

        from counsellor_app.storage.models import UserAccount

        session.execute(update(UserAccount).values(must_change_password=False))
    db.close()
    return root


@pytest.fixture
def paths(template_dir: Path, tmp_path: Path) -> DataPaths:
    target = tmp_path / "data"
    shutil.copytree(template_dir, target)
    return DataPaths(target)


@pytest.fixture
def workspace(paths: DataPaths) -> Workspace:
    return Workspace(paths, FAST_KDF_FOR_TESTS)


@pytest.fixture
def session(workspace: Workspace) -> Iterator[tuple[Database, CurrentUser]]:
    db, user = workspace.log_in(COUNSELLOR, PASSWORD)
    yield db, user
    db.close()


@pytest.fixture
def db(session: tuple[Database, CurrentUser]) -> Database:
    return session[0]


@pytest.fixture
def user(session: tuple[Database, CurrentUser]) -> CurrentUser:
    return session[1]


@pytest.fixture
def people(db: Database, user: CurrentUser) -> PeopleService:
    return PeopleService(db, user, today=lambda: date(2026, 11, 22))


def letters(number: int, width: int = 3) -> str:
    """A number as letters ("baa" for 676), for names: digits are refused in a name; the
    same width keeps the order of the numbers."""
    out = ""
    for _ in range(width):
        number, rest = divmod(number, 26)
        out = "abcdefghijklmnopqrstuvwxyz"[rest] + out
    return out.capitalize()


def person(**changes: object) -> PersonInput:
    """A valid intake, changed where a test needs it."""
    base = PersonInput(
        last_name="Diallo",
        first_name="Mamadou",
        sex="male",
        date_of_birth=date(1995, 3, 2),
        nationality="GN",
        legal_status="regularised_2014",
        documents=(IdentityDocumentInput("residence_card", "E123456", date(2027, 6, 30)),),
        phone="06 12 34 56 78",
        consent=ConsentInput(True, date(2026, 11, 20), frozenset({"processing"})),
    )
    return PersonInput(**{**base.__dict__, **changes})  # type: ignore[arg-type]
