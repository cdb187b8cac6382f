"""Push and pull on the server's copy: idempotent operations, merges, scope, commit order.

Each pushed operation gets its own answer, stored with it, so a batch sent twice (a timeout, a
USB bundle imported again) is answered the same way and applied once. Changes are numbered
just before commit under the counter row's lock, so a puller reading ``server_seq > cursor``
never skips a change committed late (reference/sync.md §9.4).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import orjson
from sqlalchemy import Text, cast, delete, func, select, union, update
from sqlalchemy.orm import Session

from counsellor_app.core.acts import op_act_kind
from counsellor_app.core.hlc import Hlc, clamp
from counsellor_app.core.ids import new_id
from counsellor_app.core.merge import merge, natural_key, references
from counsellor_app.core.roles import Role, can, permission_needed
from counsellor_app.protocol import records
from counsellor_app.protocol.wire import OpStatus, Reason
from counsellor_app.server.acts import ActDesk
from counsellor_app.server.admin import aware
from counsellor_app.server.bulk import among, insert_many
from counsellor_app.server.models import (
    AccessGrant,
    Agency,
    AppliedOp,
    Blob,
    ChangeEntry,
    Conflict,
    Device,
    Erasure,
    Record,
    ScopeEvent,
    SyncCounter,
)
from counsellor_app.server.scope import (
    AGENCY_FORBIDDEN,
    NATIONAL_KINDS,
    NATIONAL_OWNER,
    NATIONAL_RECORD,
    NOT_OWNER,
    PERSON_FORBIDDEN,
    PERSON_THROUGH,
    SHARED_KINDS,
    AgencyScope,
    named_person,
    named_shared,
    new_value,
    shared_people,
    shared_references,
    with_what_they_name,
)

MAX_OPS_PER_PUSH = 250
MAX_DEVICE_SEQ = 2**63
# Refusals not remembered: what the operation names may still arrive, and the PC resends it.
RETRY_LATER = frozenset({"person_unknown", "reference_unknown"})
MAX_PULL_PAGE = 5000
# Kinds of record a PC may send. Person-scoped ones follow their person's owner agency.
PERSON_SCOPED = frozenset(
    {
        "person",
        "identity_document",
        "consent",
        "pathway_stage",
        "outcome",
        "enrolment",
        "attendance",
        "internship",
        "business_plan",
        "ae_registration",
        "grant_application",
        "disbursement",
        "follow_up_visit",
        "referral",
        "appointment",
        "attachment",
        "issued_document",
        "programme_enrolment",
    }
)
AGENCY_SHARED = SHARED_KINDS
ENTITIES = PERSON_SCOPED | AGENCY_SHARED | NATIONAL_KINDS


@dataclass
class NewRecord:
    """A record first seen in this batch: written with the batch's other rows in one insert
    (ORM objects cost more than the database does at thousands of operations a second)."""

    entity: str
    id: str
    person_id: str | None
    owner_agency_id: str
    version: int
    fields: dict[str, Any]
    field_versions: dict[str, int]
    field_clocks: dict[str, str]
    field_devices: dict[str, str]
    updated_seq: int
    natural_key: str | None


@dataclass
class Answer:
    op_id: str
    device_id: str
    device_seq: int
    fingerprint: str
    result: dict[str, Any]
    received_at: datetime


@dataclass(frozen=True)
class PendingChange:
    record: Record | NewRecord
    op_id: str
    result: dict[str, Any]


def _chunks(values: Sequence[str], size: int) -> list[Sequence[str]]:
    return [values[start : start + size] for start in range(0, len(values), size)]


def person_name(fields: Mapping[str, Any]) -> str:
    return f"{str(fields.get('last_name', '')).upper()} {fields.get('first_name', '')}".strip()


def fingerprint(op: Mapping[str, Any]) -> str:
    canonical = json.dumps(op, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def _valid(op: Mapping[str, Any]) -> dict[str, Any] | None:
    """Why the operation is malformed (the refusal's reason and field), or None. Its record
    values are checked against the kind's schema (``protocol.records``): stored, a value a PC
    cannot store would stop every PC of the agency at that page."""
    if not isinstance(op.get("op_id"), str) or len(op["op_id"]) != 36:
        return {"reason": Reason.VALIDATION, "field": "op_id"}
    if op.get("entity") not in ENTITIES:
        return {"reason": Reason.VALIDATION, "field": "entity"}
    if not isinstance(op.get("entity_id"), str) or not 1 <= len(op["entity_id"]) <= 36:
        return {"reason": Reason.VALIDATION, "field": "entity_id"}
    if op.get("action") not in ("create", "update", "archive"):
        return {"reason": Reason.VALIDATION, "field": "action"}
    if not isinstance(op.get("changes"), dict) or not all(
        isinstance(v, list) and len(v) == 2 for v in op["changes"].values()
    ):
        return {"reason": Reason.VALIDATION, "field": "changes"}
    if not isinstance(op.get("base_version"), int) or not isinstance(op.get("device_seq"), int):
        return {"reason": Reason.VALIDATION, "field": "version"}
    if not 0 < op["device_seq"] < MAX_DEVICE_SEQ:  # a BIGINT column: never a database error
        return {"reason": Reason.VALIDATION, "field": "device_seq"}
    try:
        Hlc.parse(str(op.get("hlc")))
    except ValueError:
        return {"reason": Reason.VALIDATION, "field": "hlc"}
    values = {name: pair[1] for name, pair in op["changes"].items()}
    problem = records.check(op["entity"], values, complete=op["action"] == "create")
    if problem is not None:
        return {"reason": Reason.INVALID_FIELD, "field": problem.field, "problem": problem.reason}
    return None


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


class SyncStore:
    def __init__(self, session: Session, device: Device, now: datetime) -> None:
        self.session, self.device, self.now = session, device, now
        self._acts = ActDesk(session, device, now)

    # -- push ------------------------------------------------------------------------------
    def push(self, ops: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """Answer every operation of a batch; what they change is written in one flush.

        Everything the batch needs is read first in a few queries (its operations already
        answered, its records locked for update, their persons, the natural keys it names):
        a batch of 250 costs a handful of round trips, not a thousand.
        """
        pending: list[PendingChange] = []
        with self.session.no_autoflush:
            self._prefetch(ops)
            results = [self._one(op, pending) for op in ops]
        entries = []
        # Named anew by a file another agency holds: announced again, before the change that
        # names them (that agency's PCs may have passed their last change long ago).
        again = with_what_they_name(self.session, self._to_share) if self._to_share else []
        if again:
            first = next_numbers(self.session, len(again))
            for offset, shared in enumerate(again):
                shared.updated_seq = first + offset
                entries.append(
                    {
                        "server_seq": first + offset,
                        "entity": shared.entity,
                        "entity_id": shared.id,
                        "person_id": shared.person_id,
                        "owner_agency_id": shared.owner_agency_id,
                        "version": shared.version,
                        "origin_device": self.device.id,
                        "origin_op": None,
                        "committed_at": self.now,
                    }
                )
        if pending:
            first = next_numbers(self.session, len(pending))
            for offset, change in enumerate(pending):
                seq = first + offset
                change.record.updated_seq = seq
                change.result["server_seq"] = seq
                entries.append(
                    {
                        "server_seq": seq,
                        "entity": change.record.entity,
                        "entity_id": change.record.id,
                        "person_id": change.record.person_id,
                        "owner_agency_id": change.record.owner_agency_id,
                        "version": change.record.version,
                        "origin_device": self.device.id,
                        "origin_op": change.op_id,
                        "committed_at": self.now,
                    }
                )
                applied = self._applied.get(change.op_id)
                if applied is not None:
                    applied.result = dict(change.result)
        insert_many(self.session, Record.__table__, [vars(r) for r in self._new])  # type: ignore[arg-type]
        insert_many(self.session, AppliedOp.__table__, [vars(a) for a in self._answers])  # type: ignore[arg-type]
        insert_many(self.session, ChangeEntry.__table__, entries)  # type: ignore[arg-type]
        self.session.flush()
        return results

    def _prefetch(self, ops: Sequence[Mapping[str, Any]]) -> None:
        op_ids = [op["op_id"] for op in ops if isinstance(op.get("op_id"), str)]
        entity_ids = {str(op.get("entity_id")) for op in ops}
        # Ids the operations name, to be read from the server's records: their people (as
        # claimed, and as their values say) and the applications tranches go through.
        person_ids = {str(op["person_id"]) for op in ops if op.get("person_id")}
        named_parents = {
            parent
            for op in ops
            if isinstance(op.get("changes"), dict)
            for parent in [named_person(str(op.get("entity")), op["changes"])]
            if parent is not None
        }
        self._records: dict[tuple[str, str], Record | NewRecord] = {
            (r.entity, r.id): r
            for r in self.session.scalars(
                select(Record)
                .where(
                    among(
                        self.session,
                        Record.id,
                        entity_ids | person_ids | {i for _kind, i in named_parents},
                    )
                )
                .with_for_update()
            )
        }
        # The stored people of the stored records (an honest PC names them: usually none).
        unread = {
            r.person_id
            for r in self._records.values()
            if r.person_id and ("person", r.person_id) not in self._records
        }
        if unread:
            self._records.update(
                (("person", r.id), r)
                for r in self.session.scalars(
                    select(Record).where(
                        Record.entity == "person", among(self.session, Record.id, unread)
                    )
                )
            )
        people = (
            person_ids
            | entity_ids
            | {i for kind, i in named_parents if kind == "person"}
            | {r.person_id for r in self._records.values() if r.person_id}
        )
        self._erased = set(
            self.session.scalars(
                select(Erasure.person_id).where(
                    among(self.session, Erasure.person_id, people),
                    Erasure.erased_at.is_not(None),
                )
            )
        )
        wanted_blobs = {
            str(op["changes"]["sha256"][1])
            for op in ops
            if op.get("entity") == "attachment"
            and isinstance(op.get("changes"), dict)
            and isinstance(op["changes"].get("sha256"), list)
            and len(op["changes"]["sha256"]) == 2
        }
        agency = self.device.agency_id
        self._blobs = set(
            self.session.scalars(
                select(Blob.sha256).where(
                    Blob.agency_id == agency,
                    among(self.session, Blob.sha256, wanted_blobs),
                    Blob.complete.is_(True),
                )
            )
        )
        self._scope = AgencyScope(agency, self.now)
        self._scope.granted = set(
            self.session.scalars(
                select(AccessGrant.person_id).where(
                    AccessGrant.agency_id == agency,
                    AccessGrant.kind == "referral",
                    AccessGrant.status == "active",
                    among(self.session, AccessGrant.person_id, people),
                )
            )
        )
        self._scope.handed_over = {
            g.person_id: aware(g.decided_at)
            for g in self.session.scalars(
                select(AccessGrant).where(
                    AccessGrant.from_agency_id == agency,
                    AccessGrant.kind == "transfer",
                    AccessGrant.status == "accepted",
                    among(self.session, AccessGrant.person_id, people),
                )
            )
            if g.decided_at is not None
        }
        # People whose files another agency holds: what their records newly name of the
        # agencies' own records is announced again, for that agency's PCs.
        self._shared_people = set(
            self.session.scalars(
                select(AccessGrant.person_id).where(
                    among(self.session, AccessGrant.person_id, people),
                    ((AccessGrant.kind == "referral") & (AccessGrant.status == "active"))
                    | ((AccessGrant.kind == "transfer") & (AccessGrant.status == "accepted")),
                )
            )
        )
        self._to_share: set[tuple[str, str]] = set()
        actor_ids = {op["actor_id"] for op in ops if isinstance(op.get("actor_id"), str)}
        self._actors: dict[str, Record] = {
            account.id: account
            for account in self.session.scalars(
                select(Record).where(
                    Record.entity == "user_account", among(self.session, Record.id, actor_ids)
                )
            )
        }
        self._new: list[NewRecord] = []
        self._aliases: dict[tuple[str, str], str] = {}  # a PC's id → the record it joined
        self._answers: list[Answer] = []
        self._applied: dict[str, AppliedOp | Answer] = {
            a.op_id: a
            for a in self.session.scalars(
                select(AppliedOp).where(among(self.session, AppliedOp.op_id, op_ids))
            )
        }
        seqs = {op["device_seq"] for op in ops if _valid(op) is None}
        # This PC's numbers already given to other operations: a reused one is refused.
        self._seqs: dict[int, str] = dict(
            self.session.execute(
                select(AppliedOp.device_seq, AppliedOp.op_id).where(
                    AppliedOp.device_id == self.device.id,
                    AppliedOp.device_seq.in_(sorted(seqs)),
                )
            ).all()
        )
        named = {
            reference
            for op in ops
            if isinstance(op.get("changes"), dict)
            for reference in references(str(op.get("entity")), op["changes"])
        }
        self._known: set[tuple[str, str]] = set(self._records)
        wanted_ids = {i for _kind, i in named} - {i for _kind, i in self._known}
        for chunk in _chunks(sorted(wanted_ids), 1000):
            self._known.update(
                (entity, record_id)
                for entity, record_id in self.session.execute(
                    select(Record.entity, Record.id).where(among(self.session, Record.id, chunk))
                )
            )
        # An agency the server set up is known before any PC sends its record.
        agencies = sorted(i for kind, i in named if kind == "agency")
        for chunk in _chunks(agencies, 1000):
            self._known.update(
                ("agency", agency_id)
                for agency_id in self.session.scalars(
                    select(Agency.id).where(among(self.session, Agency.id, chunk))
                )
            )
        keys: dict[str, set[str]] = {}  # per kind of record: the index leads with the kind
        for op in ops:
            if not isinstance(op.get("changes"), dict):
                continue
            entity = str(op.get("entity"))
            key = natural_key(
                entity,
                {
                    n: pair[1]
                    for n, pair in op["changes"].items()
                    if isinstance(pair, list) and len(pair) == 2
                },
            )
            if key:
                keys.setdefault(entity, set()).add(key)
        # Per agency: a natural key is unique within its owner's records only.
        self._by_key: dict[tuple[str, str, str], Record | NewRecord] = {}
        for entity, named_keys in keys.items():
            for record in self.session.scalars(
                select(Record)
                .where(
                    Record.entity == entity,
                    among(self.session, Record.natural_key, named_keys),
                )
                .with_for_update()
            ):
                key_of = (record.entity, record.owner_agency_id, record.natural_key or "")
                self._by_key[key_of] = record
                self._records[(record.entity, record.id)] = record

    def _answer(self, op: Mapping[str, Any], result: dict[str, Any]) -> dict[str, Any]:
        answer = Answer(
            op["op_id"], self.device.id, op["device_seq"], fingerprint(op), dict(result), self.now
        )
        self._answers.append(answer)
        self._applied[answer.op_id] = answer
        self._seqs[answer.device_seq] = answer.op_id
        return result

    def _one(self, op: Mapping[str, Any], pending: list[PendingChange]) -> dict[str, Any]:
        problem = _valid(op)
        if problem is not None:
            return {"op_id": op.get("op_id"), "status": OpStatus.REJECTED, **problem}
        op_id: str = op["op_id"]
        known = self._applied.get(op_id)
        if known is not None:
            # The same operation, possibly numbered anew by its PC after a refused number.
            same = known.fingerprint in (
                fingerprint(op),
                fingerprint({**op, "device_seq": known.device_seq}),
            )
            if not same or known.device_id != self.device.id:
                return {"op_id": op_id, "status": "rejected", "reason": "op_id_reuse"}
            return {**known.result, "duplicate": True}
        if self._seqs.get(op["device_seq"], op_id) != op_id:
            # Not stored: the PC (restored from an older backup) numbers it anew and resends.
            return {
                "op_id": op_id,
                "status": "rejected",
                "reason": "seq_reused",
                "last_device_seq": max(last_device_seq(self.session, self.device.id), *self._seqs),
            }
        entity: str = op["entity"]
        if entity in NATIONAL_KINDS:  # the server's own: no PC writes one, whatever it says
            return self._answer(
                op, {"op_id": op_id, "status": "rejected", "reason": NATIONAL_RECORD}
            )
        changes = {name: list(pair) for name, pair in op["changes"].items()}
        entity_key = (entity, op["entity_id"])
        record = self._records.get((entity, self._aliases.get(entity_key, op["entity_id"])))
        named = named_person(entity, changes)
        suspects = {
            self._person_id(op),  # as the operation claims: believed for a refusal only
            op["entity_id"],
            record.person_id if record is not None else None,
            named[1] if named is not None and named[0] == "person" else None,
        }
        if suspects & self._erased:
            return self._answer(op, {"op_id": op_id, "status": "rejected", "reason": "erased"})
        # Whose the record is, from the server's records: stored, or that of its person.
        place = self._place(op, record, changes, named)
        if isinstance(place, str):
            if place in RETRY_LATER:  # not stored: what it names may still arrive
                waiting = {"field": named[0], "missing": named[1]} if named else {}
                return {"op_id": op_id, "status": "rejected", "reason": place, **waiting}
            return self._answer(op, {"op_id": op_id, "status": "rejected", "reason": place})
        owner, person_id = place
        blob = new_value(changes, "sha256") if entity == "attachment" else None
        if blob and (not isinstance(blob, str) or blob not in self._blobs):
            # Not stored: the PC uploads the content first, then sends the operation again.
            return {"op_id": op_id, "status": "rejected", "reason": "blob_missing"}
        refusal = self._actor_refusal(op)
        if refusal is not None:
            if refusal in ("actor_unknown", "act_key_unknown"):  # not stored: may still arrive
                return {"op_id": op_id, "status": "rejected", "reason": refusal}
            return self._answer(op, {"op_id": op_id, "status": "rejected", "reason": refusal})
        dangling = [
            reference
            for reference in references(entity, op["changes"])
            if reference not in self._known and reference not in self._records
        ]
        if dangling:
            # Not stored: what it names may still arrive (the PC sends it again after), and a
            # record naming nothing would stop every PC's pull.
            kind, missing = dangling[0]
            return {
                "op_id": op_id,
                "status": "rejected",
                "reason": "reference_unknown",
                "field": kind,
                "missing": missing,
            }
        stamp, suspect = clamp(Hlc.parse(op["hlc"]), _ms(self.now))
        key = natural_key(entity, {n: new for n, (_old, new) in changes.items()})
        canonical: str | None = None
        if record is None and key is not None:
            # Made apart on two PCs of the owner (or of an agency it referred the person
            # to): one record. Another agency's record of the same key is never joined.
            record = self._by_key.get((entity, owner, key))
            if record is not None:
                canonical = self._aliases[entity_key] = record.id
        if record is None and op["action"] != "create":
            # Its creation has not arrived yet (a relay reordered them): not stored, the PC
            # sends it again after. Never a half record made of one edit.
            return {"op_id": op_id, "status": "rejected", "reason": "record_unknown"}
        if record is None:
            record = NewRecord(
                entity=entity,
                id=op["entity_id"],
                person_id=person_id,
                owner_agency_id=owner,
                version=1,
                fields={name: new for name, (_old, new) in changes.items()},
                field_versions=dict.fromkeys(changes, 1),
                field_clocks=dict.fromkeys(changes, str(stamp)),
                field_devices=dict.fromkeys(changes, self.device.id),
                updated_seq=0,
                natural_key=key,
            )
            self._new.append(record)
            self._records[(record.entity, record.id)] = record
            if key is not None:
                self._by_key[(record.entity, owner, key)] = record
            if person_id in self._shared_people:
                self._to_share |= shared_references(entity, record.fields)
            created: dict[str, Any] = {"op_id": op_id, "status": "applied", "version": 1}
            pending.append(PendingChange(record, op_id, created))
            return self._answer(op, created)
        # This PC's own later edit of a field is already there (delivered out of order): the
        # older value never comes back.
        changes = {
            name: pair
            for name, pair in changes.items()
            if record.field_devices.get(name) != self.device.id
            or record.field_clocks.get(name, "") < str(stamp)
        }
        # The PC has seen what it set itself: its own earlier edits are no conflict.
        seen = {
            name: (0 if record.field_devices.get(name) == self.device.id else version)
            for name, version in record.field_versions.items()
        }
        outcome = merge(
            op["entity"],
            record.fields,
            seen,
            record.field_clocks,
            op["base_version"],
            changes,
            str(stamp),
        )
        also = {"canonical_id": canonical} if canonical else {}
        if outcome.refused:
            return self._answer(
                op,
                {
                    "op_id": op_id,
                    "status": "refused",
                    "reason": "stale",
                    "fields": list(outcome.stale_fields),
                    "version": record.version,
                    **also,
                    # What the server holds, only to a device that may read it (a file handed
                    # over still takes old edits, but its new owner's values are not sent).
                    **(
                        {"current": {n: record.fields.get(n) for n in outcome.stale_fields}}
                        if self._scope.may_read(record.owner_agency_id, person_id)
                        else {}
                    ),
                },
            )
        for conflict in outcome.conflicts:
            self.session.add(
                Conflict(
                    id=new_id(),
                    entity=record.entity,
                    entity_id=record.id,
                    person_id=record.person_id,
                    owner_agency_id=record.owner_agency_id,
                    field=conflict.field,
                    base_value=conflict.base_value,
                    server_value=conflict.server_value,
                    incoming_value=conflict.incoming_value,
                    kept=conflict.kept,
                    op_id=op_id,
                    clock_suspect=suspect,
                    detected_at=self.now,
                )
            )
        status = "merged" if outcome.conflicts else "applied"
        result: dict[str, Any] = {
            "op_id": op_id,
            "status": status,
            "version": record.version,
            **also,
        }
        if outcome.conflicts:
            result["conflicts"] = [c.field for c in outcome.conflicts]
        if outcome.updates:
            version = record.version + 1
            record.version = version
            record.fields = {**record.fields, **outcome.updates}
            moved = named_person(entity, {n: [None, v] for n, v in outcome.updates.items()})
            if moved is not None:  # checked above: a person of the same owner
                parent = self._records.get(moved)
                record.person_id = (
                    moved[1]
                    if moved[0] == "person"
                    else (parent.person_id if parent is not None else record.person_id)
                )
            record.field_versions = {
                **record.field_versions,
                **dict.fromkeys(outcome.updates, version),
            }
            record.field_clocks = {
                **record.field_clocks,
                **dict.fromkeys(outcome.updates, str(stamp)),
            }
            record.field_devices = {
                **record.field_devices,
                **dict.fromkeys(outcome.updates, self.device.id),
            }
            result["version"] = version
            pending.append(PendingChange(record, op_id, result))
            if record.person_id in self._shared_people or record.id in self._shared_people:
                self._to_share |= shared_references(entity, outcome.updates)
        return self._answer(op, result)

    def _actor_refusal(self, op: Mapping[str, Any]) -> str | None:
        """Why the account named as the operation's author may not send it (None: it may).

        The author must be an account of this device's agency, and hold the right the
        services require for the operation as far as the server knows her role: a role
        lowered after the operation was made does not undo it (the PC was offline)."""
        actor = op.get("actor_id")
        account = self._records.get(("user_account", actor)) if actor else None
        account = account or (self._actors.get(actor) if actor else None)
        kind = op_act_kind(op["entity"], op["action"], op["changes"], actor or "", op["entity_id"])
        if kind is not None:  # an act of a person: her own signature (server.acts)
            stored = self._records.get((op["entity"], op["entity_id"]))
            refusal = self._acts.op_refusal(op, kind, account, stored.fields if stored else None)
            if refusal is not None or account is None:
                return None if refusal is None else str(refusal)
        if not actor:
            return None  # the PC's own bookkeeping: enrolment, an upgrade's moves
        if account is None:
            return "actor_unknown"
        if account.owner_agency_id != self.device.agency_id:
            return "actor_forbidden"
        needed = permission_needed(
            op["entity"], op["action"], op["changes"], actor, str(op["entity_id"])
        )
        if needed is None:
            return None
        try:
            role = Role(str(account.fields.get("role", "")))
        except ValueError:
            return "role_forbidden"
        if can(role, needed) or account.field_clocks.get("role", "") > str(op["hlc"]):
            return None
        return "role_forbidden"

    def _person_id(self, op: Mapping[str, Any]) -> str | None:
        """The person the operation says it is about: a claim, never a right."""
        if op["entity"] == "person":
            return str(op["entity_id"])
        person = op.get("person_id")
        return str(person) if person else None

    def _place(
        self,
        op: Mapping[str, Any],
        record: Record | NewRecord | None,
        changes: Mapping[str, Any],
        named: tuple[str, str] | None,
    ) -> tuple[str, str | None] | str:
        """(owner agency, person) of the record the operation writes, from the server's own
        records, if this device may write it; otherwise the reason it may not."""
        entity, scope = op["entity"], self._scope
        made = str(op["hlc"])
        shared = entity in AGENCY_SHARED
        if record is not None:  # an update, an archive, or a create landing on a stored one
            owner, person_id = record.owner_agency_id, record.person_id
            if entity == "person":
                person_id = record.id
            if not scope.may_write(owner, person_id, shared, made):
                return NOT_OWNER
            if named is not None and named[1] != (
                record.fields.get(PERSON_THROUGH[entity][0])
                if entity in PERSON_THROUGH
                else record.person_id
            ):  # moved to another person (or application): one of the same owner, writable
                moved = self._person_of(named)
                if isinstance(moved, str):
                    return moved
                if moved[0] != owner or not scope.may_write(owner, moved[1], False, made):
                    return PERSON_FORBIDDEN
        elif entity == "person":
            owner, person_id = self.device.agency_id, str(op["entity_id"])
        elif shared or named is None:  # an agency's own record, or one of no one
            owner, person_id = self.device.agency_id, None
        else:
            found = self._person_of(named)
            if isinstance(found, str):
                return found
            owner, person_id = found
            if not scope.may_write(owner, person_id, False, made):
                return PERSON_FORBIDDEN
        if scope.wrong_agency(entity, str(op["entity_id"]), owner, changes):
            return AGENCY_FORBIDDEN
        return owner, person_id

    def _person_of(self, named: tuple[str, str]) -> tuple[str, str | None] | str:
        """(owner, person) of the stored record an operation names as its person (or as
        the application a tranche goes through), or why it cannot be told yet."""
        kind, named_id = named
        parent = self._records.get((kind, named_id))
        if parent is None:
            return "person_unknown" if kind == "person" else "reference_unknown"
        return parent.owner_agency_id, parent.id if kind == "person" else parent.person_id

    # -- pull ------------------------------------------------------------------------------
    def pull(self, cursor: int, limit: int) -> dict[str, Any]:
        page: dict[str, Any] = orjson.loads(self.pull_json(cursor, limit))
        return page

    def pull_json(self, cursor: int, limit: int) -> bytes:
        """The page as JSON. Each record's fields are copied as the database keeps them: a
        first pull reads a whole agency, and decoding then re-encoding every record cost more
        than the query."""
        limit = max(1, min(limit, MAX_PULL_PAGE))
        # Read first: every number up to it is committed (numbers are taken under the counter's
        # lock just before commit), so nothing at or below it can appear later.
        present = int(
            self.session.scalar(select(SyncCounter.value).where(SyncCounter.id == 1)) or 0
        )
        agency = self.device.agency_id
        referred = list(
            self.session.scalars(
                select(AccessGrant.person_id).where(
                    AccessGrant.agency_id == agency,
                    AccessGrant.kind == "referral",
                    AccessGrant.status == "active",
                )
            )
        )
        # Other agencies' own records the files held here name (a referred person's
        # counsellor…), not their whole staff lists, envelopes or programmes.
        partners = [
            record.id
            for record in named_shared(self.session, shared_people(self.session, agency))
            if record.owner_agency_id != agency
        ]
        # Each way a change reaches this agency is read through its own index in seq order and
        # cut at the page size, then merged; the page's records are joined last. Ways with
        # nothing to read are left out: one OR-ed query, or a way over an empty list, made the
        # database read every change after the cursor for each page (a first pull grew with
        # the square of the agency's size).
        window = (ChangeEntry.server_seq > cursor, ChangeEntry.server_seq <= present)

        def branch(*conditions: Any) -> Any:
            return select(
                select(
                    ChangeEntry.server_seq,
                    ChangeEntry.entity,
                    ChangeEntry.entity_id,
                    ChangeEntry.origin_device,
                )
                .where(*window, *conditions)
                .order_by(ChangeEntry.server_seq)
                .limit(limit + 1)
                .subquery()
            )

        branches = [
            branch(ChangeEntry.owner_agency_id == agency),
            branch(ChangeEntry.owner_agency_id == NATIONAL_OWNER),  # programmes: every PC's
        ]
        if referred:
            branches.append(branch(among(self.session, ChangeEntry.person_id, referred)))
        if partners:
            branches.append(
                branch(
                    ChangeEntry.entity.in_(AGENCY_SHARED),
                    among(self.session, ChangeEntry.entity_id, partners),
                )
            )
        merged = union(*branches).subquery()
        page = select(merged).order_by(merged.c.server_seq).limit(limit + 1).subquery()
        rows = (
            self.session.connection()
            .execute(  # Core: no ORM loading of 5,000 rows
                select(
                    page.c.server_seq,
                    page.c.entity,
                    page.c.entity_id,
                    page.c.origin_device,
                    Record.person_id,
                    Record.version,
                    cast(Record.fields, Text).label("fields"),
                )
                .outerjoin(
                    Record, (Record.entity == page.c.entity) & (Record.id == page.c.entity_id)
                )
                .order_by(page.c.server_seq)
            )
            .tuples()
        )
        entries = rows.all()  # plain tuples: read by position, 5,000 a page
        has_more = len(entries) > limit
        entries = entries[:limit]
        latest = {(entity, entity_id): seq for seq, entity, entity_id, *_rest in entries}
        changes = [
            {
                "server_seq": seq,
                "entity": entity,
                "entity_id": entity_id,
                "person_id": person_id,
                "version": version,
                "fields": orjson.Fragment(fields),
                "origin_device": origin,
            }
            for seq, entity, entity_id, origin, person_id, version, fields in entries
            # Gone (erased), or changed again later in this page: that change carries it.
            if fields is not None and latest[(entity, entity_id)] == seq
        ]
        upto = entries[-1][0] if has_more else max(present, cursor)
        leaving = self.session.scalars(
            select(ScopeEvent.person_id).where(
                ScopeEvent.agency_id == self.device.agency_id,
                ScopeEvent.server_seq > cursor,
                ScopeEvent.server_seq <= upto,
            )
        ).all()
        return orjson.dumps(
            {
                "changes": changes,
                "evictions": sorted(set(leaving)),
                "erasures": erased_since(self.session, cursor, upto),
                "next_cursor": upto,
                "has_more": has_more,
            }
        )


class ConflictDesk:
    """The agency's open conflicts, and their resolution: the chosen value becomes a change of
    its own (a new version every PC pulls), and the conflict is closed with who chose."""

    def __init__(self, session: Session, device: Device, now: datetime) -> None:
        self.session, self.device, self.now = session, device, now

    def open_conflicts(self, limit: int = 500) -> list[dict[str, Any]]:
        rows = self.session.execute(
            select(Conflict, Record)
            .join(Record, (Record.entity == Conflict.entity) & (Record.id == Conflict.entity_id))
            .where(
                Conflict.owner_agency_id == self.device.agency_id,
                Conflict.resolved_at.is_(None),
            )
            .order_by(Conflict.detected_at)
            .limit(limit)
        ).all()
        return [
            {
                "id": c.id,
                "entity": c.entity,
                "entity_id": c.entity_id,
                "person_id": c.person_id,
                "field": c.field,
                "base_value": c.base_value,
                "server_value": c.server_value,
                "incoming_value": c.incoming_value,
                "current_value": record.fields.get(c.field),
                "kept": c.kept,
                "clock_suspect": c.clock_suspect,
                "detected_at": c.detected_at.isoformat(),
            }
            for c, record in rows
        ]

    def resolve(self, conflict_id: str, choice: str, user_id: str | None) -> dict[str, Any]:
        conflict = self.session.get(Conflict, conflict_id, with_for_update=True)
        if conflict is None or conflict.owner_agency_id != self.device.agency_id:
            return {"status": "not_found"}
        if conflict.resolved_at is not None:
            return {"status": "already_resolved"}
        if choice not in ("server", "incoming"):
            return {"status": "invalid_choice"}
        record = self.session.get(
            Record, (conflict.entity, conflict.entity_id), with_for_update=True
        )
        if record is None:
            return {"status": "not_found"}
        chosen = conflict.server_value if choice == "server" else conflict.incoming_value
        conflict.resolved_at, conflict.resolved_by = self.now, user_id
        conflict.note = choice
        # Keeping the value shown changes nothing (not even a later edit of the field).
        if choice == conflict.kept or record.fields.get(conflict.field) == chosen:
            return {"status": "resolved", "version": record.version}
        version = record.version + 1
        stamp = str(Hlc(_ms(self.now), 0, "server"))
        record.version = version
        record.fields = {**record.fields, conflict.field: chosen}
        record.field_versions = {**record.field_versions, conflict.field: version}
        record.field_clocks = {**record.field_clocks, conflict.field: stamp}
        record.field_devices = {**record.field_devices, conflict.field: self.device.id}
        announce(self.session, [record], self.device.id, self.now)
        return {"status": "resolved", "version": version, "server_seq": record.updated_seq}


class ErasureDesk:
    """Right to be forgotten, with four eyes: one person asks (with the legal basis), another
    of the agency's supervisors or administrators approves, and the server erases at once."""

    APPROVERS = ("supervisor", "administrator")

    def __init__(self, session: Session, device: Device, now: datetime) -> None:
        self.session, self.device, self.now = session, device, now

    def _user(self, user_id: str | None) -> dict[str, Any] | None:
        record = self.session.get(Record, ("user_account", user_id or ""))
        if record is None or record.owner_agency_id != self.device.agency_id:
            return None
        return record.fields

    def request(self, person_id: str, legal_basis: str, user_id: str) -> dict[str, Any]:
        person = self.session.get(Record, ("person", person_id))
        if person is None or person.owner_agency_id != self.device.agency_id:
            return {"status": "not_found"}
        if self._user(user_id) is None:
            return {"status": "forbidden"}
        basis = " ".join(legal_basis.split())[:200]
        if not basis:
            return {"status": "legal_basis_required"}
        existing = self.session.get(Erasure, person_id)
        if existing is not None:
            return {"status": "erased" if existing.erased_at else "requested"}
        self.session.add(
            Erasure(
                person_id=person_id,
                owner_agency_id=person.owner_agency_id,
                requested_by=user_id,
                requested_at=self.now,
                legal_basis=basis,
            )
        )
        return {"status": "requested"}

    def waiting(self) -> list[dict[str, Any]]:
        """The agency's requests waiting for a second person, with who asked and why."""
        listed = []
        for erasure in self.session.scalars(
            select(Erasure)
            .where(Erasure.owner_agency_id == self.device.agency_id, Erasure.erased_at.is_(None))
            .order_by(Erasure.requested_at)
        ):
            person = self.session.get(Record, ("person", erasure.person_id))
            asker = self._user(erasure.requested_by) or {}
            listed.append(
                {
                    "person_id": erasure.person_id,
                    "name": person_name(person.fields) if person is not None else "",
                    "requested_by": erasure.requested_by,
                    "requested_by_name": str(asker.get("display_name", "")),
                    "requested_at": aware(erasure.requested_at).isoformat(),
                    "legal_basis": erasure.legal_basis,
                }
            )
        return listed

    def approve(self, person_id: str, user_id: str) -> dict[str, Any]:
        erasure = self.session.get(Erasure, person_id, with_for_update=True)
        if erasure is None or erasure.owner_agency_id != self.device.agency_id:
            return {"status": "not_found"}
        if erasure.erased_at is not None:
            return {"status": "erased", "server_seq": erasure.server_seq}
        approver = self._user(user_id)
        if approver is None or approver.get("role") not in self.APPROVERS:
            return {"status": "forbidden"}
        if user_id == erasure.requested_by:
            return {"status": "second_person_required"}
        # Everything of the person goes: the records, the conflicts that quote them, the
        # contents of their attachments no other record names. The change entries keep ids
        # only, and point at records that no longer exist.
        contents = {
            str(sha)
            for sha in self.session.scalars(
                select(Record.fields["sha256"].as_string()).where(
                    Record.entity == "attachment", Record.person_id == person_id
                )
            )
            if sha
        }
        self.session.execute(
            delete(Record).where((Record.person_id == person_id) | (Record.id == person_id))
        )
        self.session.execute(delete(Conflict).where(Conflict.person_id == person_id))
        forget_contents(self.session, contents)
        seq = next_numbers(self.session, 1)
        erasure.approved_by, erasure.erased_at, erasure.server_seq = user_id, self.now, seq
        return {"status": "erased", "server_seq": seq}


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


MAX_BLOB_BYTES = 100 * 1024 * 1024
BLOB_CHUNK_BYTES = 2_621_440  # 2.5 MB (reference/sync.md §9.14)


class BlobDesk:
    """Resumable uploads of attachments' contents, each agency its own, and downloads of the
    contents a device's agency uploaded or may read through an attachment in its scope."""

    def __init__(self, session: Session, device: Device, now: datetime) -> None:
        self.session, self.device, self.now = session, device, now

    def state(self, sha256: str) -> dict[str, Any]:
        """This agency's upload only: whether another holds the hash is never told."""
        blob = self.session.get(Blob, (self.device.agency_id, sha256))
        if blob is None:
            return {"sha256": sha256, "received": 0, "complete": False}
        return {"sha256": sha256, "received": blob.received, "complete": blob.complete}

    def receive(self, sha256: str, size: int, offset: int, chunk: bytes) -> dict[str, Any]:
        """Append a chunk at ``offset``; a chunk already received is acknowledged again."""
        if not 0 < size <= MAX_BLOB_BYTES or len(chunk) > BLOB_CHUNK_BYTES:
            return {"status": "too_large"}
        blob = self.session.get(Blob, (self.device.agency_id, sha256), with_for_update=True)
        if blob is None:
            expire_uploads(self.session, self.now)  # each new upload clears the abandoned
            blob = Blob(
                agency_id=self.device.agency_id,
                sha256=sha256,
                size=size,
                received=0,
                content=b"",
                complete=False,
                created_at=self.now,
            )
            self.session.add(blob)
        if blob.complete:
            return {"status": "complete", "received": blob.received}
        if offset != blob.received:  # resume from what the server has, not what the PC thinks
            return {"status": "offset", "received": blob.received}
        content = blob.content + chunk
        if len(content) > blob.size:
            return {"status": "too_large"}
        blob.content, blob.received = content, len(content)
        if blob.received == blob.size:
            if hashlib.sha256(content).hexdigest() != sha256:
                self.session.delete(blob)  # corrupted on the way: start again
                return {"status": "hash_mismatch", "received": 0}
            blob.complete = True
        return {"status": "complete" if blob.complete else "partial", "received": blob.received}

    def content(self, sha256: str) -> bytes | None:
        """The content, if this agency uploaded it or holds an attachment naming it (its own
        or of a person referred to it). An attachment is only taken from an agency that
        uploaded its content first, so naming a hash never opens another agency's copy."""
        agency = self.device.agency_id
        copies = {
            blob.agency_id: blob
            for blob in self.session.scalars(
                select(Blob).where(Blob.sha256 == sha256, Blob.complete.is_(True))
            )
        }
        if not copies:
            return None
        if agency in copies:
            return copies[agency].content
        granted = select(AccessGrant.person_id).where(
            AccessGrant.agency_id == agency,
            AccessGrant.kind == "referral",
            AccessGrant.status == "active",
        )
        named = self.session.scalar(
            select(Record.id)
            .where(
                Record.entity == "attachment",
                (Record.owner_agency_id == agency) | Record.person_id.in_(granted),
                Record.fields["sha256"].as_string() == sha256,
            )
            .limit(1)
        )
        if named is None:
            return None
        return next(iter(copies.values())).content


UPLOAD_LIFETIME = timedelta(days=7)  # an unfinished upload older than this is abandoned


def expire_uploads(session: Session, now: datetime) -> int:
    """Remove unfinished uploads older than ``UPLOAD_LIFETIME``; returns how many."""
    removed: int = (
        session.connection()
        .execute(
            delete(Blob).where(Blob.complete.is_(False), Blob.created_at < now - UPLOAD_LIFETIME)
        )
        .rowcount
    )
    return removed


def forget_contents(session: Session, shas: set[str]) -> None:
    """Remove the stored contents no attachment names any more (after an erasure): content
    still named by another stored attachment is kept for it."""
    if not shas:
        return
    still_named = set(
        session.scalars(
            select(Record.fields["sha256"].as_string()).where(
                Record.entity == "attachment",
                Record.fields["sha256"].as_string().in_(sorted(shas)),
            )
        )
    )
    gone = shas - still_named
    if gone:
        session.execute(delete(Blob).where(Blob.sha256.in_(sorted(gone))))


class ScopeState:
    """What a PC should hold, summed per kind of record, so a sync can end with a check: a
    lost row or a stale version shows as a different count or sum, and is repaired from the
    ids and versions of that kind alone."""

    def __init__(self, session: Session, device: Device) -> None:
        self.session, self.device = session, device
        self._shared: list[str] | None = None

    def _in_scope(self) -> Any:
        granted = select(AccessGrant.person_id).where(
            AccessGrant.agency_id == self.device.agency_id,
            AccessGrant.kind == "referral",
            AccessGrant.status == "active",
        )
        return (
            (Record.owner_agency_id == self.device.agency_id)
            | (Record.owner_agency_id == NATIONAL_OWNER)
            | Record.person_id.in_(granted)
            | ((Record.entity == "person") & Record.id.in_(granted))
            | (Record.entity.in_(AGENCY_SHARED) & Record.id.in_(self._shared_ids()))
        )

    def _shared_ids(self) -> list[str]:
        if self._shared is None:
            people = shared_people(self.session, self.device.agency_id)
            self._shared = sorted({r.id for r in named_shared(self.session, people)})
        return self._shared

    def summary(self) -> dict[str, list[int]]:
        rows = self.session.execute(
            select(Record.entity, func.count(), func.sum(Record.version))
            .where(self._in_scope())
            .group_by(Record.entity)
        ).all()
        return {entity: [int(count), int(total or 0)] for entity, count, total in rows}

    def versions(self, entity: str, after: str, limit: int) -> list[list[Any]]:
        rows = self.session.execute(
            select(Record.id, Record.version)
            .where(self._in_scope(), Record.entity == entity, Record.id > after)
            .order_by(Record.id)
            .limit(min(limit, 5000))
        ).all()
        return [[record_id, version] for record_id, version in rows]

    def records(self, entity: str, ids: Sequence[str]) -> list[dict[str, Any]]:
        found = self.session.scalars(
            select(Record).where(
                self._in_scope(), Record.entity == entity, Record.id.in_(list(ids)[:1000])
            )
        )
        return [
            {
                "server_seq": r.updated_seq,
                "entity": r.entity,
                "entity_id": r.id,
                "person_id": r.person_id,
                "version": r.version,
                "fields": r.fields,
                "origin_device": None,
            }
            for r in found
        ]


class GrantDesk:
    """Referrals and transfers between agencies, decided on the server only (sync.md §9.9)."""

    def __init__(self, session: Session, device: Device, now: datetime) -> None:
        self.session, self.device, self.now = session, device, now

    def _person(self, person_id: str) -> Record | None:
        return self.session.get(Record, ("person", person_id))

    def _consents_to_sharing(self, person_id: str) -> bool:
        for fields in self.session.scalars(
            select(Record.fields).where(Record.entity == "consent", Record.person_id == person_id)
        ):
            expires = fields.get("expires_on")
            if (
                "sharing_partners" in (fields.get("purposes") or [])
                and not fields.get("withdrawn_on")
                and (not expires or str(expires) >= self.now.date().isoformat())
            ):
                return True
        return False

    def _records_of(self, person_id: str) -> list[Record]:
        return list(
            self.session.scalars(
                select(Record).where((Record.person_id == person_id) | (Record.id == person_id))
            )
        )

    def _shared_records(self, person_id: str) -> list[Record]:
        """What the person's file names of the agencies' own records (the counsellor's
        account…): all another agency gets with it."""
        return named_shared(self.session, [person_id])

    def _leave(self, agency_id: str, person_id: str) -> None:
        self.session.add(
            ScopeEvent(
                server_seq=next_numbers(self.session, 1), agency_id=agency_id, person_id=person_id
            )
        )

    def grant(self, person_id: str, agency_code: str, kind: str, user_id: str) -> dict[str, Any]:
        person = self._person(person_id)
        if person is None or person.owner_agency_id != self.device.agency_id:
            return {"status": "not_found"}
        target = self.session.scalar(select(Agency).where(Agency.code == agency_code.upper()))
        if target is None or target.id == self.device.agency_id:
            return {"status": "agency_unknown"}
        if not self._consents_to_sharing(person_id):
            return {"status": "consent_required"}
        grant = AccessGrant(
            id=new_id(),
            person_id=person_id,
            from_agency_id=self.device.agency_id,
            agency_id=target.id,
            kind=kind,
            status="active" if kind == "referral" else "pending",
            granted_by=user_id,
            granted_at=self.now,
        )
        self.session.add(grant)
        self.session.flush()
        if kind == "referral":  # the partner agency's PCs get the file, and what it refers to
            announce(
                self.session,
                self._shared_records(person_id) + self._records_of(person_id),
                self.device.id,
                self.now,
            )
        return {"status": grant.status, "grant_id": grant.id}

    def revoke(self, grant_id: str) -> dict[str, Any]:
        grant = self.session.get(AccessGrant, grant_id, with_for_update=True)
        if grant is None or grant.from_agency_id != self.device.agency_id:
            return {"status": "not_found"}
        if grant.status not in ("active", "pending"):
            return {"status": grant.status}
        grant.status, grant.decided_at = "revoked", self.now
        if grant.kind == "referral":
            self._leave(grant.agency_id, grant.person_id)
        return {"status": "revoked"}

    def incoming(self) -> list[dict[str, Any]]:
        grants = self.session.scalars(
            select(AccessGrant).where(
                AccessGrant.agency_id == self.device.agency_id,
                AccessGrant.kind == "transfer",
                AccessGrant.status == "pending",
            )
        )
        listed = []
        for grant in grants:
            person = self._person(grant.person_id)
            origin = self.session.get(Agency, grant.from_agency_id)
            listed.append(
                {"grant_id": grant.id, "person_id": grant.person_id,
                 "name": person_name(person.fields) if person is not None else "",
                 "from_agency_id": grant.from_agency_id,
                 "from_agency": f"{origin.code} — {origin.name}" if origin else "",
                 "granted_at": aware(grant.granted_at).isoformat()}
            )  # fmt: skip
        return listed

    def of_person(self, person_id: str) -> list[dict[str, Any]]:
        """This agency's sharing of a person still in force (referrals, transfers offered)."""
        listed = []
        for grant in self.session.scalars(
            select(AccessGrant)
            .where(
                AccessGrant.person_id == person_id,
                AccessGrant.from_agency_id == self.device.agency_id,
                AccessGrant.status.in_(("active", "pending")),
            )
            .order_by(AccessGrant.granted_at)
        ):
            target = self.session.get(Agency, grant.agency_id)
            listed.append(
                {"grant_id": grant.id, "kind": grant.kind, "status": grant.status,
                 "agency": f"{target.code} — {target.name}" if target else "",
                 "granted_at": aware(grant.granted_at).isoformat()}
            )  # fmt: skip
        return listed

    def accept(self, grant_id: str, user_id: str) -> dict[str, Any]:
        grant = self.session.get(AccessGrant, grant_id, with_for_update=True)
        if grant is None or grant.agency_id != self.device.agency_id or grant.kind != "transfer":
            return {"status": "not_found"}
        if grant.status != "pending":
            return {"status": grant.status}
        records = self._records_of(grant.person_id)
        for record in records:
            record.owner_agency_id = self.device.agency_id
            if record.entity == "person":
                version = record.version + 1
                record.version = version
                record.fields = {**record.fields, "owner_agency_id": self.device.agency_id}
                record.field_versions = {**record.field_versions, "owner_agency_id": version}
        grant.status, grant.decided_at, grant.decided_by = "accepted", self.now, user_id
        self.session.flush()
        announce(
            self.session,
            self._shared_records(grant.person_id) + records,
            self.device.id,
            self.now,
        )
        self._leave(grant.from_agency_id, grant.person_id)
        return {"status": "accepted"}
