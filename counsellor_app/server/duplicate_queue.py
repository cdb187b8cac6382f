"""The duplicates index kept up to date after the push, not inside it (issue 25, 5).

Kept inside the push, the index (``server.duplicates.refresh``) made every push transaction
read and rewrite ``duplicate_key`` while holding its records' locks: fifty PCs pushing at once
lost a third of their ingest to it. Now the push only records which people it changed
(``enqueue``, one ``COPY`` in its own transaction) and a drain, run after the answer by the
worker that took the push (any worker: they hold nothing), brings the index up to date:

- one drain at a time across every worker: a transaction-scoped advisory lock on PostgreSQL
  (a worker that cannot take it leaves, the running drain takes its rows), a lock of the
  process on SQLite (the single-site trial runs one process);
- the rows are deleted in the transaction that updates the index: a drain that crashes (a
  killed worker, a lost connection) leaves them queued, and the next drain takes them again;
- the drain that runs last looks once more after letting go of the lock, so a push committed
  while it finished is never left waiting for the next push;
- the console drains (waiting for the lock) before it lists the pairs: what it shows includes
  every push answered.

A queued row holds a person id and a time, no personal data.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from datetime import UTC, datetime

from sqlalchemy import delete, exists, func, select
from sqlalchemy.orm import Session, sessionmaker

from counsellor_app.server import duplicates
from counsellor_app.server.bulk import insert_many, is_postgresql
from counsellor_app.server.duplicate_models import DuplicateQueued

log = logging.getLogger("counsellor.server")
# People brought up to date per transaction: the index's queries take id lists, and a short
# transaction keeps the lock on ``duplicate_key`` rows brief.
BATCH = 500
# pg_advisory_xact_lock's key for the drain (any fixed number no other lock of ours uses).
DRAIN_LOCK = 0x44555045  # "DUPE"
_local = threading.Lock()  # SQLite: one process; PostgreSQL: saves a round trip per push


def enqueue(session: Session, person_ids: Iterable[str], now: datetime) -> None:
    """Record, in the caller's transaction, people whose keys may have changed."""
    insert_many(
        session,
        DuplicateQueued.__table__,  # type: ignore[arg-type]
        [{"person_id": p, "queued_at": now} for p in sorted({p for p in person_ids if p})],
    )


def _locked(session: Session, wait: bool) -> bool:
    if not is_postgresql(session):
        return True  # the process lock is held
    if wait:
        session.execute(select(func.pg_advisory_xact_lock(DRAIN_LOCK)))
        return True
    return bool(session.scalar(select(func.pg_try_advisory_xact_lock(DRAIN_LOCK))))


def _drain_once(sessions: Callable[[], Session], wait: bool, batch: int) -> tuple[int, bool]:
    """Drain while holding the lock: (people brought up to date, whether the lock was had)."""
    done = 0
    while True:
        with sessions() as session:
            if not _locked(session, wait):
                return done, False
            rows = session.execute(
                select(DuplicateQueued.id, DuplicateQueued.person_id)
                .order_by(DuplicateQueued.id)
                .limit(batch)
            ).all()
            if not rows:
                session.commit()
                return done, True
            people = {person_id for _id, person_id in rows}
            duplicates.refresh(session, people, datetime.now(UTC))
            session.execute(
                delete(DuplicateQueued).where(DuplicateQueued.id.in_([i for i, _p in rows]))
            )
            session.commit()  # the index and the rows' removal together, or neither
            done += len(people)


def _waiting(sessions: Callable[[], Session]) -> bool:
    with sessions() as session:
        return bool(session.scalar(select(exists().where(DuplicateQueued.id.is_not(None)))))


def drain(sessions: Callable[[], Session], wait: bool = False, batch: int = BATCH) -> int:
    """Bring the duplicates index up to date with every queued person; returns how many.

    ``wait``: wait for a drain running elsewhere to finish, then drain (the console, tests);
    otherwise leave at once when another is running (a push's answer: that one takes the
    rows)."""
    done = 0
    while True:
        if not _local.acquire(blocking=wait):
            return done
        try:
            drained, had_lock = _drain_once(sessions, wait, batch)
        finally:
            _local.release()
        done += drained
        # Let go: a push that committed while this finished and found the lock taken left its
        # rows to this drain, which looks once more.
        if not had_lock or not _waiting(sessions):
            return done


def drain_quietly(sessions: sessionmaker[Session], wait: bool = False) -> None:
    """A push's drain, after its answer, or the console's before its list: a failure leaves
    the rows queued for the next one and never reaches the PC or the page (which lists what
    the index holds), logged without data: the exception's kind only."""
    try:
        drain(sessions, wait=wait)
    except Exception as error:
        log.warning("duplicates drain failed: %s", type(error).__name__)
