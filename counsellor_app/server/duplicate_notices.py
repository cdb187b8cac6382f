"""Telling both agencies of a possible duplicate: a ``duplicate_notice`` record written by the
server, one per agency, pulled by that agency's PCs only.

Each notice is owned by its agency (``owner_agency_id``) and names no person at the record
level (``Record.person_id`` is None), so it travels by the agency branch of the pull alone:
a third agency, even one a file is referred to, never receives it. Its fields give the
agency's own file, the other agency's code, name and file number, the reason codes and the
decision; nothing else of the other agency's person. PCs never write one (the push refuses the
kind as the server's own, ``scope.SERVER_KINDS``).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.core.hlc import Hlc
from counsellor_app.server.changelog import announce
from counsellor_app.server.duplicate_models import DuplicateCandidate
from counsellor_app.server.models import Agency, Record

KIND = "duplicate_notice"
SERVER_ORIGIN = "server"
_NAMESPACE = uuid.UUID("0192f0a0-0000-7000-8000-00000000d0b1")


def notice_id(candidate_id: str, person_id: str) -> str:
    """The same notice for the same pair and side, whenever it is written again."""
    return str(uuid.uuid5(_NAMESPACE, f"{candidate_id}:{person_id}"))


def _file_number(session: Session, person_id: str) -> str:
    fields = session.scalar(
        select(Record.fields).where(Record.entity == "person", Record.id == person_id)
    )
    return str((fields or {}).get("file_number") or "")[:32]


def _values(session: Session, candidate: DuplicateCandidate, side: str) -> dict[str, Any]:
    mine, other = (
        (candidate.person_a, candidate.person_b)
        if side == "a"
        else (candidate.person_b, candidate.person_a)
    )
    other_agency = session.get(Agency, candidate.agency_b if side == "a" else candidate.agency_a)
    return {
        "person_id": mine,
        "file_number": _file_number(session, mine),
        "other_agency_code": other_agency.code if other_agency is not None else "",
        "other_agency_name": (other_agency.name if other_agency is not None else "")[:200],
        "other_file_number": _file_number(session, other),
        "reasons": list(candidate.reasons),
        "status": candidate.status,
    }


def _write(
    session: Session,
    owner: str,
    identifier: str,
    values: dict[str, Any],
    now: datetime,
    create: bool = True,
) -> Record | None:
    stamp = now.isoformat()
    clock = str(Hlc(int(now.timestamp() * 1000), 0, SERVER_ORIGIN))
    record = session.scalar(select(Record).where(Record.entity == KIND, Record.id == identifier))
    if record is None and not create:
        return None
    if record is None:
        fields = {**values, "created_at": stamp, "updated_at": stamp, "deleted_at": None}
        record = Record(
            entity=KIND, id=identifier, person_id=None, owner_agency_id=owner, version=1,
            fields=fields, field_versions=dict.fromkeys(fields, 1),
            field_clocks=dict.fromkeys(fields, clock),
            field_devices=dict.fromkeys(fields, SERVER_ORIGIN), updated_seq=0, natural_key=None,
        )  # fmt: skip
        session.add(record)
        return record
    different = {k: v for k, v in values.items() if record.fields.get(k) != v}
    if not different:
        return None
    version = record.version + 1
    record.version = version
    record.fields = {**record.fields, **different, "updated_at": stamp}
    record.field_versions = {**record.field_versions, **dict.fromkeys(different, version)}
    record.field_clocks = {**record.field_clocks, **dict.fromkeys(different, clock)}
    return record


def publish(session: Session, candidate: DuplicateCandidate, now: datetime) -> None:
    """Write (or update) the pair's two notices; both agencies' PCs pull what changed."""
    changed = [
        record
        for side, person, agency in (
            ("a", candidate.person_a, candidate.agency_a),
            ("b", candidate.person_b, candidate.agency_b),
        )
        for record in [
            _write(
                session,
                agency,
                notice_id(candidate.id, person),
                {**_values(session, candidate, side), "deleted_at": None},
                now,
            )
        ]
        if record is not None
    ]
    if changed:
        session.flush()
        announce(session, changed, SERVER_ORIGIN, now)


def withdraw(session: Session, candidate: DuplicateCandidate, now: datetime) -> None:
    """The pair no longer matches: both notices archived (``deleted_at``)."""
    stamp = now.isoformat()
    changed = [
        record
        for person, agency in (
            (candidate.person_a, candidate.agency_a),
            (candidate.person_b, candidate.agency_b),
        )
        for record in [
            _write(
                session, agency, notice_id(candidate.id, person), {"deleted_at": stamp}, now, False
            )
        ]
        if record is not None
    ]
    if changed:
        session.flush()
        announce(session, changed, SERVER_ORIGIN, now)
