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
