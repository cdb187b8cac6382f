"""Hybrid logical clocks: timestamps that order edits across PCs whose clocks disagree.

An HLC is the wall clock in milliseconds, a counter for events within the same millisecond (or
while the wall clock lags behind a time already seen), and the node that made it. Its text form
sorts like the value, so the server and the PCs compare them as strings.

Bounded drift (reference/sync.md §9.2): a PC whose clock is far behind the last time it has
seen refuses to stamp new edits (its clock must be fixed first), and the server clamps a
timestamp from the future to its own time plus the allowed drift, so a PC a day ahead can
neither win every conflict nor push everyone's clocks forward.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_DRIFT_MS = 5 * 60 * 1000
MAX_COUNTER = 0xFFFF


class ClockBehind(Exception):
    """This PC's clock is behind a time it has already seen by more than the allowed drift."""

    def __init__(self, behind_ms: int) -> None:
        super().__init__(f"clock behind by {behind_ms} ms")
        self.behind_ms = behind_ms


@dataclass(frozen=True, order=True)
class Hlc:
    millis: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.millis:015d}-{self.counter:04x}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> Hlc:
        millis, counter, node = text.split("-", 2)
        if len(millis) != 15 or len(counter) != 4 or not node:
            raise ValueError(f"not an HLC: {text!r}")
        return cls(int(millis), int(counter, 16), node)


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HlcClock:
    """The clock of one node; ``last`` is persisted by the caller after each use."""

    def __init__(
        self,
        node: str,
        last: Hlc | None = None,
        now_ms: Callable[[], int] = wall_ms,
        max_drift_ms: int = MAX_DRIFT_MS,
    ) -> None:
        self.node = node
        self.last = last or Hlc(0, 0, node)
        self._now, self._max_drift = now_ms, max_drift_ms
        self._lock = threading.Lock()  # edits on the GUI thread, a sync on its worker

    def tick(self) -> Hlc:
        """A timestamp for a local edit, later than every timestamp seen so far."""
        with self._lock:
            return self._tick()

    def _tick(self) -> Hlc:
        now = self._now()
        if self.last.millis - now > self._max_drift:
            raise ClockBehind(self.last.millis - now)
        if now > self.last.millis:
            stamp = Hlc(now, 0, self.node)
        else:
            stamp = self._next(self.last.millis, self.last.counter)
        self.last = stamp
        return stamp

    def observe(self, remote: Hlc) -> None:
        """Take in a timestamp received from elsewhere (already clamped by the server)."""
        with self._lock:
            self._observe(remote)

    def _observe(self, remote: Hlc) -> None:
        now = self._now()
        millis = max(now, self.last.millis, remote.millis)
        if millis == self.last.millis == remote.millis:
            counter = max(self.last.counter, remote.counter) + 1
        elif millis == self.last.millis:
            counter = self.last.counter + 1
        elif millis == remote.millis:
            counter = remote.counter + 1
        else:
            counter = 0
        self.last = self._next(millis, counter - 1)

    def _next(self, millis: int, counter: int) -> Hlc:
        if counter + 1 > MAX_COUNTER:  # 65,536 edits in one millisecond: borrow the next one
            return Hlc(millis + 1, 0, self.node)
        return Hlc(millis, counter + 1, self.node)


def clamp(stamp: Hlc, server_now_ms: int, max_drift_ms: int = MAX_DRIFT_MS) -> tuple[Hlc, bool]:
    """The server's view of an incoming timestamp: never later than its own time plus the
    allowed drift. Returns the timestamp to use and whether it was suspect (clamped)."""
    ceiling = server_now_ms + max_drift_ms
    if stamp.millis <= ceiling:
        return stamp, False
    return Hlc(ceiling, stamp.counter, stamp.node), True
