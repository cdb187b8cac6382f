"""Between agencies, through the server: referring a person to another agency (it sees and
works on the file), handing the file over (a transfer the other agency accepts), and erasing
a person everywhere with four eyes. All need a connection; each first syncs, so the server
decides on this PC's latest about the person. Runs on a worker: the caller picks the thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from counsellor_app.core.audit import AuditAction, AuditEvent, clean_reason
from counsellor_app.core.ids import normalise_agency_code
from counsellor_app.core.problems import DomainError
from counsellor_app.core.roles import Permission
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.audit import record
from counsellor_app.storage.database import Database
from counsellor_app.sync.client import SyncClient, SyncReport


@dataclass(frozen=True)
class Sharing:
    """A referral in force, or a transfer waiting for the other agency."""

    grant_id: str
    kind: str  # "referral" or "transfer"
    agency: str  # "CODE — name"
    since: datetime


@dataclass(frozen=True)
class IncomingTransfer:
    grant_id: str
    person_id: str
    person_name: str
    from_agency: str
    offered_at: datetime


@dataclass(frozen=True)
class ErasureRequest:
    person_id: str
    person_name: str
    requested_by: str
    requested_by_name: str
    requested_at: datetime
    legal_basis: str


class SharingService:
    """Referrals and transfers between agencies and erasure requests, all through the server."""

    def __init__(
        self,
        db: Database,
        actor: CurrentUser,
        client_factory: Callable[[Database, str | None], SyncClient] = SyncClient,
    ) -> None:
        self._db, self._actor, self._client = db, actor, client_factory

    def _session(self) -> SyncClient:
        return self._client(self._db, None)

    def share(self, person_id: str, agency_code: str, kind: str) -> SyncReport:
        """Refer the person to another agency (``referral``) or offer it the file
        (``transfer``). The server checks the person consented to sharing."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        code = normalise_agency_code(agency_code)
        if len(code) < 2:
            raise DomainError.single("agency_code_format", "agency_code")
        if kind not in ("referral", "transfer"):
            raise ValueError(kind)
        with self._session() as client:
            client.sync()  # the server must have the file as it is here
            client.grant(person_id, code, kind, self._actor.id)  # refusals raise, worded
            self._audit(AuditAction.PERSON_SHARED, person_id, {"kind": kind, "agency": code})
            return client.sync()

    def sharing_of(self, person_id: str) -> list[Sharing]:
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._session() as client:
            listed = client.grants_of(person_id)
        return [
            Sharing(g["grant_id"], g["kind"], g["agency"], datetime.fromisoformat(g["granted_at"]))
            for g in listed
        ]

    def withdraw(self, grant_id: str) -> SyncReport:
        """End a referral (the other agency's PCs remove the file at their next sync) or take
        back a transfer not yet accepted."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        with self._session() as client:
            client.revoke_grant(grant_id, self._actor.id)
            self._audit(AuditAction.SHARING_WITHDRAWN, "", {"grant": grant_id})
            return client.sync()

    def incoming_transfers(self) -> list[IncomingTransfer]:
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._session() as client:
            listed = client.incoming_transfers()
        return [
            IncomingTransfer(
                t["grant_id"],
                t["person_id"],
                t["name"],
                t.get("from_agency", ""),
                datetime.fromisoformat(t["granted_at"]),
            )
            for t in listed
        ]

    def accept_transfer(self, grant_id: str) -> SyncReport:
        """The file becomes this agency's; the sync brings it here."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        with self._session() as client:
            client.accept_transfer(grant_id, self._actor.id)
            return client.sync()

    def request_erasure(self, person_id: str, legal_basis: str) -> SyncReport:
        """Ask the server to erase a person everywhere; a second person must approve."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        if not " ".join(legal_basis.split()):
            raise DomainError.single("reason_required", "legal_basis")
        with self._session() as client:
            client.sync()  # the server must know this PC's latest about the person first
            client.request_erasure(person_id, legal_basis, self._actor.id)
            self._audit(
                AuditAction.ERASURE_REQUESTED, person_id, {"legal_basis": clean_reason(legal_basis)}
            )
            return client.sync()

    def erasure_requests(self) -> list[ErasureRequest]:
        self._actor.require(Permission.APPROVE_ERASURE)
        with self._session() as client:
            listed = client.erasure_requests()
        return [
            ErasureRequest(
                e["person_id"],
                e["name"],
                e["requested_by"],
                e["requested_by_name"],
                datetime.fromisoformat(e["requested_at"]),
                e["legal_basis"],
            )
            for e in listed
        ]

    def approve_erasure(self, person_id: str) -> SyncReport:
        """The second person's approval: the server erases at once, this PC at this sync."""
        self._actor.require(Permission.APPROVE_ERASURE)
        with self._session() as client:
            client.approve_erasure(person_id, self._actor.id)
            self._audit(AuditAction.ERASURE_APPROVED, person_id, {})
            return client.sync()

    def _audit(self, action: AuditAction, person_id: str, detail: dict[str, str]) -> None:
        record(self._db, self._actor, AuditEvent(action, "person", person_id, detail))
