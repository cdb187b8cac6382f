"""The outbox: every change of an enrolled PC, as an operation for the server, written by the
unit of work in the same transaction as the change itself (DESIGN.md §5).

An operation carries its own id, this PC's sequence number, the server version the record was
edited from, the fields changed (old → new) and a hybrid-logical-clock time. Before the PC is
enrolled nothing is queued: enrolment queues one operation per existing record instead.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counsellor_app.core.hlc import ClockBehind, Hlc, HlcClock
from counsellor_app.core.ids import new_id
from counsellor_app.core.problems import DomainError
from counsellor_app.storage.models import (
    Disbursement,
    GrantApplication,
    LocalSetting,
    OutboxOp,
    SyncedRecord,
)

DEVICE_KEY = "sync.device_id"
CLOCK_KEY = "sync.hlc"
# Columns that describe this PC's copy (or are derived from the record): never sent. Who made
# and last changed a record, and when, travel with it.
LOCAL_ONLY = frozenset({"search_rowid", "sort_key", "last_login_at", "thumbnail", "private_key"})
NOT_SENT = frozenset({"id", "server_version", "dirty"}) | LOCAL_ONLY
# Kinds of record that never travel as operations: a certificate signing key is registered by
# the PC's own signed call (``SyncClient.register_keys``); the server refuses it as a record.
NOT_QUEUED = frozenset({"signing_key"})


def person_of(session: Session, record: SyncedRecord) -> str | None:
    """The person whose scope the record follows (None for an agency's shared records)."""
    if type(record).__tablename__ == "person":  # type: ignore[attr-defined]
        return record.id
    if isinstance(record, Disbursement):
        with session.no_autoflush:
            return session.scalar(
                select(GrantApplication.person_id).where(
                    GrantApplication.id == record.application_id
                )
            )
    return getattr(record, "person_id", None)


class Outbox:
    """Queues operations for one enrolled PC; the clock's last time is saved with each batch."""

    def __init__(self, device_id: str, clock: HlcClock, next_seq: int) -> None:
        self.device_id, self.clock, self._next_seq = device_id, clock, next_seq

    @classmethod
    def load(cls, session: Session) -> Outbox | None:
        device = session.get(LocalSetting, DEVICE_KEY)
        if device is None:
            return None
        last = session.get(LocalSetting, CLOCK_KEY)
        clock = HlcClock(device.value, Hlc.parse(last.value) if last else None)
        top = session.scalar(select(func.max(OutboxOp.device_seq))) or 0
        return cls(device.value, clock, top + 1)

    def add(
        self,
        session: Session,
        record: SyncedRecord,
        action: str,
        changes: dict[str, list[Any]],
        actor: str | None,
        now: datetime,
    ) -> None:
        if type(record).__tablename__ in NOT_QUEUED:  # type: ignore[attr-defined]
            return
        try:
            stamp = self.clock.tick()
        except ClockBehind as behind:
            raise DomainError.single("clock_behind", minutes=behind.behind_ms // 60_000) from behind
        session.add(
            OutboxOp(
                op_id=new_id(),
                device_seq=self._next_seq,
                entity=type(record).__tablename__,  # type: ignore[attr-defined]
                entity_id=record.id,
                person_id=person_of(session, record),
                action=action,
                base_version=record.server_version or 0,
                changes=changes,
                hlc=str(stamp),
                actor_id=actor,
                created_at=now,
                state="pending",
            )
        )
        self._next_seq += 1
        session.merge(LocalSetting(key=CLOCK_KEY, value=str(stamp)))


def as_sent(op: OutboxOp) -> dict[str, Any]:
    """The operation as it travels to the server (online or in a bundle)."""
    return {
        "op_id": op.op_id,
        "device_seq": op.device_seq,
        "entity": op.entity,
        "entity_id": op.entity_id,
        "person_id": op.person_id,
        "action": op.action,
        "base_version": op.base_version,
        "changes": op.changes,
        "hlc": op.hlc,
        "actor_id": op.actor_id,
    }
