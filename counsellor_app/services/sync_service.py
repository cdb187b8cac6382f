"""Synchronisation as the app sees it: is this PC enrolled, what waits, what the server did not
take as sent, and running a sync (on a worker: the caller decides the thread)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from counsellor_app import __version__
from counsellor_app.core.problems import DomainError
from counsellor_app.core.roles import Permission
from counsellor_app.protocol.wire import Reason
from counsellor_app.services import updates
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.documents import DocumentService
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import (
    Agency,
    LocalSetting,
    OutboxOp,
    Person,
    SetAsideRecord,
    this_agency_id,
)
from counsellor_app.storage.outbox import DEVICE_KEY
from counsellor_app.sync.client import (
    LAST_SUCCESS_KEY,
    RELEASE_KEY,
    REVOKED_KEY,
    SERVER_KEY,
    UPDATE_OFFER_KEY,
    Progress,
    SyncClient,
    SyncError,
    SyncReport,
)

NOT_TAKEN = ("conflict", "refused", "rejected")


@dataclass(frozen=True)
class SetAside:
    """A record received from the server that this PC could not store (protocol schema):
    kept aside while the sync goes on; the server has been told."""

    entity: str
    entity_id: str
    field: str
    reason: str
    set_aside_at: datetime


@dataclass(frozen=True)
class NotTaken:
    """An operation the server merged with a conflict, refused as stale, or rejected."""

    op_id: str
    entity: str
    entity_id: str
    person_id: str | None
    fields: tuple[str, ...]
    state: str
    reason: str
    created_at: datetime


@dataclass(frozen=True)
class ServerConflict:
    """One field changed on two PCs: both values, the one shown meanwhile, whose file it is."""

    id: str
    entity: str
    entity_id: str
    person_id: str | None
    person_name: str
    field: str
    shown_value: Any
    other_value: Any
    other_choice: str  # "server" or "incoming": what to send to take the other value
    detected_at: datetime


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    server_url: str
    device_id: str
    last_success: datetime | None
    pending: int
    not_taken: tuple[NotTaken, ...]
    revoked: bool = False  # the server no longer accepts this PC
    set_aside: tuple[SetAside, ...] = ()  # records received that this PC cannot store
    newer_version: str = ""  # the central office's current version, when newer than this app
    download_url: str = ""  # where it says to download it (https only)
    update_offer: str = ""  # the version of a signed, trusted, newer release the server offers


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".") if part.isdigit())


def _newer_release(kept: str) -> tuple[str, str]:
    """The current version and download link the server gave, if newer than this app."""
    try:
        release = json.loads(kept) if kept else {}
    except ValueError:
        return "", ""
    version = str(release.get("current_version", ""))
    if not version or _version(version) <= _version(__version__):
        return "", ""
    return version, str(release.get("download_url", ""))


def _invalid_field(result: dict[str, Any] | None) -> list[str]:
    """The field a value was refused for (``invalid_field``), as the list shows fields."""
    if result and result.get("reason") == Reason.INVALID_FIELD and result.get("field"):
        return [str(result["field"])]
    return []


class SyncService:
    def __init__(
        self,
        db: Database,
        actor: CurrentUser,
        client_factory: Callable[[Database, str | None], SyncClient] = SyncClient,
    ) -> None:
        self._db, self._actor, self._client = db, actor, client_factory

    @property
    def data_root(self) -> Path:
        """The data folder (where an update's installer is downloaded: services/updates.py)."""
        return self._db.paths.root

    @property
    def db(self) -> Database:
        return self._db

    def status(self, limit: int = 200) -> SyncStatus:
        with self._db.reader() as session:
            settings = {
                s.key: s.value
                for s in session.scalars(
                    select(LocalSetting).where(
                        LocalSetting.key.in_(
                            (
                                DEVICE_KEY,
                                SERVER_KEY,
                                LAST_SUCCESS_KEY,
                                REVOKED_KEY,
                                RELEASE_KEY,
                                UPDATE_OFFER_KEY,
                            )
                        )
                    )
                )
            }
            pending = session.scalar(
                select(func.count())
                .select_from(OutboxOp)
                .where(OutboxOp.state.in_(("pending", "sent")))
            )
            rows = session.scalars(
                select(OutboxOp)
                .where(OutboxOp.state.in_(NOT_TAKEN))
                .order_by(OutboxOp.device_seq.desc())
                .limit(limit)
            ).all()
            not_taken = tuple(
                NotTaken(
                    op.op_id,
                    op.entity,
                    op.entity_id,
                    op.person_id,
                    tuple(
                        (op.result or {}).get("fields")
                        or (op.result or {}).get("conflicts")
                        or _invalid_field(op.result)
                        or sorted(op.changes)
                    ),
                    op.state,
                    str((op.result or {}).get("reason", "")),
                    op.created_at,
                )
                for op in rows
            )
            set_aside = tuple(
                SetAside(r.entity, r.entity_id, r.field, r.reason, r.set_aside_at)
                for r in session.scalars(
                    select(SetAsideRecord).order_by(SetAsideRecord.set_aside_at.desc()).limit(limit)
                )
            )
        last = settings.get(LAST_SUCCESS_KEY)
        newer, download = _newer_release(settings.get(RELEASE_KEY, ""))
        return SyncStatus(
            DEVICE_KEY in settings,
            settings.get(SERVER_KEY, ""),
            settings.get(DEVICE_KEY, ""),
            datetime.fromisoformat(last) if last else None,
            pending or 0,
            not_taken,
            REVOKED_KEY in settings,
            set_aside,
            newer,
            download,
            updates.offered_version(settings.get(UPDATE_OFFER_KEY, "")),
        )

    def enrol(self, server_url: str, code: str) -> SyncReport:
        """Enrol this PC, then run the first sync. Administrators only."""
        self._actor.require(Permission.MANAGE_SETTINGS)
        url = server_url.strip()
        if not url.startswith(("https://", "http://")):
            raise DomainError.single("sync_server_url", "server_url")
        if not code.strip():
            raise DomainError.single("required", "code")
        with self._client(self._db, url) as client:
            client.enrol(code.strip())
            return client.sync()

    def conflicts(self) -> list[ServerConflict]:
        """Asks the server (online only); names come from this PC's copy."""
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._client(self._db, None) as client:
            listed = client.conflicts()
        ids = {c["person_id"] for c in listed if c.get("person_id")}
        with self._db.reader() as session:
            names = {
                p.id: f"{p.last_name.upper()} {p.first_name}".strip()
                for p in session.scalars(select(Person).where(Person.id.in_(ids)))
            }
        found = []
        for c in listed:
            shown_is_server = c["kept"] == "server"
            found.append(
                ServerConflict(
                    c["id"],
                    c["entity"],
                    c["entity_id"],
                    c.get("person_id"),
                    names.get(c.get("person_id") or "", ""),
                    c["field"],
                    c["current_value"],
                    c["incoming_value"] if shown_is_server else c["server_value"],
                    "incoming" if shown_is_server else "server",
                    datetime.fromisoformat(c["detected_at"]),
                )
            )
        return found

    def resolve(self, conflict: ServerConflict, take_other: bool) -> SyncReport:
        """Keep the value shown, or take the other one; then sync so this PC has the result."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        choice = conflict.other_choice
        if not take_other:
            choice = "incoming" if conflict.other_choice == "server" else "server"
        with self._client(self._db, None) as client:
            client.resolve(conflict.id, choice, self._actor.id)
            return client.sync()

    def sync(self, progress: Progress | None = None) -> SyncReport:
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._client(self._db, None) as client:
            report = client.sync(progress)
            # Every agency's keys and revocations: certificates verify offline on this PC.
            DocumentService(
                self._db, self._actor, self._db.paths.verification
            ).write_verification_file(client.trust(), client.key_agencies)
            return report

    def agency_code(self) -> str:
        with self._db.reader() as session:
            agency = session.get(Agency, this_agency_id(session))
            return agency.code if agency is not None else ""

    def check_removal(self, typed_agency_code: str) -> None:
        """Whether this PC's data may be removed: the server revoked it, an administrator asks,
        and she typed the agency's code (a removal cannot be undone). Raises DomainError."""
        self._actor.require(Permission.MANAGE_SETTINGS)
        if not self.status().revoked:
            raise DomainError.single("device_not_revoked")
        code = self.agency_code()
        if not code or typed_agency_code.strip().upper() != code.upper():
            raise DomainError.single("agency_code_mismatch", "agency_code")


__all__ = ["NotTaken", "ServerConflict", "SyncError", "SyncService", "SyncStatus"]
