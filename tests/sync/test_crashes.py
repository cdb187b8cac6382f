"""The app killed (SIGKILL, a separate process) at each step of a sync, then opened again:
the file opens, nothing acknowledged or waiting is lost, and the next sync converges
(reference/sync.md §10.2, crash points)."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select, text

from counsellor_app.services.attachments import AttachmentService
from counsellor_app.storage.models import OutboxOp, Person
from tests.conftest import letters, person
from tests.server_fixtures import PC_PASSWORD, Server
from tests.sync.crash_runner import POINTS
from tests.sync.faults import differences

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("point", POINTS)
def test_a_pc_killed_during_a_sync_loses_nothing(
    server: Server, make_pc: object, point: str
) -> None:
    first, second = make_pc("pc-a"), make_pc("pc-b")  # type: ignore[operator]
    first.enrol(server)
    second.enrol(server)
    people = [
        first.people().register(person(last_name=f"Traoré {letters(n)}"), confirmed_new=True)
        for n in range(4)
    ]
    first.sync()
    second.sync()  # both hold the people; now both work apart
    for n, person_id in enumerate(people):
        first.edit(person_id, phone=f"06 62 00 00 {n:02d}")
        second.edit(person_id, first_name=f"Aminata {letters(n)}")
    first.people().register(person(last_name="Cissé"), confirmed_new=True)
    picture = io.BytesIO()
    Image.effect_noise((400, 300), 80).convert("RGB").save(picture, "PNG")  # ≈ 0.3 MB
    attachment = AttachmentService(first.db, first.user).attach(
        people[0], "diplome.png", picture.getvalue(), "Diplôme"
    )
    second.sync()
    with first.db.reader() as session:
        waiting = set(session.scalars(select(OutboxOp.op_id)))

    first.db.close()
    killed = subprocess.run(
        [sys.executable, "-m", "tests.sync.crash_runner", str(first.workspace.paths.root),
         PC_PASSWORD, point],
        cwd=ROOT, env={**os.environ}, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert killed.returncode == -signal.SIGKILL, (killed.returncode, killed.stderr[-2000:])

    first.db, first.user = first.workspace.log_in("admin", PC_PASSWORD)
    with first.db.reader() as session:
        assert session.scalar(text("PRAGMA integrity_check")) == "ok"
        assert waiting <= set(session.scalars(select(OutboxOp.op_id)))  # nothing dropped
        assert session.scalar(select(func.count()).select_from(Person)) == 5

    first.sync()
    second.sync()
    first.sync()
    assert differences(first.db, second.db) == []
    for pc in (first, second):
        with pc.db.reader() as session:
            states = set(session.scalars(select(OutboxOp.state).distinct()))
        assert states == {"applied"}, (pc, states)
        for n, person_id in enumerate(people):
            got = pc.person(person_id)
            assert got is not None
            assert (got.first_name, got.phone_e164) == (f"Aminata {letters(n)}", f"+21266200000{n}")
    _view, content = AttachmentService(second.db, second.user).content(attachment)
    assert content == picture.getvalue()
