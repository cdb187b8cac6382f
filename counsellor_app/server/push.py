"""Push: pushed operations checked, placed from the server's own records and applied.

Each pushed operation gets its own answer, stored with it, so a batch sent twice (a timeout, a
USB bundle imported again) is answered the same way and applied once.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from counsellor_app.core.acts import op_act_kind
from counsellor_app.core.hlc import Hlc, clamp
from counsellor_app.core.ids import new_id
from counsellor_app.core.merge import merge, natural_key, references
from counsellor_app.core.roles import Role, can, permission_needed
from counsellor_app.protocol import records
from counsellor_app.protocol.wire import OpStatus, Reason
from counsellor_app.server import duplicate_queue, duplicates
from counsellor_app.server.acts import ActDesk
from counsellor_app.server.admin import aware
from counsellor_app.server.bulk import among, insert_many
from counsellor_app.server.changelog import _chunks, _ms, last_device_seq, next_numbers
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
)
from counsellor_app.server.partners import national_claim
from counsellor_app.server.scope import (
    AGENCY_FORBIDDEN,
    AGENCY_INTERNAL,
    NATIONAL_RECORD,
    NOT_OWNER,
    OWN_ONLY_REFERENCES,
    PERSON_FORBIDDEN,
    PERSON_THROUGH,
    SERVER_KINDS,
    SHARED_KINDS,
    AgencyScope,
    named_person,
    new_value,
    shared_references,
    with_what_they_name,
)

MAX_OPS_PER_PUSH = 250
MAX_DEVICE_SEQ = 2**63
# Refusals not remembered: what the operation names may still arrive, and the PC resends it.
RETRY_LATER = frozenset({Reason.PERSON_UNKNOWN, Reason.REFERENCE_UNKNOWN})
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
        "committee_item",  # an application on a committee's agenda: its person's
    }
)
AGENCY_SHARED = SHARED_KINDS
ENTITIES = PERSON_SCOPED | AGENCY_SHARED | SERVER_KINDS


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


def fingerprint(op: Mapping[str, Any]) -> str:
    """SHA-256 of the operation as sent, keys sorted (orjson: a tenth of ``json.dumps``'s
    cost, which was a tenth of a push's). A value orjson cannot write (an integer past 64
    bits) takes the older form."""
    try:
        canonical = orjson.dumps(op, option=orjson.OPT_SORT_KEYS)
    except TypeError:
        return legacy_fingerprint(op)
    return hashlib.sha256(canonical).hexdigest()


def legacy_fingerprint(op: Mapping[str, Any]) -> str:
    """The fingerprint of answers stored before orjson's (``json.dumps``): an operation
    answered then and sent again is still recognised as the same."""
    canonical = json.dumps(op, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _fingerprints(op: Mapping[str, Any]) -> tuple[str, str]:
    return fingerprint(op), legacy_fingerprint(op)


MAX_NESTING = 32  # far above any record's values; what the fingerprint's writers can take


def _too_deep(value: object, limit: int = MAX_NESTING) -> bool:
    """Nested past ``limit`` anywhere (unknown keys and old values included): an operation
    of "[[[[…" a thousand deep reads as JSON but cannot be fingerprinted (RecursionError)."""
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth >= limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def _valid(op: Mapping[str, Any]) -> dict[str, Any] | None:
    """Why the operation is malformed (the refusal's reason and field), or None. Its record
    values are checked against the kind's schema (``protocol.records``): stored, a value a PC
    cannot store would stop every PC of the agency at that page."""
    if _too_deep(op):
        return {"reason": Reason.VALIDATION, "field": "changes"}
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
        # Possible duplicates in other agencies: the people are queued in this transaction and
        # the index is brought up to date after the commit (server/duplicate_queue.py).
        keyed = {str(op.get("op_id")) for op in ops if duplicates.changes_keys(op)}
        duplicate_queue.enqueue(
            self.session,
            (
                c.record.id if c.record.entity == "person" else c.record.person_id or ""
                for c in pending
                if c.op_id in keyed
            ),
            self.now,
        )
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
        self._blobs = (
            set()
            if not wanted_blobs
            else set(
                self.session.scalars(
                    select(Blob.sha256).where(
                        Blob.agency_id == agency,
                        among(self.session, Blob.sha256, wanted_blobs),
                        Blob.complete.is_(True),
                    )
                )
            )
        )
        self._scope = AgencyScope(agency, self.now)
        # The grants on these people, in one query: those this agency holds (referred to it),
        # those it handed over (a transfer), and any other agency's (files it shares).
        grants = self.session.scalars(
            select(AccessGrant).where(
                among(self.session, AccessGrant.person_id, people),
                ((AccessGrant.kind == "referral") & (AccessGrant.status == "active"))
                | ((AccessGrant.kind == "transfer") & (AccessGrant.status == "accepted")),
            )
        ).all()
        self._scope.granted = {
            g.person_id for g in grants if g.kind == "referral" and g.agency_id == agency
        }
        self._scope.handed_over = {
            g.person_id: aware(g.decided_at)
            for g in grants
            if g.kind == "transfer" and g.from_agency_id == agency and g.decided_at is not None
        }
        # People whose files another agency holds: what their records newly name of the
        # agencies' own records is announced again, for that agency's PCs.
        self._shared_people = {g.person_id for g in grants}
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
        # Each operation checked once (its schema included): the answer loop reads this.
        self._problems = {id(op): _valid(op) for op in ops}
        seqs = {op["device_seq"] for op in ops if self._problems[id(op)] is None}
        # In one query: the batch's operations already answered, and this PC's numbers
        # already given to other operations (a reused one is refused).
        stored = self.session.scalars(
            select(AppliedOp).where(
                or_(
                    among(self.session, AppliedOp.op_id, op_ids),
                    (AppliedOp.device_id == self.device.id)
                    & AppliedOp.device_seq.in_(sorted(seqs)),
                )
            )
        ).all()
        wanted_ops = set(op_ids)
        self._applied: dict[str, AppliedOp | Answer] = {
            a.op_id: a for a in stored if a.op_id in wanted_ops
        }
        self._seqs: dict[int, str] = {
            a.device_seq: a.op_id
            for a in stored
            if a.device_id == self.device.id and a.device_seq in seqs
        }
        named = {
            reference
            for op in ops
            if isinstance(op.get("changes"), dict)
            for reference in references(str(op.get("entity")), op["changes"])
        }
        self._known: set[tuple[str, str]] = set(self._records)
        self._owners: dict[tuple[str, str], str] = {}  # of the stored records named
        wanted_ids = {i for _kind, i in named} - {i for _kind, i in self._known}
        for chunk in _chunks(sorted(wanted_ids), 1000):
            for entity, record_id, owner in self.session.execute(
                select(Record.entity, Record.id, Record.owner_agency_id).where(
                    among(self.session, Record.id, chunk)
                )
            ):
                self._known.add((entity, record_id))
                self._owners[(entity, record_id)] = owner
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
        # One query for every kind (one round trip, each kind read on its own index).
        by_kind = [
            (Record.entity == entity) & among(self.session, Record.natural_key, named_keys)
            for entity, named_keys in sorted(keys.items())
        ]
        if by_kind:
            for record in self.session.scalars(
                select(Record).where(or_(*by_kind)).with_for_update()
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
        problem = self._problems[id(op)]
        if problem is not None:
            return {"op_id": op.get("op_id"), "status": OpStatus.REJECTED, **problem}
        op_id: str = op["op_id"]
        known = self._applied.get(op_id)
        if known is not None:
            # The same operation, possibly numbered anew by its PC after a refused number.
            same = known.fingerprint in (
                *_fingerprints(op),
                *_fingerprints({**op, "device_seq": known.device_seq}),
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
        if entity in SERVER_KINDS:  # the server's own: no PC writes one, whatever it says
            return self._answer(
                op, {"op_id": op_id, "status": "rejected", "reason": NATIONAL_RECORD}
            )
        changes = {name: list(pair) for name, pair in op["changes"].items()}
        entity_key = (entity, op["entity_id"])
        record = self._records.get((entity, self._aliases.get(entity_key, op["entity_id"])))
        stored_owner = record.owner_agency_id if record is not None else None
        if national_claim(entity, stored_owner, changes):  # a national partner: the server's own
            return self._answer(
                op, {"op_id": op_id, "status": "rejected", "reason": NATIONAL_RECORD}
            )
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
            if refusal in (Reason.ACTOR_UNKNOWN, Reason.ACT_KEY_UNKNOWN):  # may still arrive
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
        if any(
            self._owner_named(reference) not in (None, self.device.agency_id)
            for reference in references(entity, op["changes"])
            if reference[0] in OWN_ONLY_REFERENCES
        ):  # an agency's committee or grid, named from another agency's record
            return self._answer(
                op, {"op_id": op_id, "status": "rejected", "reason": AGENCY_FORBIDDEN}
            )
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
                        if self._scope.may_read(record.owner_agency_id, person_id, record.entity)
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
            if not scope.may_write(owner, person_id, shared, made) or (
                entity in AGENCY_INTERNAL and owner != self.device.agency_id
            ):
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
            if entity in AGENCY_INTERNAL:  # about a file it holds, but its agency's own
                owner = self.device.agency_id
        if scope.wrong_agency(entity, str(op["entity_id"]), owner, changes):
            return AGENCY_FORBIDDEN
        return owner, person_id

    def _owner_named(self, reference: tuple[str, str]) -> str | None:
        stored = self._records.get(reference)
        return stored.owner_agency_id if stored is not None else self._owners.get(reference)

    def _person_of(self, named: tuple[str, str]) -> tuple[str, str | None] | str:
        """(owner, person) of the stored record an operation names as its person (or as
        the application a tranche goes through), or why it cannot be told yet."""
        kind, named_id = named
        parent = self._records.get((kind, named_id))
        if parent is None:
            return "person_unknown" if kind == "person" else "reference_unknown"
        return parent.owner_agency_id, parent.id if kind == "person" else parent.person_id
