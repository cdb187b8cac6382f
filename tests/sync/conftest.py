"""PCs set up apart that enrol with the server (the server fixtures: tests/server_fixtures.py)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from counsellor_app.services.accounts import CurrentUser, SetupRequest, Workspace
from counsellor_app.storage.database import Database
from counsellor_app.storage.keystore import FAST_KDF_FOR_TESTS
from counsellor_app.storage.paths import DataPaths
from counsellor_app.sync.client import SyncClient
from tests.server_fixtures import Server

PASSWORD = "Rabat-Agdal-2026!"


@dataclass
class Pc:
    workspace: Workspace
    db: Database
    user: CurrentUser

    def client(self, server: Server | None = None) -> SyncClient:
        return SyncClient(self.db, server.url if server else None)


@pytest.fixture
def make_pc(tmp_path: Path) -> Iterator[object]:
    """Factory: a PC set up on its own (own agency record, own accounts), as in the field."""
    made: list[Pc] = []

    def make(name: str) -> Pc:
        workspace = Workspace(DataPaths(tmp_path / name), FAST_KDF_FOR_TESTS)
        db, admin, _recovery = workspace.set_up(
            SetupRequest(
                "anapec",
                "Agence ANAPEC Rabat-Agdal",
                "RABAG",
                "rabat",
                "admin",
                f"Admin {name}",
                PASSWORD,
                PASSWORD,
            )
        )
        pc = Pc(workspace, db, admin)
        made.append(pc)
        return pc

    yield make
    for pc in made:
        pc.db.close()
