"""An unlocked database: engine, migrated schema, and units of work that record who acted."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session, sessionmaker

from counsellor_app.storage import changes, faults, history, migrations, writer
from counsellor_app.storage.engine import StorageFault, open_engine, writer_engine
from counsellor_app.storage.models import LocalSetting
from counsellor_app.storage.outbox import SIGNERS_KEY, Outbox
from counsellor_app.storage.paths import DataPaths

log = logging.getLogger(__name__)

T = TypeVar("T")


class Database:
    def __init__(
        self,
        paths: DataPaths,
        key: bytes,
        extra_version_locations: Sequence[Path] = (),
        create: bool = False,
    ) -> None:
        """Open the file with ``key`` (raises ``StorageFault``, ``WrongKey`` among them) and
        migrate it (``MigrationFailed``). Only ``create`` (first start) makes a new file."""
        self.paths = paths
        self.key = key
        # Present at open: the last session did not close (crash, power cut). Worth a check.
        self.unclean_start = paths.open_marker.exists()
        # Set by whoever checks an unclean start: the audit trail's head before this session.
        self.audit_head_at_open: int | None = None
        self.engine = open_engine(paths.database, key, create)
        # One writer: every write transaction of this process (a save, a pulled page, an
        # import, a backup's record) runs on, or takes the turn of, one thread (storage.writer),
        # then SQLite's lock with BEGIN IMMEDIATE. Other processes wait on the busy timeout.
        self.write_engine = writer_engine(self.engine)
        self.writer = writer.Writer()
        self._writing = threading.local()
        try:
            paths.open_marker.touch()
        except OSError as exc:  # a folder IT made read-only, a full disk: say which
            self.writer.close()
            self.engine.dispose()
            kind = faults.classify_os_error(exc) or faults.FaultKind.IO_ERROR
            raise StorageFault(kind, paths.open_marker) from exc
        try:
            self.migration = migrations.upgrade(
                self.engine,
                paths.database,
                paths.backups,
                extra_version_locations=extra_version_locations,
            )
        except BaseException:
            self.writer.close()
            self.engine.dispose()
            raise
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        history.install(self._sessions)
        # What each committed unit of work changed, for whoever listens (the UI's hub).
        self.changes = changes.ChangeFeed()
        changes.install(self._sessions, self.changes)
        self.outbox: Outbox | None = None
        # The logged-in person's act key, unlocked by her password (storage/user_keys.py).
        self.signers: dict[str, Any] = {}
        self.load_outbox()
        try:
            self.optimize(at_open=True)
        except Exception:  # statistics are a nicety: a full disk is said at the first save
            log.warning("PRAGMA optimize failed at open", exc_info=True)

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
        with writer.blocking_writes_allowed(), self.write_transaction() as connection:
            connection.exec_driver_sql("PRAGMA analysis_limit = 1000")
            connection.exec_driver_sql(
                "PRAGMA optimize = 0x10002" if at_open else "PRAGMA optimize"
            )

    def submit(self, work: Callable[[], T]) -> Future[T]:
        """Run ``work`` (which opens its units of work) on the writer, without waiting."""
        return self.writer.submit(work)

    @contextmanager
    def _write_connection(self) -> Iterator[Connection]:
        """A connection whose transactions begin immediately, on the writer's turn."""
        if getattr(self._writing, "active", False):
            # A second write transaction on this thread would wait for the first: say so.
            raise RuntimeError("a write transaction opened inside another on the same thread")
        with self.writer.turn(), self.write_engine.connect() as connection:
            self._writing.active = True
            try:
                yield connection
            finally:
                self._writing.active = False

    @contextmanager
    def write_transaction(self) -> Iterator[Connection]:
        """A Core write transaction (bulk inserts, maintenance) under the one writer."""
        with self._write_connection() as connection, connection.begin():
            yield connection

    @contextmanager
    def unit_of_work(self, actor_id: str | None) -> Iterator[Session]:
        """One transaction: everything inside is saved together, or nothing is."""
        with self._write_connection() as connection, self._sessions(bind=connection) as session:
            self._record_changes(session, actor_id)
            with session.begin():
                yield session

    def _record_changes(self, session: Session, actor_id: str | None) -> None:
        """Changes made in ``session`` enter the history under ``actor_id``, and the outbox."""
        session.info[history.ACTOR_KEY] = actor_id
        session.info[history.OUTBOX_KEY] = self.outbox
        session.info[SIGNERS_KEY] = self.signers

    @contextmanager
    def replayable_unit_of_work(self, actor_id: str | None) -> Iterator[Session]:
        """A transaction that a power cut may undo at no cost, because what it writes comes
        again (a pulled page moves the sync cursor with it): its commit skips the flush to
        disk (SQLite's ``synchronous = NORMAL`` under WAL: still atomic and consistent). On an
        agency PC's disk that flush is a large part of a first pull of a whole agency."""
        with self._write_connection() as connection:
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

    def close_quietly(self) -> None:
        """Let go of a database that could not be used (full disk at login...): no statistics
        written, and the crash marker kept if the last session had crashed, so the next start
        still checks what may be missing."""
        self.writer.close()
        self.engine.dispose()
        if not self.unclean_start:
            self.paths.open_marker.unlink(missing_ok=True)

    def close(self) -> None:
        try:
            self.optimize()
        except Exception:  # statistics are a nicety: closing must never fail on them
            log.warning("PRAGMA optimize failed at close", exc_info=True)
        finally:
            self.writer.close()
            self.engine.dispose()
            self.paths.open_marker.unlink(missing_ok=True)
