"""The one place the database file is opened: SQLCipher, WAL, full sync, foreign keys on."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from counsellor_app.storage.faults import FaultKind, classify_open_failure

BUSY_TIMEOUT_MS = 10_000
# The execution option that makes a transaction take SQLite's write lock at its start. In WAL
# a deferred transaction that reads, then writes, fails at once with "database is locked" if
# another connection committed in between (the busy timeout does not help); an immediate one
# waits for the lock (busy timeout) and then reads what is committed.
BEGIN_MODE = "counsellor_begin"


class StorageFault(Exception):
    """The database file could not be opened; ``kind`` says why (see storage.faults)."""

    def __init__(self, kind: FaultKind, path: Path) -> None:
        super().__init__(f"{kind.value}: {path}")
        self.kind, self.path = kind, path


class WrongKey(StorageFault):
    """The file is there and readable, but no page of it opens with this key."""

    def __init__(self, path: Path) -> None:
        super().__init__(FaultKind.WRONG_KEY, path)


def _uri(path: Path) -> str:
    """SQLite's URI of a file: an empty authority then the absolute path ("file:///C:/...",
    "file:////server/share/..." for a Windows share, "file:///home/..."), %-quoted."""
    posix = path.resolve().as_posix()
    return "file://" + ("" if posix.startswith("/") else "/") + quote(posix, safe="/:")


def keyed_connection(path: Path, key: bytes, create: bool = True) -> Any:
    """A bare driver connection to an encrypted file, unlocked with ``key`` (the key is only
    tried by the first read). Backups and restores check copies through it. Without
    ``create`` a missing file is refused instead of being made anew, empty."""
    target = str(path) if create else _uri(path) + "?mode=rw"
    connection = sqlcipher3.connect(
        target, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False, uri=not create
    )
    connection.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is reported by us, once
    # A raw 256-bit key: no passphrase derivation on every connection.
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return connection


def _connect(path: Path, key: bytes, create: bool = False) -> Any:
    """A configured connection; a file that does not open raises :class:`StorageFault` named
    for what went wrong (missing, read-only, full, damaged, wrong key...)."""
    try:
        connection = keyed_connection(path, key, create)
    except sqlcipher3.Error as exc:
        raise StorageFault(classify_open_failure(path, key, exc), path) from exc
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        _configure(connection)
    except sqlcipher3.Error as exc:
        connection.close()
        kind = classify_open_failure(path, key, exc)
        raise (WrongKey(path) if kind is FaultKind.WRONG_KEY else StorageFault(kind, path)) from exc
    return connection


def _configure(connection: Any) -> None:
    for pragma in (
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = FULL",
        "PRAGMA foreign_keys = ON",
        "PRAGMA secure_delete = ON",
        f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA cache_size = -8000",  # 8 MB a connection: 16 held 16 MB more, searched no faster
    ):
        connection.execute(pragma)


def _check_whole_pages(connection: Any, path: Path) -> None:
    """A database file is whole pages (SQLite only ever writes whole ones, and a checkpoint
    grows it by pages): one that is not was cut short, by a copy or a disk, and its last page
    would fail only when read, perhaps in the middle of a save."""
    page_size = int(connection.execute("PRAGMA page_size").fetchone()[0])
    size = path.stat().st_size if path.exists() else 0
    if page_size > 0 and size % page_size:
        raise StorageFault(FaultKind.DAMAGED, path)


def open_engine(path: Path, key: bytes, create: bool = False) -> Engine:
    """Return an engine over the encrypted file at ``path``; raise :class:`StorageFault` (or
    :class:`WrongKey`) at once. Only ``create`` makes a new file: a database that went
    missing is never silently replaced by an empty one."""
    connection = _connect(path, key, create)  # fail fast, before any pool or ORM is involved
    try:
        _check_whole_pages(connection, path)
    finally:
        connection.close()
    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher3.dbapi2,  # the pysqlcipher dialect would re-issue its own PRAGMA key
        creator=lambda: _connect(path, key),
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        # The connection used last is the one handed out next: its page cache holds what the
        # register just read, and idle connections do not each fill 8 MB of cache in turn.
        pool_use_lifo=True,
    )

    # The driver's implicit transactions skip DDL and SELECT; let SQLAlchemy's BEGIN be the
    # only one, so a migration or a save is all-or-nothing (SQLAlchemy's pysqlite recipe).
    @event.listens_for(engine, "connect")
    def _no_implicit_transactions(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        mode = connection.get_execution_options().get(BEGIN_MODE, "")
        connection.exec_driver_sql(f"BEGIN {mode}" if mode == "IMMEDIATE" else "BEGIN")

    return engine


def writer_engine(engine: Engine) -> Engine:
    """The same engine and pool, whose transactions begin with ``BEGIN IMMEDIATE``: every
    write transaction goes through it; reads keep deferred transactions (WAL lets them run
    beside a writer)."""
    return engine.execution_options(**{BEGIN_MODE: "IMMEDIATE"})
