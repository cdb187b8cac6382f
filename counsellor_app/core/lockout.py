"""How long an account stays locked after repeated wrong passwords."""

from __future__ import annotations

from datetime import timedelta

MAX_FAILURES = 5
FIRST_LOCK = timedelta(minutes=5)
LONGEST_LOCK = timedelta(hours=1)


def lock_duration(consecutive_failures: int) -> timedelta | None:
    """None below the threshold; then 5 minutes, doubling with each further failure, up to 1 h."""
    if consecutive_failures < MAX_FAILURES:
        return None
    extra = consecutive_failures - MAX_FAILURES
    lock: timedelta = min(FIRST_LOCK * (2 ** min(extra, 8)), LONGEST_LOCK)
    return lock
