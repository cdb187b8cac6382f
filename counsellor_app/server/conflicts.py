"""Conflicts kept by merges, and their resolution by a person of the owning agency."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.core.hlc import Hlc
from counsellor_app.server.changelog import _ms, announce
from counsellor_app.server.models import (
    Conflict,
    Device,
    Record,
)


class ConflictDesk:
    """The agency's open conflicts, and their resolution: the chosen value becomes a change of
    its own (a new version every PC pulls), and the conflict is closed with who chose."""

    def __init__(self, session: Session, device: Device, now: datetime) -> None:
        self.session, self.device, self.now = session, device, now

    def open_conflicts(self, limit: int = 500) -> list[dict[str, Any]]:
        rows = self.session.execute(
            select(Conflict, Record)
            .join(Record, (Record.entity == Conflict.entity) & (Record.id == Conflict.entity_id))
            .where(
                Conflict.owner_agency_id == self.device.agency_id,
                Conflict.resolved_at.is_(None),
            )
            .order_by(Conflict.detected_at)
            .limit(limit)
        ).all()
        return [
            {
                "id": c.id,
                "entity": c.entity,
                "entity_id": c.entity_id,
                "person_id": c.person_id,
                "field": c.field,
                "base_value": c.base_value,
                "server_value": c.server_value,
                "incoming_value": c.incoming_value,
                "current_value": record.fields.get(c.field),
                "kept": c.kept,
                "clock_suspect": c.clock_suspect,
                "detected_at": c.detected_at.isoformat(),
            }
            for c, record in rows
        ]

    def resolve(self, conflict_id: str, choice: str, user_id: str) -> dict[str, Any]:
        """``user_id``: the person whose signed act chose (``server.acts``)."""
        conflict = self.session.get(Conflict, conflict_id, with_for_update=True)
        if conflict is None or conflict.owner_agency_id != self.device.agency_id:
            return {"status": "not_found"}
        if conflict.resolved_at is not None:
            return {"status": "already_resolved"}
        if choice not in ("server", "incoming"):
            return {"status": "invalid_choice"}
        record = self.session.get(
            Record, (conflict.entity, conflict.entity_id), with_for_update=True
        )
        if record is None:
            return {"status": "not_found"}
        chosen = conflict.server_value if choice == "server" else conflict.incoming_value
        conflict.resolved_at, conflict.resolved_by = self.now, user_id
        conflict.note = choice
        # Keeping the value shown changes nothing (not even a later edit of the field).
        if choice == conflict.kept or record.fields.get(conflict.field) == chosen:
            return {"status": "resolved", "version": record.version}
        version = record.version + 1
        stamp = str(Hlc(_ms(self.now), 0, "server"))
        record.version = version
        record.fields = {**record.fields, conflict.field: chosen}
        record.field_versions = {**record.field_versions, conflict.field: version}
        record.field_clocks = {**record.field_clocks, conflict.field: stamp}
        record.field_devices = {**record.field_devices, conflict.field: self.device.id}
        announce(self.session, [record], self.device.id, self.now)
        return {"status": "resolved", "version": version, "server_seq": record.updated_seq}
