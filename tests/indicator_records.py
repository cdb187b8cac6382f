"""The PC's records read as plain values and counted like the central server counts them
(core.indicators.compute): what the SQL counting of the dashboard is held to."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.core.indicators import (
    EVERYONE,
    RECORD_FIELDS,
    Period,
    PersonFacts,
    Population,
    Report,
    compute,
)
from counsellor_app.services.indicator_sql import app_table
from counsellor_app.storage.database import Database


def load_facts(session: Session) -> dict[str, PersonFacts]:
    """Every live person of this PC with the records the indicators read."""
    person, agency = app_table("person"), app_table("agency")
    agencies = dict(session.execute(select(agency.c.id, agency.c.code)).all())
    facts: dict[str, PersonFacts] = {}
    for row in session.execute(
        select(
            person.c.id, person.c.sex, person.c.date_of_birth, person.c.nationality,
            person.c.legal_status, person.c.owner_agency_id, person.c.city_id, person.c.track,
            person.c.created_at,
        ).where(person.c.deleted_at.is_(None))
    ):  # fmt: skip
        facts[row.id] = PersonFacts(
            row.id,
            row.sex or "",
            row.date_of_birth,
            row.nationality or "",
            row.legal_status or "",
            agencies.get(row.owner_agency_id, ""),
            row.city_id or "",  # the reference id, as on the server; screens show the name
            row.track or "",
            row.created_at.date() if row.created_at else None,
        )
    for kind, names in RECORD_FIELDS.items():
        if kind == "disbursement":
            continue  # reached through its application, below
        table = app_table(kind)
        columns = [table.c.id, table.c.person_id, *(table.c[n] for n in names)]
        for row in session.execute(select(*columns).where(table.c.deleted_at.is_(None))):
            owner = facts.get(row.person_id)
            if owner is not None:
                owner.records.setdefault(kind, []).append(row._asdict())
    grant, payment = (
        app_table("grant_application"),
        app_table("disbursement"),
    )
    for paid in session.execute(
        select(
            payment.c.id, payment.c.application_id, payment.c.amount_centimes,
            payment.c.confirmed_on, grant.c.person_id,
        )
        .join(grant, grant.c.id == payment.c.application_id)
        .where(payment.c.deleted_at.is_(None))
    ):  # fmt: skip
        owner = facts.get(paid.person_id)
        if owner is not None:
            owner.records.setdefault("disbursement", []).append(paid._asdict())
    return facts


def load_envelopes(session: Session) -> list[dict[str, Any]]:
    envelope = app_table("budget_envelope")
    return [
        row._asdict()
        for row in session.execute(
            select(
                envelope.c.id,
                envelope.c.name,
                envelope.c.budget_centimes,
                envelope.c.valid_from,
                envelope.c.valid_to,
            ).where(envelope.c.deleted_at.is_(None))
        )
    ]


def report_from_records(db: Database, period: Period, population: Population = EVERYONE) -> Report:
    with db.reader() as session:
        facts = load_facts(session)
        envelopes = load_envelopes(session)
    return compute(facts.values(), period, envelopes, population=population)
