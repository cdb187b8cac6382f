"""The national report: the programme's indicators over every agency's records on the server,
counted by the same definitions as each PC's dashboard (core.indicators)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.core.indicators import (
    RECORD_FIELDS,
    Milestone,
    Period,
    PersonFacts,
    Population,
    Report,
    compute,
    facts_from_fields,
)
from counsellor_app.server import linked_people
from counsellor_app.server.models import Agency, Record
from counsellor_app.server.scope import NATIONAL_OWNER


def national_facts(session: Session, agency_code: str | None = None) -> list[PersonFacts]:
    """Every live person (of one agency if asked) with the records the indicators read."""
    codes = dict(session.execute(select(Agency.id, Agency.code)).all())
    wanted = None
    if agency_code is not None:
        wanted = next((i for i, c in codes.items() if c == agency_code.upper()), "")
    facts: dict[str, PersonFacts] = {}
    people = select(Record.id, Record.owner_agency_id, Record.fields).where(
        Record.entity == "person"
    )
    if wanted is not None:
        people = people.where(Record.owner_agency_id == wanted)
    for person_id, owner, fields in session.execute(people):
        if fields.get("deleted_at"):
            continue
        facts[person_id] = facts_from_fields(person_id, fields, codes.get(owner, ""))
    for kind in RECORD_FIELDS:
        for record_id, person_id, fields in session.execute(
            select(Record.id, Record.person_id, Record.fields).where(Record.entity == kind)
        ):
            owner_facts = facts.get(person_id or "")
            if owner_facts is not None:
                owner_facts.records.setdefault(kind, []).append({**fields, "id": record_id})
    return linked_people.merge_facts(session, list(facts.values()))  # a linked person once


def envelopes(session: Session) -> list[dict[str, Any]]:
    return [
        {**fields, "id": record_id}
        for record_id, fields in session.execute(
            select(Record.id, Record.fields).where(Record.entity == "budget_envelope")
        )
    ]


def programme_named(session: Session, name: str) -> Record | None:
    """The national programme of that name (case aside), or None."""
    wanted = name.strip().casefold()
    return next(
        (
            r
            for r in session.scalars(
                select(Record).where(
                    Record.entity == "programme", Record.owner_agency_id == NATIONAL_OWNER
                )
            )
            if str(r.fields.get("name", "")).casefold() == wanted and not r.fields.get("deleted_at")
        ),
        None,
    )


def national_report(
    session: Session,
    period: Period,
    agency_code: str | None = None,
    programme: Record | None = None,
) -> Report:
    """Every agency's (or one's) people; a programme's enrolled people, with its targets."""
    if programme is None:
        return compute(national_facts(session, agency_code), period, envelopes(session))
    fields = programme.fields
    population = replace(Population.from_json(fields.get("population")), programme=programme.id)
    found = compute(
        national_facts(session, agency_code), period, envelopes(session), population=population
    )
    targets = {
        Milestone(k): int(v)
        for k, v in (fields.get("targets") or {}).items()
        if k in set(Milestone) and isinstance(v, int)
    }
    return replace(found, programme=str(fields.get("name", "")), targets=targets)
