"""The national partner directory: partners (ANAPEC agencies, OFPPT centres, NGOs…) every
agency may refer people to, kept by the national administrator in the console
(``console/partners_pages.py``).

Each is an ordinary ``partner`` record (one schema for the kind, the PCs' own partners use it
too) that belongs to no agency (``NATIONAL_OWNER``): every PC pulls it, like the other national
records, and a PC's write to one is refused (``national_claim``: the stored owner decides, and
a PC's own partner may not call itself national). A partner is never deleted, only closed from
a date: the referrals already made keep naming it.
"""

from __future__ import annotations

import csv
import sys
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.core.hlc import Hlc
from counsellor_app.core.person import EMAIL
from counsellor_app.core.phone import parse_phone
from counsellor_app.core.problems import DomainError
from counsellor_app.core.referrals import PARTNER_KINDS
from counsellor_app.core.text import clean_line
from counsellor_app.protocol import records
from counsellor_app.server.changelog import announce
from counsellor_app.server.models import Record
from counsellor_app.server.reference import SERVER_ORIGIN, central_cities
from counsellor_app.server.scope import NATIONAL_OWNER, new_value

KIND = "partner"
FIELDS = ("name", "kind", "city_id", "address", "contact_name", "contact_phone", "email")
LIMITS = {"name": 200, "address": 300, "contact_name": 120, "email": 200}


