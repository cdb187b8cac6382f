"""Schema upgrades at start: backup copy first, restore it if anything fails."""

from __future__ import annotations

import ast
import logging
import shutil
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import SQLAlchemyError

from counsellor_app.core.clock import utc_now
from counsellor_app.storage.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)


class MigrationFailed(Exception):
    """The upgrade failed and the database was put back as it was before it."""

    def __init__(self, revision: str | None, backup: Path | None, cause: BaseException) -> None:
        super().__init__(f"migration from {revision} failed: {cause}")
        self.revision, self.backup, self.cause = revision, backup, cause


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str | None
    backup: Path | None


def _config(extra_version_locations: Sequence[Path]) -> Config:
    from alembic.config import Config

    config = Config()
    root = migrations_dir()
    # Folders are joined by a newline, never a space: the installed app lives in
    # "C:\Program Files\Counsellor" (or a user's profile named "Aïcha Ben Ali"), and a path
    # split at its space found no migration at all (the database made without tables).
    # ConfigParser reads "%" as interpolation: doubled.
    config.set_main_option("script_location", str(root).replace("%", "%%"))
    locations = [str(root / "versions"), *(str(p) for p in extra_version_locations)]
    config.set_main_option("version_locations", "\n".join(locations).replace("%", "%%"))
    config.set_main_option("path_separator", "newline")
    return config


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(extra_version_locations: Sequence[Path] = ()) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config(extra_version_locations)).get_current_head()


def known_revisions(extra_version_locations: Sequence[Path] = ()) -> set[str]:
    """Every schema revision this version of the app knows (a newer one it cannot open)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config(extra_version_locations))
    return {revision.revision for revision in script.walk_revisions()}


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def backup_copy(engine: Engine, database: Path, backups: Path, label: str) -> Path:
    """A consistent copy of the (encrypted) file: checkpoint the WAL, then copy."""
    backups.mkdir(parents=True, exist_ok=True)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    stamp = utc_now().strftime("%Y%m%dT%H%M%SZ")
    target = backups / f"{database.stem}-{label}-{stamp}.db"
    shutil.copy2(database, target)
    return target


def upgrade(
    engine: Engine,
    database: Path,
    backups: Path,
    target: str = "heads",
    extra_version_locations: Sequence[Path] = (),
) -> MigrationResult:
    """Bring the schema to ``target``; on failure restore the pre-migration copy and raise."""
    if target == "heads" and not extra_version_locations:
        up_to_date = _already_at_head(engine)
        if up_to_date is not None:
            return MigrationResult(up_to_date, up_to_date, None)
    from alembic import command
    from alembic.script import ScriptDirectory

    config = _config(extra_version_locations)
    before = current_revision(engine)
    head = ScriptDirectory.from_config(config).get_current_head()
    if head is None:  # a bundle whose migrations were not found: never a database without tables
        missing = RuntimeError(f"no schema migration in {migrations_dir() / 'versions'}")
        raise MigrationFailed(before, None, missing)
    if before == head and target == "heads":
        return MigrationResult(before, before, None)
    backup = None
    if before is not None:
        backup = backup_copy(engine, database, backups, f"before-{before}")
    try:
        with _rebuild_safe_connection(engine) as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, target)
    except Exception as exc:
        log.exception("migration failed from %s", before)
        engine.dispose()
        for sidecar in _sidecars(database):
            sidecar.unlink(missing_ok=True)
        if backup is not None:
            shutil.copy2(backup, database)
        raise MigrationFailed(before, backup, exc) from exc
    after = current_revision(engine)
    log.info("database migrated from %s to %s", before, after)
    return MigrationResult(before, after, backup)


def downgrade(engine: Engine, target: str) -> None:
    """Take the schema back to ``target`` (the smoke tests' "older version" folders, tests)."""
    from alembic import command

    config = _config(())
    with _rebuild_safe_connection(engine) as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, target)


class ForeignKeysBroken(Exception):
    """A migration left rows pointing at rows that no longer exist; nothing was written."""


@contextmanager
def _rebuild_safe_connection(engine: Engine) -> Iterator[Connection]:
    """One transaction for a migration, with SQLite's foreign keys off while it runs and
    checked whole before it commits (SQLite's documented procedure for altering a table).

    A batch ALTER copies a table, drops the old one and renames the copy: with foreign keys
    on, dropping a table that other rows point at fails (a partner named by referrals), and
    the pragma cannot change inside a transaction, so it is set on the raw connection first.
    """
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                yield connection
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    tables = sorted({str(row[0]) for row in broken})
                    raise ForeignKeysBroken(f"rows left without their parent in {tables}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def _already_at_head(engine: Engine) -> str | None:
    """The stored revision when it is the one head of the shipped migrations, else None (then
    Alembic decides). Every start but the first after an update ends here: the revisions are
    read from the migration files' text and the version table with plain SQL, so Alembic and
    the migration modules (about 17 MB of the window's memory) are never imported."""
    heads = _shipped_heads(migrations_dir() / "versions")
    if heads is None or len(heads) != 1:
        return None
    try:
        with engine.connect() as connection:
            stored = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except SQLAlchemyError:  # a new file: no version table yet
        return None
    return stored[0][0] if [row[0] for row in stored] == list(heads) else None


def _shipped_heads(folder: Path) -> set[str] | None:
    """The revisions no other names as its parent, from each file's literal ``revision`` and
    ``down_revision`` assignments; None when a file does not state them plainly."""
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        files = sorted(folder.glob("*.py"))
        for file in files:
            values: dict[str, object] = {}
            for node in ast.parse(file.read_text(encoding="utf-8")).body:
                if (
                    isinstance(node, ast.Assign)
                    and len(node.targets) == 1
                    and isinstance(node.targets[0], ast.Name)
                    and node.targets[0].id in ("revision", "down_revision")
                ):
                    values[node.targets[0].id] = ast.literal_eval(node.value)
            revision, parent = values.get("revision"), values.get("down_revision", ...)
            if not isinstance(revision, str) or parent is ...:
                return None
            revisions.add(revision)
            if isinstance(parent, str):
                parents.add(parent)
            elif isinstance(parent, tuple | list):
                parents.update(str(p) for p in parent)
            elif parent is not None:
                return None
    except (OSError, SyntaxError, ValueError):
        return None
    return revisions - parents if files else None
