"""The app killed (SIGKILL, a separate process) during a save, a migration, a batch print and
an import, then opened again: the file opens and passes SQLite's check, every acknowledged
save is there, and nothing half-written is visible."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from counsellor_app.services.accounts import Workspace
from counsellor_app.storage import migrations
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import (
    AuditRecord,
    IssuedDocument,
    PathwayStage,
    Person,
)
from tests.conftest import COUNSELLOR, PASSWORD, letters, person

ROOT = Path(__file__).resolve().parents[2]


def kill_during(workspace: Workspace, acks: Path, scenario: str, seed: int = 1) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tests.storage.crash_worker", str(workspace.paths.root),
         str(acks), scenario],
        cwd=ROOT, env={**os.environ, "CRASH_SEED": str(seed)}, capture_output=True, text=True,
        check=False, timeout=300,
    )  # fmt: skip
    assert done.returncode == -9, done.stderr[-2000:]
    assert workspace.paths.open_marker.exists()  # the session did not end: checked at open


def reopen(workspace: Workspace) -> Database:
    db, _user = workspace.log_in(COUNSELLOR, PASSWORD)  # runs the check after an unclean stop
    assert db.quick_check()
    return db


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_killed_while_saving_every_acknowledged_save_is_whole(
    workspace: Workspace, tmp_path: Path, seed: int
) -> None:
    acks = tmp_path / "acks.txt"
    kill_during(workspace, acks, "saves", seed)
    acknowledged = acks.read_text().split()
    assert acknowledged, "killed before the first save: the test proved nothing"
    db = reopen(workspace)
    try:
        with db.reader() as session:
            present = set(session.scalars(select(Person.id)))
            intakes = set(session.scalars(select(PathwayStage.person_id)))
            audited = set(
                session.scalars(
                    select(AuditRecord.subject_id).where(AuditRecord.action == "person_created")
                )
            )
            indexed = session.execute(text("SELECT count(*) FROM person_fts")).scalar()
    finally:
        db.close()
    assert set(acknowledged) <= present
    assert len(present) - len(acknowledged) <= 1  # the save under way: whole, or not at all
    assert present == intakes == audited  # each file with its intake stage and audit entry
    assert indexed == len(present)


def test_killed_during_a_migration_the_old_schema_and_data_remain_then_upgrade(
    workspace: Workspace, tmp_path: Path
) -> None:
    db, user = workspace.log_in(COUNSELLOR, PASSWORD)
    from counsellor_app.services.people import PeopleService

    kept = PeopleService(db, user).register(person())
    migrations.downgrade(db.engine, "0015")
    db.close()
    kill_during(workspace, tmp_path / "acks.txt", "migration")
    db = reopen(workspace)  # this time the upgrade completes
    try:
        assert migrations.current_revision(db.engine) == migrations.head_revision()
        with db.reader() as session:
            assert session.get(Person, kept) is not None
    finally:
        db.close()


def test_killed_during_a_batch_print_no_document_is_registered(
    workspace: Workspace, tmp_path: Path
) -> None:
    from counsellor_app.services.people import PeopleService
    from counsellor_app.services.referrals import PartnerInput, ReferralService

    db, user = workspace.log_in(COUNSELLOR, PASSWORD)
    referrals = ReferralService(db, user)
    partner = referrals.create_partner(PartnerInput("Centre de santé Hay Hassani", "health_centre"))
    sharing = person().consent.__class__(
        True, person().consent.given_on, frozenset({"processing", "sharing_partners"})
    )
    subjects = []
    for n in range(12):
        someone = PeopleService(db, user).register(
            person(last_name="Sow " + letters(n), documents=(), consent=sharing), confirmed_new=True
        )
        subjects.append(referrals.refer(someone, partner, "Bilan", person().consent.given_on))
    db.close()
    acks = tmp_path / "acks.txt"
    acks.with_suffix(".subjects").write_text("\n".join(subjects))
    kill_during(workspace, acks, "batch_print")
    db = reopen(workspace)
    try:
        with db.reader() as session:
            assert session.scalar(select(func.count()).select_from(IssuedDocument)) == 0
            assert not session.scalars(
                select(AuditRecord).where(AuditRecord.action == "document_issued")
            ).all()
        # The next batch numbers its documents as if the killed one never happened.
        from counsellor_app.services.documents import DocumentService

        _db, user = workspace.log_in(COUNSELLOR, PASSWORD, open_database=db)
        issued = DocumentService(db, user, workspace.paths.verification).issue_many(
            "referral_letter", subjects[:2]
        )
        assert [i.serial.split("-")[-1] for i in issued] == ["D00001", "D00002"]
    finally:
        db.close()


def test_killed_during_an_import_nothing_of_it_is_there(
    workspace: Workspace, tmp_path: Path
) -> None:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Nom", "Prénom", "Sexe", "Date de naissance", "Nationalité", "Statut"])
    for n in range(300):
        writer.writerow(
            ["Camara " + letters(n), "Ibrahima", "H", "1992-05-04", "Guinée", "Réfugié"]
        )
    acks = tmp_path / "acks.txt"
    Path(str(acks) + ".csv").write_bytes(out.getvalue().encode("utf-8"))
    kill_during(workspace, acks, "import")
    db = reopen(workspace)
    try:
        with db.reader() as session:
            assert session.scalar(select(func.count()).select_from(Person)) == 0
            assert not session.scalars(
                select(AuditRecord).where(AuditRecord.action == "imported")
            ).all()
    finally:
        db.close()
