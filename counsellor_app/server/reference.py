"""National reference data with validity dates: the dated rules every PC applies.

The attendance threshold, the internship bounds, the auto-entrepreneur ceilings and rates, the
referral delay, document retention… are the national administrator's (edited in the console,
``console/reference_pages.py``). Each value is a ``reference_value`` record owned by no agency
(``NATIONAL_OWNER``): every PC pulls it, no PC may write one (the push refuses it,
``scope.NATIONAL_RECORD``). A new value starts on a later day than today and never rewrites
the past; a value not yet in force may be replaced (same key, same day: the same record, a new
version). The record's id is derived from its key and day, so every server names it alike.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.core.hlc import Hlc
from counsellor_app.core.parameters import (
    DEFAULT_VALID_FROM,
    DEFAULTS,
    DatedValue,
    Parameters,
    city_problem,
    dated_value_problem,
)
from counsellor_app.protocol import records
from counsellor_app.server.changelog import announce
from counsellor_app.server.models import Record
from counsellor_app.server.scope import NATIONAL_OWNER

KIND = "reference_value"
PARAMETER = "parameter"
CITY = "city"
SERVER_ORIGIN = "server"  # the origin of changes made on the server itself
_NAMESPACE = uuid.UUID("6f1d3c2e-8a4b-5c7d-9e0f-1a2b3c4d5e6f")
# The console's forms: one per kind of reference data, each listing its keys.
GROUPS: dict[str, tuple[str, ...]] = {
    "rules": (
        "soft_skills_attendance_threshold_pct",
        "referral_answer_delay_days",
        "document_retention_years",
        "attachment_max_kib",
    ),
    "internships": (
        "internship_stipend_min_centimes",
        "internship_stipend_max_centimes",
        "internship_max_months",
        "internship_ending_notice_days",
        "placement_max_months",
        "apprenticeship_max_months",
    ),
    "activity_categories": (
        "ae_ceiling_commercial_centimes",
        "ae_ceiling_services_centimes",
        "ae_tax_commercial_bp",
        "ae_tax_services_bp",
        "ae_single_client_threshold_centimes",
        "ae_single_client_withholding_bp",
        "ae_minimum_age_years",
        "ae_registration_proof_required",
    ),
}


class ReferenceRefused(ValueError):
    """A value the server will not take; ``code`` is the console's word for why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class KeyRow:
    """One key as the console lists it: the value in force today and since when, the values
    to come and the past ones (newest first)."""

    key: str
    current: int
    since: date
    upcoming: list[DatedValue]
    past: list[DatedValue]


def record_id(domain: str, code: str, valid_from: date) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{domain}/{code}/{valid_from.isoformat()}"))


def central_values(session: Session) -> list[DatedValue]:
    """The national parameter values stored, as the PCs receive them."""
    found = session.scalars(
        select(Record).where(Record.entity == KIND, Record.owner_agency_id == NATIONAL_OWNER)
    )
    values = []
    for record in found:
        fields = record.fields
        if fields.get("deleted_at") or fields.get("domain") != PARAMETER:
            continue
        values.append(
            DatedValue(
                str(fields["code"]), int(fields["value"]), date.fromisoformat(fields["valid_from"])
            )
        )
    return values


def in_force(session: Session) -> Parameters:
    """The shipped defaults overlaid by the central values: what a PC that synced applies."""
    return Parameters.defaults().with_central(central_values(session))


def key_rows(session: Session, keys: tuple[str, ...], today: date) -> list[KeyRow]:
    parameters = in_force(session)
    rows = []
    for key in keys:
        history = parameters.history(key) or [DatedValue(key, DEFAULTS[key][0], DEFAULT_VALID_FROM)]
        started = [v for v in history if v.valid_from <= today]
        current = parameters.get(key, today)
        since = max((v.valid_from for v in started if v.value == current), default=today)
        rows.append(
            KeyRow(
                key,
                current,
                since,
                [v for v in history if v.valid_from > today],
                list(reversed(started)),
            )
        )
    return rows


@dataclass(frozen=True)
class CentralCity:
    id: str
    region_code: str
    names: dict[str, str]  # language → name
    valid_from: date
    retired: bool = False  # from ``valid_from``: no longer offered for new records


def central_cities(session: Session) -> list[CentralCity]:
    """The cities added to the national list, in the order they were dated."""
    found = session.scalars(
        select(Record).where(Record.entity == KIND, Record.owner_agency_id == NATIONAL_OWNER)
    )
    cities = []
    for record in found:
        fields = record.fields
        if fields.get("deleted_at") or fields.get("domain") != CITY:
            continue
        data = fields.get("data") or {}
        cities.append(
            CentralCity(
                str(fields["code"]),
                str(data.get("region_code", "")),
                {lang: str(data.get(f"name_{lang}", "")) for lang in ("fr", "ar", "en")},
                date.fromisoformat(fields["valid_from"]),
                fields.get("value") == 0,
            )
        )
    return sorted(cities, key=lambda c: (c.valid_from, c.id))


