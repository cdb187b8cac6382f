"""The change log: numbers taken in commit order, change entries, erasures seen since a cursor,
and the small helpers every desk shares.

Changes are numbered just before commit under the counter row's lock, so a puller reading
``server_seq > cursor`` never skips a change committed late (reference/sync.md §9.4).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from counsellor_app.server.models import (
    AppliedOp,
    ChangeEntry,
    Erasure,
    Record,
    SyncCounter,
)


def _chunks(values: Sequence[str], size: int) -> list[Sequence[str]]:
    return [values[start : start + size] for start in range(0, len(values), size)]


def person_name(fields: Mapping[str, Any]) -> str:
    return f"{str(fields.get('last_name', '')).upper()} {fields.get('first_name', '')}".strip()


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def last_device_seq(session: Session, device_id: str) -> int:
    """The highest sequence number of this PC's operations the server keeps (0 for none): a PC
    restored from an older backup numbers its new operations from above it."""
    top = session.scalar(
        select(func.max(AppliedOp.device_seq)).where(AppliedOp.device_id == device_id)
    )
    return int(top or 0)


def next_numbers(session: Session, count: int) -> int:
    """The first of ``count`` new sequence numbers. The counter row stays locked until commit,
    so numbers become visible in commit order (sync.md §9.4)."""
    top = session.execute(
        update(SyncCounter)
        .where(SyncCounter.id == 1)
        .values(value=SyncCounter.value + count)
        .returning(SyncCounter.value)
    ).scalar_one()
    return int(top) - count + 1


def announce(session: Session, records: Sequence[Record], device_id: str, now: datetime) -> None:
    """New change entries for records changed on the server itself (a resolved conflict, a
    file shared or handed over): whoever may see them pulls them."""
    first = next_numbers(session, len(records))
    for offset, record in enumerate(records):
        record.updated_seq = first + offset
        session.add(
            ChangeEntry(
                server_seq=first + offset,
                entity=record.entity,
                entity_id=record.id,
                person_id=record.person_id,
                owner_agency_id=record.owner_agency_id,
                version=record.version,
                origin_device=device_id,
                origin_op=None,
                committed_at=now,
            )
        )


def erased_since(session: Session, cursor: int, upto: int) -> list[str]:
    """Every erasure after the cursor, whatever the PC's scope: it may hold an old copy."""
    return list(
        session.scalars(
            select(Erasure.person_id)
            .where(
                Erasure.erased_at.is_not(None),
                Erasure.server_seq > cursor,
                Erasure.server_seq <= upto,
            )
            .order_by(Erasure.server_seq)
        )
    )
