"""The one hub that tells the screens what changed, on the GUI thread.

The storage layer publishes a :class:`~counsellor_app.storage.changes.ChangeSet` when a unit of
work commits, on whichever thread committed it. The hub queues each one to the GUI thread and
lets a short burst (the pages of a pull, an import) settle, then emits one :class:`ChangeBatch`;
each screen asks it whether something it shows changed, and refreshes only then.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from PySide6.QtCore import QObject, QTimer, Signal

from counsellor_app.storage import changes
from counsellor_app.storage.changes import ChangeFeed, ChangeSet

# A change reaches the screens this many milliseconds after its commit (what commits in the
# meantime comes with it), and a long burst (a first pull's pages) at most once per
# ``BURST_GAP_MS``: some screens reload on the GUI thread (the to-do list of a large register).
SETTLE_MS = 150
BURST_GAP_MS = 1000

T = TypeVar("T")


@dataclass(frozen=True)
class ChangeBatch:
    """The change sets that committed since the screens last heard, oldest first."""

    sets: tuple[ChangeSet, ...]

    def concerns(self, kinds: Iterable[str] = (), person_id: str | None = None) -> bool:
        wanted = tuple(kinds)
        return any(change.concerns(wanted, person_id) for change in self.sets)

    def elsewhere(self, person_id: str, source: object) -> ChangeSet | None:
        """The latest change of the person not made for ``source`` (a file's own saves are
        not news to it), or None."""
        for change in reversed(self.sets):
            if change.source is not source and change.concerns((), person_id):
                return change
        return None


class ChangeHub(QObject):
    """Relays the database's change feed to the GUI thread, bursts coalesced."""

    changed = Signal(object)  # ChangeBatch
    _arrived = Signal(object)  # ChangeSet, from any thread

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting: list[ChangeSet] = []
        self._delivered_at: float | None = None  # time.monotonic() of the last delivery
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._deliver)
        # Emitted on the committing thread; Qt queues it to this object's (the GUI) thread.
        self._arrived.connect(self._collect)
        unsubscribe = feed.subscribe(self._arrived.emit)
        self.destroyed.connect(lambda _obj=None: unsubscribe())

    def _collect(self, change: ChangeSet) -> None:
        self._waiting.append(change)
        if not self._timer.isActive():
            wait = SETTLE_MS
            if self._delivered_at is not None:
                since = (time.monotonic() - self._delivered_at) * 1000
                wait = max(SETTLE_MS, round(BURST_GAP_MS - since))
            self._timer.start(wait)

    def _deliver(self) -> None:
        waiting, self._waiting = self._waiting, []
        if waiting:
            self._delivered_at = time.monotonic()
            self.changed.emit(ChangeBatch(tuple(waiting)))

    def stop(self) -> None:
        """The window closes: what waits is not delivered (its screens are going)."""
        self._timer.stop()
        self._waiting = []

    def flush(self) -> None:
        """Deliver what is waiting now (closing a screen, tests)."""
        self._timer.stop()
        self._deliver()


class _ActingFor:
    """A service whose every call is tagged as made for one screen."""

    def __init__(self, target: object, source: object) -> None:
        self._target, self._source = target, source

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if not callable(value):
            return value
        source = self._source

        @functools.wraps(value)
        def call(*args: Any, **kwargs: Any) -> Any:
            with changes.made_for(source):
                return value(*args, **kwargs)

        return call


def acting_for(service: T, source: object) -> T:
    """``service``, its writes tagged as made for ``source`` (see ``ChangeBatch.elsewhere``)."""
    return cast(T, _ActingFor(service, source))


def connect(hub: ChangeHub | None, slot: Callable[[ChangeBatch], None]) -> None:
    """Call ``slot`` (a screen's method: Qt drops the connection when the screen goes) with
    each batch; without a hub (a screen used alone) nothing is called."""
    if hub is not None:
        hub.changed.connect(slot)
