"""Regions and cities as shipped in ``db/reference``, read without the database layer.

The set-up wizard offers them before any database exists; keeping them apart from
``services.reference`` keeps SQLAlchemy and Alembic out of the first window's imports
(about a second on a first start).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass

from counsellor_app.storage.paths import migrations_dir


@dataclass(frozen=True)
class Place:
    id: str
    region_code: str
    names: dict[str, str]  # language → name

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["fr"]


def shipped_cities() -> list[Place]:
    """Cities as shipped in ``db/reference``: what the set-up wizard offers before a database exists."""
    with (migrations_dir() / "reference" / "cities.csv").open(encoding="utf-8") as handle:
        return [
            Place(
                r["id"],
                r["region_code"],
                {"fr": r["name_fr"], "ar": r["name_ar"], "en": r["name_en"]},
            )
            for r in csv.DictReader(handle)
        ]


def shipped_regions() -> list[Place]:
    with (migrations_dir() / "reference" / "regions.csv").open(encoding="utf-8") as handle:
        return [
            Place(
                r["code"], r["code"], {"fr": r["name_fr"], "ar": r["name_ar"], "en": r["name_en"]}
            )
            for r in csv.DictReader(handle)
        ]
