"""The programme's indicators over this PC's register (definitions: core.indicators).

The dashboard counts in SQL (services.indicator_sql); ``load_facts`` reads the same records as
plain values for the counting the central server uses, so the two can be held to agree.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import os
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.core.indicator_export import safe_cell
from counsellor_app.core.indicators import (
    RECORD_FIELDS,
    Milestone,
    Period,
    PersonFacts,
    Report,
    age_band,
    compute,
)
from counsellor_app.core.roles import Permission
from counsellor_app.services import indicator_sql
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.storage.database import Database


def load_facts(session: Session) -> dict[str, PersonFacts]:
    """Every live person of this PC with the records the indicators read."""
    person, agency = indicator_sql.app_table("person"), indicator_sql.app_table("agency")
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
        table = indicator_sql.app_table(kind)
        columns = [table.c.id, table.c.person_id, *(table.c[n] for n in names)]
        for row in session.execute(select(*columns).where(table.c.deleted_at.is_(None))):
            owner = facts.get(row.person_id)
            if owner is not None:
                owner.records.setdefault(kind, []).append(row._asdict())
    grant, payment = (
        indicator_sql.app_table("grant_application"),
        indicator_sql.app_table("disbursement"),
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
    envelope = indicator_sql.app_table("budget_envelope")
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


class IndicatorService:
    def __init__(self, db: Database, actor: CurrentUser) -> None:
        self._db, self._actor = db, actor

    def report(self, period: Period) -> Report:
        """Supervisors and administrators: the counts never name anyone."""
        self._actor.require(Permission.VIEW_REPORTS)
        with self._db.reader() as session:
            return indicator_sql.report(session, period)

    def report_from_records(self, period: Period) -> Report:
        """The same report counted over plain values, as the central server counts."""
        self._actor.require(Permission.VIEW_REPORTS)
        with self._db.reader() as session:
            facts = load_facts(session)
            envelopes = load_envelopes(session)
        return compute(facts.values(), period, envelopes)

    def people_behind(self, period: Period, milestone: Milestone) -> list[str]:
        """The ids of the people an indicator counted (to list them): counsellors too, since
        they see their agency's people anyway."""
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.reader() as session:
            return indicator_sql.people_reaching(session, period, milestone)

    def people_behind_named(self, period: Period, milestone: Milestone) -> list[tuple[str, str]]:
        """(id, "NAME First — file number") of the people behind a number, by name."""
        ids = self.people_behind(period, milestone)
        person = indicator_sql.app_table("person")
        named: list[tuple[str, str]] = []
        with self._db.reader() as session:
            for start in range(0, len(ids), 500):
                for row in session.execute(
                    select(
                        person.c.id, person.c.last_name, person.c.first_name, person.c.file_number
                    ).where(person.c.id.in_(ids[start : start + 500]))
                ):
                    named.append(
                        (row.id, f"{row.last_name.upper()} {row.first_name} — {row.file_number}")
                    )
        return sorted(named, key=lambda item: item[1])

    def people_list(
        self, period: Period, milestone: Milestone, deidentified: bool
    ) -> list[dict[str, str]]:
        """The people behind an indicator, one row each, for a file to hand over: supervisors
        and administrators only. De-identified: no name, no file number, no identity number,
        a code that means nothing outside this list, and the birth date as an age band."""
        self._actor.require(Permission.VIEW_REPORTS)
        ids = self.people_behind(period, milestone)
        person, agency = indicator_sql.app_table("person"), indicator_sql.app_table("agency")
        secret = os.urandom(16)  # a new one per list: two lists cannot be joined by their codes
        rows: list[dict[str, str]] = []
        with self._db.reader() as session:
            codes = dict(session.execute(select(agency.c.id, agency.c.code)).all())
            for start in range(0, len(ids), 500):
                for row in session.execute(
                    select(person).where(person.c.id.in_(ids[start : start + 500]))
                ):
                    common = {
                        "sex": row.sex or "",
                        "age_band": age_band(row.date_of_birth, period.end),
                        "nationality": row.nationality or "",
                        "legal_status": row.legal_status or "",
                        "agency": codes.get(row.owner_agency_id, ""),
                        "city": row.city_id or "",
                        "track": row.track or "",
                    }
                    if deidentified:
                        code = hmac.new(secret, row.id.encode(), hashlib.sha256).hexdigest()[:10]
                        rows.append({"code": code, **common})
                    else:
                        rows.append(
                            {
                                "file_number": row.file_number,
                                "last_name": row.last_name,
                                "first_name": row.first_name,
                                "date_of_birth": row.date_of_birth.isoformat()
                                if row.date_of_birth
                                else "",
                                **common,
                            }
                        )
        return sorted(rows, key=lambda r: r.get("file_number") or r["code"])


def people_csv(rows: list[dict[str, str]]) -> str:
    """The list as CSV, every cell safe to open in a spreadsheet."""
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: safe_cell(v) for k, v in row.items()} for row in rows)
    return out.getvalue()


def this_year(today: date) -> Period:
    return Period(date(today.year, 1, 1), date(today.year, 12, 31))
