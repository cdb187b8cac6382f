"""What an administrator does on the server: enrolment codes, devices, revocation."""

from __future__ import annotations

import base64
import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.core.ids import new_id
from counsellor_app.server.models import Agency, Device, EnrolmentCode

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read aloud, typed by hand


class EnrolmentRefused(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def aware(moment: datetime) -> datetime:
    """SQLite gives times back without their zone; they are stored in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def code_hash(code: str) -> str:
    return hashlib.sha256(normalise_code(code).encode()).hexdigest()


def ensure_agency(session: Session, code: str, name: str, now: datetime) -> Agency:
    agency = session.scalar(select(Agency).where(Agency.code == code.upper()))
    if agency is None:
        agency = Agency(id=new_id(), code=code.upper(), name=name or code.upper(), created_at=now)
        session.add(agency)
        session.flush()
    return agency


def create_enrolment_code(
    session: Session, agency_code: str, agency_name: str, hours: int, now: datetime
) -> str:
    agency = ensure_agency(session, agency_code, agency_name, now)
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(16))
    session.add(
        EnrolmentCode(
            code_hash=code_hash(raw),
            agency_id=agency.id,
            created_at=now,
            expires_at=now + timedelta(hours=hours),
        )
    )
    return "-".join(raw[i : i + 4] for i in range(0, 16, 4))


def enrol(
    session: Session,
    code: str,
    agency_code: str,
    public_key_b64: str,
    name: str,
    app_version: str,
    now: datetime,
    exchange_key_b64: str = "",
) -> tuple[Device, Agency]:
    entry = session.get(EnrolmentCode, code_hash(code), with_for_update=True)
    if entry is None:
        raise EnrolmentRefused("code_unknown")
    if entry.used_at is not None:
        raise EnrolmentRefused("code_used")
    if aware(entry.expires_at) < now:
        raise EnrolmentRefused("code_expired")
    agency = session.get(Agency, entry.agency_id)
    assert agency is not None
    if agency.code != agency_code.upper():
        raise EnrolmentRefused("code_for_another_agency")
    try:
        public_key = base64.b64decode(public_key_b64, validate=True)
    except ValueError:
        raise EnrolmentRefused("bad_key") from None
    if len(public_key) != 32:
        raise EnrolmentRefused("bad_key")
    try:
        exchange = base64.b64decode(exchange_key_b64, validate=True) if exchange_key_b64 else None
    except ValueError:
        raise EnrolmentRefused("bad_key") from None
    if exchange is not None and len(exchange) != 32:
        raise EnrolmentRefused("bad_key")
    device = Device(
        id=new_id(),
        agency_id=agency.id,
        name=name[:120],
        public_key=public_key,
        exchange_key=exchange,
        enrolled_at=now,
        app_version=app_version[:32],
    )
    session.add(device)
    entry.used_at, entry.used_by_device = now, device.id
    return device, agency


def revoke_device(session: Session, device_id: str, now: datetime) -> bool:
    device = session.get(Device, device_id)
    if device is None:
        return False
    device.revoked_at = device.revoked_at or now
    return True