def add_city(
    session: Session,
    city_id: str,
    region_code: str,
    names: tuple[str, str, str],
    valid_from: date,
    today: date,
    now: datetime,
) -> Record:
    """Add a city to the national list from ``valid_from``: every PC offers it from that day
    (a PC stores it in its ``city`` table when it pulls it, so its people may live there)."""
    problem = city_problem(city_id, region_code, names, valid_from, today)
    if problem is not None:
        raise ReferenceRefused(problem)
    if any(c.id == city_id for c in central_cities(session)):
        raise ReferenceRefused("reference_city_exists")
    data = {"region_code": region_code, "name_fr": names[0].strip(),
            "name_ar": names[1].strip(), "name_en": names[2].strip()}  # fmt: skip
    fields = {"domain": CITY, "code": city_id, "valid_from": valid_from.isoformat(),
              "value": 1, "data": data}  # fmt: skip
    return _store(session, fields, valid_from, now)


def change_city(
    session: Session,
    city_id: str,
    names: tuple[str, str, str] | None,
    valid_from: date,
    today: date,
    now: datetime,
) -> Record:
    """Rename a city of the national list (``names``) or retire it (None) from ``valid_from``:
    a new dated value of the same city, so the PCs offer the new names, or no longer offer the
    city for new records, from that day; the people who live there keep it."""
    known = [c for c in central_cities(session) if c.id == city_id]
    if not known:
        raise ReferenceRefused("reference_city_unknown")
    if any(c.valid_from == valid_from for c in known):
        raise ReferenceRefused("reference_city_same_day")
    last = known[-1]
    wanted = names or (last.names["fr"], last.names["ar"], last.names["en"])
    problem = city_problem(city_id, last.region_code, wanted, valid_from, today)
    if problem is not None:
        raise ReferenceRefused(problem)
    data = {"region_code": last.region_code, "name_fr": wanted[0].strip(),
            "name_ar": wanted[1].strip(), "name_en": wanted[2].strip()}  # fmt: skip
    fields = {"domain": CITY, "code": city_id, "valid_from": valid_from.isoformat(),
              "value": 0 if names is None else 1, "data": data}  # fmt: skip
    return _store(session, fields, valid_from, now)


def add_value(
    session: Session, key: str, value: int, valid_from: date, today: date, now: datetime
) -> Record:
    """Store ``value`` for ``key`` from ``valid_from`` (checked by the same rule and the same
    protocol schema as every PC) and announce it: every PC pulls it at its next sync."""
    problem = dated_value_problem(key, value, valid_from, today, in_force(session))
    if problem is not None:
        raise ReferenceRefused(problem)
    fields = {"domain": PARAMETER, "code": key, "valid_from": valid_from.isoformat(),
              "value": value, "data": {}}  # fmt: skip
    return _store(session, fields, valid_from, now)


def _store(session: Session, fields: dict[str, Any], valid_from: date, now: datetime) -> Record:
    """One national value as a record: new, or a new version of the same key and day."""
    if records.check(KIND, fields, complete=True) is not None:
        raise ReferenceRefused("reference_out_of_bounds")
    identifier = record_id(str(fields["domain"]), str(fields["code"]), valid_from)
    value = fields["value"]
    stamp = now.isoformat()
    clock = str(Hlc(int(now.timestamp() * 1000), 0, SERVER_ORIGIN))
    record = session.scalar(select(Record).where(Record.id == identifier))
    if record is None:
        fields = {**fields, "created_at": stamp, "updated_at": stamp, "deleted_at": None}
        record = Record(
            entity=KIND, id=identifier, person_id=None, owner_agency_id=NATIONAL_OWNER,
            version=1, fields=fields, field_versions=dict.fromkeys(fields, 1),
            field_clocks=dict.fromkeys(fields, clock),
            field_devices=dict.fromkeys(fields, SERVER_ORIGIN), updated_seq=0, natural_key=None,
        )  # fmt: skip
        session.add(record)
    else:
        if record.owner_agency_id != NATIONAL_OWNER or record.entity != KIND:
            raise ReferenceRefused("reference_unknown_key")
        version = record.version + 1
        record.version = version
        record.fields = {**record.fields, "value": value, "deleted_at": None, "updated_at": stamp}
        record.field_versions = {**record.field_versions, "value": version, "deleted_at": version}
        record.field_clocks = {**record.field_clocks, "value": clock, "deleted_at": clock}
        record.field_devices = {**record.field_devices, "value": SERVER_ORIGIN}
    session.flush()
    announce(session, [record], SERVER_ORIGIN, now)
    return record
