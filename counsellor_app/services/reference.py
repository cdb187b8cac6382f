"""Reference data: regions and cities, with names in French, Arabic and English."""

from __future__ import annotations

from sqlalchemy import select

from counsellor_app.services.places import Place, shipped_cities, shipped_regions
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import Agency, City, Region

__all__ = ["Place", "agency_name", "cities", "regions", "shipped_cities", "shipped_regions"]


def cities(db: Database) -> list[Place]:
    with db.reader() as session:
        return [
            Place(c.id, c.region_code, {"fr": c.name_fr, "ar": c.name_ar, "en": c.name_en})
            for c in session.scalars(select(City).order_by(City.name_fr))
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
