"""What every form's save shares: the version of the stored records it was opened from.

A form reads a record with its version (:func:`record_version`), and saves with it
(``core.merge.Opened``); the service merges the form into a copy that changed meanwhile
(``core.merge.merge_dataclass``) instead of overwriting it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from counsellor_app.core.merge import Opened, merge_dataclass, version_of
from counsellor_app.core.problems import DomainError
from counsellor_app.storage.models import SyncedRecord

D = TypeVar("D")


def record_version(*records: SyncedRecord | None) -> str:
    """The records' version: their ids, server versions and last change times (None: not
    there yet, so a record created elsewhere meanwhile is a change too)."""
    return version_of(
        *(
            None if r is None else (r.id, r.server_version, r.updated_at, r.deleted_at)
            for r in records
        )
    )


def merged(
    opened: Opened[D] | None,
    version: str,
    mine: D,
    stored: D,
    chosen: Mapping[str, Any] | None = None,
) -> D:
    """The form's values to save: as typed when nothing changed since ``opened`` (or no
    version was given), else merged into ``stored`` (raises ``EditConflict``)."""
    if opened is None or opened.version == version:
        return mine
    return merge_dataclass(opened.values, mine, stored, chosen)


def ensure_unchanged(seen: str | None, version: str) -> None:
    """A decision (a stage moved, a grant decided, a tranche confirmed, a referral answered)
    taken on a record that changed since it was shown is refused, as the sync refuses a stale
    one: it is taken again on fresh data, never merged (``changed_elsewhere``)."""
    if seen is not None and seen != version:
        raise DomainError.single("changed_elsewhere")
