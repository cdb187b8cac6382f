"""Signed requests between a PC and the server: each call carries the device, the time and an
Ed25519 signature over the method, the path, the time and the body's hash.

No password or token travels: a copied request is refused once its time is more than the
allowed drift away, and replaying one inside that window changes nothing because every
operation is idempotent. The time check doubles as the clock check of a sync.
"""

from __future__ import annotations

import base64
import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

DEVICE_HEADER = "X-Counsellor-Device"
TIME_HEADER = "X-Counsellor-Time"
SIGNATURE_HEADER = "X-Counsellor-Signature"
VERSION_HEADER = "X-Counsellor-Version"


def message(method: str, target: str, time_ms: int, body: bytes) -> bytes:
    """``target`` is the path with its query string, exactly as sent."""
    digest = hashlib.sha256(body).hexdigest()
    return f"{method.upper()}\n{target}\n{time_ms}\n{digest}".encode()


def sign(key: Ed25519PrivateKey, method: str, target: str, time_ms: int, body: bytes) -> str:
    return base64.b64encode(key.sign(message(method, target, time_ms, body))).decode("ascii")


def verify(
    public_key: bytes, signature: str, method: str, target: str, time_ms: int, body: bytes
) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(
            base64.b64decode(signature, validate=True), message(method, target, time_ms, body)
        )
    except (InvalidSignature, ValueError):
        return False
    return True
