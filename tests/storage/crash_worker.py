"""Work on a data directory in this process and die by SIGKILL (no clean-up at all) in the
middle of it. Acknowledged saves are appended, fsynced, to ACKS as soon as the save returns.

    python -m tests.storage.crash_worker DATA_DIR ACKS SCENARIO

Scenarios: ``saves`` (registering people one after the other, killed at a random moment by
another thread), ``migration`` (killed after the schema changes, before their commit),
``batch_print`` (killed once the batch's PDF is rendered, before the register's commit),
``import`` (killed half-way through writing an import). Exit status 3: never killed.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from counsellor_app.services.accounts import Workspace
from counsellor_app.storage.keystore import FAST_KDF_FOR_TESTS
from counsellor_app.storage.paths import DataPaths
from tests.conftest import COUNSELLOR, PASSWORD, letters, person


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def acknowledge(acks: Path, value: str) -> None:
    with acks.open("a", encoding="utf-8") as handle:
        handle.write(value + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def saves(workspace: Workspace, acks: Path) -> None:
    from counsellor_app.services.people import PeopleService

    db, user = workspace.log_in(COUNSELLOR, PASSWORD)
    people = PeopleService(db, user)
    delay = random.Random(int(os.environ.get("CRASH_SEED", "1"))).uniform(0.3, 1.2)
    threading.Timer(delay, die).start()
    for n in range(100_000):
        data = person(last_name="Kouassi " + letters(n, 4), documents=())
        acknowledge(acks, people.register(data, confirmed_new=True))


def migration(workspace: Workspace, acks: Path) -> None:
    from alembic import command  # imported by the upgrade when it runs (storage/migrations.py)

    original = command.upgrade

    def upgrade_then_die(config: Any, target: str) -> None:
        original(config, target)  # every statement ran, inside the uncommitted transaction
        die()

    command.upgrade = upgrade_then_die
    workspace.log_in(COUNSELLOR, PASSWORD)


def batch_print(workspace: Workspace, acks: Path) -> None:
    from counsellor_app.services import documents

    original = documents.render

    def render_then_die(*args: Any, **kwargs: Any) -> bytes:
        original(*args, **kwargs)
        die()
        raise AssertionError("unreachable")

    documents.render = render_then_die  # type: ignore[assignment]
    db, user = workspace.log_in(COUNSELLOR, PASSWORD)
    subjects = Path(acks.with_suffix(".subjects")).read_text().split()
    documents.DocumentService(db, user, workspace.paths.verification).issue_many(
        "referral_letter", subjects
    )


def importing(workspace: Workspace, acks: Path) -> None:
    from counsellor_app.services import people as people_module
    from counsellor_app.services.importer import ImportService, country_codes

    original = people_module.PeopleService._create
    calls = {"n": 0}

    def create_then_maybe_die(self: Any, session: Any, valid: Any) -> str:
        calls["n"] += 1
        if calls["n"] == 150:
            session.flush()  # half the rows are written, in the open transaction
            die()
        return original(self, session, valid)

    people_module.PeopleService._create = create_then_maybe_die  # type: ignore[method-assign]
    db, user = workspace.log_in(COUNSELLOR, PASSWORD)
    importer = ImportService(db, user, country_codes())
    preview = importer.preview("liste.csv", Path(str(acks) + ".csv").read_bytes())
    check = importer.check(preview, preview.mapping)
    importer.commit(preview, preview.mapping, check)


SCENARIOS = {
    "saves": saves,
    "migration": migration,
    "batch_print": batch_print,
    "import": importing,
}


def main() -> int:
    data_dir, acks, scenario = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    SCENARIOS[scenario](Workspace(DataPaths(data_dir), FAST_KDF_FOR_TESTS), acks)
    return 3


if __name__ == "__main__":
    sys.exit(main())
