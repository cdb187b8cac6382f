"""Signed QR payloads: a printed document's key fields, signed with the agency's Ed25519 key.

The payload is ASCII (QR byte mode reads it everywhere) and readable by eye:
``CNS1|<serial>|<template>|<issued on>|<file number>|<name, percent-encoded>|<key id>|<signature>``
The signature covers everything before its own field. Anyone holding the public keys checks it
offline; changing one character breaks it.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from urllib.parse import quote, unquote

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

PREFIX = "CNS1"
_FIELDS = 8


@dataclass(frozen=True)
class Claim:
    """What a document says and the signature vouches for."""

    serial: str
    template: str
    issued_on: date
    file_number: str
    name: str


class Verdict(StrEnum):
    VALID = "valid"
    TAMPERED = "tampered"  # the signature does not match the fields
    REVOKED = "revoked"  # genuine, but withdrawn since
    UNKNOWN_KEY = "unknown_key"  # signed by a key this PC does not know (yet)
    MALFORMED = "malformed"  # not a Counsellor payload at all


@dataclass(frozen=True)
class Verification:
    verdict: Verdict
    claim: Claim | None = None
    revocation_reason: str = ""


def public_bytes(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def key_id(public_key: bytes) -> str:
    """Eight base32 characters naming a public key inside payloads."""
    return base64.b32encode(hashlib.sha256(public_key).digest()).decode()[:8]


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode().rstrip("=")


def _unb32(text: str) -> bytes:
    return base64.b32decode(text + "=" * (-len(text) % 8))


def _fields(claim: Claim, signer: str) -> str:
    for value in (claim.serial, claim.template, claim.file_number):
        if "|" in value or not value.isascii():
            raise ValueError(f"payload field {value!r} must be ASCII without '|'")
    return "|".join(
        (
            PREFIX,
            claim.serial,
            claim.template,
            claim.issued_on.isoformat(),
            claim.file_number,
            quote(claim.name, safe="-'."),  # no space nor comma: payloads list cleanly
            signer,
        )
    )


def sign(claim: Claim, key: Ed25519PrivateKey) -> str:
    signed = _fields(claim, key_id(public_bytes(key)))
    return f"{signed}|{_b32(key.sign(signed.encode('ascii')))}"


def parse(payload: str) -> tuple[Claim, str, str, bytes]:
    """The claim, the key id, the signed text and the signature; ValueError if malformed."""
    text = payload.strip()
    parts = text.split("|")
    if len(parts) != _FIELDS or parts[0] != PREFIX or not text.isascii():
        raise ValueError("not a Counsellor payload")
    _, serial, template, issued, file_number, name, signer, signature = parts
    claim = Claim(serial, template, date.fromisoformat(issued), file_number, unquote(name))
    return claim, signer, text.rsplit("|", 1)[0], _unb32(signature)


def serial_agency(serial: str) -> str:
    """The agency code a serial begins with (``RABAG-K7P-26-D00042`` → ``RABAG``)."""
    return serial.split("-", 1)[0].upper()


def verify(
    payload: str,
    public_keys: Mapping[str, bytes],
    revoked: Mapping[str, str],
    key_agencies: Mapping[str, str] | None = None,
) -> Verification:
    """``key_agencies`` (key id → agency code, from the server's registry): a document signed
    by a registered key is genuine only if the key is its serial's agency's, so one agency
    cannot issue under another's serials. (A PC's own key not registered yet has no entry.)"""
    try:
        claim, signer, signed, signature = parse(payload)
    except (ValueError, TypeError):
        return Verification(Verdict.MALFORMED)
    public = public_keys.get(signer)
    if public is None:
        return Verification(Verdict.UNKNOWN_KEY, claim)
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, signed.encode("ascii"))
    except (InvalidSignature, ValueError):
        return Verification(Verdict.TAMPERED, claim)
    issuer = (key_agencies or {}).get(signer)
    if issuer is not None and issuer != serial_agency(claim.serial):
        return Verification(Verdict.TAMPERED, claim)
    if claim.serial in revoked:
        return Verification(Verdict.REVOKED, claim, revoked[claim.serial])
    return Verification(Verdict.VALID, claim)
