"""The one source of 'now', so tests and the sync layer can reason about time explicitly."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)


def local_today() -> date:
    """Today's date in the PC's time zone (the day the counsellor sees on her calendar)."""
    return datetime.now().astimezone().date()


def monotonic() -> float:
    """Seconds on a clock that only moves forward (the app's running time), whatever the
    wall clock is set to."""
    return time.monotonic()
