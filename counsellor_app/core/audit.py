"""The audit trail's rules: what is recorded, and how each entry is chained to the one before.

Each entry's hash covers its content and the previous entry's hash, so changing, removing or
reordering any entry breaks every hash after it (the chain is *tamper-evident*; the database
triggers of migration 0016 also make it append-only for the app itself). Entries never carry a
beneficiary's name or a typed secret: only ids, file numbers, counts and codes, and the staff
member's own words when she gives a reason.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

GENESIS = "0" * 64
MAX_REASON = 500


class AuditAction(StrEnum):
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    ACCOUNT_LOCKED = "account_locked"
    UNLOCKED = "unlocked"
    PERSON_CREATED = "person_created"
    PERSON_UPDATED = "person_updated"
    SENSITIVE_VIEWED = "sensitive_viewed"  # a file flagged sensitive, opened by its counsellor
    SENSITIVE_REVEALED = "sensitive_revealed"  # break-glass: someone without the right, a reason
    DOCUMENT_ISSUED = "document_issued"
    PERSON_EXPORTED = "person_exported"  # the data subject's access request
    REPORT_EXPORTED = "report_exported"
    PEOPLE_LIST_EXPORTED = "people_list_exported"
    AUDIT_EXPORTED = "audit_exported"
    IMPORTED = "imported"
    REGISTER_EXPORTED = "register_exported"  # the register as a workbook (services.workbook_export)
    CONSENT_CHANGED = "consent_changed"
    PERSON_SHARED = "person_shared"  # referred or transferred to another agency
    SHARING_WITHDRAWN = "sharing_withdrawn"
    ERASURE_REQUESTED = "erasure_requested"
    ERASURE_APPROVED = "erasure_approved"
    ERASURE_CARRIED_OUT = "erasure_carried_out"
    USER_CREATED = "user_created"
    USER_CHANGED = "user_changed"  # role, name, active: the detail lists what
    PASSWORD_RESET = "password_reset"
    PASSWORD_CHANGED = "password_changed"
    SETTINGS_CHANGED = "settings_changed"
    BACKUP_MADE = "backup_made"
    RESTORED = "restored"


@dataclass(frozen=True)
class AuditEvent:
    """What a service asks to record; the store adds the time, the actor and the chain."""

    action: AuditAction
    subject_type: str = ""
    subject_id: str = ""
    detail: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: datetime
    actor_id: str
    actor_name: str
    action: str
    subject_type: str
    subject_id: str
    detail: Mapping[str, Any]
    prev_hash: str
    hash: str


def canonical(value: Mapping[str, Any]) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def entry_hash(
    seq: int,
    at: datetime,
    actor_id: str,
    actor_name: str,
    action: str,
    subject_type: str,
    subject_id: str,
    detail: Mapping[str, Any],
    prev_hash: str,
) -> str:
    body = canonical(
        {
            "seq": seq,
            "at": at.isoformat(timespec="microseconds"),
            "actor_id": actor_id,
            "actor_name": actor_name,
            "action": action,
            "subject_type": subject_type,
            "subject_id": subject_id,
            "detail": dict(detail),
            "prev": prev_hash,
        }
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def recomputed(entry: AuditEntry) -> str:
    return entry_hash(
        entry.seq,
        entry.at,
        entry.actor_id,
        entry.actor_name,
        entry.action,
        entry.subject_type,
        entry.subject_id,
        entry.detail,
        entry.prev_hash,
    )


@dataclass(frozen=True)
class ChainCheck:
    """``first_broken`` is the sequence number of the first entry that does not hold."""

    entries: int
    first_broken: int | None = None
    problem: str = ""  # hash | link | gap | anchor

    @property
    def intact(self) -> bool:
        return self.first_broken is None


def check_chain(
    entries: Iterable[AuditEntry], anchors: Mapping[int, str] | None = None
) -> ChainCheck:
    """Walk the entries in order. ``anchors`` (sequence → hash, e.g. from backups' manifests)
    also reveal a chain rewritten from scratch or cut short after the anchor was taken."""
    previous = GENESIS
    expected_seq: int | None = None
    count = 0
    seen: dict[int, str] = {}
    for entry in entries:
        count += 1
        if expected_seq is not None and entry.seq != expected_seq:
            return ChainCheck(count, entry.seq, "gap")
        if entry.prev_hash != previous:
            return ChainCheck(count, entry.seq, "link")
        if recomputed(entry) != entry.hash:
            return ChainCheck(count, entry.seq, "hash")
        seen[entry.seq] = entry.hash
        previous, expected_seq = entry.hash, entry.seq + 1
    for seq, anchored in sorted((anchors or {}).items()):
        if seen.get(seq) != anchored:
            return ChainCheck(count, seq, "anchor")
    return ChainCheck(count)


def clean_reason(text: str) -> str:
    """A reason typed for a break-glass or an erasure: one line, bounded, never empty."""
    one_line = " ".join(text.split())
    return one_line[:MAX_REASON]
