"""Donor programmes as national records: defined once on the server, pulled by every PC.

A programme (IDMAJE, Work4Integration, an IOM project…) has its donor, period, the agencies and
people it serves (its eligibility, as ``core.indicators.Population``), and targets per
indicator. Until the central console edits them, they come from the reference data shipped
here, loaded by ``counsellor-server load-programmes`` (or a JSON file of the same shape). They
belong to no agency (``NATIONAL_OWNER``): every PC pulls them, no PC may write one (the push
refuses it, ``scope.NATIONAL_RECORD``). Each definition is checked against the same protocol
schema as a PC's record, so whatever is stored is what every PC can store.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.core.hlc import Hlc
from counsellor_app.core.indicators import Milestone, Population
from counsellor_app.protocol import records
from counsellor_app.server.changelog import announce
from counsellor_app.server.models import Record
from counsellor_app.server.scope import NATIONAL_OWNER

SERVER_ORIGIN = "server"  # the origin of changes made on the server itself
FIELDS = ("name", "donor", "starts_on", "ends_on", "targets", "population")
# Shipped with the server until the central console edits them (ids fixed: every server and
# PC knows each programme by the same id).
SHIPPED: tuple[Mapping[str, Any], ...] = (
    {
        "id": "0192f0a0-0000-7000-8000-000000000001",
        "name": "IDMAJE 2026",
        "donor": "Union européenne",
        "starts_on": "2026-01-01",
        "ends_on": "2026-12-31",
        "targets": {"registered": 1200, "trained": 800, "hired": 300, "business_created": 150},
        "population": {},
    },
    {
        "id": "0192f0a0-0000-7000-8000-000000000002",
        "name": "Work4Integration",
        "donor": "GIZ",
        "starts_on": "2025-07-01",
        "ends_on": "2027-06-30",
        "targets": {"registered": 600, "internship_started": 250, "hired": 180},
        "population": {"tracks": ["wage"]},
    },
    {
        "id": "0192f0a0-0000-7000-8000-000000000003",
        "name": "OIM — Réintégration et moyens de subsistance",
        "donor": "Organisation internationale pour les migrations",
        "starts_on": "2026-01-01",
        "ends_on": "2027-12-31",
        "targets": {"registered": 400, "ae_registered": 120, "grant_disbursed": 100},
        "population": {"legal_statuses": ["asylum_seeker", "refugee_bra", "refugee_unhcr_only"]},
    },
)


class DefinitionError(ValueError):
    """A programme definition the server will not store: which one, and why."""


def checked(definition: Mapping[str, Any]) -> dict[str, Any]:
    """The definition's fields, as a PC's record of the kind must be, or DefinitionError."""
    identifier = definition.get("id")
    if not isinstance(identifier, str) or not 1 <= len(identifier) <= 36:
        raise DefinitionError("a programme needs an id of 1 to 36 characters")
    values = {name: definition[name] for name in FIELDS if name in definition}
    problem = records.check("programme", values, complete=True)
    if problem is not None:
        raise DefinitionError(f"programme {identifier}: {problem.field} {problem.reason}")
    if values["ends_on"] < values["starts_on"]:
        raise DefinitionError(f"programme {identifier}: ends before it starts")
    targets = values.get("targets") or {}
    known = {m.value for m in Milestone}
    if any(k not in known or not isinstance(n, int) or n < 0 for k, n in targets.items()):
        raise DefinitionError(f"programme {identifier}: targets are indicator keys → people")
    population = Population.from_json(values.get("population"))
    if population.to_json() != (values.get("population") or {}):
        raise DefinitionError(f"programme {identifier}: unknown eligibility")
    return {"donor": "", "targets": {}, "population": {}, **values}


def load_programmes(
    session: Session, definitions: Sequence[Mapping[str, Any]], now: datetime
) -> int:
    """Store each definition as a national record (new, or changed fields only); every PC
    pulls what changed. Returns how many changed. All are checked before any is stored."""
    wanted = {str(d["id"]): checked(d) for d in definitions}
    stored = {
        r.id: r
        for r in session.scalars(
            select(Record).where(Record.entity == "programme", Record.id.in_(list(wanted)))
        )
    }
    stamp = now.isoformat()
    clock = str(Hlc(int(now.timestamp() * 1000), 0, SERVER_ORIGIN))
    changed: list[Record] = []
    for identifier, values in wanted.items():
        record = stored.get(identifier)
        if record is None:
            fields = {**values, "created_at": stamp, "updated_at": stamp, "deleted_at": None}
            record = Record(
                entity="programme", id=identifier, person_id=None,
                owner_agency_id=NATIONAL_OWNER, version=1, fields=fields,
                field_versions=dict.fromkeys(fields, 1), field_clocks=dict.fromkeys(fields, clock),
                field_devices=dict.fromkeys(fields, SERVER_ORIGIN), updated_seq=0,
                natural_key=None,
            )  # fmt: skip
            session.add(record)
            changed.append(record)
            continue
        if record.owner_agency_id != NATIONAL_OWNER:
            raise DefinitionError(f"programme {identifier}: an agency's record has that id")
        different = {k: v for k, v in values.items() if record.fields.get(k) != v}
        if not different:
            continue
        version = record.version + 1
        record.version = version
        record.fields = {**record.fields, **different, "updated_at": stamp}
        record.field_versions = {**record.field_versions, **dict.fromkeys(different, version)}
        record.field_clocks = {**record.field_clocks, **dict.fromkeys(different, clock)}
        changed.append(record)
    if changed:
        session.flush()
        announce(session, changed, SERVER_ORIGIN, now)
    return len(changed)
