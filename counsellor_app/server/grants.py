"""Referrals and transfers between agencies, decided on the server only (sync.md §9.9)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.core.ids import new_id
from counsellor_app.server.admin import aware
from counsellor_app.server.changelog import announce, next_numbers, person_name
from counsellor_app.server.models import (
    AccessGrant,
    Agency,
    Device,
    Record,
    ScopeEvent,
)
from counsellor_app.server.scope import (
    named_shared,
)


class GrantDesk:
    """Referrals and transfers between agencies, decided on the server only (sync.md §9.9)."""

    def __init__(self, session: Session, device: Device, now: datetime) -> None:
        self.session, self.device, self.now = session, device, now

    def _person(self, person_id: str) -> Record | None:
        return self.session.get(Record, ("person", person_id))

    def _consents_to_sharing(self, person_id: str) -> bool:
        for fields in self.session.scalars(
            select(Record.fields).where(Record.entity == "consent", Record.person_id == person_id)
        ):
            expires = fields.get("expires_on")
            if (
                "sharing_partners" in (fields.get("purposes") or [])
                and not fields.get("withdrawn_on")
                and (not expires or str(expires) >= self.now.date().isoformat())
            ):
                return True
        return False

    def _records_of(self, person_id: str) -> list[Record]:
        return list(
            self.session.scalars(
                select(Record).where((Record.person_id == person_id) | (Record.id == person_id))
            )
        )

    def _shared_records(self, person_id: str) -> list[Record]:
        """What the person's file names of the agencies' own records (the counsellor's
        account…): all another agency gets with it."""
        return named_shared(self.session, [person_id])

    def _leave(self, agency_id: str, person_id: str) -> None:
        self.session.add(
            ScopeEvent(
                server_seq=next_numbers(self.session, 1), agency_id=agency_id, person_id=person_id
            )
        )

    def grant(self, person_id: str, agency_code: str, kind: str, user_id: str) -> dict[str, Any]:
        person = self._person(person_id)
        if person is None or person.owner_agency_id != self.device.agency_id:
            return {"status": "not_found"}
        target = self.session.scalar(select(Agency).where(Agency.code == agency_code.upper()))
        if target is None or target.id == self.device.agency_id:
            return {"status": "agency_unknown"}
        if not self._consents_to_sharing(person_id):
            return {"status": "consent_required"}
        grant = AccessGrant(
            id=new_id(),
            person_id=person_id,
            from_agency_id=self.device.agency_id,
            agency_id=target.id,
            kind=kind,
            status="active" if kind == "referral" else "pending",
            granted_by=user_id,
            granted_at=self.now,
        )
        self.session.add(grant)
        self.session.flush()
        if kind == "referral":  # the partner agency's PCs get the file, and what it refers to
            announce(
                self.session,
                self._shared_records(person_id) + self._records_of(person_id),
                self.device.id,
                self.now,
            )
        return {"status": grant.status, "grant_id": grant.id}

    def revoke(self, grant_id: str, user_id: str) -> dict[str, Any]:
        """``user_id``: the person whose signed act withdraws it (``server.acts``)."""
        grant = self.session.get(AccessGrant, grant_id, with_for_update=True)
        if grant is None or grant.from_agency_id != self.device.agency_id:
            return {"status": "not_found"}
        if grant.status not in ("active", "pending"):
            return {"status": grant.status}
        grant.status, grant.decided_at, grant.decided_by = "revoked", self.now, user_id
        if grant.kind == "referral":
            self._leave(grant.agency_id, grant.person_id)
        return {"status": "revoked"}

    def incoming(self) -> list[dict[str, Any]]:
        grants = self.session.scalars(
            select(AccessGrant).where(
                AccessGrant.agency_id == self.device.agency_id,
                AccessGrant.kind == "transfer",
                AccessGrant.status == "pending",
            )
        )
        listed = []
        for grant in grants:
            person = self._person(grant.person_id)
            origin = self.session.get(Agency, grant.from_agency_id)
            listed.append(
                {"grant_id": grant.id, "person_id": grant.person_id,
                 "name": person_name(person.fields) if person is not None else "",
                 "from_agency_id": grant.from_agency_id,
                 "from_agency": f"{origin.code} — {origin.name}" if origin else "",
                 "granted_at": aware(grant.granted_at).isoformat()}
            )  # fmt: skip
        return listed

    def of_person(self, person_id: str) -> list[dict[str, Any]]:
        """This agency's sharing of a person still in force (referrals, transfers offered)."""
        listed = []
        for grant in self.session.scalars(
            select(AccessGrant)
            .where(
                AccessGrant.person_id == person_id,
                AccessGrant.from_agency_id == self.device.agency_id,
                AccessGrant.status.in_(("active", "pending")),
            )
            .order_by(AccessGrant.granted_at)
        ):
            target = self.session.get(Agency, grant.agency_id)
            listed.append(
                {"grant_id": grant.id, "kind": grant.kind, "status": grant.status,
                 "agency": f"{target.code} — {target.name}" if target else "",
                 "granted_at": aware(grant.granted_at).isoformat()}
            )  # fmt: skip
        return listed

    def accept(self, grant_id: str, user_id: str) -> dict[str, Any]:
        grant = self.session.get(AccessGrant, grant_id, with_for_update=True)
        if grant is None or grant.agency_id != self.device.agency_id or grant.kind != "transfer":
            return {"status": "not_found"}
        if grant.status != "pending":
            return {"status": grant.status}
        records = self._records_of(grant.person_id)
        for record in records:
            record.owner_agency_id = self.device.agency_id
            if record.entity == "person":
                version = record.version + 1
                record.version = version
                record.fields = {**record.fields, "owner_agency_id": self.device.agency_id}
                record.field_versions = {**record.field_versions, "owner_agency_id": version}
        grant.status, grant.decided_at, grant.decided_by = "accepted", self.now, user_id
        self.session.flush()
        announce(
            self.session,
            self._shared_records(grant.person_id) + records,
            self.device.id,
            self.now,
        )
        self._leave(grant.from_agency_id, grant.person_id)
        return {"status": "accepted"}
