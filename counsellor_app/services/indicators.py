"""The programme's indicators over this PC's register (definitions: core.indicators).

The dashboard counts in SQL (services.indicator_sql); the central server counts the same
definitions over plain values (tests hold the two to the same numbers).
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import os
from dataclasses import dataclass

from sqlalchemy import select

from counsellor_app.core.audit import AuditAction, AuditEvent
from counsellor_app.core.clock import local_today
from counsellor_app.core.indicator_export import safe_cell
from counsellor_app.core.indicators import (
    EVERYONE,
    Milestone,
    Period,
    Population,
    Report,
    age_band,
)
from counsellor_app.core.roles import Permission
from counsellor_app.services import indicator_sql
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.audit import record
from counsellor_app.storage.database import Database

NAMED_TO_DONORS = "donor_named"


class IndicatorService:
    def __init__(self, db: Database, actor: CurrentUser) -> None:
        self._db, self._actor = db, actor

    def report(self, period: Period, population: Population = EVERYONE) -> Report:
        """Supervisors and administrators: the counts never name anyone."""
        self._actor.require(Permission.VIEW_REPORTS)
        with self._db.reader() as session:
            return indicator_sql.report(session, period, population=population)

    def people_behind(
        self, period: Period, milestone: Milestone, population: Population = EVERYONE
    ) -> list[str]:
        """The ids of the people an indicator counted (to list them): counsellors too, since
        they see their agency's people anyway."""
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.reader() as session:
            return indicator_sql.people_reaching(session, period, milestone, population)

    def people_behind_named(
        self, period: Period, milestone: Milestone, population: Population = EVERYONE
    ) -> list[tuple[str, str]]:
        """(id, "NAME First — file number") of the people behind a number, by name."""
        ids = self.people_behind(period, milestone, population)
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
        self,
        period: Period,
        milestone: Milestone,
        deidentified: bool,
        population: Population = EVERYONE,
    ) -> PeopleList:
        """The people behind an indicator, one row each, for a file to hand over: supervisors
        and administrators only. De-identified: no name, no file number, no identity number,
        a code that means nothing outside this list, and the birth date as an age band.
        With names: only the people whose current consent lets them be named to donors."""
        self._actor.require(Permission.VIEW_REPORTS)
        ids = self.people_behind(period, milestone, population)
        without_consent = 0
        if not deidentified:
            consenting = self._consenting(ids, NAMED_TO_DONORS)
            without_consent = len(ids) - len(consenting)
            ids = [i for i in ids if i in consenting]
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
        record(
            self._db,
            self._actor,
            AuditEvent(
                AuditAction.PEOPLE_LIST_EXPORTED,
                "indicator",
                milestone.value,
                {
                    "period": f"{period.start}..{period.end}",
                    "deidentified": deidentified,
                    "people": len(rows),
                    "without_consent": without_consent,
                },
            ),
        )
        ordered = sorted(rows, key=lambda r: r.get("file_number") or r["code"])
        return PeopleList(ordered, without_consent)

    def _consenting(self, ids: list[str], purpose: str) -> set[str]:
        """Those of ``ids`` whose consent, today, covers ``purpose``."""
        consent = indicator_sql.app_table("consent")
        today = local_today()
        found: set[str] = set()
        with self._db.reader() as session:
            for start in range(0, len(ids), 500):
                for row in session.execute(
                    select(consent.c.person_id, consent.c.purposes, consent.c.given_on,
                           consent.c.expires_on).where(
                        consent.c.person_id.in_(ids[start : start + 500]),
                        consent.c.withdrawn_on.is_(None),
                        consent.c.deleted_at.is_(None),
                    )
                ):  # fmt: skip
                    if (
                        purpose in (row.purposes or [])
                        and row.given_on <= today
                        and (row.expires_on is None or today <= row.expires_on)
                    ):
                        found.add(row.person_id)
        return found

    def note_export(self, period: Period, fmt: str, threshold: int) -> None:
        """A report handed out of the PC is in the audit trail (format, period, suppression)."""
        self._actor.require(Permission.VIEW_REPORTS)
        record(
            self._db,
            self._actor,
            AuditEvent(
                AuditAction.REPORT_EXPORTED,
                "report",
                "",
                {
                    "period": f"{period.start}..{period.end}",
                    "format": fmt,
                    "suppression": threshold,
                },
            ),
        )


@dataclass(frozen=True)
class PeopleList:
    rows: list[dict[str, str]]
    without_consent: int  # left out of a named list: no consent to be named to donors


def people_csv(rows: list[dict[str, str]]) -> str:
    """The list as CSV, every cell safe to open in a spreadsheet."""
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: safe_cell(v) for k, v in row.items()} for row in rows)
    return out.getvalue()
