"""Right to be forgotten, with four eyes: request, approval, and the erasure itself."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from counsellor_app.server import duplicates
from counsellor_app.server.admin import aware
from counsellor_app.server.blobs import forget_contents
from counsellor_app.server.changelog import next_numbers, person_name
from counsellor_app.server.models import (
    Conflict,
    Device,
    Erasure,
    Record,
)


class ErasureDesk:
    """Right to be forgotten, with four eyes: one person asks (with the legal basis), another
    of the agency's supervisors or administrators approves, and the server erases at once."""

    APPROVERS = ("supervisor", "administrator")

    def __init__(self, session: Session, device: Device, now: datetime) -> None:
        self.session, self.device, self.now = session, device, now

    def _user(self, user_id: str | None) -> dict[str, Any] | None:
        record = self.session.get(Record, ("user_account", user_id or ""))
        if record is None or record.owner_agency_id != self.device.agency_id:
            return None
        return record.fields

    def request(self, person_id: str, legal_basis: str, user_id: str) -> dict[str, Any]:
        person = self.session.get(Record, ("person", person_id))
        if person is None or person.owner_agency_id != self.device.agency_id:
            return {"status": "not_found"}
        if self._user(user_id) is None:
            return {"status": "forbidden"}
        basis = " ".join(legal_basis.split())[:200]
        if not basis:
            return {"status": "legal_basis_required"}
        existing = self.session.get(Erasure, person_id)
        if existing is not None:
            return {"status": "erased" if existing.erased_at else "requested"}
        self.session.add(
            Erasure(
                person_id=person_id,
                owner_agency_id=person.owner_agency_id,
                requested_by=user_id,
                requested_at=self.now,
                legal_basis=basis,
            )
        )
        return {"status": "requested"}

    def waiting(self) -> list[dict[str, Any]]:
        """The agency's requests waiting for a second person, with who asked and why."""
        listed = []
        for erasure in self.session.scalars(
            select(Erasure)
            .where(Erasure.owner_agency_id == self.device.agency_id, Erasure.erased_at.is_(None))
            .order_by(Erasure.requested_at)
        ):
            person = self.session.get(Record, ("person", erasure.person_id))
            asker = self._user(erasure.requested_by) or {}
            listed.append(
                {
                    "person_id": erasure.person_id,
                    "name": person_name(person.fields) if person is not None else "",
                    "requested_by": erasure.requested_by,
                    "requested_by_name": str(asker.get("display_name", "")),
                    "requested_at": aware(erasure.requested_at).isoformat(),
                    "legal_basis": erasure.legal_basis,
                }
            )
        return listed

    def approve(self, person_id: str, user_id: str) -> dict[str, Any]:
        erasure = self.session.get(Erasure, person_id, with_for_update=True)
        if erasure is None or erasure.owner_agency_id != self.device.agency_id:
            return {"status": "not_found"}
        if erasure.erased_at is not None:
            return {"status": "erased", "server_seq": erasure.server_seq}
        approver = self._user(user_id)
        if approver is None or approver.get("role") not in self.APPROVERS:
            return {"status": "forbidden"}
        if user_id == erasure.requested_by:
            return {"status": "second_person_required"}
        # Everything of the person goes: the records, the conflicts that quote them, the
        # contents of their attachments no other record names. The change entries keep ids
        # only, and point at records that no longer exist.
        contents = {
            str(sha)
            for sha in self.session.scalars(
                select(Record.fields["sha256"].as_string()).where(
                    Record.entity == "attachment", Record.person_id == person_id
                )
            )
            if sha
        }
        duplicates.forget(self.session, person_id, self.now)  # keys, pairs, link, notices
        self.session.execute(
            delete(Record).where((Record.person_id == person_id) | (Record.id == person_id))
        )
        self.session.execute(delete(Conflict).where(Conflict.person_id == person_id))
        forget_contents(self.session, contents)
        seq = next_numbers(self.session, 1)
        erasure.approved_by, erasure.erased_at, erasure.server_seq = user_id, self.now, seq
        return {"status": "erased", "server_seq": seq}
