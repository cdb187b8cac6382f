"""The registry of certificate signing keys and the revocations (issue 20, deliverable 3).

A key is registered by an authenticated call of the PC that holds it, never taken from a
pushed record: the server knows the agency and the device of every key. What the public page
and the PCs trust follows from it: a QR code is genuine only when its key belongs to the
serial's agency; a revocation counts only when made on a document of the serial's own agency;
and a revocation outlives an erasure as a tombstone (serial, date, reason code).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.core import signing
from counsellor_app.server.models import Agency, CertificateKey, Device, Record, RevokedSerial

KEY_RECORD = "signing_key"
REVOKED_CODE = "revoked"  # the tombstone's reason: the document's own reason is free text


class KeyRefused(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def register(session: Session, device: Device, public_key: str, now: datetime) -> dict[str, Any]:
    """Record the calling PC's public key for its agency; the same key again is a no-op. A
    key id already held by another key, agency or device is refused (``key_id_taken``)."""
    try:
        public = base64.b64decode(public_key, validate=True)
    except (binascii.Error, ValueError):
        raise KeyRefused("key_malformed") from None
    if len(public) != 32:
        raise KeyRefused("key_malformed")
    key_id = signing.key_id(public)
    known = session.get(CertificateKey, key_id)
    if known is not None:
        if (known.public_key, known.agency_id, known.device_id) != (
            public,
            device.agency_id,
            device.id,
        ):
            raise KeyRefused("key_id_taken")
        return {"key_id": key_id, "status": "registered"}
    session.add(
        CertificateKey(
            key_id=key_id,
            public_key=public,
            agency_id=device.agency_id,
            device_id=device.id,
            registered_at=now,
        )
    )
    return {"key_id": key_id, "status": "registered"}


def without_key_records(
    ops: list[dict[str, Any]], push: Callable[[list[dict[str, Any]]], list[dict[str, Any]]]
) -> list[dict[str, Any]]:
    """Push ``ops`` but the signing-key records among them, which are refused: a key comes
    only through ``register``. Answers stay in the operations' order."""
    if not any(op.get("entity") == KEY_RECORD for op in ops):
        return push(ops)
    kept = [op for op in ops if op.get("entity") != KEY_RECORD]
    answers = iter(push(kept))
    return [
        {"op_id": op.get("op_id"), "status": "rejected", "reason": "signing_key_not_pushed"}
        if op.get("entity") == KEY_RECORD
        else next(answers)
        for op in ops
    ]


def _codes(session: Session) -> dict[str, str]:
    return dict(session.execute(select(Agency.id, Agency.code)).all())


def _issued_revocations(session: Session, codes: dict[str, str]) -> list[tuple[Record, str]]:
    """Revoked documents whose record belongs to the agency their serial names."""
    found = []
    for record in session.scalars(select(Record).where(Record.entity == "issued_document")):
        fields = record.fields
        serial = str(fields.get("serial") or "")
        own = serial and codes.get(record.owner_agency_id) == signing.serial_agency(serial)
        if fields.get("revoked_at") and own:
            found.append((record, serial))
    return found


def trust(session: Session) -> tuple[dict[str, bytes], dict[str, str], dict[str, str]]:
    """Registered keys, revoked serials (with the reason), and each key's agency code."""
    codes = _codes(session)
    keys: dict[str, bytes] = {}
    agencies: dict[str, str] = {}
    for key in session.scalars(select(CertificateKey)):
        keys[key.key_id] = key.public_key
        agencies[key.key_id] = codes.get(key.agency_id, "")
    revoked = {row.serial: row.reason_code for row in session.scalars(select(RevokedSerial))}
    for record, serial in _issued_revocations(session, codes):
        revoked[serial] = str(record.fields.get("revocation_reason") or "")
    return keys, revoked, agencies


def document_of(session: Session, serial: str) -> Record | None:
    """The issued document under ``serial`` made by the serial's own agency (another
    agency's record carrying the same serial is nobody's certificate)."""
    agency = session.scalar(select(Agency).where(Agency.code == signing.serial_agency(serial)))
    if agency is None:
        return None
    return session.scalar(
        select(Record).where(
            Record.entity == "issued_document",
            Record.owner_agency_id == agency.id,
            Record.fields["serial"].as_string() == serial,
        )
    )


def tombstone(session: Session, serial: str) -> RevokedSerial | None:
    return session.get(RevokedSerial, serial)


def keep_revocations(session: Session, person_id: str, now: datetime) -> None:
    """Before a person's records are erased: their revoked documents leave a tombstone."""
    codes = _codes(session)
    for record in session.scalars(
        select(Record).where(Record.entity == "issued_document", Record.person_id == person_id)
    ):
        fields = record.fields
        serial = str(fields.get("serial") or "")
        if not (fields.get("revoked_at") and serial):
            continue
        if codes.get(record.owner_agency_id) != signing.serial_agency(serial):
            continue
        try:
            revoked_at = datetime.fromisoformat(str(fields["revoked_at"]))
        except ValueError:
            revoked_at = now
        if revoked_at.tzinfo is None:
            revoked_at = revoked_at.replace(tzinfo=now.tzinfo)
        session.merge(
            RevokedSerial(
                serial=serial[:40],
                agency_id=record.owner_agency_id,
                revoked_at=revoked_at,
                reason_code=REVOKED_CODE,
            )
        )
