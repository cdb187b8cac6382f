"""What a committed unit of work changed, told once to whoever listens (no Qt here).

Every session made by the database's session factory collects, while it flushes, the kinds of
record (table names) and the people its ORM objects touch; writes that bypass the ORM (the
pull's bulk inserts and updates, an erasure's deletes) report theirs with :func:`note`. When
the transaction commits, one :class:`ChangeSet` goes to the :class:`ChangeFeed`'s subscribers,
on the committing thread; a rollback drops what was collected. The UI's hub relays it to the
GUI thread, so screens refresh from what really changed instead of signals wired by hand.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from counsellor_app.core.clock import utc_now

log = logging.getLogger(__name__)

_PENDING = "pending_changes"
_REMOVED = "removed_people"
ORIGIN_KEY = "change_origin"
ACTOR_KEY = "actor_id"  # the same key the history reads (storage.history.ACTOR_KEY)

# Origins: what kind of unit of work made the change (screens word a banner from it). A
# restore publishes nothing: the session closes and every screen is built again after it.
SAVE, PULL, IMPORT, ERASURE, EVICTION = ("save", "pull", "import", "erasure", "eviction")

# Which screen a write was made for (a file's own saves do not tell that file "changed
# elsewhere"). Read on the committing thread when the transaction commits.
_SOURCE: ContextVar[object | None] = ContextVar("change_source", default=None)

# Bookkeeping tables whose rows never interest a screen on their own.
_QUIET = frozenset({"outbox_op", "local_setting", "audit_entry", "draft", "number_sequence"})


@dataclass(frozen=True)
class ChangeSet:
    """One committed unit of work: the kinds of record it wrote, the people concerned."""

    kinds: frozenset[str]
    people: frozenset[str]
    actor: str | None = None
    origin: str = SAVE
    at: datetime = field(default_factory=utc_now)
    source: object | None = None  # the screen the write was made for, if it said so
    removed: frozenset[str] = frozenset()  # people erased or evicted from this PC

    def concerns(self, kinds: Iterable[str] = (), person_id: str | None = None) -> bool:
        """Whether a screen showing ``kinds`` (any kind if empty), about ``person_id`` (any
        person if None), needs a refresh."""
        if person_id is not None and person_id not in self.people:
            return False
        wanted = frozenset(kinds)
        return not wanted or bool(wanted & self.kinds)


Subscriber = Callable[[ChangeSet], None]


class ChangeFeed:
    """Plain-Python publish/subscribe; subscribers run on the committing thread and must be
    quick (the UI's hub only queues a signal). A failing subscriber never undoes a commit."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: list[Subscriber] = []

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Add ``subscriber``; returns the call that removes it."""
        with self._lock:
            self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            with self._lock:
                if subscriber in self._subscribers:
                    self._subscribers.remove(subscriber)

        return unsubscribe

    def publish(self, change: ChangeSet) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            try:
                subscriber(change)
            except Exception:
                log.exception("a change subscriber failed")


@contextmanager
def made_for(source: object) -> Iterator[None]:
    """Writes inside are tagged as made for ``source`` (a screen), on this thread."""
    token = _SOURCE.set(source)
    try:
        yield
    finally:
        _SOURCE.reset(token)


def _pending(session: Session) -> tuple[set[str], set[str]]:
    found = session.info.get(_PENDING)
    if found is None:
        found = session.info[_PENDING] = (set(), set())
    return found


def note(session: Session, kinds: Iterable[str], people: Iterable[str | None] = ()) -> None:
    """Report writes the ORM does not see (bulk inserts, updates, deletes) in this session's
    transaction; published with the rest at commit."""
    found_kinds, found_people = _pending(session)
    found_kinds.update(kinds)
    found_people.update(p for p in people if p)


def note_removed(session: Session, person_id: str) -> None:
    """The person leaves this PC in this transaction (an erasure, an eviction)."""
    note(session, ("person",), (person_id,))
    session.info.setdefault(_REMOVED, set()).add(person_id)


def set_origin(session: Session, origin: str) -> None:
    session.info[ORIGIN_KEY] = origin


def _person_of(record: Any) -> str | None:
    table = getattr(record, "__tablename__", None)
    if table == "person":
        return getattr(record, "id", None)
    person = getattr(record, "person_id", None)
    if person is None and table == "disbursement":
        application = getattr(record, "application", None)
        person = getattr(application, "person_id", None)
    return person


def _collect(session: Session, _context: Any) -> None:
    """After each flush: the ORM objects it wrote (still listed as new, dirty or deleted)."""
    records = [*session.new, *session.dirty, *session.deleted]
    if not records:
        return
    kinds, people = _pending(session)
    for record in records:
        table = getattr(record, "__tablename__", None)
        if table is None or table in _QUIET:
            continue
        if record in session.dirty and not session.is_modified(record):
            continue
        kinds.add(table)
        person = _person_of(record)
        if person:
            people.add(person)


def _after_commit(session: Session, feed: ChangeFeed) -> None:
    found = session.info.pop(_PENDING, None)
    origin = session.info.pop(ORIGIN_KEY, SAVE)
    removed = session.info.pop(_REMOVED, set())
    if not found or not (found[0] or found[1]):
        return
    kinds, people = found
    feed.publish(
        ChangeSet(
            frozenset(kinds),
            frozenset(people),
            session.info.get(ACTOR_KEY),
            origin,
            source=_SOURCE.get(),
            removed=frozenset(removed),
        )
    )


def _forget(session: Session, *_args: Any) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(ORIGIN_KEY, None)
    session.info.pop(_REMOVED, None)


def install(factory: sessionmaker[Session], feed: ChangeFeed) -> None:
    """Every session of ``factory`` publishes its committed changes to ``feed``."""
    event.listen(factory, "after_flush", _collect)
    event.listen(factory, "after_commit", lambda session: _after_commit(session, feed))
    event.listen(factory, "after_rollback", _forget)
    event.listen(factory, "after_soft_rollback", _forget)
