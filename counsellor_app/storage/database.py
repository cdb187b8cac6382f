"""An unlocked database: engine, migrated schema, and units of work that record who acted."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from counsellor_app.storage import changes, history, migrations
from counsellor_app.storage.engine import open_engine
from counsellor_app.storage.models import LocalSetting
from counsellor_app.storage.outbox import Outbox
from counsellor_app.storage.paths import DataPaths

log = logging.getLogger(__name__)


class Database:
    def __init__(
        self, paths: DataPaths, key: bytes, extra_version_locations: Sequence[Path] = ()
    ) -> None:
        """Open the file with ``key`` (raises ``WrongKey``) and migrate it (``MigrationFailed``)."""
        self.paths = paths
        self.key = key
        # Present at open: the last session did not close (crash, power cut). Worth a check.
        self.unclean_start = paths.open_marker.exists()
        self.engine = open_engine(paths.database, key)
        paths.open_marker.touch()
        try:
            self.migration = migrations.upgrade(
                self.engine,
                paths.database,
                paths.backups,
                extra_version_locations=extra_version_locations,
            )
        except BaseException:
            self.engine.dispose()
            raise
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        history.install(self._sessions)
        # What each committed unit of work changed, for whoever listens (the UI's hub).
        self.changes = changes.ChangeFeed()
        changes.install(self._sessions, self.changes)
        self.outbox: Outbox | None = None
        self.load_outbox()
        self.optimize(at_open=True)

    def quick_check(self) -> bool:
        """SQLite's structural check of the whole file (seconds on a large register)."""
        with self.engine.connect() as connection:
            rows = connection.exec_driver_sql("PRAGMA quick_check").fetchall()
        return [tuple(r) for r in rows] == [("ok",)]

    def load_outbox(self) -> None:
        """Once this PC is enrolled, every unit of work queues its changes for the server."""
        with self.reader() as session:
            self.outbox = Outbox.load(session)

    def optimize(self, at_open: bool = False) -> None:
        """Keep the query planner's statistics current (SQLite's recommended ``PRAGMA optimize``):
        without them it takes a counsellor's 100,000 people for a handful and joins from the
        wrong side. At open it only analyses tables never analysed, within a small budget."""
        with self.engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA analysis_limit = 1000")
            connection.exec_driver_sql(
                "PRAGMA optimize = 0x10002" if at_open else "PRAGMA optimize"
            )

    @contextmanager
    def unit_of_work(self, actor_id: str | None) -> Iterator[Session]:
        """One transaction: everything inside is saved together, or nothing is."""
        with self._sessions() as session:
            self._record_changes(session, actor_id)
            with session.begin():
                yield session

    def _record_changes(self, session: Session, actor_id: str | None) -> None:
        """Changes made in ``session`` enter the history under ``actor_id``, and the outbox."""
        session.info[history.ACTOR_KEY] = actor_id
        session.info[history.OUTBOX_KEY] = self.outbox

    @contextmanager
    def replayable_unit_of_work(self, actor_id: str | None) -> Iterator[Session]:
        """A transaction that a power cut may undo at no cost, because what it writes comes
        again (a pulled page moves the sync cursor with it): its commit skips the flush to
        disk (SQLite's ``synchronous = NORMAL`` under WAL: still atomic and consistent). On an
        agency PC's disk that flush is a large part of a first pull of a whole agency."""
        with self.engine.connect() as connection:
            driver = connection.connection.dbapi_connection
            assert driver is not None
            # Outside any transaction (SQLite refuses it inside), on this one connection.
            driver.execute("PRAGMA synchronous = NORMAL")
            try:
                with self._sessions(bind=connection) as session:
                    self._record_changes(session, actor_id)
                    with session.begin():
                        yield session
            finally:
                try:
                    if driver.in_transaction:  # a failed commit leaves SQLite's one open
                        driver.rollback()
                    driver.execute("PRAGMA synchronous = FULL")
                except Exception:
                    log.exception("could not restore a connection's flush to disk")
                    connection.invalidate()  # never handed out again with the weaker setting

    @contextmanager
    def reader(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def local_setting(self, key: str) -> str | None:
        with self.reader() as session:
            return session.scalar(select(LocalSetting.value).where(LocalSetting.key == key))

    def close(self) -> None:
        try:
            self.optimize()
        except Exception:  # statistics are a nicety: closing must never fail on them
            log.warning("PRAGMA optimize failed at close", exc_info=True)
        finally:
            self.engine.dispose()
            self.paths.open_marker.unlink(missing_ok=True)
