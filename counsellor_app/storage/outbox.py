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

from counsellor_app.core import acts
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
# The highest sequence number this PC ever gave an operation. Kept apart from the outbox's rows
# (an erasure or an eviction deletes a person's rows; a number the server has seen is never
# given again), only grows, and is moved in the same transaction as the operation it numbers.
SEQ_KEY = "sync.device_seq"
# Columns that describe this PC's copy (or are derived from the record): never sent. Who made
# and last changed a record, and when, travel with it.
LOCAL_ONLY = frozenset({"search_rowid", "sort_key", "last_login_at", "thumbnail", "private_key"})
NOT_SENT = frozenset({"id", "server_version", "dirty"}) | LOCAL_ONLY
# Kinds of record that never travel as operations: a certificate signing key is registered by
# the PC's own signed call (``SyncClient.register_keys``); the server refuses it as a record.
# Programmes are national (the server's own, pulled by every PC; one a PC made before it
# synced stays on it).
# Notices of possible duplicates are the server's too (server/duplicate_notices.py).
NOT_QUEUED = frozenset({"signing_key", "programme", "reference_value", "duplicate_notice"})
# ``session.info`` key of the unlocked act keys of the logged-in person (``Database.signers``).
SIGNERS_KEY = "act_signers"


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


def _mark(session: Session) -> LocalSetting:
    """The high-water mark's row, made from the outbox's highest number in a file older than
    it (the rows were then the only record of the numbers given)."""
    # A row added in this unit of work is not in the identity map until flushed (and numbers
    # are taken during flushes): the session remembers it, so a second one is never made.
    pending = session.info.get(SEQ_KEY)
    if isinstance(pending, LocalSetting) and pending in session:
        return pending
    with session.no_autoflush:
        mark = session.get(LocalSetting, SEQ_KEY)
        if mark is None:
            top = session.scalar(select(func.max(OutboxOp.device_seq))) or 0
            mark = LocalSetting(key=SEQ_KEY, value=str(top))
            session.add(mark)
    session.info[SEQ_KEY] = mark
    return mark


def last_seq(session: Session) -> int:
    """The highest sequence number given so far (0 before the first operation)."""
    with session.no_autoflush:
        mark = session.get(LocalSetting, SEQ_KEY)
        rows = session.scalar(select(func.max(OutboxOp.device_seq))) or 0
    return max(int(mark.value) if mark else 0, rows)


def take_seq(session: Session, floor: int = 0) -> int:
    """A new sequence number, above every one given and above ``floor``; the mark moves in the
    caller's transaction (a write transaction: BEGIN IMMEDIATE, so no other writer interleaves)."""
    mark = _mark(session)
    seq = max(int(mark.value), floor) + 1
    mark.value = str(seq)
    return seq


def raise_floor(session: Session, floor: int) -> bool:
    """Number from above ``floor`` from now on (the highest the server has applied for this PC:
    after the restore of an older backup, the file's mark is behind). True if it moved."""
    mark = _mark(session)
    if floor <= int(mark.value):
        return False
    mark.value = str(floor)
    return True


class Outbox:
    """Queues operations for one enrolled PC; the clock's last time is saved with each batch."""

    def __init__(self, device_id: str, clock: HlcClock, next_seq: int = 1) -> None:
        self.device_id, self.clock, self._next_seq = device_id, clock, next_seq

    @classmethod
    def load(cls, session: Session) -> Outbox | None:
        device = session.get(LocalSetting, DEVICE_KEY)
        if device is None:
            return None
        last = session.get(LocalSetting, CLOCK_KEY)
        clock = HlcClock(device.value, Hlc.parse(last.value) if last else None)
        return cls(device.value, clock, last_seq(session) + 1)

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
        # The stored mark is the truth (another process or a restore may have moved it); the
        # number kept here only guards against a mark that went backwards.
        seq = take_seq(session, floor=self._next_seq - 1)
        op = OutboxOp(
            op_id=new_id(),
            device_seq=seq,
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
        op.act = self._act(session, op, now)
        session.add(op)
        self._next_seq = seq + 1
        session.merge(LocalSetting(key=CLOCK_KEY, value=str(stamp)))

    def _act(self, session: Session, op: OutboxOp, now: datetime) -> dict[str, Any] | None:
        """The acting person's signature when the operation is an act of hers (an account
        changed, a committee's decision, a tranche confirmed), made now with her key
        unlocked at login; None when it is no act, or nobody's key is at hand (the server
        then refuses the act, and says so)."""
        if not op.actor_id:
            return None
        kind = acts.op_act_kind(op.entity, op.action, op.changes, op.actor_id, op.entity_id)
        key = session.info.get(SIGNERS_KEY, {}).get(op.actor_id) if kind else None
        if kind is None or key is None:
            return None
        with session.no_autoflush:
            agency = session.get(LocalSetting, "agency_id")
        sent = as_sent(op)
        return acts.sign(
            key,
            kind,
            agency_id=agency.value if agency else "",
            device_id=self.device_id,
            user_id=op.actor_id,
            ids=acts.op_ids(sent),
            values=acts.op_values(op.changes),
            at_ms=int(now.timestamp() * 1000),
        )


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
        **({"act": op.act} if op.act else {}),
    }
