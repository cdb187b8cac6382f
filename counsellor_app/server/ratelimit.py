"""Rate limits held in the server's database, so that they hold however many workers (or
machines) serve one database: a token bucket per key, drawn from in one statement.

A bucket is a row (tokens left, when last drawn). A draw refills it for the time passed,
capped at the capacity, and takes a token only if one is there, in a single conditional
UPDATE: PostgreSQL locks the row and re-checks the condition for a second worker drawing at
the same moment, SQLite runs one writer at a time, so two workers never take the same
token. A key seen for the first time is inserted with one token taken. Each draw is its own
short transaction, on the nonce book's engine (on SQLite its commits skip the fsync: a power
cut may forget the last second's draws, which only refills some buckets early).
"""

from __future__ import annotations

import threading
import time

from sqlalchemy import Connection, Engine, case, delete, literal, update
from sqlalchemy.dialects import postgresql, sqlite

from counsellor_app.server.models import RateBucket


class RateLimit:
    """``per_minute`` calls a minute per key, in bursts of at most as many."""

    PURGE_EVERY_S = 60.0

    def __init__(self, engine: Engine, per_minute: int) -> None:
        self.engine = engine
        self.capacity = float(max(per_minute, 1))
        self.rate_per_ms = self.capacity / 60_000.0
        self._postgres = engine.dialect.name == "postgresql"
        dialect = postgresql if self._postgres else sqlite
        self._insert = dialect.insert(RateBucket).on_conflict_do_nothing().returning(RateBucket.key)
        self._purged = 0.0
        self._lock = threading.Lock()

    def allow(self, key: str, now_ms: int | None = None) -> bool:
        """Take a token of ``key``'s bucket; False when it is empty (the caller answers 429)."""
        now_ms = time.time_ns() // 1_000_000 if now_ms is None else now_ms
        key = key[:80]
        with self.engine.begin() as connection:
            self._maybe_purge(connection, now_ms)
            first = connection.scalar(
                self._insert,
                {"key": key, "tokens": self.capacity - 1.0, "updated_ms": now_ms},
            )
            if first is not None:
                return True
            refilled = RateBucket.tokens + (literal(now_ms) - RateBucket.updated_ms) * literal(
                self.rate_per_ms
            )
            available = case(
                (refilled > literal(self.capacity), literal(self.capacity)), else_=refilled
            )
            taken = connection.scalar(
                update(RateBucket)
                .where(RateBucket.key == key, available >= 1.0)
                .values(tokens=available - 1.0, updated_ms=now_ms)
                .returning(RateBucket.key)
            )
        return taken is not None

    def _maybe_purge(self, connection: Connection, now_ms: int) -> None:
        """Now and then, forget the buckets that have refilled whole (a scan of addresses
        leaves one row each)."""
        now = time.monotonic()
        with self._lock:
            if now - self._purged < self.PURGE_EVERY_S:
                return
            self._purged = now
        full_after_ms = int(self.capacity / self.rate_per_ms)
        connection.execute(delete(RateBucket).where(RateBucket.updated_ms < now_ms - full_after_ms))
