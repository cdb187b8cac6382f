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


def cities(db: Database, on: date | None = None, retired: bool = False) -> list[Place]:
    """The cities offered on ``on`` (today) for new records: the shipped ones and those the
    national list added, as its value in force that day says (the latest dated on or before
    it): not yet (a city added from a later day), renamed (its names from that value), or
    retired (value 0: not offered; the people who live there keep it, ``city`` keeps the row).
    ``retired``: those too, for showing the city of a file made before (never for a picker)."""
    day = on or local_today()
    with db.reader() as session:
        dated: dict[str, list[ReferenceValue]] = {}
        for value in session.scalars(
            select(ReferenceValue)
            .where(ReferenceValue.domain == "city", ReferenceValue.deleted_at.is_(None))
            .order_by(ReferenceValue.valid_from)
        ):
            dated.setdefault(value.code, []).append(value)
        shipped = {place.id for place in shipped_cities()} if dated else set()
        offered = []
        for c in session.scalars(select(City).order_by(City.name_fr)):
            names = {"fr": c.name_fr, "ar": c.name_ar, "en": c.name_en}
            values = dated.get(c.id)
            if values:
                current = [v for v in values if v.valid_from <= day]
                if not current:
                    if c.id not in shipped:
                        continue  # added from a later day: not offered yet
                else:
                    value = current[-1]
                    if value.value == 0 and not retired:
                        continue  # retired from that day
                    names = {
                        lang: str((value.data or {}).get(f"name_{lang}") or names[lang])
                        for lang in ("fr", "ar", "en")
                    }
            offered.append(Place(c.id, c.region_code, names))
        return offered


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
