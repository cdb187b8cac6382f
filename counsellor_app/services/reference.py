"""Reference data: regions and cities, with names in French, Arabic and English."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.core.clock import local_today
from counsellor_app.core.parameters import DatedValue
from counsellor_app.services.places import Place, shipped_cities, shipped_regions
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import Agency, City, ReferenceValue, Region

__all__ = ["Place", "agency_name", "cities", "regions", "shipped_cities", "shipped_regions"]


def cities(db: Database, on: date | None = None) -> list[Place]:
    """The cities offered on ``on`` (today): the shipped ones, and those the national list
    added from that day or before (a city added from a later day is not offered yet)."""
    day = on or local_today()
    with db.reader() as session:
        later = set(
            session.scalars(
                select(ReferenceValue.code).where(
                    ReferenceValue.domain == "city",
                    ReferenceValue.valid_from > day,
                    ReferenceValue.deleted_at.is_(None),
                )
            )
        )
        if later:
            later -= {place.id for place in shipped_cities()}
        return [
            Place(c.id, c.region_code, {"fr": c.name_fr, "ar": c.name_ar, "en": c.name_en})
            for c in session.scalars(select(City).order_by(City.name_fr))
            if c.id not in later
        ]


def regions(db: Database) -> list[Place]:
    with db.reader() as session:
        return [
            Place(r.code, r.code, {"fr": r.name_fr, "ar": r.name_ar, "en": r.name_en})
            for r in session.scalars(select(Region).order_by(Region.code))
        ]


def agency_name(db: Database) -> str:
    agency_id = db.local_setting("agency_id")
    with db.reader() as session:
        agency = session.get(Agency, agency_id or "")
        return agency.name if agency else ""


def central_parameters(session: Session) -> list[DatedValue]:
    """The national dated values pulled from the server (none on a PC that never synced)."""
    return [
        DatedValue(r.code, r.value, r.valid_from)
        for r in session.scalars(
            select(ReferenceValue).where(
                ReferenceValue.domain == "parameter", ReferenceValue.deleted_at.is_(None)
            )
        )
    ]
