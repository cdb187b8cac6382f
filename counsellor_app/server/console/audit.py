"""The console's audit trail: every sign-in (refused ones too), change and export, each entry
chained to the one before by a SHA-256, so an entry edited or deleted afterwards shows.

The chain's last link sits in one row (``ConsoleAuditHead``) locked while a link is added:
two workers writing at the same moment wait for each other instead of forking the chain.
No personal data of the people counsellors follow ever enters it: accounts, agencies,
devices and counts only.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.server.console.models import ConsoleAccount, ConsoleAudit, ConsoleAuditHead

GENESIS = "0" * 64


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def link_hash(
    prev_hash: str,
    seq: int,
    at: datetime,
    account_id: str | None,
    username: str,
    action: str,
    target: str,
    details: dict[str, Any],
) -> str:
    body = json.dumps(
        [seq, _aware(at).isoformat(), account_id, username, action, target, details],
        sort_keys=True,
        ensure_ascii=True,
        separators=(",", ":"),
    )
    return hashlib.sha256((prev_hash + body).encode("ascii")).hexdigest()


def record(
    session: Session,
    account: ConsoleAccount | None,
    action: str,
    now: datetime,
    target: str = "",
    username: str = "",
    **details: Any,
) -> ConsoleAudit:
    """Add one link, in the caller's transaction (it commits with the change it records)."""
    head = session.get(ConsoleAuditHead, 1, with_for_update=True)
    if head is None:
        head = ConsoleAuditHead(id=1, seq=0, hash=GENESIS)
        session.add(head)
        session.flush()
    seq = head.seq + 1
    name = account.username if account is not None else username[:64]
    account_id = account.id if account is not None else None
    digest = link_hash(head.hash, seq, now, account_id, name, action, target[:120], details)
    entry = ConsoleAudit(
        seq=seq,
        at=now,
        account_id=account_id,
        username=name,
        action=action,
        target=target[:120],
        details=details,
        prev_hash=head.hash,
        hash=digest,
    )
    session.add(entry)
    head.seq, head.hash = seq, digest
    return entry


@dataclass(frozen=True)
class ChainCheck:
    entries: int
    first_broken: int | None  # the seq of the first entry that does not follow from the one before


def verify_chain(session: Session) -> ChainCheck:
    """Recompute every link from the first; also catches a removed entry (a gap) and a
    truncated end (the head's hash no longer matches the last entry)."""
    previous, expected_seq, count = GENESIS, 1, 0
    for entry in session.scalars(select(ConsoleAudit).order_by(ConsoleAudit.seq)).yield_per(500):
        count += 1
        digest = link_hash(
            previous,
            entry.seq,
            entry.at,
            entry.account_id,
            entry.username,
            entry.action,
            entry.target,
            entry.details,
        )
        if entry.seq != expected_seq or entry.prev_hash != previous or entry.hash != digest:
            return ChainCheck(count, entry.seq)
        previous, expected_seq = digest, entry.seq + 1
    head = session.get(ConsoleAuditHead, 1)
    if head is not None and head.hash != previous:
        return ChainCheck(count, expected_seq)
    return ChainCheck(count, None)
