"""Schema from empty, upgrade with data, and a failed upgrade that puts the file back."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from counsellor_app.storage import migrations
from counsellor_app.storage.database import Database
from counsellor_app.storage.engine import open_engine
from counsellor_app.storage.keystore import new_database_key
from counsellor_app.storage.migrations import MigrationFailed
from counsellor_app.storage.paths import DataPaths

BROKEN = '''
"""a migration that fails half-way"""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("person", sa.Column("nickname", sa.String(40)))
    op.execute("UPDATE person SET nickname = 'x'")
    op.execute("THIS IS NOT SQL")


def downgrade() -> None:
    pass
'''


def test_empty_file_migrates_to_head_with_reference_data(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path)
    db = Database(paths, new_database_key(), create=True)
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM region")).scalar() == 12
        assert (
            connection.execute(text("SELECT name_ar FROM city WHERE id='oujda'")).scalar() == "وجدة"
        )
    assert db.migration.from_revision is None
    assert db.migration.to_revision == migrations.head_revision()
    db.close()


def test_upgrade_keeps_data_and_makes_a_backup_first(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path)
    paths.ensure()
    key = new_database_key()
    engine = open_engine(paths.database, key, create=True)
    migrations.upgrade(engine, paths.database, paths.backups, target="0001")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO local_setting(key, value) VALUES ('kept', 'yes')"))
    engine.dispose()

    db = Database(paths, key)  # opening at start applies what is missing
    assert db.migration.from_revision == "0001"
    assert db.migration.backup is not None and db.migration.backup.exists()
    assert db.local_setting("kept") == "yes"
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM city")).scalar() > 20
    db.close()


def test_failed_migration_restores_the_file(paths: DataPaths, tmp_path: Path) -> None:
    from counsellor_app.services.accounts import Workspace
    from counsellor_app.services.people import PeopleService
    from counsellor_app.storage.keystore import FAST_KDF_FOR_TESTS
    from tests.conftest import COUNSELLOR, PASSWORD, person

    db, user = Workspace(paths, FAST_KDF_FOR_TESTS).log_in(COUNSELLOR, PASSWORD)
    person_id = PeopleService(db, user).register(person())
    key = db.key
    db.close()

    extra = tmp_path / "extra_versions"
    extra.mkdir()
    (extra / "9999_broken.py").write_text(
        BROKEN.replace("{head}", migrations.head_revision() or "")
    )
    with pytest.raises(MigrationFailed) as failed:
        Database(paths, key, extra_version_locations=[extra])
    assert failed.value.backup is not None

    reopened = Database(paths, key)  # the released version still opens the restored file
    with reopened.engine.connect() as connection:
        columns = [row[1] for row in connection.execute(text("PRAGMA table_info(person)"))]
        assert "nickname" not in columns
        assert (
            connection.execute(
                text("SELECT count(*) FROM person WHERE id = :i"), {"i": person_id}
            ).scalar()
            == 1
        )
        assert connection.execute(text("PRAGMA quick_check")).scalar() == "ok"
    reopened.close()


def test_the_shipped_head_is_read_without_alembic_as_alembic_reads_it(tmp_path: Path) -> None:
    """The start's fast path (no Alembic when the file is at head) agrees with Alembic, and
    steps aside for anything it cannot read plainly."""
    shipped = migrations.migrations_dir() / "versions"
    assert migrations._shipped_heads(shipped) == {migrations.head_revision()}
    for file in shipped.glob("*.py"):
        (tmp_path / file.name).write_text(file.read_text("utf-8"), "utf-8")
    (tmp_path / "9998_branch.py").write_text('revision = "9998"\ndown_revision = "0001"\n')
    assert migrations._shipped_heads(tmp_path) == {migrations.head_revision(), "9998"}
    (tmp_path / "9999_odd.py").write_text('revision = "9999"\ndown_revision = pick()\n')
    assert migrations._shipped_heads(tmp_path) is None


def test_a_database_at_head_opens_without_importing_alembic(paths: DataPaths) -> None:
    """Alembic and the migration modules cost memory for the whole session: a file already at
    head (every start but the first after an update) never loads them. A fresh interpreter
    opens a copy of the set-up database and reads its ``sys.modules``."""
    import subprocess
    import sys

    from counsellor_app.services.accounts import Workspace
    from counsellor_app.storage.keystore import FAST_KDF_FOR_TESTS
    from tests.conftest import COUNSELLOR, PASSWORD

    db, _user = Workspace(paths, FAST_KDF_FOR_TESTS).log_in(COUNSELLOR, PASSWORD)
    assert db.migration.to_revision == migrations.head_revision()
    db.close()
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from counsellor_app.services.accounts import Workspace\n"
        "from counsellor_app.storage.keystore import FAST_KDF_FOR_TESTS\n"
        "from counsellor_app.storage.paths import DataPaths\n"
        "db, _ = Workspace(DataPaths(Path(sys.argv[1])), FAST_KDF_FOR_TESTS)"
        ".log_in(sys.argv[2], sys.argv[3])\n"
        "print(db.migration.from_revision, db.migration.to_revision, db.migration.backup)\n"
        "print('alembic' in sys.modules)\n"
        "db.close()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(paths.root), COUNSELLOR, PASSWORD],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    lines = done.stdout.split("\n")
    head = migrations.head_revision()
    assert lines[0] == f"{head} {head} None"
    assert lines[1] == "False"


ORPHANING = '''
"""a migration that deletes the partners its referrals point at"""
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DELETE FROM partner")


def downgrade() -> None:
    pass
'''


def _demo_database(folder: Path) -> tuple[Database, int]:
    from counsellor_app.services.accounts import Workspace
    from counsellor_app.services.demo import create_demo

    demo = create_demo(folder, 30, seed=2026)
    db, _user = Workspace(DataPaths(folder)).log_in(demo.admin_username, demo.password)
    with db.engine.connect() as connection:
        referred = connection.execute(
            text("SELECT count(*) FROM referral WHERE partner_id IS NOT NULL")
        ).scalar_one()
    return db, int(referred)


def test_down_and_up_again_through_tables_that_other_rows_point_at(tmp_path: Path) -> None:
    """Rebuilding a table that referrals point at (partner, in 0027) fails with foreign keys
    on: the smoke tests' "older version" folder is made this way, and an upgrade that
    rebuilds such a table would fail on every PC that has data."""
    db, referred = _demo_database(tmp_path)
    assert referred > 0  # the demo's referrals name partners: the case that broke
    migrations.downgrade(db.engine, "0010")
    assert migrations.current_revision(db.engine) == "0010"
    migrations.upgrade(db.engine, db.paths.database, db.paths.backups)
    assert migrations.current_revision(db.engine) == migrations.head_revision()
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # back on
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        after = connection.execute(
            text("SELECT count(*) FROM referral WHERE partner_id IS NOT NULL")
        ).scalar_one()
    assert after == referred
    db.close()


def test_a_migration_that_leaves_rows_without_their_parent_is_undone(tmp_path: Path) -> None:
    db, referred = _demo_database(tmp_path)
    assert referred > 0  # deleting the partners orphans these referrals
    key, paths = db.key, db.paths
    db.close()
    extra = tmp_path / "extra_versions"
    extra.mkdir()
    (extra / "9999_orphaning.py").write_text(
        ORPHANING.replace("{head}", migrations.head_revision() or "")
    )
    with pytest.raises(MigrationFailed) as failed:
        Database(paths, key, extra_version_locations=[extra])
    assert isinstance(failed.value.cause, migrations.ForeignKeysBroken)
    reopened = Database(paths, key)
    with reopened.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM partner")).scalar_one() > 0
    assert migrations.current_revision(reopened.engine) == migrations.head_revision()
    reopened.close()
