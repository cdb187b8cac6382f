"""What the console shows of agencies, PCs and the server's health, read from the server's
own tables (a PC's report is only trusted for the count of records it set aside, which
describes that PC alone)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from counsellor_app.protocol.wire import OpStatus
from counsellor_app.server.console.accounts import aware
from counsellor_app.server.console.models import AgencyProfile, ConsoleAudit, ReleaseSetting
from counsellor_app.server.models import Agency, AppliedOp, BundleLog, ChangeEntry, Conflict, Device

AGENCY_KINDS = ("anapec", "entraide", "association")


@dataclass(frozen=True)
class PcRow:
    id: str
    name: str
    enrolled_at: datetime
    last_sync: datetime | None
    app_version: str
    revoked: bool
    set_aside: int
    rejected: int
    conflicts: int
    waiting: int


@dataclass(frozen=True)
class AgencyRow:
    id: str
    code: str
    name: str  # the server's own name, shown when no profile says better
    profile: AgencyProfile | None
    pcs: int
    last_sync: datetime | None
    set_aside: int
    rejected: int
    conflicts: int

    def name_in(self, language: str) -> str:
        if self.profile is None:
            return self.name
        named = {"fr": self.profile.name_fr, "ar": self.profile.name_ar, "en": self.profile.name_en}
        return named.get(language) or self.profile.name_fr or self.name


def _rejected_by_device(session: Session, agency_id: str | None) -> dict[str, int]:
    status = AppliedOp.result["status"].as_string()
    query = (
        select(AppliedOp.device_id, func.count())
        .where(status == OpStatus.REJECTED.value)
        .group_by(AppliedOp.device_id)
    )
    if agency_id is not None:
        query = query.join(Device, Device.id == AppliedOp.device_id).where(
            Device.agency_id == agency_id
        )
    return dict(session.execute(query).all())


def _conflicts_by_device(session: Session, agency_id: str | None) -> dict[str, int]:
    query = (
        select(AppliedOp.device_id, func.count())
        .select_from(Conflict)
        .join(AppliedOp, AppliedOp.op_id == Conflict.op_id)
        .where(Conflict.resolved_at.is_(None))
        .group_by(AppliedOp.device_id)
    )
    if agency_id is not None:
        query = query.where(Conflict.owner_agency_id == agency_id)
    return dict(session.execute(query).all())


def pc_rows(session: Session, agency_id: str) -> list[PcRow]:
    rejected = _rejected_by_device(session, agency_id)
    conflicts = _conflicts_by_device(session, agency_id)
    devices = session.scalars(
        select(Device).where(Device.agency_id == agency_id).order_by(Device.enrolled_at)
    )
    return [
        PcRow(
            id=device.id,
            name=device.name,
            enrolled_at=aware(device.enrolled_at) or device.enrolled_at,
            last_sync=aware(device.last_seen_at),
            app_version=device.app_version,
            revoked=device.revoked_at is not None,
            set_aside=device.set_aside_count,
            rejected=rejected.get(device.id, 0),
            conflicts=conflicts.get(device.id, 0),
            waiting=device.waiting_ops,
        )
        for device in devices
    ]


def agency_rows(session: Session, only: str | None = None) -> list[AgencyRow]:
    """Every agency (or the one ``only`` names by id), with its PCs summed up."""
    rejected = _rejected_by_device(session, only)
    per_device = session.execute(
        select(Device.id, Device.agency_id, Device.last_seen_at, Device.set_aside_count)
    ).all()
    pcs: dict[str, int] = {}
    last: dict[str, datetime] = {}
    set_aside: dict[str, int] = {}
    refused: dict[str, int] = {}
    for device_id, agency_id, seen, aside in per_device:
        pcs[agency_id] = pcs.get(agency_id, 0) + 1
        set_aside[agency_id] = set_aside.get(agency_id, 0) + aside
        refused[agency_id] = refused.get(agency_id, 0) + rejected.get(device_id, 0)
        seen_at = aware(seen)
        if seen_at is not None and (agency_id not in last or seen_at > last[agency_id]):
            last[agency_id] = seen_at
    conflicts: dict[str, int] = dict(
        session.execute(
            select(Conflict.owner_agency_id, func.count())
            .where(Conflict.resolved_at.is_(None))
            .group_by(Conflict.owner_agency_id)
        ).all()
    )
    query = select(Agency, AgencyProfile).outerjoin(
        AgencyProfile, AgencyProfile.agency_id == Agency.id
    )
    if only is not None:
        query = query.where(Agency.id == only)
    return [
        AgencyRow(
            id=agency.id,
            code=agency.code,
            name=agency.name,
            profile=profile,
            pcs=pcs.get(agency.id, 0),
            last_sync=last.get(agency.id),
            set_aside=set_aside.get(agency.id, 0),
            rejected=refused.get(agency.id, 0),
            conflicts=conflicts.get(agency.id, 0),
        )
        for agency, profile in session.execute(query.order_by(Agency.code)).all()
    ]


@dataclass(frozen=True)
class Refusals:
    agency_code: str
    reason: str
    count: int


def refusals_by_agency(session: Session) -> list[Refusals]:
    status = AppliedOp.result["status"].as_string()
    reason = AppliedOp.result["reason"].as_string()
    rows = session.execute(
        select(Agency.code, reason, func.count())
        .join(Device, Device.id == AppliedOp.device_id)
        .join(Agency, Agency.id == Device.agency_id)
        .where(status == OpStatus.REJECTED.value)
        .group_by(Agency.code, reason)
        .order_by(Agency.code, func.count().desc())
    ).all()
    return [Refusals(code, why or "", count) for code, why, count in rows]


@dataclass(frozen=True)
class SetAside:
    agency_code: str
    device_id: str
    device_name: str
    count: int
    reported_at: datetime | None


def set_aside(session: Session) -> list[SetAside]:
    rows = session.execute(
        select(
            Agency.code,
            Device.id,
            Device.name,
            Device.set_aside_count,
            Device.set_aside_reported_at,
        )
        .join(Agency, Agency.id == Device.agency_id)
        .where(Device.set_aside_count > 0)
        .order_by(Device.set_aside_count.desc())
    ).all()
    return [SetAside(code, dev, name, count, aware(at)) for code, dev, name, count, at in rows]


@dataclass(frozen=True)
class BundleRow:
    imported_at: datetime
    agency_code: str
    device_id: str


def bundles(session: Session, limit: int = 50) -> list[BundleRow]:
    rows = session.execute(
        select(BundleLog.imported_at, Agency.code, BundleLog.device_id)
        .outerjoin(Device, Device.id == BundleLog.device_id)
        .outerjoin(Agency, Agency.id == Device.agency_id)
        .order_by(BundleLog.imported_at.desc())
        .limit(limit)
    ).all()
    return [BundleRow(aware(at) or at, code or "", device) for at, code, device in rows]


@dataclass(frozen=True)
class Health:
    database_bytes: int | None
    change_log: int
    last_compaction: datetime | None


def health(session: Session) -> Health:
    dialect = session.get_bind().dialect.name
    size: int | None
    if dialect == "postgresql":
        size = session.scalar(text("SELECT pg_database_size(current_database())"))
    elif dialect == "sqlite":
        pages = session.scalar(text("PRAGMA page_count")) or 0
        page_size = session.scalar(text("PRAGMA page_size")) or 0
        size = int(pages) * int(page_size)
    else:
        size = None
    log = session.scalar(select(func.count()).select_from(ChangeEntry)) or 0
    compacted = session.scalar(
        select(func.max(ConsoleAudit.at)).where(ConsoleAudit.action == "compact")
    )
    return Health(size, log, aware(compacted))


def release(session: Session) -> ReleaseSetting | None:
    return session.get(ReleaseSetting, 1)