class PartnerRefused(ValueError):
    """A partner the console will not save; ``code`` is its word for why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class NationalPartner:
    id: str
    name: str
    kind: str
    city_id: str | None
    address: str
    contact_name: str
    contact_phone: str | None
    email: str
    closed_on: date | None

    def open_on(self, day: date) -> bool:
        return self.closed_on is None or day < self.closed_on


def national_claim(entity: str, stored_owner: str | None, changes: Mapping[str, Any]) -> bool:
    """Whether a PC's operation touches the national directory: a record the server stored as
    national (its stored owner, whatever the operation says), or a partner of its own it
    marks national."""
    if stored_owner == NATIONAL_OWNER:
        return True
    return entity == KIND and bool(new_value(changes, "national"))


@cache
def shipped_cities() -> Mapping[str, Mapping[str, str]]:
    """The cities the PCs ship (``db/reference/cities.csv``, found as ``storage.paths`` does:
    the server does not import the desktop's storage): id → language → name."""
    source = Path(__file__).resolve().parents[2]
    roots = [Path(getattr(sys, "_MEIPASS", source)), source, Path(sys.prefix) / "share/counsellor"]
    for root in roots:
        path = root / "db" / "reference" / "cities.csv"
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                return {
                    row["id"]: {lang: row[f"name_{lang}"] for lang in ("fr", "ar", "en")}
                    for row in csv.DictReader(handle)
                }
    return {}


def known_cities(session: Session) -> dict[str, Mapping[str, str]]:
    """Every city a partner may be in: the shipped ones and those the national list added."""
    return {**shipped_cities(), **{c.id: c.names for c in central_cities(session)}}


def _view(record: Record) -> NationalPartner:
    fields = record.fields
    closed = fields.get("closed_on")
    return NationalPartner(
        record.id,
        str(fields.get("name", "")),
        str(fields.get("kind", "")),
        fields.get("city_id") or None,
        str(fields.get("address") or ""),
        str(fields.get("contact_name") or ""),
        fields.get("contact_phone") or None,
        str(fields.get("email") or ""),
        date.fromisoformat(closed) if closed else None,
    )


def national_partners(session: Session) -> list[NationalPartner]:
    found = session.scalars(
        select(Record).where(Record.entity == KIND, Record.owner_agency_id == NATIONAL_OWNER)
    )
    return sorted((_view(r) for r in found), key=lambda p: (p.name.casefold(), p.id))


def cleaned(session: Session, entered: Mapping[str, str]) -> dict[str, Any]:
    """The fields to store from what was typed, checked as the PC checks its own partners
    (``services.referrals.create_partner``); raises ``PartnerRefused`` with the first problem."""
    values = {name: clean_line(str(entered.get(name, ""))) for name in FIELDS}
    if not values["name"]:
        raise PartnerRefused("partner_name_required")
    for name, limit in LIMITS.items():
        if len(values[name]) > limit:
            raise PartnerRefused(f"partner_{name}_too_long")
    if values["kind"] not in PARTNER_KINDS:
        raise PartnerRefused("partner_kind_unknown")
    city = values["city_id"] or None
    if city is not None and city not in known_cities(session):
        raise PartnerRefused("partner_city_unknown")
    phone: str | None = None
    if values["contact_phone"]:
        try:
            phone = parse_phone(values["contact_phone"][:40])
        except DomainError:
            raise PartnerRefused("partner_phone_invalid") from None
    if values["email"] and not EMAIL.match(values["email"]):
        raise PartnerRefused("partner_email_invalid")
    return {**values, "city_id": city, "contact_phone": phone, "national": True}


def save(session: Session, partner_id: str | None, fields: dict[str, Any], now: datetime) -> Record:
    """A new national partner, or a new version of one (only the changed fields move on)."""
    if records.check(KIND, fields, complete=True) is not None:
        raise PartnerRefused("partner_invalid")
    stamp = now.isoformat()
    clock = str(Hlc(int(now.timestamp() * 1000), 0, SERVER_ORIGIN))
    if partner_id is None:
        full = {**fields, "closed_on": None, "created_at": stamp, "updated_at": stamp,
                "created_by": None, "updated_by": None, "deleted_at": None}  # fmt: skip
        record = Record(
            entity=KIND, id=str(uuid.uuid4()), person_id=None, owner_agency_id=NATIONAL_OWNER,
            version=1, fields=full, field_versions=dict.fromkeys(full, 1),
            field_clocks=dict.fromkeys(full, clock),
            field_devices=dict.fromkeys(full, SERVER_ORIGIN), updated_seq=0, natural_key=None,
        )  # fmt: skip
        session.add(record)
    else:
        record = _stored(session, partner_id)
        changed = {n: v for n, v in fields.items() if record.fields.get(n) != v}
        if not changed:
            return record
        _move(record, {**changed, "updated_at": stamp}, clock)
    session.flush()
    announce(session, [record], SERVER_ORIGIN, now)
    return record


def close(
    session: Session, partner_id: str, closed_on: date | None, today: date, now: datetime
) -> Record:
    """Close a partner from ``closed_on`` (today at the earliest: a referral already made
    stays valid) or, with None, open it again."""
    if closed_on is not None and (closed_on < today or closed_on.year > today.year + 10):
        raise PartnerRefused("partner_close_date")
    record = _stored(session, partner_id)
    value = closed_on.isoformat() if closed_on else None
    clock = str(Hlc(int(now.timestamp() * 1000), 0, SERVER_ORIGIN))
    _move(record, {"closed_on": value, "updated_at": now.isoformat()}, clock)
    session.flush()
    announce(session, [record], SERVER_ORIGIN, now)
    return record


def _stored(session: Session, partner_id: str) -> Record:
    record = session.scalar(
        select(Record).where(
            Record.id == partner_id[:36],
            Record.entity == KIND,
            Record.owner_agency_id == NATIONAL_OWNER,
        )
    )
    if record is None:
        raise PartnerRefused("partner_unknown")
    return record


def _move(record: Record, changed: dict[str, Any], clock: str) -> None:
    version = record.version + 1
    record.version = version
    record.fields = {**record.fields, **changed}
    record.field_versions = {**record.field_versions, **dict.fromkeys(changed, version)}
    record.field_clocks = {**record.field_clocks, **dict.fromkeys(changed, clock)}
    record.field_devices = {**record.field_devices, **dict.fromkeys(changed, SERVER_ORIGIN)}
