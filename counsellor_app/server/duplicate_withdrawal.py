"""An open duplicate pair taken away by the server leaves an entry in the audit trail.

When a corrected key (a document number, a phone, a birth date) makes two people of two
agencies no longer a pair, ``duplicates.refresh`` deletes the open pair: no agency was told
of it, but the national administrator may have seen it listed, and a pair that vanishes
without a trace would let a PC's edits hide a duplicate unnoticed. The entry (in the same
hash-chained ``console_audit`` as the console's decisions, written by "server", no account)
holds the pair's id, both agencies' codes and the reasons it had: no name, number or date.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.server.console import audit
from counsellor_app.server.duplicate_models import DuplicateCandidate
from counsellor_app.server.models import Agency

ACTION = "duplicate_withdrawn"
BY = "server"


def withdraw(session: Session, candidate: DuplicateCandidate, now: datetime) -> None:
    """Delete an open pair (in the caller's transaction) and audit it."""
    wanted = (candidate.agency_a, candidate.agency_b)
    found = session.execute(select(Agency.id, Agency.code).where(Agency.id.in_(wanted)))
    codes: dict[str, str] = dict(found.all())
    audit.record(
        session, None, ACTION, now, target=candidate.id, username=BY,
        agencies=[codes.get(candidate.agency_a, ""), codes.get(candidate.agency_b, "")],
        reasons=list(candidate.reasons),
    )  # fmt: skip
    session.delete(candidate)
