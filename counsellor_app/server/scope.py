"""Who may write and read a record, decided from the server's own records (issue 20).

An operation names a record, and perhaps a person or an agency; none of that is believed. The
record's owner is the one the server stored with it; a new record's owner is the stored owner
of the person it belongs to (for a tranche, of its grant application's person), or the
sending device's agency for a record of no one. A device may write a record of its own agency,
or of a person referred to its agency by a grant in force now; a file handed over to another
agency still takes the edits made before the hand-over, for a bounded time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.core.hlc import Hlc
from counsellor_app.core.merge import REFERENCES
from counsellor_app.server.bulk import among
from counsellor_app.server.models import AccessGrant, Record

# Reasons a refused operation carries (each final: sent again, it is refused again).
NOT_OWNER = "not_owner"  # the stored record belongs to an agency this device may not write
PERSON_FORBIDDEN = "person_forbidden"  # it names, or moves to, a person this device may not write
AGENCY_FORBIDDEN = "agency_forbidden"  # a field names an agency other than the record's owner
# Edits made offline before a file was handed over are still taken, but not for ever: a device
# could otherwise date its edits back and keep writing a file its agency gave away.
HANDOVER_GRACE = timedelta(days=30)
# Records whose person is the person of the record they name (a tranche has no person_id).
PERSON_THROUGH: Mapping[str, tuple[str, str]] = {
    "disbursement": ("application_id", "grant_application"),
}
# An agency's own records, never written by another (as store.AGENCY_SHARED).
SHARED_KINDS = frozenset(
    {
        "agency",
        "user_account",
        "cohort",
        "cohort_session",
        "host_organisation",
        "partner",
        "budget_envelope",
        "signing_key",
        "letterhead_setting",
        "scoring_grid",  # grant committees (core.committees): a programme's grid
        "committee_session",  # and the sessions, members and attendance
    }
)
# Records about a person that stay with the agency that made them, whoever holds the file: a
# referral or a transfer does not carry them, and only their agency reads or writes them (a
# grant committee's votes, its members' conflicts of interest, and through them the session).
AGENCY_INTERNAL = frozenset({"committee_item"})
# Records only their own agency's records may name (a session or a grid of another agency is
# never on a record it may write, even about a file it holds).
OWN_ONLY_REFERENCES = frozenset({"committee_session", "scoring_grid"})
# National records: the server's own (loaded from the reference data it ships, later edited in
# the central console), read by every PC, written by none (server/programmes.py).
NATIONAL_KINDS = frozenset({"programme", "reference_value"})
NATIONAL_OWNER = "national"  # their owner: an agency id no agency has (ids are UUIDs)
NATIONAL_RECORD = "national_record"  # the refusal of a PC's write to one
# Records the server writes for one agency (a notice of a possible duplicate): pulled by that
# agency's PCs, written by no PC (refused as NATIONAL_RECORD too: the server's own).
AGENCY_NOTICE_KINDS = frozenset({"duplicate_notice"})
SERVER_KINDS = NATIONAL_KINDS | AGENCY_NOTICE_KINDS
# Per kind of record: the fields that name an agency; each must name the record's owner.
AGENCY_FIELDS: Mapping[str, tuple[str, ...]] = {
    entity: tuple(name for name, kind in refs.items() if kind == "agency")
    for entity, refs in REFERENCES.items()
    if "agency" in refs.values()
}


def new_value(changes: Mapping[str, Any], name: str) -> Any:
    """The value an operation sets for a field (None when it does not set it)."""
    pair = changes.get(name)
    if isinstance(pair, list | tuple) and len(pair) == 2:
        return pair[1]
    return None


def named_person(entity: str, changes: Mapping[str, Any]) -> tuple[str, str] | None:
    """(kind, id) of the record whose person an operation's values say this one follows:
    the person itself, or the record it goes through (a tranche's application)."""
    through = PERSON_THROUGH.get(entity)
    if through is not None:
        value = new_value(changes, through[0])
        return (through[1], value) if isinstance(value, str) and value else None
    value = new_value(changes, "person_id")
    return ("person", value) if isinstance(value, str) and value else None


@dataclass
class AgencyScope:
    """What one agency may do now, read from the grants in force when the batch arrives."""

    agency: str
    now: datetime
    granted: set[str] = field(default_factory=set)  # people referred to this agency
    handed_over: dict[str, datetime] = field(default_factory=dict)  # given away: when

    def may_read(self, owner: str, person_id: str | None, entity: str = "") -> bool:
        if entity in AGENCY_INTERNAL:
            return owner == self.agency
        return owner == self.agency or (person_id is not None and person_id in self.granted)

    def may_write(self, owner: str, person_id: str | None, shared: bool, made: str) -> bool:
        """``shared``: an agency's own record (accounts, cohorts…), never written by another
        agency, whatever it was referred. ``made``: the edit's clock, when it says it was
        made (read only for a file handed over)."""
        if owner == self.agency:
            return True
        if shared or person_id is None:
            return False
        if person_id in self.granted:
            return True
        handed = self.handed_over.get(person_id)
        return (
            handed is not None
            and Hlc.parse(made).millis < int(handed.timestamp() * 1000)
            and self.now - handed <= HANDOVER_GRACE
        )

    def wrong_agency(
        self, entity: str, entity_id: str, owner: str, changes: Mapping[str, Any]
    ) -> bool:
        """Whether the operation names an agency other than the record's owner (an agency's
        own record is owned by the agency it describes)."""
        if entity == "agency" and entity_id != owner:
            return True
        return any(
            name in changes and new_value(changes, name) not in (None, owner)
            for name in AGENCY_FIELDS.get(entity, ())
        )


def shared_people(session: Session, agency_id: str) -> list[str]:
    """People whose files this agency holds though another agency's records may be named in
    them: referred to it, handed over to it, or referred by it to another agency."""
    return sorted(
        set(
            session.scalars(
                select(AccessGrant.person_id).where(
                    (
                        (AccessGrant.agency_id == agency_id)
                        & (
                            ((AccessGrant.kind == "referral") & (AccessGrant.status == "active"))
                            | (
                                (AccessGrant.kind == "transfer")
                                & (AccessGrant.status == "accepted")
                            )
                        )
                    )
                    | (
                        (AccessGrant.from_agency_id == agency_id)
                        & (AccessGrant.kind == "referral")
                        & (AccessGrant.status == "active")
                    )
                )
            )
        )
    )


def named_shared(session: Session, people: Sequence[str]) -> list[Record]:
    """The agencies' own records (accounts, partners, cohorts…) the files of ``people`` name,
    and what those name in turn: what another agency's PC needs to store those files, and no
    more (not an agency's whole staff list, envelopes or programmes)."""
    if not people:
        return []
    wanted: set[tuple[str, str]] = set()
    for entity, fields in session.execute(
        select(Record.entity, Record.fields).where(
            among(session, Record.person_id, people)
            | ((Record.entity == "person") & among(session, Record.id, people))
        )
    ):
        if entity not in AGENCY_INTERNAL:  # a committee's item stays with its agency
            wanted.update(shared_references(entity, fields))
    return with_what_they_name(session, wanted)


def with_what_they_name(session: Session, wanted: set[tuple[str, str]]) -> list[Record]:
    """The stored records ``wanted`` lists, and the agencies' own records they name."""
    found: dict[tuple[str, str], Record] = {}
    frontier = wanted
    while frontier:  # a session names its cohort, a cohort its agency
        following: set[tuple[str, str]] = set()
        for record in session.scalars(
            select(Record).where(among(session, Record.id, {i for _kind, i in frontier}))
        ):
            key = (record.entity, record.id)
            if key in frontier and key not in found:
                found[key] = record
                following |= shared_references(record.entity, record.fields)
        frontier = following - set(found)  # what is not stored (yet) is not shared
    return list(found.values())


def shared_references(entity: str, fields: Mapping[str, Any]) -> set[tuple[str, str]]:
    """(kind, id) of the agencies' own records that a record's values name."""
    return {
        (kind, value)
        for name, kind in REFERENCES.get(entity, {}).items()
        for value in [fields.get(name)]
        if kind in SHARED_KINDS and isinstance(value, str) and value
    }
