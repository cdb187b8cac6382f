"""People confirmed as one across agencies, and how national counts see them once.

A confirmed pair links both files to one canonical id (the smallest id of the group, so the
answer does not depend on the order decisions were made in). National indicators count
``canonical_person_id(Record.id)`` instead of ``Record.id``; ``canonical_person_ids`` and
``count_distinct_people`` do the same for ids already in hand. Each agency keeps its own file:
a link changes nothing on the PCs and nothing an agency's own indicators count.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from counsellor_app.server.bulk import among
from counsellor_app.server.duplicate_models import PersonLink


def canonical_person_id(column: Any) -> Any:
    """SQL for "the person this id counts as": the canonical id of a linked person, the id
    itself otherwise. Use it in ``count(distinct ...)`` over people of several agencies."""
    linked = select(PersonLink.canonical_id).where(PersonLink.person_id == column)
    return func.coalesce(linked.scalar_subquery(), column)


def canonical_person_ids(session: Session, person_ids: Iterable[str]) -> dict[str, str]:
    """Each id → the id it counts as (itself when not linked)."""
    ids = sorted(set(person_ids))
    found: dict[str, str] = {}
    for start in range(0, len(ids), 5000):
        chunk = ids[start : start + 5000]
        found.update(
            session.execute(
                select(PersonLink.person_id, PersonLink.canonical_id).where(
                    among(session, PersonLink.person_id, chunk)
                )
            ).all()
        )
    return {person_id: found.get(person_id, person_id) for person_id in ids}


def count_distinct_people(session: Session, person_ids: Iterable[str]) -> int:
    """How many people these ids are, a linked pair counted once."""
    return len(set(canonical_person_ids(session, person_ids).values()))


def link(session: Session, first: str, second: str, candidate_id: str, now: datetime) -> str:
    """Join the groups of two people (in the caller's transaction); returns the canonical id."""
    current = canonical_person_ids(session, (first, second))
    old = {current[first], current[second]}
    canonical = min(old)
    members = (
        set(session.scalars(select(PersonLink.person_id).where(PersonLink.canonical_id.in_(old))))
        | {first, second}
        | old
    )
    session.execute(
        update(PersonLink).where(PersonLink.canonical_id.in_(old)).values(canonical_id=canonical)
    )
    known = set(
        session.scalars(select(PersonLink.person_id).where(PersonLink.person_id.in_(members)))
    )
    for person_id in sorted(members - known):
        session.add(
            PersonLink(
                person_id=person_id,
                canonical_id=canonical,
                candidate_id=candidate_id,
                linked_at=now,
            )
        )
    session.flush()
    return canonical


def unlink(session: Session, person_id: str) -> None:
    """A person erased: her link goes; a group left with one person is no group."""
    canonical = session.scalar(
        select(PersonLink.canonical_id).where(PersonLink.person_id == person_id)
    )
    if canonical is None:
        return
    session.execute(delete(PersonLink).where(PersonLink.person_id == person_id))
    rest = list(
        session.scalars(select(PersonLink.person_id).where(PersonLink.canonical_id == canonical))
    )
    if len(rest) <= 1:
        session.execute(delete(PersonLink).where(PersonLink.canonical_id == canonical))
    elif canonical == person_id:  # the group counts under its smallest remaining id
        session.execute(
            update(PersonLink)
            .where(PersonLink.canonical_id == canonical)
            .values(canonical_id=min(rest))
        )
